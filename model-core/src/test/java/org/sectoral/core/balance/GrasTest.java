package org.sectoral.core.balance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.sectoral.core.balance.BalanceTesting.colSums;
import static org.sectoral.core.balance.BalanceTesting.cols;
import static org.sectoral.core.balance.BalanceTesting.matrix;
import static org.sectoral.core.balance.BalanceTesting.maxAbsDiff;
import static org.sectoral.core.balance.BalanceTesting.randomPositive;
import static org.sectoral.core.balance.BalanceTesting.rowSums;
import static org.sectoral.core.balance.BalanceTesting.rows;

import java.util.Random;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;
import org.junit.jupiter.api.Test;
import org.sectoral.core.ErrorCode;
import org.sectoral.core.SectoralException;

class GrasTest {
  /** Margins are hit to this (absolute, targets of order 1–100). */
  private static final double MARGIN_1E10 = 1e-10;
  /** Two converged solutions of the same problem agree to this. */
  private static final double SAME_SOLUTION_1E9 = 1e-9;
  /** The published example's digits (a run stopped near 1e-7, printed to 9 decimals). */
  private static final double PUBLISHED_1E6 = 1e-6;

  // Junius & Oosterhaven (2003) example, re-solved in Temurshoev, Miller & Bouwmeester (2013):
  // goods, services, net taxes × goods, services, consumption, exports.
  private static final double[][] TMB_X0 = {{7, 3, 5, -3}, {2, 9, 8, 0}, {-2, 0, 2, 0}};
  private static final double[] TMB_U = {15, 26, -1};
  private static final double[] TMB_V = {9, 16, 17, -2};

  @Test
  void temurshoevMillerBouwmeesterExample() {
    // Expected digits: the example's GRAS solution as asserted by the R implementation of
    // Temurshoev et al.'s algorithm (zauster/gras, tests/testthat), not by this code. The paper's
    // own table could not be consulted; the Newton test below checks the same solution
    // independently to 1e-9.
    double[][] expected = {
        {8.424340881, 3.375237362, 5.200422021, -2.000000263},
        {3.000997078, 12.624763744, 10.374239178, 0},
        {-2.425339135, 0, 1.425339135, 0}};
    BalanceResult<String, String> res =
        Gras.balance(matrix(TMB_X0), rows(TMB_U), cols(TMB_V));
    double[][] x = res.balanced().toArray();
    for (int i = 0; i < 3; i++) {
      for (int j = 0; j < 4; j++) {
        assertThat(x[i][j]).as("x[%d][%d]", i, j).isCloseTo(expected[i][j],
            within(PUBLISHED_1E6));
      }
    }
    assertThat(rowSums(x)).containsExactly(TMB_U, within(MARGIN_1E10));
    assertThat(colSums(x)).containsExactly(TMB_V, within(MARGIN_1E10));
    // Signs and zeros are kept.
    for (int i = 0; i < 3; i++) {
      for (int j = 0; j < 4; j++) {
        assertThat(Math.signum(x[i][j])).isEqualTo(Math.signum(TMB_X0[i][j]));
      }
    }
    // The definition with the reported multipliers: x = r·p·s − n/(r·s).
    for (int i = 0; i < 3; i++) {
      for (int j = 0; j < 4; j++) {
        double r = res.rowMultipliers().at(i);
        double s = res.columnMultipliers().at(j);
        double x0 = TMB_X0[i][j];
        double def = x0 >= 0 ? r * x0 * s : x0 / (r * s);
        assertThat(x[i][j]).isCloseTo(def, within(1e-12));
      }
    }
  }

  @Test
  void examplesEqualNewtonOnTheStationarityConditions() {
    assertThat(maxAbsDiff(Gras.balance(matrix(TMB_X0), rows(TMB_U), cols(TMB_V)).balanced()
        .toArray(), newton(TMB_X0, TMB_U, TMB_V))).isLessThan(SAME_SOLUTION_1E9);

    Random rnd = new Random(7);
    for (int trial = 0; trial < 10; trial++) {
      int m = 2 + rnd.nextInt(4);
      int n = 2 + rnd.nextInt(4);
      double[][] x0 = mixed(m, n, rnd);
      double[][] truth = mixed(m, n, rnd);
      for (int i = 0; i < m; i++) {
        for (int j = 0; j < n; j++) {
          truth[i][j] = Math.copySign(truth[i][j], x0[i][j]); // reachable: same sign pattern
        }
      }
      double[] u = rowSums(truth);
      double[] v = colSums(truth);
      double[][] x = Gras.balance(matrix(x0), rows(u), cols(v)).balanced().toArray();
      assertThat(rowSums(x)).containsExactly(u, within(MARGIN_1E10));
      assertThat(colSums(x)).containsExactly(v, within(MARGIN_1E10));
      assertThat(maxAbsDiff(x, newton(x0, u, v))).isLessThan(SAME_SOLUTION_1E9);
    }
  }

