package org.sectoral.core.internal;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import java.util.List;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.DecompositionSolver;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.sectoral.core.ErrorCode;
import org.sectoral.core.SectoralException;

/**
 * A factorized square matrix M that solves M·x = b and M'·y = c, and forms M⁻¹ only on request.
 * Factorizations are computed once (the transposed one on first use) and are safe to share
 * between threads. Callers never see the factorization class.
 */
public final class SquareSolver {
  private static final double SINGULARITY_THRESHOLD = 1e-13;

  private final int n;
  private final double[] matrix; // row-major, kept for the transposed factorization
  private final DecompositionSolver lu;
  private final Supplier<DecompositionSolver> luTransposed;
  private final Supplier<double[]> inverse;

  private SquareSolver(int n, double[] rowMajor) {
    this.n = n;
    this.matrix = rowMajor;
    this.lu = factor(toMatrix(rowMajor, n, false));
    this.luTransposed = Suppliers.memoize(() -> factor(toMatrix(matrix, n, true)));
    this.inverse = Suppliers.memoize(this::computeInverse);
  }

  /**
   * Factorizes the n × n row-major matrix (the array is copied).
   *
   * @throws SectoralException {@link ErrorCode#SINGULAR_SYSTEM} when M is singular
   */
  public static SquareSolver factor(double[] rowMajor, int n) {
    if (rowMajor.length != n * n) {
      throw SectoralException.of(ErrorCode.DIMENSION_MISMATCH, List.of(),
          "Matrix has %d values, expected %d × %d", rowMajor.length, n, n);
    }
    return new SquareSolver(n, rowMajor.clone());
  }

  /** The order n. */
  public int size() {
    return n;
  }

  /** x with M·x = b. */
  public double[] solve(double[] b) {
    return lu.solve(new ArrayRealVector(b, false)).toArray();
  }

  /** y with M'·y = c, i.e. the row vector y' = c'·M⁻¹. */
  public double[] solveTransposed(double[] c) {
    return luTransposed.get().solve(new ArrayRealVector(c, false)).toArray();
  }

  /** M⁻¹ row-major, computed on first call and cached; the caller must not modify it. */
  public double[] inverseShared() {
    return inverse.get();
  }

  private double[] computeInverse() {
    double[][] inv = lu.getInverse().getData();
    double[] flat = new double[n * n];
    for (int i = 0; i < n; i++) {
      System.arraycopy(inv[i], 0, flat, i * n, n);
    }
    return flat;
  }

  private static RealMatrix toMatrix(double[] flat, int n, boolean transpose) {
    double[][] d = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        d[i][j] = transpose ? flat[j * n + i] : flat[i * n + j];
      }
    }
    return new Array2DRowRealMatrix(d, false);
  }

  private static DecompositionSolver factor(RealMatrix m) {
    DecompositionSolver s = new LUDecomposition(m, SINGULARITY_THRESHOLD).getSolver();
    if (!s.isNonSingular()) {
      throw new SectoralException(ErrorCode.SINGULAR_SYSTEM,
          "Matrix of order " + m.getRowDimension() + " is singular to working precision");
    }
    return s;
  }
}
