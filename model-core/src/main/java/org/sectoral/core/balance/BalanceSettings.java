package org.sectoral.core.balance;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * How long and how precisely {@link Ras} and {@link Gras} iterate.
 *
 * <p>A run has converged when every row gap |Σⱼxᵢⱼ − uᵢ| and every column gap |Σᵢxᵢⱼ − vⱼ| is at
 * most {@code tolerance · scale}, where scale is the largest target magnitude
 * max(maxᵢ|uᵢ|, maxⱼ|vⱼ|). The same relative tolerance bounds the gap between the two grand
 * totals, |Σu − Σv| ≤ tolerance · max(Σ|u|, Σ|v|), checked before iterating.
 *
 * @param maxIterations the iteration limit (one iteration scales every row, then every column),
 *     at least 1
 * @param tolerance the relative tolerance, positive and below 1
 * @param failIfNotConverged whether to throw {@code NOT_CONVERGED} at the iteration limit (the
 *     default); when false the unconverged result is returned with
 *     {@link ConvergenceReport#converged()} false
 */
public record BalanceSettings(int maxIterations, double tolerance, boolean failIfNotConverged) {
  /** The default iteration limit. */
  public static final int DEFAULT_MAX_ITERATIONS = 10_000;
  /** The default relative tolerance. */
  public static final double DEFAULT_TOLERANCE = 1e-12;

  /** Validates the limit and the tolerance. */
  public BalanceSettings {
    checkArgument(maxIterations >= 1, "maxIterations must be at least 1, got %s", maxIterations);
    checkArgument(tolerance > 0 && tolerance < 1, "tolerance must be in (0, 1), got %s",
        tolerance);
  }

  /** 10 000 iterations, relative tolerance 1e-12, failing when not converged. */
  public static BalanceSettings defaults() {
    return new BalanceSettings(DEFAULT_MAX_ITERATIONS, DEFAULT_TOLERANCE, true);
  }

  /** These settings with another iteration limit. */
  public BalanceSettings withMaxIterations(int limit) {
    return new BalanceSettings(limit, tolerance, failIfNotConverged);
  }

  /** These settings with another relative tolerance. */
  public BalanceSettings withTolerance(double relative) {
    return new BalanceSettings(maxIterations, relative, failIfNotConverged);
  }

  /** These settings, returning (not throwing) an unconverged result at the iteration limit. */
  public BalanceSettings lenient() {
    return new BalanceSettings(maxIterations, tolerance, false);
  }
}
