package org.sectoral.core.balance;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import org.sectoral.core.ErrorCode;
import org.sectoral.core.SectoralException;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.core.table.LabelledMatrix;
import org.sectoral.core.table.LabelledVector;
import org.sectoral.core.table.RegionSector;

/**
 * The bi-proportional RAS method (Stone; Bacharach 1970; Miller &amp; Blair 2009, §7.4): given a
 * non-negative base matrix X⁰ and target row sums u and column sums v with Σu = Σv, find
 * X = r̂·X⁰·ŝ with X·1 = u and 1'·X = v, by alternately scaling rows (rᵢ ← uᵢ / Σⱼxᵢⱼ) and
 * columns (sⱼ ← vⱼ / Σᵢxᵢⱼ). X is also the matrix closest to X⁰ in the information (entropy)
 * sense Σ xᵢⱼ·ln(xᵢⱼ/x⁰ᵢⱼ) under those margins; zeros of X⁰ stay zero.
 *
 * <p>Errors: {@link ErrorCode#INCONSISTENT_TARGETS} when Σu ≠ Σv beyond the tolerance (naming
 * both sums) or when a row or column with a positive target has only zeros in X⁰ (naming it);
 * {@link ErrorCode#NOT_CONVERGED} at the iteration limit, naming the worst row and column;
 * {@link IllegalArgumentException} for a negative entry (use {@link Gras}).
 */
public final class Ras {
  private Ras() {}

  /** Balances {@code base} to the targets with {@link BalanceSettings#defaults()}. */
  public static <R, C> BalanceResult<R, C> balance(LabelledMatrix<R, C> base,
      LabelledVector<R> rowTargets, LabelledVector<C> columnTargets) {
    return balance(base, rowTargets, columnTargets, BalanceSettings.defaults());
  }

