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
 *
 * <p>Every solve proves itself ({@link Accuracy} holds the limits): the factorization comes with
 * a condition estimate κ̂ (LAPACK dgecon natively, Hager–Higham on the LU solves otherwise), and
 * each right-hand side's scaled residual η = ‖b − M·x‖∞ / (‖M‖∞·‖x‖∞ + ‖b‖∞) is computed from M
 * as the caller holds it ({@link SystemMatrix}; no copy). A solve is refined — residual in
 * double-double, correction by the same LU, until the correction stops shrinking — when
 * η exceeds {@link Accuracy#RESIDUAL_LIMIT} or κ̂ exceeds {@link Accuracy#REFINE_CONDITION};
 * if it still misses the limits it fails with {@link ErrorCode#INACCURATE_SOLUTION}. Batches of
 * more than {@link Accuracy#SKETCHES} right-hand sides are checked by that many random ±1
 * combinations of their scaled residuals, so the check costs at most that many matrix–vector
 * products however large the batch; a failed combination falls back to one residual each.
 * What the checks found is in {@link #checks()}.
 */
public final class SquareSolver implements LinearSolver {
  /** |uᵢᵢ| below this (absolute, as commons-math3's default) means singular. */
  public static final double SINGULARITY_THRESHOLD = 1e-13;

  private final DenseLu lu;
  private final int n;
  private final double condition; // κ̂₁(M) = κ̂∞(M')
  private final Verifier verifier;
  private final Supplier<double[]> inverse;

  private SquareSolver(DenseLu lu, SystemMatrix matrix, double[] norms, double inverseNorm1) {
    this.lu = lu;
    this.n = lu.size();
    double c = norms[0] * inverseNorm1;
    this.condition = Double.isNaN(c) ? Double.POSITIVE_INFINITY : c;
    this.verifier = new Verifier(lu, matrix, norms[0], norms[1], condition);
    this.inverse = Suppliers.memoize(verifier::formInverse);
  }

  /**
   * Factorizes the n × n row-major matrix with the configured backend. The array is not
   * modified; it is kept to check residuals, so the caller must not change it afterwards.
   *
   * @throws SectoralException {@link ErrorCode#SINGULAR_SYSTEM} when M is singular
   */
  public static SquareSolver factor(double[] rowMajor, int n) {
    return factor(rowMajor, n, Backend.configured());
  }

  /** As {@link #factor(double[], int)} with an explicit backend (tests, benchmarks). */
  public static SquareSolver factor(double[] rowMajor, int n, Backend backend) {
    checkShape(rowMajor, n);
    Backend b = checkNotNull(backend, "backend").resolve(n);
    // only the Java LU works in place; native and reference copy the values themselves
    double[] work = b == Backend.JAVA ? rowMajor.clone() : rowMajor;
    return factorOwned(work, n, SystemMatrix.dense(rowMajor, n), b, Monitor.NONE);
  }

  /**
   * Factorizes an array the caller hands over (it may be overwritten and kept). As the Java LU
   * overwrites it, a copy of M is kept for the residual checks on that backend; callers that can
   * show M otherwise use {@link #factorOwned(double[], int, SystemMatrix, Backend, Monitor)}.
   */
  public static SquareSolver factorOwned(double[] rowMajor, int n, Backend backend,
      Monitor monitor) {
    checkShape(rowMajor, n);
    Backend b = checkNotNull(backend, "backend").resolve(n);
    SystemMatrix m = SystemMatrix.dense(b == Backend.JAVA ? rowMajor.clone() : rowMajor, n);
    return factorOwned(rowMajor, n, m, b, monitor);
  }

  /**
   * Factorizes an array the caller hands over (it may be overwritten and kept, so at most one
   * dense n × n is alive besides the caller's inputs), judging solves against {@code m}, which
   * must hold the same matrix (e.g. the model's own A when the array is I − A). The backend may
   * be {@link Backend#AUTO}.
   *
   * @throws SectoralException {@link ErrorCode#SINGULAR_SYSTEM} when M is singular
   * @throws java.util.concurrent.CancellationException when the monitor's token is cancelled
   */
  public static SquareSolver factorOwned(double[] rowMajor, int n, SystemMatrix m,
      Backend backend, Monitor monitor) {
    checkShape(rowMajor, n);
    Backend b = checkSystem(n, m, backend, monitor);
    monitor.check("dense LU");
    double[] norms = norms(rowMajor, n);
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
    return checkedFactor(lu, m, norms, n, monitor);
  }

  private static SquareSolver checkedFactor(DenseLu lu, SystemMatrix m, double[] norms, int n,
      Monitor monitor) {
    if (n > 0 && !(lu.minAbsPivot() >= SINGULARITY_THRESHOLD)) {
      throw new SectoralException(ErrorCode.SINGULAR_SYSTEM, String.format(Locale.ROOT,
          "Matrix of order %d is singular to working precision (smallest pivot %.3g)", n,
          lu.minAbsPivot()));
    }
    monitor.check("condition estimate");
    return new SquareSolver(lu, m, norms, n == 0 ? 0 : lu.inverseNorm1Estimate());
  }

  /**
   * Factorizes M delivered by rows (see {@link RowSource}), as
   * {@link #factorOwned(double[], int, SystemMatrix, Backend, Monitor)} does with the array:
   * the native backend copies the rows off the heap panel by panel (no n × n Java array at all),
   * the Java backends fill one array and factor it. {@link RowSource#finish()} runs before the
   * factorization.
   *
   * @throws SectoralException {@link ErrorCode#SINGULAR_SYSTEM} when M is singular, or what the
   *     source throws
   * @throws java.util.concurrent.CancellationException when the monitor's token is cancelled
   */
  public static SquareSolver factorRows(RowSource source, int n, SystemMatrix m,
      Backend backend, Monitor monitor) {
    checkNotNull(source, "source");
    Backend b = checkSystem(n, m, backend, monitor);
    if (b != Backend.NATIVE) {
      double[] a = new double[n * n];
      int step = panelRows(n);
      double[] panel = new double[step * n];
      for (int i0 = 0; i0 < n; i0 += step) {
        int i1 = Math.min(n, i0 + step);
        source.rows(i0, i1, panel);
        System.arraycopy(panel, 0, a, i0 * n, (i1 - i0) * n);
      }
      source.finish();
      return factorOwned(a, n, m, b, monitor);
    }
    monitor.check("dense LU");
    Norms norms = new Norms(n);
    NativeLu lu;
    int blocks = source.byColumns() && (long) n * n >= PARALLEL_FILL
        ? Math.min(4, Math.max(2, Runtime.getRuntime().availableProcessors())) : 1;
    try (NativeLu.Staging staging = NativeLu.staging(n)) {
      int step = panelRows(n);
      if (blocks == 1) {
        double[] panel = new double[step * n];
        for (int i0 = 0; i0 < n; i0 += step) {
          int i1 = Math.min(n, i0 + step);
          source.rows(i0, i1, panel);
          norms.add(panel, i1 - i0);
          staging.put(i0, panel, i1 - i0);
        }
      } else {
        fillByColumns(source, staging, n, step, blocks, norms);
      }
      source.finish();
      monitor.report("dense LU (native)", 0, Double.NaN);
      lu = staging.factor();
      monitor.report("dense LU (native)", 1, Double.NaN);
    }
    return checkedFactor(lu, m, norms.get(), n, monitor);
  }

  /** The concrete backend, after checking the residual matrix's order and the arguments. */
  private static Backend checkSystem(int n, SystemMatrix m, Backend backend, Monitor monitor) {
    checkNotNull(m, "m");
    checkNotNull(monitor, "monitor");
    if (m.size() != n) {
      throw SectoralException.of(ErrorCode.DIMENSION_MISMATCH, List.of(),
          "Residual matrix of order %d for a system of order %d", m.size(), n);
    }
    return checkNotNull(backend, "backend").resolve(n);
  }

  /** From this many entries (32 MiB) on, M is copied in by blocks of columns in parallel. */
  private static final long PARALLEL_FILL = 1L << 22;

  /**
   * M into the staging by column blocks, one thread each (both cores take the first writes'
   * page faults): every column's ‖·‖₁ sum and the source's column sums still add rows in order;
   * a row's ‖·‖∞ sum adds its blocks' partial sums.
   */
  private static void fillByColumns(RowSource source, NativeLu.Staging staging, int n, int step,
      int blocks, Norms norms) {
    double[][] rowPart = new double[blocks][n];
    java.util.stream.IntStream.range(0, blocks).parallel().forEach(t -> {
      int c0 = (int) ((long) t * n / blocks);
      int c1 = (int) ((long) (t + 1) * n / blocks);
      NativeLu.SegmentWriter out = staging.segments();
      double[] panel = new double[step * n];
      double[] part = rowPart[t];
      for (int i0 = 0; i0 < n; i0 += step) {
        int i1 = Math.min(n, i0 + step);
        source.columns(i0, i1, c0, c1, panel);
        for (int i = i0; i < i1; i++) {
          int o = (i - i0) * n;
          double row = 0;
          for (int j = c0; j < c1; j++) {
            double v = Math.abs(panel[o + j]);
            row += v;
            norms.col[j] += v;
          }
          part[i] = row;
          out.put(i, c0, panel, o + c0, c1 - c0);
        }
      }
    });
    for (int i = 0; i < n; i++) {
      double row = 0;
      for (int t = 0; t < blocks; t++) {
        row += rowPart[t][i];
      }
      norms.rowMax = Math.max(norms.rowMax, row);
    }
  }

  /** Rows per panel of about 2 MiB (at least one). */
  private static int panelRows(int n) {
    return Math.max(1, Math.min(n, (1 << 18) / Math.max(1, n)));
  }

  /** {‖M‖₁, ‖M‖∞} of a row-major array. */
  private static double[] norms(double[] a, int n) {
    Norms norms = new Norms(n);
    norms.add(a, n);
    return norms.get();
  }

  /** ‖M‖₁ and ‖M‖∞ accumulated over row panels in row order. */
  private static final class Norms {
    private final int n;
    private final double[] col;
    private double rowMax;

    Norms(int n) {
      this.n = n;
      this.col = new double[n];
    }

    void add(double[] panel, int rows) {
      for (int i = 0; i < rows; i++) {
        int o = i * n;
        double row = 0;
        for (int j = 0; j < n; j++) {
          double v = Math.abs(panel[o + j]);
          row += v;
          col[j] += v;
        }
        rowMax = Math.max(rowMax, row);
      }
    }

    double[] get() {
      double colMax = 0;
      for (double c : col) {
        colMax = Math.max(colMax, c);
      }
      return new double[] {colMax, rowMax};
    }
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
    return n;
  }

  /** κ̂₁ = ‖M‖₁·‖M⁻¹‖₁ as estimated with the factorization (∞ when the estimate overflows). */
  public double conditionEstimate() {
    return condition;
  }

  @Override
  public SolveChecks.Snapshot checks() {
    return verifier.checks().snapshot();
  }

  @Override
  public double[] solve(double[] b) {
    checkLength(b);
    return verifier.checked(new double[][] {b}, false)[0];
  }

  @Override
  public double[] solveTransposed(double[] c) {
    checkLength(c);
    return verifier.checked(new double[][] {c}, true)[0];
  }

  @Override
  public double[][] solveAll(double[][] rhs) {
    for (double[] b : rhs) {
      checkLength(b);
    }
    return verifier.checked(rhs, false);
  }

  @Override
  public double[][] solveTransposedAll(double[][] rhs) {
    for (double[] c : rhs) {
      checkLength(c);
    }
    return verifier.checked(rhs, true);
  }

  @Override
  public double[] inverseShared() {
    return inverse.get();
  }

  /**
   * M⁻¹ by the backend, checked by its action on {@link Accuracy#SKETCHES} random ±1 vectors w
   * (η of M·(M⁻¹w) = w); when that fails or κ̂ calls for refinement, row by row as refined
   * transposed solves (n solves: far slower, but right).
   */

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
