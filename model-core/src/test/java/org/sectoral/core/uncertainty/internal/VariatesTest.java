package org.sectoral.core.uncertainty.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;

/** The ziggurat's standard normals against the normal distribution (one fixed stream). */
class VariatesTest {
  private static final int N = 400_000;

  private static double[] sample(long seed) {
    Variates v = new Variates(Streams.of(seed, 0, 0));
    double[] z = new double[N];
    for (int i = 0; i < N; i++) {
      z[i] = v.standardNormal();
    }
    return z;
  }

  @Test
  void momentsTailsAndTheWholeDistributionAreNormal() {
    double[] z = sample(20261206L);
    double mean = Arrays.stream(z).average().orElseThrow();
    double m2 = Arrays.stream(z).map(x -> (x - mean) * (x - mean)).sum() / (N - 1);
    double m3 = Arrays.stream(z).map(x -> Math.pow(x - mean, 3)).sum() / N;
    double m4 = Arrays.stream(z).map(x -> Math.pow(x - mean, 4)).sum() / N;
    // within 5 standard errors: sd(mean) = 1/√N, sd(s²) ≈ √(2/N), sd(m3) ≈ √(15/N),
    // sd(m4) ≈ √(96/N)
    assertThat(Math.abs(mean)).isLessThan(5 / Math.sqrt(N));
    assertThat(Math.abs(m2 - 1)).isLessThan(5 * Math.sqrt(2.0 / N));
    assertThat(Math.abs(m3)).isLessThan(5 * Math.sqrt(15.0 / N));
    assertThat(Math.abs(m4 - 3)).isLessThan(5 * Math.sqrt(96.0 / N));
    // the tail beyond the ziggurat's base (R = 3.4426) and a central quantile, binomially
    NormalDistribution phi = new NormalDistribution(null, 0, 1);
    for (double c : new double[] {1.0, 1.96, 3.442619855899, 4.0}) {
      double p = 2 * phi.cumulativeProbability(-c);
      long k = Arrays.stream(z).filter(x -> Math.abs(x) > c).count();
      double se = Math.sqrt(N * p * (1 - p));
      assertThat(Math.abs(k - N * p)).as("|z| > %s", c).isLessThan(5 * se + 1);
    }
    // Kolmogorov–Smirnov distance below the 1% critical value 1.63/√N
    double[] s = z.clone();
    Arrays.sort(s);
    double d = 0;
    for (int i = 0; i < N; i++) {
      double f = phi.cumulativeProbability(s[i]);
      d = Math.max(d, Math.max((i + 1.0) / N - f, f - (double) i / N));
    }
    assertThat(d).isLessThan(1.63 / Math.sqrt(N));
  }

  @Test
  void aStreamGivesTheSameNumbersEveryTime() {
    assertThat(Arrays.equals(sample(7), sample(7))).isTrue();
    assertThat(sample(7)[0]).isNotEqualTo(sample(8)[0]);
  }
}
