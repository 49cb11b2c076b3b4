package org.sectoral.core.internal;

import java.util.concurrent.atomic.DoubleAccumulator;
import java.util.concurrent.atomic.LongAdder;

/**
 * What the checks of a solver's solves found so far: the condition estimate made with the
 * factorization, the largest scaled residual and error estimate of any solve, how many
 * right-hand sides were checked and how many needed refinement. Thread-safe; {@link #snapshot()}
 * is a consistent-enough immutable copy (counters may move while it is taken).
 */
public final class SolveChecks {
  private final String method;
  private final int order;
  private final double condition;
  private final DoubleAccumulator residual = new DoubleAccumulator(Math::max, 0);
  private final DoubleAccumulator error = new DoubleAccumulator(Math::max, 0);
  private final LongAdder solves = new LongAdder();
  private final LongAdder refined = new LongAdder();

  /** Checks of a solver by {@code method} of order n with condition estimate κ̂ (NaN: none). */
  public SolveChecks(String method, int order, double condition) {
    this.method = method;
    this.order = order;
    this.condition = condition;
  }

  /** Records {@code count} solves with their largest scaled residual and error estimate. */
  void record(long count, double maxResidual, double maxError, long refinedCount) {
    solves.add(count);
    refined.add(refinedCount);
    residual.accumulate(maxResidual);
    error.accumulate(maxError);
  }

  /** The record so far. */
  public Snapshot snapshot() {
    return new Snapshot(method, order, condition, residual.get(), error.get(), solves.sum(),
        refined.sum());
  }

  /**
   * A copy of the record.
   *
   * @param method the solver ("native-openblas", "java-blocked", "gauss-seidel" …)
   * @param order n
   * @param conditionEstimate κ̂₁ = ‖M‖₁·est‖M⁻¹‖₁, NaN when not estimated
   * @param maxScaledResidual largest η of any checked solve (0 before the first)
   * @param maxErrorEstimate largest estimated relative error ‖δx‖∞/‖x‖∞ of any solve
   * @param solves right-hand sides checked
   * @param refinedSolves right-hand sides that were refined
   */
  public record Snapshot(String method, int order, double conditionEstimate,
      double maxScaledResidual, double maxErrorEstimate, long solves, long refinedSolves) {}
}
