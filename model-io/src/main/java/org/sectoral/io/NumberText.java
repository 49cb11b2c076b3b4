package org.sectoral.io;

import com.fasterxml.jackson.core.io.NumberOutput;

/**
 * Numbers as exchange-file text: the shortest decimal that reads back to the same double, with no
 * locale (a '.' decimal point, no grouping), so a written table reads back bit for bit.
 *
 * <p>The text has the layout of {@link Double#toString(double)}: plain decimals such as
 * {@code 150.0} or {@code -0.25} for magnitudes in [10⁻³, 10⁷), computerized scientific
 * notation such as {@code 1.0E-5} otherwise. The digits are the shortest that round-trip
 * (Schubfach, as Jackson's {@code NumberOutput} writes them and as {@code Double.toString} does
 * from Java 19 on); Java 17's {@code Double.toString} sometimes writes one digit more for the
 * same double. Python's {@code float()}, pandas' {@code read_csv}, Jackson and
 * {@link Double#parseDouble} all read it back to the identical double.
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
    return NumberOutput.toString(value, true);
  }
}
