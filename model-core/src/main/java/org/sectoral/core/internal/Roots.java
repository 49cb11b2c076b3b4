package org.sectoral.core.internal;

import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.apache.commons.math3.exception.MathIllegalArgumentException;
import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.sectoral.core.ErrorCode;
import org.sectoral.core.SectoralException;

/** One-dimensional root finding (Brent's method from commons-math3), behind the API. */
public final class Roots {
  private Roots() {}

  /**
   * A root of f in [lo, hi], where f(lo) and f(hi) must differ in sign.
   *
   * @throws SectoralException INCONSISTENT_TARGETS when the interval does not bracket a root,
   *     NOT_CONVERGED when Brent's method runs out of evaluations
   */
  public static double brent(DoubleUnaryOperator f, double lo, double hi, String what) {
    try {
      return new BrentSolver(1e-14, 1e-14).solve(500, f::applyAsDouble, lo, hi);
    } catch (MathIllegalArgumentException e) {
      throw SectoralException.of(ErrorCode.INCONSISTENT_TARGETS, List.of(what),
          "No solution for %s in [%s, %s]: the target is out of reach", what, lo, hi);
    } catch (TooManyEvaluationsException e) {
      throw SectoralException.of(ErrorCode.NOT_CONVERGED, List.of(what),
          "Root search for %s did not converge", what);
    }
  }
}
