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

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sectoral.core.ErrorCode;
import org.sectoral.core.SectoralException;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.core.table.KeyIndex;
import org.sectoral.core.table.LabelledMatrix;
import org.sectoral.core.table.LabelledVector;
import org.sectoral.core.table.RegionSector;
import org.sectoral.core.testing.RandomEconomies;

class RasTest {
  /** Margins are hit to this (absolute, targets of order 1–100). */
  private static final double MARGIN_1E10 = 1e-10;
  /** Two converged runs of the same fixed point agree to this. */
  private static final double SAME_FIXED_POINT_1E9 = 1e-9;

  // Miller & Blair (2009) §7.4.2 three-sector example, as restated in the GAMS model library
  // (IOBALANCE, SEQ=378): A(0), 2005 output x(1), and the "unknown" 2005 flows Z(1) whose margins
  // are the RAS targets u(1) = Z(1)·1 = (245, 136, 159), v(1) = 1'·Z(1) = (251, 107, 182).
  private static final double[][] MB_A0 = {
      {.120, .100, .049}, {.210, .247, .265}, {.026, .249, .145}};
  private static final double[] MB_X1 = {421, 284, 283};
  private static final double[][] MB_Z1 = {{98, 72, 75}, {65, 8, 63}, {88, 27, 44}};

  @Test
  void millerBlairExampleEqualsAnIndependentRasAndHitsTheMargins() {
    KeyIndex<RegionSector> keys = KeyIndex.of(List.of(key("1"), key("2"), key("3")));
    double[] u = rowSums(MB_Z1);
    double[] v = colSums(MB_Z1);
    assertThat(u).containsExactly(245, 136, 159);
    assertThat(v).containsExactly(251, 107, 182);

    BalanceResult<RegionSector, RegionSector> res = Ras.updateCoefficients(
        LabelledMatrix.of(keys, keys, MB_A0, "1"), LabelledVector.of(keys, MB_X1, "$"),
        LabelledVector.of(keys, u, "$"), LabelledVector.of(keys, v, "$"),
        BalanceSettings.defaults().withTolerance(1e-14));
    double[][] a1 = res.balanced().toArray();

    // Definition: A(1) = r̂·A(0)·ŝ with the reported multipliers, and A(1)·x̂(1) has margins u, v.
    double[][] z = new double[3][3];
    for (int i = 0; i < 3; i++) {
      for (int j = 0; j < 3; j++) {
        assertThat(a1[i][j]).isCloseTo(res.rowMultipliers().at(i) * MB_A0[i][j]
            * res.columnMultipliers().at(j), within(1e-14));
        z[i][j] = a1[i][j] * MB_X1[j];
      }
    }
    assertThat(rowSums(z)).containsExactly(u, within(MARGIN_1E10));
    assertThat(colSums(z)).containsExactly(v, within(MARGIN_1E10));

    // An independent plain loop (columns first, on the multipliers, as in Bacharach 1970) reaches
    // the same matrix: the RAS matrix is unique.
    double[][] z0 = new double[3][3];
    for (int i = 0; i < 3; i++) {
      for (int j = 0; j < 3; j++) {
        z0[i][j] = MB_A0[i][j] * MB_X1[j];
      }
    }
    double[][] plain = plainRas(z0, u, v, 5000);
    for (int i = 0; i < 3; i++) {
      for (int j = 0; j < 3; j++) {
        assertThat(a1[i][j]).isCloseTo(plain[i][j] / MB_X1[j], within(SAME_FIXED_POINT_1E9));
      }
    }
    // Digits of an independent NumPy RAS run (2000 row/column sweeps on A⁰·x̂¹), rounded to 4
    // decimals as the book prints coefficients. The book's printed A(1) could not be consulted.
    double[][] numpy = {{0.3924, 0.1219, 0.1596}, {0.1509, 0.0661, 0.1897},
        {0.0529, 0.1887, 0.2938}};
    for (int i = 0; i < 3; i++) {
      assertThat(a1[i]).containsExactly(numpy[i], within(0.5e-4));
    }
    // First RAS step by hand (M&B §7.4.1): r¹ᵢ = uᵢ / Σⱼ a⁰ᵢⱼx¹ⱼ; e.g. row 1:
    // 0.120·421 + 0.100·284 + 0.049·283 = 92.787, r¹₁ = 245/92.787.
    assertThat(0.120 * 421 + 0.100 * 284 + 0.049 * 283).isCloseTo(92.787, within(1e-12));
    BalanceResult<String, String> oneStep = Ras.balance(matrix(z0), rows(u), cols(v),
        BalanceSettings.defaults().withMaxIterations(1).lenient());
    assertThat(oneStep.report().converged()).isFalse();
    assertThat(oneStep.report().iterations()).isEqualTo(1);
    // After one row and one column step the columns are exact and row 1 is r¹₁·(row 1)·s¹.
    assertThat(colSums(oneStep.balanced().toArray())).containsExactly(v, within(MARGIN_1E10));
    assertThat(oneStep.rowMultipliers().at(0)).isCloseTo(245 / 92.787, within(1e-12));
  }

