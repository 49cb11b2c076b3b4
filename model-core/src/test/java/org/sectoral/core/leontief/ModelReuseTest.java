package org.sectoral.core.leontief;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.core.testing.RandomEconomies;

/**
 * What a model made from flows keeps from its factorization and its solves: the column sums of
 * A found on the way (bit for bit the sums of the formed A), and the last multi-vector solves
 * (answered again as copies, bit for bit, never shared with the caller).
 */
class ModelReuseTest {
  @Test
  void columnSumsFromTheFactorizationAreThoseOfTheFormedCoefficients() {
    for (int n : new int[] {5, 120, 200}) { // 120 and 200 take the native LU where it loads
      InputOutputTable t = RandomEconomies.national(n, 900 + n);
      LeontiefModel direct = LeontiefModel.of(t);
      double[] expected = direct.technicalCoefficients().columnSums().toArray();
      assertThat(direct.coefficientColumnSums()).containsExactly(expected);
      LeontiefModel iterative = LeontiefModel.of(t, SolverOptions.iterative(1e-12));
      assertThat(iterative.coefficientColumnSums()).containsExactly(expected);
      double[] sums = direct.coefficientColumnSums();
      sums[0] = -1; // a copy: the model's sums do not change
      assertThat(direct.coefficientColumnSums()).containsExactly(expected);
    }
  }

  @Test
  void aRepeatedBatchOfSolvesIsAnsweredWithEqualIndependentCopies() {
    int n = 150;
    InputOutputTable t = RandomEconomies.national(n, 77);
    LeontiefModel model = LeontiefModel.of(t);
    double[][] f = new double[6][n];
    double[][] c = new double[6][n];
    for (int k = 0; k < f.length; k++) {
      for (int i = 0; i < n; i++) {
        f[k][i] = Math.sin(k + 0.1 * i);
        c[k][i] = Math.cos(k * i + 1.0);
      }
    }
    double[][] first = model.solveAll(f);
    double[][] firstT = model.solveTransposedAll(c);
    long solves = model.diagnostics().checkedSolves();
    double[][] again = model.solveAll(copy(f));
    double[][] againT = model.solveTransposedAll(copy(c));
    assertThat(model.diagnostics().checkedSolves()).as("answered from the memo").isEqualTo(solves);
    for (int k = 0; k < f.length; k++) {
      assertThat(again[k]).containsExactly(first[k]);
      assertThat(againT[k]).containsExactly(firstT[k]);
      model.solve(f[k]); // single solves are not remembered
    }
    first[0][0] = Double.NaN; // callers own what they get
    again[1][1] = Double.NaN;
    double[][] third = model.solveAll(f);
    assertThat(third[0][0]).isNotNaN();
    assertThat(third[1][1]).isNotNaN();
    // other right-hand sides, or the same ones transposed, are solved
    double[][] other = copy(f);
    other[5][n - 1] += 1;
    model.solveAll(other);
    model.solveTransposedAll(f);
    assertThat(model.diagnostics().checkedSolves()).isEqualTo(solves + f.length + 2L * f.length);
  }

  private static double[][] copy(double[][] a) {
    double[][] c = new double[a.length][];
    for (int i = 0; i < a.length; i++) {
      c[i] = a[i].clone();
    }
    return c;
  }
}
