package org.sectoral.core.balance;

import static com.google.common.base.Preconditions.checkNotNull;

import org.sectoral.core.table.LabelledMatrix;
import org.sectoral.core.table.LabelledVector;

/**
 * A balanced matrix X with its multipliers and convergence report. For RAS X = r̂·X⁰·ŝ; for
 * GRAS X = r̂·P·ŝ − r̂⁻¹·N·ŝ⁻¹ with X⁰ = P − N (Temurshoev, Miller &amp; Bouwmeester 2013).
 *
 * <p>The multipliers are one solution among many: (λr, s/λ) gives the same X for any λ &gt; 0.
 * A row or column that is zero in X⁰, or that GRAS sets to zero because its target is zero and
 * its entries share one sign, keeps multiplier 1 in GRAS; RAS reports 0 for a zero target.
 * Immutable and thread-safe.
 *
 * @param <R> the row key type
 * @param <C> the column key type
 */
public final class BalanceResult<R, C> {
  private final LabelledMatrix<R, C> balanced;
  private final LabelledVector<R> rowMultipliers;
  private final LabelledVector<C> columnMultipliers;
  private final ConvergenceReport report;

  BalanceResult(LabelledMatrix<R, C> balanced, LabelledVector<R> rowMultipliers,
      LabelledVector<C> columnMultipliers, ConvergenceReport report) {
    this.balanced = checkNotNull(balanced);
    this.rowMultipliers = checkNotNull(rowMultipliers);
    this.columnMultipliers = checkNotNull(columnMultipliers);
    this.report = checkNotNull(report);
  }

  /** The balanced matrix X, in the base matrix's unit (coefficients for coefficient updates). */
  public LabelledMatrix<R, C> balanced() {
    return balanced;
  }

  /** Row multipliers r (dimensionless; the "substitution effects" of Stone's RAS). */
  public LabelledVector<R> rowMultipliers() {
    return rowMultipliers;
  }

  /** Column multipliers s (dimensionless; the "fabrication effects" of Stone's RAS). */
  public LabelledVector<C> columnMultipliers() {
    return columnMultipliers;
  }

  /** Iterations, remaining gaps and the converged flag. */
  public ConvergenceReport report() {
    return report;
  }

  @Override
  public String toString() {
    return "BalanceResult[" + balanced + ", " + report + "]";
  }
}
