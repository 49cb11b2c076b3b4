package org.sectoral.core.leontief;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Locale;
import java.util.Optional;
import org.sectoral.core.CancellationToken;
import org.sectoral.core.ProgressListener;

/**
 * How a {@link LeontiefModel} solves (I−A)·x = f: by a direct dense factorization (the default,
 * best when many right-hand sides or the inverse are wanted) or iteratively (best for a few
 * multiplier or footprint vectors on a large, sparse table), with optional progress reports and
 * cancellation. Immutable; the listener and token it carries are the caller's.
 *
 * <p>The direct path picks its dense engine itself (native OpenBLAS where it loads, else pure
 * Java; the JVM-wide system property {@code sectoral.backend=auto|native|java} overrides). Both
 * paths give the same results to about 1e-10 relative.
 */
public final class SolverOptions {
  /** Default relative residual of the iterative path: 1e-12. */
  public static final double DEFAULT_TOLERANCE = 1e-12;
  /** Default limit of iterative sweeps: 10,000. */
  public static final int DEFAULT_MAX_ITERATIONS = 10_000;
  /**
   * The iterative path stores A sparse (CSR) when at most this share of its entries is non-zero
   * (0.25): above it, dense rows are smaller (8 bytes per entry against 12) and faster to sweep.
   */
  public static final double SPARSE_DENSITY_THRESHOLD = 0.25;

  private static final SolverOptions DIRECT =
      new SolverOptions(false, DEFAULT_TOLERANCE, DEFAULT_MAX_ITERATIONS, ProgressListener.NONE,
          null);

  private final boolean iterative;
  private final double tolerance;
  private final int maxIterations;
  private final ProgressListener progress;
  private final CancellationToken cancellation;

  private SolverOptions(boolean iterative, double tolerance, int maxIterations,
      ProgressListener progress, CancellationToken cancellation) {
    this.iterative = iterative;
    this.tolerance = tolerance;
    this.maxIterations = maxIterations;
    this.progress = progress;
    this.cancellation = cancellation;
  }

  /** The direct dense path (LU of I−A once; every solve then costs O(n²)). The default. */
  public static SolverOptions direct() {
    return DIRECT;
  }

  /**
   * The iterative path (Gauss–Seidel on I−A, A stored sparse when sparse enough): each solve costs
   * a few sweeps over the non-zeros of A, and no n × n array is made unless asked for.
   *
   * @param relativeTolerance ‖f − (I−A)x‖∞ / ‖f‖∞ to reach, in (0, 1); e.g. 1e-12
   */
  public static SolverOptions iterative(double relativeTolerance) {
    checkArgument(relativeTolerance > 0 && relativeTolerance < 1,
        "Tolerance %s not in (0, 1)", relativeTolerance);
    return new SolverOptions(true, relativeTolerance, DEFAULT_MAX_ITERATIONS,
        ProgressListener.NONE, null);
  }

  /** These options with another iteration limit (iterative path; at least 1). */
  public SolverOptions withMaxIterations(int max) {
    checkArgument(max >= 1, "Iteration limit %s < 1", max);
    return new SolverOptions(iterative, tolerance, max, progress, cancellation);
  }

  /** These options reporting progress to a listener (called on the computing thread). */
  public SolverOptions withProgress(ProgressListener listener) {
    return new SolverOptions(iterative, tolerance, maxIterations,
        checkNotNull(listener, "listener"), cancellation);
  }

  /**
   * These options watching a cancellation token: a cancelled token (or an interrupted thread)
   * stops the pure-Java factorization between blocks of 64 columns, an iteration between sweeps,
   * and the native factorization before it starts (one native call cannot be stopped midway),
   * with {@link java.util.concurrent.CancellationException}.
   */
  public SolverOptions withCancellation(CancellationToken token) {
    return new SolverOptions(iterative, tolerance, maxIterations, progress,
        checkNotNull(token, "token"));
  }

  /** Whether the iterative path is chosen. */
  public boolean isIterative() {
    return iterative;
  }

  /** Relative residual of the iterative path. */
  public double tolerance() {
    return tolerance;
  }

  /** Iteration limit of the iterative path. */
  public int maxIterations() {
    return maxIterations;
  }

  /** The progress listener ({@link ProgressListener#NONE} unless set). */
  public ProgressListener progress() {
    return progress;
  }

  /** The cancellation token, if any. */
  public Optional<CancellationToken> cancellation() {
    return Optional.ofNullable(cancellation);
  }

  @Override
  public String toString() {
    return iterative
        ? String.format(Locale.ROOT, "SolverOptions[iterative, tol=%.1e, max=%d]", tolerance,
            maxIterations)
        : "SolverOptions[direct]";
  }
}
