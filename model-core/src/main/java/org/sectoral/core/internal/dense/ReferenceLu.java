package org.sectoral.core.internal.dense;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.DecompositionSolver;
import org.apache.commons.math3.linear.LUDecomposition;

/**
 * commons-math3 LUDecomposition (textbook Doolittle with partial pivoting): the reference the fast
 * backends are tested against. The transposed solve factorizes M' on first use.
 */
public final class ReferenceLu implements DenseLu {
  private final int n;
  private final LUDecomposition lu;
  private final DecompositionSolver solver;
  private final Supplier<DecompositionSolver> transposed;

  private ReferenceLu(double[] rowMajor, int n) {
    this.n = n;
    this.lu = new LUDecomposition(new Array2DRowRealMatrix(rows(rowMajor, n, false), false), 0);
    this.solver = lu.getSolver();
    this.transposed = Suppliers.memoize(() -> new LUDecomposition(
        new Array2DRowRealMatrix(rows(rowMajor, n, true), false), 0).getSolver());
  }

  /** Factorizes M (row-major; kept, not modified, for the transposed factorization). */
  public static ReferenceLu factor(double[] rowMajor, int n) {
    return new ReferenceLu(rowMajor, n);
  }

  private static double[][] rows(double[] flat, int n, boolean transpose) {
    double[][] d = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        d[i][j] = transpose ? flat[j * n + i] : flat[i * n + j];
      }
    }
    return d;
  }

  @Override
  public int size() {
    return n;
  }

  @Override
  public double minAbsPivot() {
    double[][] u = lu.getU().getData();
    double min = Double.POSITIVE_INFINITY;
    for (int i = 0; i < n; i++) {
      min = Math.min(min, Math.abs(u[i][i]));
    }
    return min;
  }

  @Override
  public double[] solve(double[] b) {
    return solver.solve(new ArrayRealVector(b, true)).toArray();
  }

  @Override
  public double[] solveTransposed(double[] c) {
    return transposed.get().solve(new ArrayRealVector(c, true)).toArray();
  }

  @Override
  public double[] inverse() {
    double[][] inv = solver.getInverse().getData();
    double[] flat = new double[n * n];
    for (int i = 0; i < n; i++) {
      System.arraycopy(inv[i], 0, flat, i * n, n);
    }
    return flat;
  }

  @Override
  public String name() {
    return "reference-commons-math3";
  }
}
