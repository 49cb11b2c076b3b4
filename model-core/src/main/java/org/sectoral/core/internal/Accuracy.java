package org.sectoral.core.internal;

/**
 * The limits every direct solve is held to (see {@link SquareSolver}). The scaled residual of a
 * solve M·x = b is η = ‖b − M·x‖∞ / (‖M‖∞·‖x‖∞ + ‖b‖∞), the normwise backward error by which
 * LAPACK's test programs judge a solve (dget02); a backward-stable LU gives η of a few ε
 * (ε = 2⁻⁵³ ≈ 1.1e-16). The condition number estimate is κ̂ = ‖M‖₁·est‖M⁻¹‖₁ (Hager–Higham,
 * LAPACK dgecon; the ∞-norm one differs by a factor n at most); an unrefined solve may be off
 * by about κ̂·η relative.
 */
public final class Accuracy {
  /** Unit roundoff ε = 2⁻⁵³ (LAPACK dlamch('E')). */
  public static final double EPSILON = 0x1p-53;
  /**
   * Largest scaled residual η a solve may end with (1e-12, about 9,000 ε): above it the solve is
   * refined, and if refinement does not bring it below, the solve fails with INACCURATE_SOLUTION.
   */
  public static final double RESIDUAL_LIMIT = 1e-12;
  /**
   * Condition estimate above which every solve is refined (1e6): below it κ̂·η stays under about
   * 1e-10 relative, above it an unrefined solve could be off by more.
   */
  public static final double REFINE_CONDITION = 1e6;
  /**
   * Condition estimate above which the system is reported ill-conditioned (1e12): an unrefined
   * solve could lose 12 of its 16 digits.
   */
  public static final double CONDITION_WARNING = 1e12;
  /**
   * Largest relative error ‖δx‖∞/‖x‖∞ a refined solve may end with (1e-10), estimated by its last
   * correction; above it the solve fails with INACCURATE_SOLUTION.
   */
  public static final double ERROR_LIMIT = 1e-10;
  /** Refinement steps at most per solve (LAPACK dgerfsx uses 10 too). */
  public static final int MAX_REFINEMENTS = 10;
  /**
   * Batches of more right-hand sides than this (8) are checked by this many random ±1
   * combinations of their residuals instead of one residual each (Freivalds' technique).
   */
  public static final int SKETCHES = 8;

  private Accuracy() {}
}
