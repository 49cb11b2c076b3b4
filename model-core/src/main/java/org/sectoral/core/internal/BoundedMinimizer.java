package org.sectoral.core.internal;

import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.univariate.BrentOptimizer;
import org.apache.commons.math3.optim.univariate.SearchInterval;
import org.apache.commons.math3.optim.univariate.UnivariateObjectiveFunction;
import org.apache.commons.math3.optim.univariate.UnivariatePointValuePair;
import org.sectoral.core.ErrorCode;
import org.sectoral.core.SectoralException;

/**
 * One-dimensional bounded minimization by Brent's method (golden section with parabolic steps;
 * Brent 1973, ch. 5), hiding the commons-math3 optimizer from callers.
 */
public final class BoundedMinimizer {
  private BoundedMinimizer() {}

  /**
   * The point in [lo, hi] where {@code f} is smallest, as {x, f(x)}, located to within
   * rel·|x| + abs; a local minimum when f is not unimodal on the interval.
   *
   * @throws SectoralException {@link ErrorCode#NOT_CONVERGED} after {@code maxEvaluations}
   */
  public static double[] minimize(DoubleUnaryOperator f, double lo, double hi, double rel,
      double abs, int maxEvaluations) {
    BrentOptimizer brent = new BrentOptimizer(rel, abs);
    try {
      UnivariatePointValuePair p = brent.optimize(new MaxEval(maxEvaluations),
          new UnivariateObjectiveFunction(f::applyAsDouble), GoalType.MINIMIZE,
          new SearchInterval(lo, hi, 0.5 * (lo + hi)));
      return new double[] {p.getPoint(), p.getValue()};
    } catch (TooManyEvaluationsException e) {
      throw SectoralException.of(ErrorCode.NOT_CONVERGED, List.of(),
          "Brent minimization on [%s, %s] did not converge in %d evaluations", lo, hi,
          maxEvaluations);
    }
  }
}
