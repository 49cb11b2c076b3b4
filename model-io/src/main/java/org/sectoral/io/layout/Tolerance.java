package org.sectoral.io.layout;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * When a gap between a published total and the sum of its flows is rounding: |gap| ≤
 * max(absolute, relative·|x|). Tables published to one decimal need an absolute allowance,
 * since a zero-output sector's row still sums dozens of rounded cells.
 *
 * @param relative allowed gap relative to output (dimensionless)
 * @param absolute allowed gap in the table's unit
 */
public record Tolerance(double relative, double absolute) {
  /** Validates that both are non-negative. */
  public Tolerance {
    checkArgument(relative >= 0 && !Double.isNaN(relative), "relative tolerance %s", relative);
    checkArgument(absolute >= 0 && !Double.isNaN(absolute), "absolute tolerance %s", absolute);
  }

  /** A tolerance with both parts. */
  public static Tolerance of(double relative, double absolute) {
    return new Tolerance(relative, absolute);
  }

  /** For tables rounded to 0.1: 1e-3 relative or 1.0 absolute. */
  public static Tolerance roundedToTenth() {
    return new Tolerance(1e-3, 1.0);
  }

  /** For unrounded tables (computed in floating point): 1e-6 relative or 0.1 absolute. */
  public static Tolerance unrounded() {
    return new Tolerance(1e-6, 0.1);
  }

  /** Whether a gap at output x passes. */
  public boolean accepts(double gap, double x) {
    return Math.abs(gap) <= Math.max(absolute, relative * Math.abs(x));
  }

  /**
   * Published totals with those beyond this tolerance of the recomputed totals replaced: rounding
   * noise keeps the published value (so a zero-output sector stays zero, not −0.6).
   */
  public double[] recompute(double[] published, double[] recomputed) {
    double[] x = published.clone();
    for (int i = 0; i < x.length; i++) {
      if (!accepts(recomputed[i] - published[i], published[i])) {
        x[i] = recomputed[i];
      }
    }
    return x;
  }
}
