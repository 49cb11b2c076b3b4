package org.sectoral.core.uncertainty;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * The summary of one output over the draws.
 *
 * @param label the output's label
 * @param baseline its value at the baseline (no uncertainty)
 * @param mean the sample mean
 * @param standardDeviation the sample standard deviation (n − 1 divisor)
 * @param percentiles the requested percentiles (as in {@link #percentileLevels()}), Hyndman &amp;
 *     Fan definition 7
 * @param percentileLevels the percentile levels in (0, 100)
 */
public record OutputSummary(String label, double baseline, double mean, double standardDeviation,
    ImmutableList<Double> percentiles, ImmutableList<Double> percentileLevels) {

  /** The value of the percentile at {@code level} (one of {@link #percentileLevels()}). */
  public double percentile(double level) {
    int i = percentileLevels.indexOf(level);
    if (i < 0) {
      throw new IllegalArgumentException("Percentile " + level + " not computed; have "
          + percentileLevels);
    }
    return percentiles.get(i);
  }

  /** The standard error of the mean, sd/√draws. */
  public double standardErrorOfMean(int draws) {
    return standardDeviation / Math.sqrt(draws);
  }

  static OutputSummary of(String label, double baseline, double mean, double sd, double[] p,
      List<Double> levels) {
    ImmutableList.Builder<Double> b = ImmutableList.builder();
    for (double v : p) {
      b.add(v);
    }
    return new OutputSummary(label, baseline, mean, sd, b.build(), ImmutableList.copyOf(levels));
  }
}
