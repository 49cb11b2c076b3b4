package org.sectoral.io;

/**
 * Numbers as exchange-file text: the shortest decimal that reads back to the same double, with no
 * locale (a '.' decimal point, no grouping), so a written table reads back bit for bit.
 *
 * <p>The text is {@link Double#toString(double)}: plain decimals such as {@code 150.0} or
 * {@code -0.25} and computerized scientific notation such as {@code 1.0E-5}. Python's
 * {@code float()}, pandas' {@code read_csv}, Jackson and {@link Double#parseDouble} all read it.
 */
public final class NumberText {
  private NumberText() {}

  /**
   * The exact text of a finite double.
   *
   * @throws IllegalArgumentException for NaN or infinity, which exchange files do not hold
   */
  public static String format(double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("Not a finite number: " + value);
    }
    return Double.toString(value);
  }
}