  /**
   * X = r̂·X⁰·ŝ with row sums u and column sums v (Miller &amp; Blair 2009, §7.4.1).
   *
   * @param base X⁰, non-negative
   * @param rowTargets u, keyed like the rows of X⁰, in its unit
   * @param columnTargets v, keyed like the columns of X⁰, in its unit
   * @throws SectoralException {@link ErrorCode#INCONSISTENT_TARGETS},
   *     {@link ErrorCode#NOT_CONVERGED}
   * @throws IllegalArgumentException for a negative entry or keys that differ
   */
  public static <R, C> BalanceResult<R, C> balance(LabelledMatrix<R, C> base,
      LabelledVector<R> rowTargets, LabelledVector<C> columnTargets, BalanceSettings settings) {
    Margins<R, C> t = new Margins<>(base, rowTargets, columnTargets, settings);
    int m = t.m;
    int n = t.n;
    double[] x = base.toRowMajorArray();
    boolean[] rowPos = new boolean[m];
    boolean[] colPos = new boolean[n];
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < n; j++) {
        double value = x[i * n + j];
        checkArgument(value >= 0, "Entry at row %s, column %s is %s < 0: RAS needs a "
            + "non-negative matrix; use Gras for matrices with negative entries",
            base.rows().get(i), base.columns().get(j), value);
        rowPos[i] |= value > 0;
        colPos[j] |= value > 0;
      }
    }
    t.checkReachable(rowPos, new boolean[m], colPos, new boolean[n],
        " (RAS keeps signs; use Gras when the base has negative entries)");
    double[] r = new double[m];
    double[] s = new double[n];
    java.util.Arrays.fill(r, 1);
    java.util.Arrays.fill(s, 1);
    ConvergenceReport report = t.report(x, 0, false);
    int k = 0;
    while (!report.converged() && k < settings.maxIterations()) {
      k++;
      for (int i = 0; i < m; i++) {
        double sum = 0;
        for (int j = 0; j < n; j++) {
          sum += x[i * n + j];
        }
        if (sum > 0) {
          double factor = t.u[i] / sum;
          r[i] *= factor;
          for (int j = 0; j < n; j++) {
            x[i * n + j] *= factor;
          }
        }
      }
      double[] colSums = new double[n];
      for (int i = 0; i < m; i++) {
        for (int j = 0; j < n; j++) {
          colSums[j] += x[i * n + j];
        }
      }
      for (int j = 0; j < n; j++) {
        if (colSums[j] > 0) {
          double factor = t.v[j] / colSums[j];
          s[j] *= factor;
          for (int i = 0; i < m; i++) {
            x[i * n + j] *= factor;
          }
        }
      }
      report = t.report(x, k, k == settings.maxIterations());
    }
    return t.result(x, r, s, report);
  }

  /**
   * Updates technical coefficients: A¹ = r̂·A⁰·ŝ such that the flows A¹·x̂¹ have intermediate row
   * totals u¹ and column totals v¹ (Miller &amp; Blair 2009, §7.4.1–7.4.2). The result's
   * {@link BalanceResult#balanced()} holds the coefficients A¹ (dimensionless); its report's gaps
   * are in the unit of u¹ and v¹ (flows).
   *
   * @param coefficients A⁰, non-negative, square
   * @param newOutput x¹, gross output of the target year, keyed like A⁰'s columns
   * @param rowTargets u¹ = Z¹·1, intermediate sales of the target year
   * @param columnTargets v¹ = 1'·Z¹, intermediate purchases of the target year
   */
  public static BalanceResult<RegionSector, RegionSector> updateCoefficients(
      LabelledMatrix<RegionSector, RegionSector> coefficients,
      LabelledVector<RegionSector> newOutput, LabelledVector<RegionSector> rowTargets,
      LabelledVector<RegionSector> columnTargets, BalanceSettings settings) {
    checkNotNull(coefficients, "coefficients");
    checkNotNull(newOutput, "newOutput");
    checkArgument(newOutput.index().equals(coefficients.columns()),
        "Output is keyed %s, the coefficient columns %s", newOutput.index(),
        coefficients.columns());
    int m = coefficients.rowCount();
    int n = coefficients.columnCount();
    double[] prior = coefficients.toRowMajorArray();
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < n; j++) {
        prior[i * n + j] *= newOutput.at(j);
      }
    }
    BalanceResult<RegionSector, RegionSector> flows = balance(
        LabelledMatrix.ofRowMajor(coefficients.rows(), coefficients.columns(), prior,
            rowTargets.unit()), rowTargets, columnTargets, settings);
    double[] a = flows.balanced().toRowMajorArray();
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < n; j++) {
        a[i * n + j] = newOutput.at(j) == 0 ? 0 : a[i * n + j] / newOutput.at(j);
      }
    }
    return new BalanceResult<>(
        LabelledMatrix.ofRowMajor(coefficients.rows(), coefficients.columns(), a, "1"),
        flows.rowMultipliers(), flows.columnMultipliers(), flows.report());
  }

  /**
   * Updates a table's intermediate block to a target year: Z¹ = r̂·(A⁰·x̂¹)·ŝ with A⁰ = Z⁰·x̂⁰⁻¹
   * from {@code base}, new gross output x¹ and new intermediate totals u¹ = Z¹·1, v¹ = 1'·Z¹
   * (Miller &amp; Blair 2009, §7.4.2). The result's {@link BalanceResult#balanced()} holds the
   * flows Z¹ in the table's unit; build the updated table from it with
   * {@link InputOutputTable#toBuilder()}.
   *
   * @param newOutput x¹ in key order of {@code base}
   * @param newIntermediateRowTotals u¹ in key order
   * @param newIntermediateColumnTotals v¹ in key order
   */
  public static BalanceResult<RegionSector, RegionSector> updateTable(InputOutputTable base,
      double[] newOutput, double[] newIntermediateRowTotals,
      double[] newIntermediateColumnTotals) {
    return updateTable(base, newOutput, newIntermediateRowTotals, newIntermediateColumnTotals,
        BalanceSettings.defaults());
  }

  /** {@link #updateTable(InputOutputTable, double[], double[], double[])} with settings. */
  public static BalanceResult<RegionSector, RegionSector> updateTable(InputOutputTable base,
      double[] newOutput, double[] newIntermediateRowTotals,
      double[] newIntermediateColumnTotals, BalanceSettings settings) {
    checkNotNull(base, "base");
    LabelledVector<RegionSector> x1 = LabelledVector.of(base.keys(), newOutput, base.unit());
    LabelledVector<RegionSector> u1 =
        LabelledVector.of(base.keys(), newIntermediateRowTotals, base.unit());
    LabelledVector<RegionSector> v1 =
        LabelledVector.of(base.keys(), newIntermediateColumnTotals, base.unit());
    LabelledMatrix<RegionSector, RegionSector> z0 = base.intermediate();
    int n = base.size();
    double[] prior = z0.toRowMajorArray();
    for (int j = 0; j < n; j++) {
      double x0 = base.output().at(j);
      for (int i = 0; i < n; i++) {
        prior[i * n + j] = x0 == 0 ? 0 : prior[i * n + j] / x0 * x1.at(j);
      }
    }
    return balance(LabelledMatrix.ofRowMajor(base.keys(), base.keys(), prior, base.unit()), u1,
        v1, settings);
  }
}
