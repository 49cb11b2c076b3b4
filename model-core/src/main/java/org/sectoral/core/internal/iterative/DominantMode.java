package org.sectoral.core.internal.iterative;

/**
 * Removes the slowest error mode of a convergent linear iteration once it dominates (Lyusternik's
 * acceleration, Aitken's Δ² applied along the change vector; Brezinski &amp; Redivo-Zaglia 1991,
 * Extrapolation Methods, ch. 1). For I−A with A ≥ 0
 * the Gauss–Seidel iteration matrix (I−L)⁻¹U is non-negative, so its dominant eigenvalue q is real
 * and positive (Perron–Frobenius) and late changes shrink as dₖ ≈ q·dₖ₋₁. Once two successive
 * estimates q = dₖ·dₖ₋₁ / dₖ₋₁·dₖ₋₁ agree to 1% of 1 − q, the remaining sum of that mode,
 * dₖ·q/(1−q), is added in one step. The history restarts after each jump. Not thread-safe: one
 * per solve.
 */
final class DominantMode {
  private final double[] previous;
  private boolean havePrevious;
  private double lastRatio = Double.NaN;

  DominantMode(int n) {
    this.previous = new double[n];
  }

  /**
   * Given this sweep's change d = yₖ − yₖ₋₁, the factor ω for y += ω·d, or 0 for no jump.
   */
  double factor(double[] d) {
    double omega = 0;
    if (havePrevious) {
      double dp = 0;
      double pp = 0;
      for (int i = 0; i < d.length; i++) {
        dp += d[i] * previous[i];
        pp += previous[i] * previous[i];
      }
      double q = pp > 0 ? dp / pp : Double.NaN;
      if (q > 0 && q < 0.999 && Math.abs(q - lastRatio) <= 0.01 * (1 - q)) {
        omega = q / (1 - q);
      }
      lastRatio = q;
    }
    if (omega != 0) {
      havePrevious = false;
      lastRatio = Double.NaN;
    } else {
      System.arraycopy(d, 0, previous, 0, d.length);
      havePrevious = true;
    }
    return omega;
  }
}
