package org.sectoral.core.internal;

import java.util.Random;

/** Seeded random coefficient matrices A ≥ 0 with column sums in [0.2, 0.8] (productive). */
final class RandomMatrices {
  private RandomMatrices() {}

  /** Row-major A with about {@code density}·n² non-zeros (at least one per column). */
  static double[] productive(int n, double density, long seed) {
    Random rnd = new Random(seed);
    double[] a = new double[n * n];
    for (int j = 0; j < n; j++) {
      double sum = 0;
      for (int i = 0; i < n; i++) {
        if (rnd.nextDouble() < density) {
          a[i * n + j] = rnd.nextDouble();
          sum += a[i * n + j];
        }
      }
      if (sum == 0) {
        int i = rnd.nextInt(n);
        a[i * n + j] = 1;
        sum = 1;
      }
      double target = 0.2 + 0.6 * rnd.nextDouble();
      for (int i = 0; i < n; i++) {
        a[i * n + j] *= target / sum;
      }
    }
    return a;
  }

  /** I − A row-major. */
  static double[] identityMinus(double[] a, int n) {
    double[] m = new double[n * n];
    for (int i = 0; i < n * n; i++) {
      m[i] = -a[i];
    }
    for (int i = 0; i < n; i++) {
      m[i * n + i] += 1;
    }
    return m;
  }

  /** A random vector with entries in [−1, 1] (seeded). */
  static double[] vector(int n, long seed) {
    Random rnd = new Random(seed);
    double[] v = new double[n];
    for (int i = 0; i < n; i++) {
      v[i] = 2 * rnd.nextDouble() - 1;
    }
    return v;
  }

  /** ‖x − y‖∞ / ‖y‖∞. */
  static double relativeError(double[] x, double[] y) {
    double d = 0;
    double m = 0;
    for (int i = 0; i < y.length; i++) {
      d = Math.max(d, Math.abs(x[i] - y[i]));
      m = Math.max(m, Math.abs(y[i]));
    }
    return m == 0 ? d : d / m;
  }
}
