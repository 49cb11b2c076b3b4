package org.sectoral.core.sda;

import java.util.function.IntFunction;

/**
 * The average over all k! orderings of the one-at-a-time changes of k factors (Dietzenbacher
 * &amp; Los 1998, the "average of all k! decompositions"), computed through the 2^k evaluations
 * of the measure instead of the k! orderings: factor i gets
 *
 * <pre>Σ over sets S of the other factors  |S|!·(k−1−|S|)!/k! · [F(S ∪ {i}) − F(S)],</pre>
 *
 * where F(S) is the measure with the factors in S at year 1 and the others at year 0 (the
 * Shapley value; the weight is the share of orderings in which exactly S precedes i). Exact by
 * construction: the effects sum to F(all) − F(none).
 */
final class Shapley {
  private Shapley() {}

  /**
   * The k effects, each a vector like the measure's.
   *
   * @param k the number of factors, 1 to 16
   * @param measure F(mask): bit i of mask set means factor i at year 1
   */
  static double[][] effects(int k, IntFunction<double[]> measure) {
    int masks = 1 << k;
    double[][] f = new double[masks][];
    for (int mask = 0; mask < masks; mask++) {
      f[mask] = measure.apply(mask);
    }
    double[] weight = new double[k];
    for (int s = 0; s < k; s++) {
      weight[s] = factorial(s) * factorial(k - 1 - s) / factorial(k);
    }
    int n = f[0].length;
    double[][] effects = new double[k][n];
    for (int i = 0; i < k; i++) {
      int bit = 1 << i;
      for (int mask = 0; mask < masks; mask++) {
        if ((mask & bit) != 0) {
          continue;
        }
        double w = weight[Integer.bitCount(mask)];
        double[] with = f[mask | bit];
        double[] without = f[mask];
        for (int r = 0; r < n; r++) {
          effects[i][r] += w * (with[r] - without[r]);
        }
      }
    }
    return effects;
  }

  private static double factorial(int n) {
    double p = 1;
    for (int i = 2; i <= n; i++) {
      p *= i;
    }
    return p;
  }
}
