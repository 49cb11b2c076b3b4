package org.sectoral.core.uncertainty;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.io.Serializable;

/**
 * A named uncertain scalar (an assumption such as an import share, an elasticity, the size of a
 * shock): its baseline value (the point estimate the model uses without uncertainty) and the
 * distribution its draws come from. Immutable.
 *
 * @param name a unique name, e.g. {@code "FDI share of electronics"}
 * @param baseline the point value, used by one-at-a-time sensitivity for the other inputs
 * @param distribution where the draws come from
 */
public record UncertainInput(String name, double baseline, Distribution distribution)
    implements Serializable {
  /** Validates the parts. */
  public UncertainInput {
    checkNotNull(name, "name");
    checkNotNull(distribution, "distribution");
    checkArgument(!name.isBlank(), "Input name is blank");
    checkArgument(Double.isFinite(baseline), "Baseline of %s is %s", name, baseline);
  }

  /** An input with an explicit baseline and distribution. */
  public static UncertainInput of(String name, double baseline, Distribution distribution) {
    return new UncertainInput(name, baseline, distribution);
  }

  /**
   * A positive value with a multiplicative lognormal uncertainty: mean = baseline = {@code value},
   * standard deviation = CV·value (see {@link Distribution#lognormal(double, double)}).
   */
  public static UncertainInput lognormal(String name, double value, double cv) {
    return new UncertainInput(name, value, Distribution.lognormal(value, cv));
  }

  /** A value with a normal uncertainty of standard deviation sd; baseline = mean = value. */
  public static UncertainInput normal(String name, double value, double sd) {
    return new UncertainInput(name, value, Distribution.normal(value, sd));
  }

  /** A value known only to lie in [low, high], with the given baseline. */
  public static UncertainInput uniform(String name, double baseline, double low, double high) {
    return new UncertainInput(name, baseline, Distribution.uniform(low, high));
  }

  /** A value from a triangular distribution; the baseline is the mode. */
  public static UncertainInput triangular(String name, double low, double mode, double high) {
    return new UncertainInput(name, mode, Distribution.triangular(low, mode, high));
  }
}
