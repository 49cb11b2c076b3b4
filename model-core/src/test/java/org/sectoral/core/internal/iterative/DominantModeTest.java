package org.sectoral.core.internal.iterative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class DominantModeTest {
  /** dₖ = qᵏ·v: the tail Σ_{i>k} qⁱ·v = dₖ·q/(1−q) exactly once the ratio is seen twice. */
  @Test
  void geometricChangesGiveTheTailOfTheSeries() {
    double q = 0.4;
    double[] v = {1, -2, 0.5};
    DominantMode mode = new DominantMode(3);
    double[] omegas = new double[3];
    for (int k = 0; k < 3; k++) {
      double[] d = new double[3];
      for (int i = 0; i < 3; i++) {
        d[i] = Math.pow(q, k) * v[i];
      }
      omegas[k] = mode.factor(d);
    }
    assertThat(omegas[0]).isZero();
    assertThat(omegas[1]).isZero(); // first ratio: not yet confirmed
    assertThat(omegas[2]).isCloseTo(q / (1 - q), within(1e-15));
  }

  @Test
  void unsteadyOrNonConvergentRatiosGiveNoJump() {
    DominantMode mode = new DominantMode(1);
    double[] ratios = {0.5, 0.3, 0.5, 0.3, 0.5};
    double d = 1;
    for (double r : ratios) {
      assertThat(mode.factor(new double[] {d})).isZero();
      d *= r;
    }
    DominantMode growing = new DominantMode(1);
    d = 1;
    for (int k = 0; k < 5; k++) {
      assertThat(growing.factor(new double[] {d})).isZero();
      d *= 1.2;
    }
  }
}
