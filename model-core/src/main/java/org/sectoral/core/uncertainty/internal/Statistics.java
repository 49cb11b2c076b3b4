package org.sectoral.core.uncertainty.internal;

import org.apache.commons.math3.stat.correlation.SpearmansCorrelation;
import org.apache.commons.math3.stat.descriptive.moment.Mean;
import org.apache.commons.math3.stat.descriptive.moment.StandardDeviation;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.apache.commons.math3.stat.descriptive.rank.Percentile.EstimationType;

/** Summary statistics of a sample in a fixed order of operations (commons-math3). */
public final class Statistics {
  private Statistics() {}

  /** The sample mean (commons-math3's corrected two-pass mean). */
  public static double mean(double[] sample) {
    return new Mean().evaluate(sample);
  }

  /** The sample standard deviation with the n − 1 divisor (0 for one value). */
  public static double standardDeviation(double[] sample) {
    return sample.length < 2 ? 0 : new StandardDeviation(true).evaluate(sample);
  }

  /**
   * Percentiles p (in (0, 100]) by Hyndman &amp; Fan's definition 7 (the default of R and
   * numpy): h = (N − 1)·p/100, linear interpolation between the order statistics ⌊h⌋ and ⌈h⌉.
   */
  public static double[] percentiles(double[] sample, double[] p) {
    Percentile estimator = new Percentile().withEstimationType(EstimationType.R_7);
    estimator.setData(sample);
    double[] out = new double[p.length];
    for (int i = 0; i < p.length; i++) {
      out[i] = estimator.evaluate(p[i]);
    }
    return out;
  }

  /** Spearman's rank correlation, ties given their average rank; NaN when either is constant. */
  public static double spearman(double[] x, double[] y) {
    return new SpearmansCorrelation().correlation(x, y);
  }
}