  @Test
  void randomProblemsHitTheMarginsAndMatchThePlainLoop() {
    Random rnd = new Random(42);
    for (int trial = 0; trial < 20; trial++) {
      int m = 1 + rnd.nextInt(8);
      int n = 1 + rnd.nextInt(8);
      double[][] base = randomPositive(m, n, rnd);
      if (m > 1 && n > 1) {
        base[rnd.nextInt(m)][rnd.nextInt(n)] = 0; // a structural zero stays zero
      }
      double[][] truth = randomPositive(m, n, rnd);
      double[] u = rowSums(truth);
      double[] v = colSums(truth);
      v[0] += sum(u) - sum(v); // exact grand totals
      if (v[0] <= 0) {
        continue;
      }
      BalanceResult<String, String> res = Ras.balance(matrix(base), rows(u), cols(v));
      double[][] x = res.balanced().toArray();
      assertThat(res.report().converged()).isTrue();
      assertThat(rowSums(x)).containsExactly(u, within(MARGIN_1E10));
      assertThat(colSums(x)).containsExactly(v, within(MARGIN_1E10));
      assertThat(maxAbsDiff(x, plainRas(base, u, v, 20000))).isLessThan(SAME_FIXED_POINT_1E9);
      for (int i = 0; i < m; i++) {
        for (int j = 0; j < n; j++) {
          if (base[i][j] == 0) {
            assertThat(x[i][j]).isZero();
          }
        }
      }
    }
  }

  @Test
  void balancedInputNeedsNoIteration() {
    double[][] z = {{1, 2}, {3, 4}};
    BalanceResult<String, String> res = Ras.balance(matrix(z), rows(3, 7), cols(4, 6));
    assertThat(res.report().iterations()).isZero();
    assertThat(res.balanced().toArray()).isDeepEqualTo(z);
  }

  @Test
  void differentGrandTotalsAreInconsistentTargetsNamingBothSums() {
    assertThatThrownBy(() -> Ras.balance(matrix(new double[][] {{1, 2}, {3, 4}}), rows(3, 7),
        cols(4, 7)))
        .isInstanceOfSatisfying(SectoralException.class, e -> {
          assertThat(e.code()).isEqualTo(ErrorCode.INCONSISTENT_TARGETS);
          assertThat(e.culprits()).containsExactly("rows", "columns");
          assertThat(e.getMessage()).contains("Σu = 10").contains("Σv = 11");
        });
  }

  @Test
  void aPositiveTargetOnAZeroRowIsUnreachable() {
    assertThatThrownBy(() -> Ras.balance(matrix(new double[][] {{1, 2}, {0, 0}}), rows(3, 1),
        cols(2, 2)))
        .isInstanceOfSatisfying(SectoralException.class, e -> {
          assertThat(e.code()).isEqualTo(ErrorCode.INCONSISTENT_TARGETS);
          assertThat(e.culprits()).containsExactly("r2");
        });
    assertThatThrownBy(() -> Ras.balance(matrix(new double[][] {{1, 0}, {2, 0}}), rows(2, 2),
        cols(3, 1)))
        .isInstanceOfSatisfying(SectoralException.class, e -> {
          assertThat(e.code()).isEqualTo(ErrorCode.INCONSISTENT_TARGETS);
          assertThat(e.culprits()).containsExactly("c2");
        });
  }

  @Test
  void aNegativeTargetIsUnreachableForRas() {
    assertThatThrownBy(() -> Ras.balance(matrix(new double[][] {{1, 2}, {3, 4}}), rows(-1, 11),
        cols(4, 6)))
        .isInstanceOfSatisfying(SectoralException.class, e -> {
          assertThat(e.code()).isEqualTo(ErrorCode.INCONSISTENT_TARGETS);
          assertThat(e.culprits()).containsExactly("r1");
          assertThat(e.getMessage()).contains("Gras");
        });
  }

