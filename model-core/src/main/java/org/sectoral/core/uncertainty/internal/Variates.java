package org.sectoral.core.uncertainty.internal;

import java.util.SplittableRandom;
import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.distribution.GammaDistribution;
import org.apache.commons.math3.random.AbstractRandomGenerator;
import org.apache.commons.math3.special.Erf;
import org.apache.commons.math3.util.FastMath;

/**
 * Random variates from one {@link SplittableRandom}, computed with commons-math3's pure-Java
 * {@link FastMath} (not the platform's {@link Math} intrinsics), so that a stream gives the same
 * numbers on every machine. Not thread-safe: one per draw and channel.
 */
public final class Variates {
  private final SplittableRandom random;
  private final Adapter adapter;
  private double spareNormal = Double.NaN;

  public Variates(SplittableRandom random) {
    this.random = random;
    this.adapter = new Adapter(random);
  }

  /** A uniform number in the open interval (0, 1): (k + ½)·2⁻⁵³ for a 53-bit integer k. */
  public double openUniform() {
    return ((random.nextLong() >>> 11) + 0.5) * 0x1.0p-53;
  }

  /**
   * A standard normal number by Marsaglia's polar method (Marsaglia &amp; Bray 1964): draw
   * (u, v) uniform in the unit disc, s = u² + v², and return u·√(−2 ln s / s), keeping v·√(…)
   * for the next call.
   */
  public double standardNormal() {
    if (!Double.isNaN(spareNormal)) {
      double z = spareNormal;
      spareNormal = Double.NaN;
      return z;
    }
    double u;
    double v;
    double s;
    do {
      u = 2 * random.nextDouble() - 1;
      v = 2 * random.nextDouble() - 1;
      s = u * u + v * v;
    } while (s >= 1 || s == 0);
    double m = Math.sqrt(-2 * FastMath.log(s) / s);
    spareNormal = v * m;
    return u * m;
  }

  /** exp(μ + σ·z) for a standard normal z. */
  public double lognormal(double mu, double sigma) {
    return FastMath.exp(mu + sigma * standardNormal());
  }

  /**
   * A Gamma(shape, 1) number by commons-math3's {@link GammaDistribution#sample()}: Marsaglia
   * &amp; Tsang (2000) for shape ≥ 1, Ahrens &amp; Dieter (1974) GS for shape &lt; 1.
   */
  public double gamma(double shape) {
    return new GammaDistribution(adapter, shape, 1.0).sample();
  }

  /** The inverse of the standard normal distribution function Φ⁻¹(p) = √2·erf⁻¹(2p − 1). */
  public static double normalQuantile(double p) {
    return Math.sqrt(2) * Erf.erfInv(2 * p - 1);
  }

  /** The inverse distribution function of Beta(a, b) at p (commons-math3). */
  public static double betaQuantile(double a, double b, double p) {
    return new BetaDistribution(null, a, b).inverseCumulativeProbability(p);
  }

  /** exp(x), the same bits on every machine. */
  public static double exp(double x) {
    return FastMath.exp(x);
  }

  /** ln(x), the same bits on every machine. */
  public static double log(double x) {
    return FastMath.log(x);
  }

  /** commons-math3's view of the stream; its nextGaussian is the polar method above. */
  private final class Adapter extends AbstractRandomGenerator {
    private final SplittableRandom r;

    Adapter(SplittableRandom r) {
      this.r = r;
    }

    @Override
    public void setSeed(long seed) {
      throw new UnsupportedOperationException("A draw's stream is derived from its index");
    }

    @Override
    public double nextDouble() {
      return r.nextDouble();
    }

    @Override
    public double nextGaussian() {
      return standardNormal();
    }
  }
}
