package org.sectoral.core.internal;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import java.util.List;
import java.util.Locale;
import org.sectoral.core.ErrorCode;
import org.sectoral.core.SectoralException;
import org.sectoral.core.internal.dense.BlockedLu;
import org.sectoral.core.internal.dense.DenseLu;
import org.sectoral.core.internal.dense.ReferenceLu;
import org.sectoral.core.internal.nativeblas.NativeLu;

/**
 * A factorized square matrix M that solves M·x = b and M'·y = c, and forms M⁻¹ only on request.
 * One LU serves both kinds of solve. The dense backend is chosen by {@link Backend} (system
 * property {@value Backend#PROPERTY}, default auto: native OpenBLAS when it loads and n is not
 * tiny, else the pure-Java blocked LU). Safe to share between threads. Callers never see the
 * factorization class.
 */
public final class SquareSolver implements LinearSolver {
  /** |uᵢᵢ| below this (absolute, as commons-math3's default) means singular. */
  public static final double SINGULARITY_THRESHOLD = 1e-13;

  private final DenseLu lu;
  private final Supplier<double[]> inverse;

  private SquareSolver(DenseLu lu) {
    this.lu = lu;
    this.inverse = Suppliers.memoize(lu::inverse);
  }

  /**
   * Factorizes the n × n row-major matrix (the array is copied) with the configured backend.
   *
   * @throws SectoralException {@link ErrorCode#SINGULAR_SYSTEM} when M is singular
   */
  public static SquareSolver factor(double[] rowMajor, int n) {
    return factor(rowMajor, n, Backend.configured());
  }

  /** As {@link #factor(double[], int)} with an explicit backend (tests, benchmarks). */
  public static SquareSolver factor(double[] rowMajor, int n, Backend backend) {
    checkShape(rowMajor, n);
    return factorOwned(rowMajor.clone(), n, backend, Monitor.NONE);
  }

  /**
   * Factorizes an array the caller hands over (it may be overwritten and kept, so at most one
   * dense n × n is alive besides the caller's inputs). The backend may be {@link Backend#AUTO}.
   *
   * @throws SectoralException {@link ErrorCode#SINGULAR_SYSTEM} when M is singular
   * @throws java.util.concurrent.CancellationException when the monitor's token is cancelled
   */
  public static SquareSolver factorOwned(double[] rowMajor, int n, Backend backend,
      Monitor monitor) {
    checkShape(rowMajor, n);
    checkNotNull(monitor, "monitor");
    Backend b = checkNotNull(backend, "backend").resolve(n);
    monitor.check("dense LU");
    DenseLu lu;
    switch (b) {
      case NATIVE:
        monitor.report("dense LU (native)", 0, Double.NaN);
        lu = NativeLu.factor(rowMajor, n);
        monitor.report("dense LU (native)", 1, Double.NaN);
        break;
      case REFERENCE:
        lu = ReferenceLu.factor(rowMajor, n);
        break;
      default:
        lu = BlockedLu.factorInPlace(rowMajor, n, monitor);
    }
    if (n > 0 && !(lu.minAbsPivot() >= SINGULARITY_THRESHOLD)) {
      throw new SectoralException(ErrorCode.SINGULAR_SYSTEM, String.format(Locale.ROOT,
          "Matrix of order %d is singular to working precision (smallest pivot %.3g)", n,
          lu.minAbsPivot()));
    }
    return new SquareSolver(lu);
  }

  private static void checkShape(double[] rowMajor, int n) {
    checkNotNull(rowMajor, "matrix");
    if (n < 0 || rowMajor.length != (long) n * n) {
      throw SectoralException.of(ErrorCode.DIMENSION_MISMATCH, List.of(),
          "Matrix has %d values, expected %d × %d", rowMajor.length, n, n);
    }
  }

  @Override
  public int size() {
    return lu.size();
  }

  @Override
  public double[] solve(double[] b) {
    checkLength(b);
    return lu.solve(b);
  }

  @Override
  public double[] solveTransposed(double[] c) {
    checkLength(c);
    return lu.solveTransposed(c);
  }

  @Override
  public double[][] solveAll(double[][] rhs) {
    for (double[] b : rhs) {
      checkLength(b);
    }
    return lu.solveAll(rhs);
  }

  @Override
  public double[][] solveTransposedAll(double[][] rhs) {
    for (double[] c : rhs) {
      checkLength(c);
    }
    return lu.solveTransposedAll(rhs);
  }

  @Override
  public double[] inverseShared() {
    return inverse.get();
  }

  @Override
  public String method() {
    return lu.name();
  }

  private void checkLength(double[] v) {
    if (checkNotNull(v, "vector").length != lu.size()) {
      throw SectoralException.of(ErrorCode.DIMENSION_MISMATCH, List.of(),
          "Vector has %d values, expected %d", v.length, lu.size());
    }
  }
}
