package org.sectoral.core.uncertainty;

/**
 * A bar of a tornado chart: the output with one input at a low and at a high percentile and every
 * other input at its baseline.
 *
 * @param input the input's name
 * @param inputLow the input at the low percentile
 * @param inputHigh the input at the high percentile
 * @param outputLow the output with the input at {@code inputLow}
 * @param outputHigh the output with the input at {@code inputHigh}
 */
public record Swing(String input, double inputLow, double inputHigh, double outputLow,
    double outputHigh) {
  /** The width of the bar |outputHigh − outputLow|. */
  public double width() {
    return Math.abs(outputHigh - outputLow);
  }
}
