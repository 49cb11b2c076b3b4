package org.sectoral.core.internal.dense;

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

  /** A new array holding M⁻¹ row-major. */
  double[] inverse();

  /** The backend's name. */
  String name();
}
