package org.sectoral.core.internal;

/**
 * Solves M·x = b and M'·y = c for one square matrix M, however it is held (dense factors, sparse
 * iterations). Implementations are safe to share between threads.
 */
public interface LinearSolver {
  /** The order n. */
  int size();

  /** x with M·x = b. */
  double[] solve(double[] b);

  /** y with M'·y = c, i.e. the row vector y' = c'·M⁻¹. */
  double[] solveTransposed(double[] c);

  /** Solves for every right-hand side (one per row of {@code rhs}); backends may batch them. */
  default double[][] solveAll(double[][] rhs) {
    return Rhs.each(rhs, this::solve);
  }

  /** Transposed solves for every right-hand side (one per row); backends may batch them. */
  default double[][] solveTransposedAll(double[][] rhs) {
    return Rhs.each(rhs, this::solveTransposed);
  }

  /** M⁻¹ row-major, formed on first call and cached; the caller must not modify it. */
  double[] inverseShared();

  /** A short name of the method, for logs and benchmarks (e.g. "native-openblas"). */
  String method();

  /**
   * What the checks of this solver's solves found so far (condition estimate, largest residual).
   * Solvers that judge each solve otherwise (iterative ones, by their own tolerance) report no
   * condition estimate and no solves.
   */
  default SolveChecks.Snapshot checks() {
    return new SolveChecks.Snapshot(method(), size(), Double.NaN, 0, 0, 0, 0);
  }
}
