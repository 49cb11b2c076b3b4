package org.sectoral.core.uncertainty;

import static com.google.common.base.Preconditions.checkArgument;

import java.io.Serializable;
import java.util.Locale;
import org.sectoral.core.uncertainty.internal.Variates;

/**
 * The probability distribution of one uncertain scalar, immutable. Draws are made by inversion,
 * x = F⁻¹(u) with u uniform in (0, 1), so the same u gives the same quantile and a one-at-a-time
 * sensitivity can ask for any percentile.
 *
 * <p>Parameterisations:
 * <ul>
 *   <li>{@link #lognormal(double, double)}: X = exp(μ + σZ) with mean m and coefficient of
 *       variation CV: σ² = ln(1 + CV²), μ = ln m − σ²/2 (so E[X] = m, sd(X) = CV·m;
 *       Limpert, Stahel &amp; Abbt 2001, BioScience 51(5));
 *   <li>{@link #normal(double, double)}: mean and standard deviation;
 *   <li>{@link #uniform(double, double)}: low and high;
 *   <li>{@link #triangular(double, double, double)}: low, mode, high (mean (a + c + b)/3);
 *   <li>{@link #fixed(double)}: one value (no uncertainty).
 * </ul>
 */
public final class Distribution implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The family of a distribution. */
  public enum Family {
    /** exp(μ + σZ), positive. */
    LOGNORMAL,
    /** μ + σZ. */
    NORMAL,
    /** Uniform on [low, high]. */
    UNIFORM,
    /** Triangular on [low, high] with a mode. */
    TRIANGULAR,
    /** A single value. */
    FIXED
  }

  private final Family family;
  private final double p1;
  private final double p2;
  private final double p3;

  private Distribution(Family family, double p1, double p2, double p3) {
    this.family = family;
    this.p1 = p1;
    this.p2 = p2;
    this.p3 = p3;
  }

  /**
   * A lognormal distribution with mean m &gt; 0 and coefficient of variation CV ≥ 0:
   * σ² = ln(1 + CV²), μ = ln m − σ²/2. With m = 1 it is the mean-one multiplicative factor of
   * the table perturbations.
   */
  public static Distribution lognormal(double mean, double cv) {
    checkArgument(mean > 0 && Double.isFinite(mean), "Lognormal mean %s must be positive", mean);
    checkArgument(cv >= 0 && Double.isFinite(cv), "Coefficient of variation %s must be ≥ 0", cv);
    double sigma2 = StrictMath.log1p(cv * cv);
    return new Distribution(Family.LOGNORMAL, StrictMath.log(mean) - sigma2 / 2, Math.sqrt(sigma2),
        mean);
  }

  /** A normal distribution with a mean and a standard deviation sd ≥ 0. */
  public static Distribution normal(double mean, double sd) {
    checkArgument(Double.isFinite(mean), "Mean %s", mean);
    checkArgument(sd >= 0 && Double.isFinite(sd), "Standard deviation %s must be ≥ 0", sd);
    return new Distribution(Family.NORMAL, mean, sd, 0);
  }

  /** A uniform distribution on [low, high]. */
  public static Distribution uniform(double low, double high) {
    checkArgument(Double.isFinite(low) && Double.isFinite(high) && low <= high,
        "Uniform bounds [%s, %s]", low, high);
    return new Distribution(Family.UNIFORM, low, high, 0);
  }

  /** A triangular distribution on [low, high] with the given mode (Evans et al. 2000, ch. 40). */
  public static Distribution triangular(double low, double mode, double high) {
    checkArgument(Double.isFinite(low) && Double.isFinite(high) && low <= mode && mode <= high,
        "Triangular low %s ≤ mode %s ≤ high %s", low, mode, high);
    return new Distribution(Family.TRIANGULAR, low, mode, high);
  }

  /** A single value: every draw and every quantile is {@code value}. */
  public static Distribution fixed(double value) {
    checkArgument(Double.isFinite(value), "Value %s", value);
    return new Distribution(Family.FIXED, value, 0, 0);
  }

  /** The family. */
  public Family family() {
    return family;
  }

  /** The mean E[X]. */
  public double mean() {
    return switch (family) {
      case LOGNORMAL -> p3;
      case NORMAL, FIXED -> p1;
      case UNIFORM -> (p1 + p2) / 2;
      case TRIANGULAR -> (p1 + p2 + p3) / 3;
    };
  }

  /** The standard deviation sd(X). */
  public double standardDeviation() {
    return switch (family) {
      case LOGNORMAL -> p3 * Math.sqrt(Math.expm1(p2 * p2));
      case NORMAL -> p2;
      case UNIFORM -> (p2 - p1) / Math.sqrt(12);
      case TRIANGULAR -> Math.sqrt((p1 * p1 + p2 * p2 + p3 * p3 - p1 * p2 - p1 * p3 - p2 * p3)
          / 18);
      case FIXED -> 0;
    };
  }

  /**
   * The quantile F⁻¹(p) for p in (0, 1): lognormal exp(μ + σΦ⁻¹(p)), normal μ + σΦ⁻¹(p),
   * uniform a + p(b − a), triangular a + √(p(b − a)(c − a)) below F(c) = (c − a)/(b − a),
   * else b − √((1 − p)(b − a)(b − c)).
   */
  public double quantile(double p) {
    checkArgument(p > 0 && p < 1, "Probability %s outside (0, 1)", p);
    return switch (family) {
      case LOGNORMAL -> Variates.exp(p1 + p2 * Variates.normalQuantile(p));
      case NORMAL -> p1 + p2 * Variates.normalQuantile(p);
      case UNIFORM -> p1 + p * (p2 - p1);
      case TRIANGULAR -> triangularQuantile(p);
      case FIXED -> p1;
    };
  }

  private double triangularQuantile(double p) {
    double a = p1;
    double c = p2;
    double b = p3;
    if (b == a) {
      return a;
    }
    double fc = (c - a) / (b - a);
    return p < fc ? a + Math.sqrt(p * (b - a) * (c - a))
        : b - Math.sqrt((1 - p) * (b - a) * (b - c));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Distribution d && d.family == family
        && Double.compare(d.p1, p1) == 0 && Double.compare(d.p2, p2) == 0
        && Double.compare(d.p3, p3) == 0;
  }

  @Override
  public int hashCode() {
    return family.hashCode() * 31 + Double.hashCode(p1) * 17 + Double.hashCode(p2) * 7
        + Double.hashCode(p3);
  }

  @Override
  public String toString() {
    return switch (family) {
      case LOGNORMAL -> String.format(Locale.ROOT, "lognormal(mean %s, cv %.4g)", p3,
          standardDeviation() / p3);
      case NORMAL -> String.format(Locale.ROOT, "normal(mean %s, sd %s)", p1, p2);
      case UNIFORM -> String.format(Locale.ROOT, "uniform(%s, %s)", p1, p2);
      case TRIANGULAR -> String.format(Locale.ROOT, "triangular(%s, %s, %s)", p1, p2, p3);
      case FIXED -> String.format(Locale.ROOT, "fixed(%s)", p1);
    };
  }
}
