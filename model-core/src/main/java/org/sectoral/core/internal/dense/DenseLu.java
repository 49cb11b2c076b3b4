package org.sectoral.core.internal.dense;

import org.sectoral.core.internal.ConditionEstimator;
import org.sectoral.core.internal.Rhs;

/** A dense LU factorization P·M = L·U of an n × n matrix M; thread-safe once made. */
public interface DenseLu {
  /** The order n. */
  int size();

  /** The smallest |uᵢᵢ|, for the singularity test. */
  double minAbsPivot();

  /** x with M·x = b (b is not modified). */
  double[] solve(double[] b);

  /** y with M'·y = c (c is not modified). */
  double[] solveTransposed(double[] c);

  /** xₖ with M·xₖ = bₖ for every right-hand side (one per row of {@code rhs}). */
  default double[][] solveAll(double[][] rhs) {
    return Rhs.each(rhs, this::solve);
  }

  /** yₖ with M'·yₖ = cₖ for every right-hand side (one per row of {@code rhs}). */
  default double[][] solveTransposedAll(double[][] rhs) {
    return Rhs.each(rhs, this::solveTransposed);
  }

  /** An estimate of ‖M⁻¹‖₁ (Hager–Higham on the LU solves: about five solves, O(n²) each). */
  default double inverseNorm1Estimate() {
    return ConditionEstimator.norm1(size(), this::solve, this::solveTransposed);
  }

  /** A new array holding M⁻¹ row-major. */
  double[] inverse();

  /** The backend's name. */
  String name();
}
