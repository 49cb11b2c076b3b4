package org.sectoral.core.balance;

import java.util.Locale;

/**
 * How a balancing run ended: iterations used, the largest remaining row and column gaps (in the
 * matrix's unit) and where they are, and whether both are within the tolerance.
 *
 * @param iterations the iterations performed (one iteration scales all rows, then all columns)
 * @param maxRowGap maxᵢ |Σⱼxᵢⱼ − uᵢ|
 * @param worstRow the row key of {@code maxRowGap}, as text
 * @param maxColumnGap maxⱼ |Σᵢxᵢⱼ − vⱼ|
 * @param worstColumn the column key of {@code maxColumnGap}, as text
 * @param allowedGap the gap allowed, tolerance · max(maxᵢ|uᵢ|, maxⱼ|vⱼ|)
 * @param converged whether both gaps are at most {@code allowedGap}
 */
public record ConvergenceReport(int iterations, double maxRowGap, String worstRow,
    double maxColumnGap, String worstColumn, double allowedGap, boolean converged) {

  /** One line for logs, in {@link Locale#ROOT}. */
  @Override
  public String toString() {
    return String.format(Locale.ROOT,
        "%s after %d iterations: max row gap %.3g (%s), max column gap %.3g (%s), allowed %.3g",
        converged ? "converged" : "NOT converged", iterations, maxRowGap, worstRow, maxColumnGap,
        worstColumn, allowedGap);
  }
}
