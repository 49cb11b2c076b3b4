package org.sectoral.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sectoral.core.internal.nativeblas.NativeBlas;

/**
 * A factorization fed by rows ({@link SquareSolver#factorRows}) is the factorization of the
 * whole array, and residuals of a matrix stored as flows Z with divisors d (A = Z·d̂⁻¹) agree
 * with those of A to rounding.
 */
class RowFactorizationTest {
  @ParameterizedTest
  @EnumSource(value = Backend.class, names = {"NATIVE", "JAVA", "REFERENCE"})
  void rowsFedPanelByPanelSolveBitForBitAsTheWholeArray(Backend backend) {
    assumeTrue(backend != Backend.NATIVE || NativeBlas.isAvailable());
    // 300 rows fit in one panel of 2 MiB; 1,100 take panels of 238 rows, the last one partial
    for (int size : new int[] {300, 1100}) {
      double[] m = RandomMatrices.identityMinus(RandomMatrices.productive(size, 0.3, 7), size);
      int[] finished = {0};
      int[] lastTo = {0};
      RowSource rows = new RowSource() {
        @Override
        public void rows(int from, int to, double[] panel) {
          assertThat(from).isEqualTo(lastTo[0]); // in order, each row once
          lastTo[0] = to;
          System.arraycopy(m, from * size, panel, 0, (to - from) * size);
        }

        @Override
        public void finish() {
          assertThat(lastTo[0]).isEqualTo(size);
          finished[0]++;
        }
      };
      SquareSolver byRows = SquareSolver.factorRows(rows, size, SystemMatrix.dense(m, size),
          backend, Monitor.NONE);
      SquareSolver whole = SquareSolver.factor(m, size, backend);
      assertThat(finished[0]).isEqualTo(1);
      double[] b = RandomMatrices.vector(size, 11);
      assertThat(byRows.solve(b)).containsExactly(whole.solve(b));
      assertThat(byRows.solveTransposed(b)).containsExactly(whole.solveTransposed(b));
      assertThat(byRows.conditionEstimate()).isEqualTo(whole.conditionEstimate());
      assertThat(byRows.checks().maxScaledResidual()).isLessThan(SolveCheckTest.SMALL_RESIDUAL);
    }
  }

  @Test
  void columnBlocksFilledInParallelGiveTheSameFactorization() {
    assumeTrue(NativeBlas.isAvailable());
    int n = 2100; // 4.4 M entries: filled by column blocks on several threads
    double[] m = RandomMatrices.identityMinus(RandomMatrices.productive(n, 0.05, 5), n);
    java.util.Set<String> threads = java.util.concurrent.ConcurrentHashMap.newKeySet();
    RowSource blocks = new RowSource() {
      @Override
      public void rows(int from, int to, double[] panel) {
        throw new AssertionError("filled by columns");
      }

      @Override
      public boolean byColumns() {
        return true;
      }

      @Override
      public void columns(int from, int to, int colFrom, int colTo, double[] panel) {
        threads.add(Thread.currentThread().getName());
        java.util.Arrays.fill(panel, Double.NaN); // only the block's columns may be used
        for (int i = from; i < to; i++) {
          System.arraycopy(m, i * n + colFrom, panel, (i - from) * n + colFrom, colTo - colFrom);
        }
      }
    };
    SquareSolver byBlocks = SquareSolver.factorRows(blocks, n, SystemMatrix.dense(m, n),
        Backend.NATIVE, Monitor.NONE);
    SquareSolver whole = SquareSolver.factor(m, n, Backend.NATIVE);
    assertThat(threads).isNotEmpty(); // one thread per block where the pool has them
    double[] b = RandomMatrices.vector(n, 3);
    assertThat(byBlocks.solve(b)).containsExactly(whole.solve(b));
    assertThat(byBlocks.conditionEstimate()).isEqualTo(whole.conditionEstimate());
    assertThat(byBlocks.checks().maxScaledResidual()).isLessThan(SolveCheckTest.SMALL_RESIDUAL);
  }

  @ParameterizedTest
  @EnumSource(value = Backend.class, names = {"NATIVE", "JAVA"})
  void aSourceThatRejectsItsRowsStopsBeforeTheFactorization(Backend backend) {
    assumeTrue(backend != Backend.NATIVE || NativeBlas.isAvailable());
    int n = 120;
    double[] m = RandomMatrices.identityMinus(RandomMatrices.productive(n, 1, 3), n);
    RowSource rows = new RowSource() {
      @Override
      public void rows(int from, int to, double[] panel) {
        System.arraycopy(m, from * n, panel, 0, (to - from) * n);
      }

      @Override
      public void finish() {
        throw new IllegalArgumentException("row 7 is bad");
      }
    };
    assertThatThrownBy(() -> SquareSolver.factorRows(rows, n, SystemMatrix.dense(m, n), backend,
        Monitor.NONE)).hasMessage("row 7 is bad");
  }

  @Test
  void residualsOfFlowsWithDivisorsAgreeWithThoseOfTheCoefficients() {
    int n = 257;
    double[] z = RandomMatrices.productive(n, 0.5, 21);
    double[] d = new double[n];
    for (int j = 0; j < n; j++) {
      d[j] = j % 17 == 0 ? 0 : 0.5 + j; // zero divisors give zero coefficient columns
      for (int i = 0; i < n; i++) {
        z[i * n + j] *= d[j] == 0 ? 1 : d[j];
      }
    }
    double[] a = new double[n * n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        a[i * n + j] = d[j] == 0 ? 0 : z[i * n + j] / d[j];
      }
    }
    SystemMatrix flows = new SystemMatrix() {
      @Override
      public int size() {
        return n;
      }

      @Override
      public boolean identityMinus() {
        return true;
      }

      @Override
      public void rows(int from, int to, double[] panel) {
        System.arraycopy(a, from * n, panel, 0, (to - from) * n);
      }

      @Override
      public double[] columnDivisors() {
        return d;
      }

      @Override
      public void flowRows(int from, int to, double[] panel) {
        System.arraycopy(z, from * n, panel, 0, (to - from) * n);
      }
    };
    SystemMatrix coefficients = SystemMatrix.identityMinus(a, n);
    double[][] x = new double[9][];
    double[][] b = new double[9][];
    for (int c = 0; c < x.length; c++) {
      x[c] = RandomMatrices.vector(n, 40 + c);
      b[c] = RandomMatrices.vector(n, 60 + c);
    }
    for (boolean transposed : new boolean[] {false, true}) {
      double[][] viaFlows = Residuals.of(flows, x, b, transposed);
      double[][] viaA = Residuals.of(coefficients, x, b, transposed);
      for (int c = 0; c < x.length; c++) {
        for (int i = 0; i < n; i++) {
          assertThat(viaFlows[c][i]).as("transposed %s, vector %d, row %d", transposed, c, i)
              .isCloseTo(viaA[c][i], org.assertj.core.data.Offset.offset(1e-13));
        }
      }
    }
  }
}
