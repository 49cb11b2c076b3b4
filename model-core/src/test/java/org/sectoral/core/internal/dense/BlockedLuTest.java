package org.sectoral.core.internal.dense;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;
import org.sectoral.core.CancellationToken;
import org.sectoral.core.internal.Monitor;

class BlockedLuTest {
  /** Needs pivoting everywhere (tiny diagonal), spans several panels and a ragged last one. */
  @Test
  void reconstructsPermutedMatrixAcrossPanels() {
    int n = 2 * BlockedLu.NB + 37;
    Random rnd = new Random(11);
    double[] m = new double[n * n];
    for (int i = 0; i < n * n; i++) {
      m[i] = rnd.nextGaussian();
    }
    for (int i = 0; i < n; i++) {
      m[i * n + i] = 1e-8;
    }
    BlockedLu lu = BlockedLu.factorInPlace(m.clone(), n, Monitor.NONE);
    // M·(M⁻¹ row by row via solves) = I, checked column by column with the textbook product
    for (int j = 0; j < n; j += 17) {
      double[] e = new double[n];
      e[j] = 1;
      double[] x = lu.solve(e);
      double[] y = lu.solveTransposed(e);
      for (int i = 0; i < n; i++) {
        double s = 0;
        double t = 0;
        for (int k = 0; k < n; k++) {
          s += m[i * n + k] * x[k];
          t += m[k * n + i] * y[k];
        }
        assertThat(Math.abs(s - e[i])).isLessThan(1e-9);
        assertThat(Math.abs(t - e[i])).isLessThan(1e-9);
      }
    }
  }

  @Test
  void reportsProgressAndStopsWhenCancelled() {
    int n = 4 * BlockedLu.NB;
    double[] m = new double[n * n];
    for (int i = 0; i < n; i++) {
      m[i * n + i] = 2;
    }
    List<Double> done = new ArrayList<>();
    BlockedLu.factorInPlace(m.clone(), n,
        Monitor.of((stage, f, r) -> done.add(f), null));
    assertThat(done).hasSize(4).isSorted();
    assertThat(done.get(3)).isEqualTo(1.0);

    CancellationToken token = CancellationToken.create();
    List<Double> seen = new ArrayList<>();
    Monitor cancelling = Monitor.of((stage, f, r) -> {
      seen.add(f);
      token.cancel();
    }, token);
    assertThatThrownBy(() -> BlockedLu.factorInPlace(m.clone(), n, cancelling))
        .isInstanceOf(CancellationException.class);
    assertThat(seen).hasSize(1);
  }
}