  @Test
  void onNonNegativeInputGrasIsRas() {
    Random rnd = new Random(3);
    for (int trial = 0; trial < 10; trial++) {
      int m = 1 + rnd.nextInt(6);
      int n = 1 + rnd.nextInt(6);
      double[][] base = randomPositive(m, n, rnd);
      if (m > 1 && n > 1) {
        base[0][n - 1] = 0; // a structural zero; its row and column keep positive entries
      }
      double[][] truth = randomPositive(m, n, rnd);
      double[] u = rowSums(truth);
      double[] v = colSums(truth);
      double[][] ras = Ras.balance(matrix(base), rows(u), cols(v)).balanced().toArray();
      double[][] gras = Gras.balance(matrix(base), rows(u), cols(v)).balanced().toArray();
      assertThat(maxAbsDiff(ras, gras)).isLessThan(SAME_SOLUTION_1E9);
    }
  }

  @Test
  void transposingTheProblemTransposesTheSolution() {
    double[][] t = new double[4][3];
    for (int i = 0; i < 3; i++) {
      for (int j = 0; j < 4; j++) {
        t[j][i] = TMB_X0[i][j];
      }
    }
    double[][] x = Gras.balance(matrix(TMB_X0), rows(TMB_U), cols(TMB_V)).balanced().toArray();
    double[][] xt = Gras.balance(matrix(t), rows(TMB_V), cols(TMB_U)).balanced().toArray();
    for (int i = 0; i < 3; i++) {
      for (int j = 0; j < 4; j++) {
        assertThat(xt[j][i]).isCloseTo(x[i][j], within(SAME_SOLUTION_1E9));
      }
    }
  }

  @Test
  void scalingBaseAndTargetsTogetherScalesTheSolution() {
    double c = 37.5;
    double[][] scaled = new double[3][4];
    for (int i = 0; i < 3; i++) {
      for (int j = 0; j < 4; j++) {
        scaled[i][j] = c * TMB_X0[i][j];
      }
    }
    double[] u = TMB_U.clone();
    double[] v = TMB_V.clone();
    for (int i = 0; i < u.length; i++) {
      u[i] *= c;
    }
    for (int j = 0; j < v.length; j++) {
      v[j] *= c;
    }
    double[][] x = Gras.balance(matrix(TMB_X0), rows(TMB_U), cols(TMB_V)).balanced().toArray();
    double[][] xc = Gras.balance(matrix(scaled), rows(u), cols(v)).balanced().toArray();
    for (int i = 0; i < 3; i++) {
      for (int j = 0; j < 4; j++) {
        assertThat(xc[i][j]).isCloseTo(c * x[i][j], within(c * SAME_SOLUTION_1E9));
      }
    }
  }

  @Test
  void aZeroTargetOnARowOfNegativesZeroesTheRow() {
    double[][] x0 = {{4, 2, 1}, {-1, -2, 0}, {3, -1, 5}};
    double[] u = {8, 0, 6};
    double[] v = {6, 1, 7};
    double[][] x = Gras.balance(matrix(x0), rows(u), cols(v)).balanced().toArray();
    assertThat(x[1]).containsExactly(0, 0, 0);
    assertThat(rowSums(x)).containsExactly(u, within(MARGIN_1E10));
    assertThat(colSums(x)).containsExactly(v, within(MARGIN_1E10));
  }

  @Test
  void differentGrandTotalsAreInconsistentTargets() {
    assertThatThrownBy(() -> Gras.balance(matrix(TMB_X0), rows(15, 26, -1), cols(9, 16, 17, 0)))
        .isInstanceOfSatisfying(SectoralException.class, e -> {
          assertThat(e.code()).isEqualTo(ErrorCode.INCONSISTENT_TARGETS);
          assertThat(e.getMessage()).contains("Σu = 40").contains("Σv = 42");
        });
  }

  @Test
  void aTargetWhoseSignIsAbsentFromTheRowIsUnreachable() {
    // Row 2 (2, 9, 8, 0) has no negative entry, so it cannot sum to −1.
    assertThatThrownBy(() -> Gras.balance(matrix(TMB_X0), rows(15, -1, 26), cols(TMB_V)))
        .isInstanceOfSatisfying(SectoralException.class, e -> {
          assertThat(e.code()).isEqualTo(ErrorCode.INCONSISTENT_TARGETS);
          assertThat(e.culprits()).containsExactly("r2");
        });
    // Column 4 (−3, 0, 0) has no positive entry, so it cannot sum to +2.
    assertThatThrownBy(() -> Gras.balance(matrix(TMB_X0), rows(TMB_U), cols(9, 16, 13, 2)))
        .isInstanceOfSatisfying(SectoralException.class, e -> {
          assertThat(e.code()).isEqualTo(ErrorCode.INCONSISTENT_TARGETS);
          assertThat(e.culprits()).containsExactly("c4");
        });
  }