  @Test
  void iterationLimitOneIsNotConvergedNamingTheWorstRowAndColumn() {
    double[][] z0 = new double[3][3];
    for (int i = 0; i < 3; i++) {
      for (int j = 0; j < 3; j++) {
        z0[i][j] = MB_A0[i][j] * MB_X1[j];
      }
    }
    BalanceSettings one = BalanceSettings.defaults().withMaxIterations(1);
    BalanceResult<String, String> lenient =
        Ras.balance(matrix(z0), rows(rowSums(MB_Z1)), cols(colSums(MB_Z1)), one.lenient());
    assertThatThrownBy(() -> Ras.balance(matrix(z0), rows(rowSums(MB_Z1)),
        cols(colSums(MB_Z1)), one))
        .isInstanceOfSatisfying(SectoralException.class, e -> {
          assertThat(e.code()).isEqualTo(ErrorCode.NOT_CONVERGED);
          assertThat(e.culprits()).containsExactly(lenient.report().worstRow(),
              lenient.report().worstColumn());
        });
    // The worst row is the one with the largest gap after one iteration, found independently.
    double[] rs = rowSums(lenient.balanced().toArray());
    double[] u = rowSums(MB_Z1);
    int worst = 0;
    for (int i = 1; i < 3; i++) {
      if (Math.abs(rs[i] - u[i]) > Math.abs(rs[worst] - u[worst])) {
        worst = i;
      }
    }
    assertThat(lenient.report().worstRow()).isEqualTo("r" + (worst + 1));
    assertThat(lenient.report().maxRowGap()).isCloseTo(Math.abs(rs[worst] - u[worst]),
        within(1e-12));
  }

  @Test
  void negativeEntriesAreRejectedPointingToGras() {
    assertThatThrownBy(() -> Ras.balance(matrix(new double[][] {{1, -2}, {3, 4}}), rows(0, 7),
        cols(4, 3)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("r1").hasMessageContaining("c2").hasMessageContaining("Gras");
  }

  @Test
  void updateTableReproducesTheBaseForItsOwnMarginsAndHitsNewOnes() {
    InputOutputTable t0 = RandomEconomies.national(6, 11);
    InputOutputTable t1 = RandomEconomies.national(6, 12);
    double[] x0 = t0.output().toArray();
    BalanceResult<RegionSector, RegionSector> same = Ras.updateTable(t0, x0,
        t0.intermediate().rowSums().toArray(), t0.intermediate().columnSums().toArray());
    assertThat(maxAbsDiff(same.balanced().toArray(), t0.intermediate().toArray()))
        .isLessThan(1e-9);

    double[] u1 = t1.intermediate().rowSums().toArray();
    double[] v1 = t1.intermediate().columnSums().toArray();
    double[] x1 = t1.output().toArray();
    BalanceResult<RegionSector, RegionSector> upd = Ras.updateTable(t0, x1, u1, v1);
    double[][] z1 = upd.balanced().toArray();
    double scale = Math.max(max(u1), max(v1));
    assertThat(rowSums(z1)).containsExactly(u1, within(1e-11 * scale));
    assertThat(colSums(z1)).containsExactly(v1, within(1e-11 * scale));
    double[][] z0 = t0.intermediate().toArray();
    for (int i = 0; i < 6; i++) {
      for (int j = 0; j < 6; j++) {
        double prior = z0[i][j] / x0[j] * x1[j];
        assertThat(z1[i][j]).isCloseTo(upd.rowMultipliers().at(i) * prior
            * upd.columnMultipliers().at(j), within(1e-12 * scale));
      }
    }
  }

  /** Textbook RAS on plain arrays, columns first: s = v / (X⁰ᵀr), r = u / (X⁰s). */
  static double[][] plainRas(double[][] x0, double[] u, double[] v, int iterations) {
    int m = u.length;
    int n = v.length;
    double[] r = new double[m];
    double[] s = new double[n];
    java.util.Arrays.fill(r, 1);
    for (int k = 0; k < iterations; k++) {
      for (int j = 0; j < n; j++) {
        double d = 0;
        for (int i = 0; i < m; i++) {
          d += r[i] * x0[i][j];
        }
        s[j] = d == 0 ? 1 : v[j] / d;
      }
      for (int i = 0; i < m; i++) {
        double d = 0;
        for (int j = 0; j < n; j++) {
          d += x0[i][j] * s[j];
        }
        r[i] = d == 0 ? 1 : u[i] / d;
      }
    }
    double[][] x = new double[m][n];
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < n; j++) {
        x[i][j] = r[i] * x0[i][j] * s[j];
      }
    }
    return x;
  }

  private static RegionSector key(String code) {
    return RegionSector.of(org.sectoral.core.table.Region.of("MB", "Miller & Blair"),
        org.sectoral.core.table.Sector.of(code));
  }

  private static double sum(double[] a) {
    double s = 0;
    for (double x : a) {
      s += x;
    }
    return s;
  }

  private static double max(double[] a) {
    double s = 0;
    for (double x : a) {
      s = Math.max(s, Math.abs(x));
    }
    return s;
  }
}
