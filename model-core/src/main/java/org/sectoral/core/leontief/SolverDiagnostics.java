package org.sectoral.core.leontief;

import com.google.common.collect.ImmutableSet;
import java.util.Locale;
import java.util.OptionalDouble;
import org.sectoral.core.ErrorCode;
import org.sectoral.core.internal.Accuracy;
import org.sectoral.core.internal.SolveChecks;

/**
 * How far the numbers of a {@link LeontiefModel} have proved themselves: the condition number
 * estimate κ̂ of I−A made with its factorization, and the largest scaled residual
 * η = ‖f − (I−A)x‖∞ / (‖I−A‖∞·‖x‖∞ + ‖f‖∞) of the solves made so far (the normwise backward
 * error by which LAPACK's test programs judge a solve, dget02), with the warnings they raise.
 * An immutable snapshot from {@link LeontiefModel#diagnostics()}.
 *
 * <p>The guarantees of the direct path (the limits are the constants below): every solve checks
 * its residual against I−A as the model holds it (the batches of many right-hand sides by
 * {@value #SKETCHES} random combinations); when η exceeds {@link #RESIDUAL_LIMIT} or κ̂ exceeds
 * {@link #REFINE_CONDITION} the solve is refined with residuals accumulated in double-double
 * until its correction stops shrinking, and a solve still above {@link #RESIDUAL_LIMIT} or with
 * an estimated relative error above {@link #ERROR_LIMIT} throws
 * {@link ErrorCode#INACCURATE_SOLUTION}. κ̂ above {@link #CONDITION_WARNING} is reported as
 * {@link ErrorCode#ILL_CONDITIONED} in {@link #warnings()}: the solves are refined and right,
 * but the economy is within a hair of not being productive, and small changes of the data move
 * the results a lot. The iterative path judges its solves by its own tolerance and has no κ̂.
 */
public final class SolverDiagnostics {
  /** Largest scaled residual η a solve may end with: {@value}. */
  public static final double RESIDUAL_LIMIT = Accuracy.RESIDUAL_LIMIT;
  /** Condition estimate above which every solve is refined: {@value}. */
  public static final double REFINE_CONDITION = Accuracy.REFINE_CONDITION;
  /** Condition estimate above which {@link ErrorCode#ILL_CONDITIONED} is reported: {@value}. */
  public static final double CONDITION_WARNING = Accuracy.CONDITION_WARNING;
  /** Largest estimated relative error ‖δx‖∞/‖x‖∞ a refined solve may end with: {@value}. */
  public static final double ERROR_LIMIT = Accuracy.ERROR_LIMIT;
  /** Random combinations that check a batch of more right-hand sides than this: {@value}. */
  public static final int SKETCHES = Accuracy.SKETCHES;

  private final SolveChecks.Snapshot s;

  private SolverDiagnostics(SolveChecks.Snapshot s) {
    this.s = s;
  }

  static SolverDiagnostics of(SolveChecks.Snapshot snapshot) {
    return new SolverDiagnostics(snapshot);
  }

  /** The solver: "native-openblas", "java-blocked", "reference-commons-math3", "gauss-seidel". */
  public String method() {
    return s.method();
  }

  /** The order n of I−A. */
  public int order() {
    return s.order();
  }

  /**
   * κ̂₁(I−A) = ‖I−A‖₁·‖(I−A)⁻¹‖₁, the inverse's norm estimated by LAPACK dgecon (native) or the
   * same Hager–Higham method on the LU solves (Java): a lower bound, almost always within a
   * factor 3. For I−A with column sums of A below 1, ‖(I−A)⁻¹‖₁ is the largest output
   * multiplier. Empty on the iterative path.
   */
  public OptionalDouble conditionEstimate() {
    return Double.isNaN(s.conditionEstimate()) ? OptionalDouble.empty()
        : OptionalDouble.of(s.conditionEstimate());
  }

  /**
   * The largest scaled residual η of any solve so far (after refinement; 0 before the first
   * solve). For a batch checked by random combinations, the largest combination's.
   */
  public double largestScaledResidual() {
    return s.maxScaledResidual();
  }

  /**
   * The largest estimated relative error ‖δx‖∞/‖x‖∞ of any solve so far: the first-order bound
   * 2·κ̂·η for an unrefined solve, the last correction for a refined one.
   */
  public double largestErrorEstimate() {
    return s.maxErrorEstimate();
  }

  /** Right-hand sides solved and checked so far (the model's own productivity probe included). */
  public long checkedSolves() {
    return s.solves();
  }

  /** Of these, the ones that were refined. */
  public long refinedSolves() {
    return s.refinedSolves();
  }

  /** {@link ErrorCode#ILL_CONDITIONED} when κ̂ exceeds {@link #CONDITION_WARNING}, else empty. */
  public ImmutableSet<ErrorCode> warnings() {
    return isIllConditioned() ? ImmutableSet.of(ErrorCode.ILL_CONDITIONED) : ImmutableSet.of();
  }

  /** Whether κ̂ exceeds {@link #CONDITION_WARNING}. */
  public boolean isIllConditioned() {
    return s.conditionEstimate() > CONDITION_WARNING;
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT,
        "SolverDiagnostics[%s, n=%d, condition estimate %.3g, largest scaled residual %.3g, "
            + "largest error estimate %.3g, %d solves (%d refined)%s]", s.method(), s.order(),
        s.conditionEstimate(), s.maxScaledResidual(), s.maxErrorEstimate(), s.solves(),
        s.refinedSolves(), isIllConditioned() ? ", ILL_CONDITIONED" : "");
  }
}