  @Test
  void iterationLimitOneIsNotConverged() {
    BalanceSettings one = BalanceSettings.defaults().withMaxIterations(1);
    BalanceResult<String, String> lenient =
        Gras.balance(matrix(TMB_X0), rows(TMB_U), cols(TMB_V), one.lenient());
    assertThat(lenient.report().converged()).isFalse();
    assertThat(lenient.report().iterations()).isEqualTo(1);
    assertThatThrownBy(() -> Gras.balance(matrix(TMB_X0), rows(TMB_U), cols(TMB_V), one))
        .isInstanceOfSatisfying(SectoralException.class, e -> {
          assertThat(e.code()).isEqualTo(ErrorCode.NOT_CONVERGED);
          assertThat(e.culprits()).containsExactly(lenient.report().worstRow(),
              lenient.report().worstColumn());
        });
  }

  private static double[][] mixed(int m, int n, Random rnd) {
    double[][] a = new double[m][n];
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < n; j++) {
        double mag = 0.5 + 5 * rnd.nextDouble();
        a[i][j] = rnd.nextDouble() < 0.3 ? -mag : mag;
      }
    }
    return a;
  }

  /**
   * The GRAS solution from its first-order conditions (TMB 2013): xᵢⱼ = pᵢⱼ·e^(λᵢ+τⱼ) −
   * nᵢⱼ·e^−(λᵢ+τⱼ), solved for λ, τ by damped Newton on the m + n margin equations with λ₁ = 0
   * (one margin is redundant), using commons-math's LU — no code shared with {@link Gras}.
   */
  static double[][] newton(double[][] x0, double[] u, double[] v) {
    int m = u.length;
    int n = v.length;
    int dim = m + n - 1; // unknowns λ₂..λₘ, τ₁..τₙ; equations rows 1..m, columns 1..n−1
    double[] z = new double[dim];
    for (int it = 0; it < 200; it++) {
      double[] f = residual(x0, u, v, z);
      if (norm(f) < 1e-13) {
        break;
      }
      double[][] jac = new double[dim][dim];
      for (int i = 0; i < m; i++) {
        for (int j = 0; j < n; j++) {
          double e = Math.exp(lambda(z, i) + z[m - 1 + j]);
          double w = x0[i][j] >= 0 ? x0[i][j] * e : -x0[i][j] / e; // ∂xᵢⱼ/∂λᵢ = ∂xᵢⱼ/∂τⱼ
          int li = i - 1; // column of λᵢ, none for i = 0
          int tj = m - 1 + j;
          // row equation i
          if (li >= 0) {
            jac[i][li] += w;
          }
          jac[i][tj] += w;
          // column equation j (the last is dropped)
          if (j < n - 1) {
            if (li >= 0) {
              jac[m + j][li] += w;
            }
            jac[m + j][tj] += w;
          }
        }
      }
      double[] step = new LUDecomposition(new Array2DRowRealMatrix(jac)).getSolver()
          .solve(new ArrayRealVector(f)).toArray();
      double t = 1;
      double before = norm(f);
      while (true) {
        double[] trial = z.clone();
        for (int k = 0; k < dim; k++) {
          trial[k] -= t * step[k];
        }
        if (norm(residual(x0, u, v, trial)) < before || t < 1e-6) {
          z = trial;
          break;
        }
        t /= 2;
      }
    }
    double[][] x = new double[m][n];
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < n; j++) {
        double e = Math.exp(lambda(z, i) + z[m - 1 + j]);
        x[i][j] = x0[i][j] >= 0 ? x0[i][j] * e : x0[i][j] / e;
      }
    }
    return x;
  }

  private static double lambda(double[] z, int i) {
    return i == 0 ? 0 : z[i - 1];
  }

  private static double[] residual(double[][] x0, double[] u, double[] v, double[] z) {
    int m = u.length;
    int n = v.length;
    double[] f = new double[m + n - 1];
    for (int i = 0; i < m; i++) {
      f[i] = -u[i];
    }
    for (int j = 0; j < n - 1; j++) {
      f[m + j] = -v[j];
    }
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < n; j++) {
        double e = Math.exp(lambda(z, i) + z[m - 1 + j]);
        double x = x0[i][j] >= 0 ? x0[i][j] * e : x0[i][j] / e;
        f[i] += x;
        if (j < n - 1) {
          f[m + j] += x;
        }
      }
    }
    return f;
  }

  private static double norm(double[] f) {
    double s = 0;
    for (double x : f) {
      s = Math.max(s, Math.abs(x));
    }
    return s;
  }
}
