package org.sectoral.core.testing;

/** Named tolerances for comparisons in tests. */
public final class Tolerances {
  private Tolerances() {}

  /** Rounding of the last digits of double arithmetic on well-conditioned systems. */
  public static final double RELATIVE_1E9 = 1e-9;
  /** Identities that hold exactly in exact arithmetic (content shares summing to 1). */
  public static final double ABSOLUTE_1E10 = 1e-10;
  /** Textbook values printed to 10 decimals. */
  public static final double TEXTBOOK_1E9 = 1e-9;

  /** |a − b| ≤ tol·max(1, |a|, |b|). */
  public static boolean close(double a, double b, double tol) {
    return Math.abs(a - b) <= tol * Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
  }
}
