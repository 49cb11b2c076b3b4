package org.sectoral.core.balance;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import org.sectoral.core.ErrorCode;
import org.sectoral.core.SectoralException;
import org.sectoral.core.table.LabelledMatrix;
import org.sectoral.core.table.LabelledVector;

/**
 * The targets of one balancing run and the checks shared by {@link Ras} and {@link Gras}:
 * matching keys, consistent grand totals, reachable rows and columns, gaps and the report.
 */
final class Margins<R, C> {
  final LabelledMatrix<R, C> base;
  final int m;
  final int n;
  final double[] u;
  final double[] v;
  final BalanceSettings settings;
  final double allowedGap;

  Margins(LabelledMatrix<R, C> base, LabelledVector<R> rowTargets,
      LabelledVector<C> columnTargets, BalanceSettings settings) {
    checkNotNull(base, "base");
    checkNotNull(rowTargets, "rowTargets");
    checkNotNull(columnTargets, "columnTargets");
    checkNotNull(settings, "settings");
    checkArgument(rowTargets.index().equals(base.rows()),
        "Row targets are keyed %s, the base rows %s", rowTargets.index(), base.rows());
    checkArgument(columnTargets.index().equals(base.columns()),
        "Column targets are keyed %s, the base columns %s", columnTargets.index(),
        base.columns());
    this.base = base;
    this.m = base.rowCount();
    this.n = base.columnCount();
    this.u = rowTargets.toArray();
    this.v = columnTargets.toArray();
    this.settings = settings;
    double scale = 0;
    double sumU = 0;
    double sumV = 0;
    double absU = 0;
    double absV = 0;
    for (double x : u) {
      scale = Math.max(scale, Math.abs(x));
      sumU += x;
      absU += Math.abs(x);
    }
    for (double x : v) {
      scale = Math.max(scale, Math.abs(x));
      sumV += x;
      absV += Math.abs(x);
    }
    this.allowedGap = settings.tolerance() * scale;
    if (Math.abs(sumU - sumV) > settings.tolerance() * Math.max(absU, absV)) {
      throw SectoralException.of(ErrorCode.INCONSISTENT_TARGETS, List.of("rows", "columns"),
          "Row targets sum to Σu = %.10g but column targets to Σv = %.10g (difference %.3g, "
              + "allowed %.3g): no matrix has both margins",
          sumU, sumV, sumU - sumV, settings.tolerance() * Math.max(absU, absV));
    }
  }

  /**
   * Throws {@code INCONSISTENT_TARGETS} for the first row, then column, whose target cannot be
   * reached from entries of the signs present: a positive target needs a positive entry, a
   * negative target a negative one.
   */
  void checkReachable(boolean[] rowHasPositive, boolean[] rowHasNegative,
      boolean[] columnHasPositive, boolean[] columnHasNegative, String hint) {
    for (int i = 0; i < m; i++) {
      checkLine("Row", base.rows().get(i), u[i], rowHasPositive[i], rowHasNegative[i], hint);
    }
    for (int j = 0; j < n; j++) {
      checkLine("Column", base.columns().get(j), v[j], columnHasPositive[j],
          columnHasNegative[j], hint);
    }
  }

  private static void checkLine(String what, Object key, double target, boolean hasPositive,
      boolean hasNegative, String hint) {
    if (target > 0 && !hasPositive || target < 0 && !hasNegative) {
      String has = hasPositive ? "only positive entries"
          : hasNegative ? "only negative entries" : "only zeros";
      throw SectoralException.of(ErrorCode.INCONSISTENT_TARGETS, List.of(key.toString()),
          "%s %s has %s in the base matrix but target %.10g: unreachable by scaling%s", what,
          key, has, target, hint);
    }
  }

  /** The report for the current matrix (row-major); throws NOT_CONVERGED if asked to. */
  ConvergenceReport report(double[] x, int iterations, boolean finalCheck) {
    double rowGap = -1;
    int worstRow = 0;
    double[] colSums = new double[n];
    for (int i = 0; i < m; i++) {
      double s = 0;
      for (int j = 0; j < n; j++) {
        double value = x[i * n + j];
        s += value;
        colSums[j] += value;
      }
      double gap = Math.abs(s - u[i]);
      if (gap > rowGap) {
        rowGap = gap;
        worstRow = i;
      }
    }
    double colGap = -1;
    int worstCol = 0;
    for (int j = 0; j < n; j++) {
      double gap = Math.abs(colSums[j] - v[j]);
      if (gap > colGap) {
        colGap = gap;
        worstCol = j;
      }
    }
    String rowKey = m == 0 ? "" : base.rows().get(worstRow).toString();
    String colKey = n == 0 ? "" : base.columns().get(worstCol).toString();
    boolean converged = rowGap <= allowedGap && colGap <= allowedGap;
    ConvergenceReport report = new ConvergenceReport(iterations, Math.max(rowGap, 0), rowKey,
        Math.max(colGap, 0), colKey, allowedGap, converged);
    if (finalCheck && !converged && settings.failIfNotConverged()) {
      throw SectoralException.of(ErrorCode.NOT_CONVERGED, List.of(rowKey, colKey),
          "Balancing did not converge in %d iterations: worst row %s off by %.3g, worst column "
              + "%s off by %.3g, allowed %.3g",
          iterations, rowKey, rowGap, colKey, colGap, allowedGap);
    }
    return report;
  }

  /** The result value for the final matrix and multipliers. */
  BalanceResult<R, C> result(double[] x, double[] r, double[] s, ConvergenceReport report) {
    return new BalanceResult<>(LabelledMatrix.ofRowMajor(base.rows(), base.columns(), x,
        base.unit()), LabelledVector.of(base.rows(), r, "1"),
        LabelledVector.of(base.columns(), s, "1"), report);
  }
}
