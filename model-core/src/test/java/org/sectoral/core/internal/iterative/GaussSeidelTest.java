package org.sectoral.core.internal.iterative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.sectoral.core.CancellationToken;
import org.sectoral.core.ErrorCode;
import org.sectoral.core.SectoralException;
import org.sectoral.core.internal.Monitor;
import org.sectoral.core.internal.sparse.CsrMatrix;

class GaussSeidelTest {
  /** A = c·(cyclic shift): ρ(A) = c exactly, and (I−A)⁻¹·1 = 1/(1−c) (geometric series). */
  private static CsrMatrix cycle(int n, double c) {
    int[] r = new int[n];
    int[] k = new int[n];
    double[] v = new double[n];
    for (int i = 0; i < n; i++) {
      r[i] = i;
      k[i] = (i + 1) % n;
      v[i] = c;
    }
    return CsrMatrix.fromTriplets(n, r, k, v, n);
  }

  private static double[] ones(int n) {
    double[] o = new double[n];
    Arrays.fill(o, 1);
    return o;
  }

  @Test
  void convergesToTheGeometricSeries() {
    for (double c : new double[] {0.1, 0.5, 0.9, 0.99}) {
      double[] x = GaussSeidel.of(cycle(40, c), 1e-13, 100_000, Monitor.NONE).solve(ones(40));
      for (double xi : x) {
        assertThat(xi).isCloseTo(1 / (1 - c), withinPercentage(1e-9));
      }
    }
  }

  @Test
  void oneSweepIsNotEnough() {
    assertThatThrownBy(() -> GaussSeidel.of(cycle(40, 0.5), 1e-12, 1, Monitor.NONE)
        .solve(ones(40)))
        .isInstanceOfSatisfying(SectoralException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_CONVERGED))
        .hasMessageContaining("did not reach relative residual")
        .hasMessageContaining("1 sweeps");
  }

  @Test
  void nonConvergentSystemIsReported() {
    // ρ(A) = 1.5: the sweeps blow up instead of converging
    assertThatThrownBy(() -> GaussSeidel.of(cycle(40, 1.5), 1e-12, 100_000, Monitor.NONE)
        .solve(ones(40)))
        .isInstanceOfSatisfying(SectoralException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_CONVERGED))
        .hasMessageContaining("diverged");
    // ρ(A) = 1.001: overflow would take ~700,000 sweeps; growing changes give it away in ~50
    for (boolean transposed : new boolean[] {false, true}) {
      GaussSeidel slow = GaussSeidel.of(cycle(40, 1.001), 1e-12, Integer.MAX_VALUE, Monitor.NONE);
      assertThatThrownBy(() -> {
        if (transposed) {
          slow.solveTransposed(ones(40));
        } else {
          slow.solve(ones(40));
        }
      }).isInstanceOfSatisfying(SectoralException.class,
          e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_CONVERGED))
          .hasMessageContaining("diverged");
    }
    // ρ(A) = 1 exactly: I−A is singular, the sweeps neither converge nor overflow quickly
    assertThatThrownBy(() -> GaussSeidel.of(cycle(40, 1.0), 1e-12, 500, Monitor.NONE)
        .solve(ones(40)))
        .isInstanceOfSatisfying(SectoralException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_CONVERGED));
  }

  @Test
  void zeroRightHandSideGivesZero() {
    assertThat(GaussSeidel.of(cycle(5, 0.5), 1e-12, 1, Monitor.NONE).solve(new double[5]))
        .containsOnly(0.0);
  }

  @Test
  void cancellationStopsALongRun() {
    // ρ = 1 − 1e-9 with a 1e-15 tolerance would take billions of sweeps
    CancellationToken token = CancellationToken.create();
    AtomicInteger reports = new AtomicInteger();
    Monitor monitor = Monitor.of((stage, done, residual) -> {
      if (reports.incrementAndGet() == 5) {
        token.cancel();
      }
    }, token);
    GaussSeidel gs = GaussSeidel.of(cycle(2000, 1 - 1e-9), 1e-15, Integer.MAX_VALUE, monitor);
    assertThatThrownBy(() -> gs.solve(ones(2000))).isInstanceOf(CancellationException.class);
    assertThat(reports.get()).isEqualTo(5);
  }

  @Test
  void interruptStopsALongRunFromAnotherThread() throws Exception {
    GaussSeidel gs = GaussSeidel.of(cycle(2000, 1 - 1e-9), 1e-15, Integer.MAX_VALUE,
        Monitor.NONE);
    Throwable[] thrown = new Throwable[1];
    Thread t = new Thread(() -> {
      try {
        gs.solve(ones(2000));
      } catch (Throwable e) {
        thrown[0] = e;
      }
    });
    t.start();
    Thread.sleep(100);
    t.interrupt();
    t.join(10_000);
    assertThat(t.isAlive()).isFalse();
    assertThat(thrown[0]).isInstanceOf(CancellationException.class);
  }

  @Test
  void csrFromTripletsSumsDuplicatesAndTransposes() {
    Random rnd = new Random(3);
    int n = 30;
    double[] dense = new double[n * n];
    int count = 400;
    int[] r = new int[count];
    int[] c = new int[count];
    double[] v = new double[count];
    for (int k = 0; k < count; k++) {
      r[k] = rnd.nextInt(n);
      c[k] = rnd.nextInt(n);
      v[k] = rnd.nextDouble();
      dense[r[k] * n + c[k]] += v[k];
    }
    CsrMatrix m = CsrMatrix.fromTriplets(n, r, c, v, count);
    CsrMatrix t = m.transpose();
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        assertThat(m.get(i, j)).isCloseTo(dense[i * n + j], within(1e-15));
        assertThat(t.get(j, i)).isEqualTo(m.get(i, j));
      }
    }
  }
}
