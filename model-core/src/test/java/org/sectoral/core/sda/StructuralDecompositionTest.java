package org.sectoral.core.sda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sectoral.core.ErrorCode;
import org.sectoral.core.SectoralException;
import org.sectoral.core.table.FinalDemandCategory;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.core.table.LabelledVector;
import org.sectoral.core.table.RegionSector;
import org.sectoral.core.table.Sector;
import org.sectoral.core.testing.RandomEconomies;
import org.sectoral.core.testing.Tolerances;

class StructuralDecompositionTest {
  /** Exact identities after a few solves, relative to the largest value. */
  private static final double RELATIVE_1E9 = Tolerances.RELATIVE_1E9;

  @Test
  void effectsSumToTheTablesChangeOnRandomEconomies() {
    for (int n : new int[] {1, 4, 25}) {
      InputOutputTable t0 = RandomEconomies.national(n, 101);
      InputOutputTable t1 = RandomEconomies.national(n, 202);
      double[] dx = t1.output().minus(t0.output()).toArray();
      double[] dva = t1.valueAddedTotal().minus(t0.valueAddedTotal()).toArray();
      for (Decomposition d : List.of(StructuralDecomposition.output(t0, t1),
          StructuralDecomposition.outputTwoFactor(t0, t1))) {
        assertSumsTo(d, dx, t1.output().toArray());
      }
      assertSumsTo(StructuralDecomposition.valueAdded(t0, t1), dva,
          t1.valueAddedTotal().toArray());
    }
  }

  private static void assertSumsTo(Decomposition d, double[] tableChange, double[] scaleOf) {
    double scale = 0;
    for (double v : scaleOf) {
      scale = Math.max(scale, Math.abs(v));
    }
    double[] sum = new double[tableChange.length];
    for (LabelledVector<RegionSector> e : d.effects().values()) {
      for (int i = 0; i < sum.length; i++) {
        sum[i] += e.at(i);
      }
    }
    assertThat(sum).as(d.measure()).containsExactly(tableChange, within(RELATIVE_1E9 * scale));
    for (double r : d.residual().toArray()) {
      assertThat(r).isCloseTo(0, within(1e-12 * scale));
    }
  }

  @Test
  void identicalYearsGiveZeroEffects() {
    InputOutputTable t = RandomEconomies.national(7, 5);
    for (Decomposition d : List.of(StructuralDecomposition.output(t, t),
        StructuralDecomposition.valueAdded(t, t), StructuralDecomposition.outputTwoFactor(t, t))) {
      for (LabelledVector<RegionSector> e : d.effects().values()) {
        assertThat(e.toArray()).containsOnly(0.0);
      }
      assertThat(d.totalChange().toArray()).containsOnly(0.0);
    }
  }

  @Test
  void changingOnlyFinalDemandGivesNoTechnologyEffect() {
    // Year 1 keeps A⁰ and has a new final demand: x¹ = L⁰f¹, Z¹ = A⁰x̂¹.
    double[][] a = {{0.15, 0.25, 0.05}, {0.20, 0.05, 0.10}, {0.05, 0.10, 0.20}};
    double[] f0 = {350, 1700, 400};
    double[] f1 = {500, 1500, 700};
    InputOutputTable t0 = tableOf(a, f0);
    InputOutputTable t1 = tableOf(a, f1);
    Decomposition d = StructuralDecomposition.output(t0, t1);
    for (double e : d.effect(SdaFactor.TECHNOLOGY).toArray()) {
      assertThat(e).isCloseTo(0, within(1e-9));
    }
    // Level and mix effects then carry the whole change.
    double[] dx = t1.output().minus(t0.output()).toArray();
    double[] lm = d.effect(SdaFactor.FINAL_DEMAND_LEVEL).plus(
        d.effect(SdaFactor.FINAL_DEMAND_MIX)).toArray();
    assertThat(lm).containsExactly(dx, within(1e-9));
    // Same level in both years (Σf⁰ = 2450, Σf¹ = 2700 here, so rescale f¹): no level effect.
    double[] f2 = {500 * 2450.0 / 2700, 1500 * 2450.0 / 2700, 700 * 2450.0 / 2700};
    Decomposition sameLevel = StructuralDecomposition.output(t0, tableOf(a, f2));
    for (double e : sameLevel.effect(SdaFactor.FINAL_DEMAND_LEVEL).toArray()) {
      assertThat(e).isCloseTo(0, within(1e-9));
    }
  }

  @Test
  void twoFactorCaseIsThePolarAverageComputedByHand() {
    // Year 0: Miller & Blair §2.3, A = [[.15, .25], [.20, .05]], f = (350, 1700), x = (1000, 2000).
    double[][] a0 = {{0.15, 0.25}, {0.20, 0.05}};
    double[][] a1 = {{0.20, 0.30}, {0.15, 0.10}};
    double[] f0 = {350, 1700};
    double[] f1 = {400, 1800};
    double[][] l0 = inverse2(a0);
    double[][] l1 = inverse2(a1);
    // L⁰ by hand: det(I − A⁰) = 0.85·0.95 − 0.25·0.20 = 0.7575.
    assertThat(l0[0][0]).isCloseTo(0.95 / 0.7575, within(1e-15));
    // The two polar forms and their average (M&B §13.1), written out by hand.
    double[] tech = new double[2];
    double[] fd = new double[2];
    for (int i = 0; i < 2; i++) {
      for (int j = 0; j < 2; j++) {
        double dl = l1[i][j] - l0[i][j];
        tech[i] += 0.5 * (dl * f0[j] + dl * f1[j]);
        fd[i] += 0.5 * (l0[i][j] + l1[i][j]) * (f1[j] - f0[j]);
      }
    }
    Decomposition d = StructuralDecomposition.outputTwoFactor(tableOf(a0, f0), tableOf(a1, f1));
    assertThat(d.effect(SdaFactor.TECHNOLOGY).toArray()).containsExactly(tech, within(1e-9));
    assertThat(d.effect(SdaFactor.FINAL_DEMAND).toArray()).containsExactly(fd, within(1e-9));
    assertThat(d.before().toArray()).containsExactly(new double[] {1000, 2000}, within(1e-9));
  }

  @Test
  void threeAndFourFactorEffectsAreTheAverageOverAllOrderings() {
    InputOutputTable t0 = RandomEconomies.national(5, 31);
    InputOutputTable t1 = RandomEconomies.national(5, 32);
    // Brute force in the test: for each of the k! orderings change the factors one at a time
    // (telescoping), credit each step to its factor, and average.
    Factors y0 = new Factors(t0);
    Factors y1 = new Factors(t1);
    double[][] bruteVa = bruteForce(4, sel -> y(sel[0] ? y1 : y0, sel[1] ? y1 : y0,
        sel[2] ? y1 : y0, sel[3] ? y1 : y0));
    Decomposition va = StructuralDecomposition.valueAdded(t0, t1);
    List<SdaFactor> order = List.of(SdaFactor.VALUE_ADDED_COEFFICIENTS, SdaFactor.TECHNOLOGY,
        SdaFactor.FINAL_DEMAND_LEVEL, SdaFactor.FINAL_DEMAND_MIX);
    assertThat(va.factors()).isEqualTo(order);
    double scale = max(t1.valueAddedTotal().toArray());
    for (int k = 0; k < 4; k++) {
      assertThat(va.effect(order.get(k)).toArray()).as(order.get(k).name())
          .containsExactly(bruteVa[k], within(RELATIVE_1E9 * scale));
    }
    // Output: value-added coefficients set to 1, i.e. the three factors L, φ, m.
    double[][] bruteX = bruteForce(3, sel -> x(sel[0] ? y1 : y0, sel[1] ? y1 : y0,
        sel[2] ? y1 : y0));
    Decomposition out = StructuralDecomposition.output(t0, t1);
    double xs = max(t1.output().toArray());
    assertThat(out.effect(SdaFactor.TECHNOLOGY).toArray())
        .containsExactly(bruteX[0], within(RELATIVE_1E9 * xs));
    assertThat(out.effect(SdaFactor.FINAL_DEMAND_LEVEL).toArray())
        .containsExactly(bruteX[1], within(RELATIVE_1E9 * xs));
    assertThat(out.effect(SdaFactor.FINAL_DEMAND_MIX).toArray())
        .containsExactly(bruteX[2], within(RELATIVE_1E9 * xs));
  }

  @Test
  void tablesWithDifferentKeysAreRejected() {
    InputOutputTable t0 = RandomEconomies.national(3, 1);
    InputOutputTable t1 = RandomEconomies.national(4, 2);
    assertThatThrownBy(() -> StructuralDecomposition.output(t0, t1))
        .isInstanceOfSatisfying(SectoralException.class, e -> {
          assertThat(e.code()).isEqualTo(ErrorCode.UNKNOWN_KEY);
          assertThat(e.culprits()).containsExactly("RND/S3");
        });
  }

  @Test
  void askingForAFactorOutsideTheDecompositionIsAnArgumentError() {
    InputOutputTable t = RandomEconomies.national(3, 1);
    Decomposition d = StructuralDecomposition.outputTwoFactor(t, t);
    assertThatThrownBy(() -> d.effect(SdaFactor.FINAL_DEMAND_MIX))
        .isInstanceOf(IllegalArgumentException.class);
  }

  // ---- independent recomputation: explicit inverse by Gauss-Jordan, orderings enumerated ----

  /** One year's L (explicit inverse), φ, m and v, computed without the library's models. */
  private static final class Factors {
    final double[][] l;
    final double level;
    final double[] mix;
    final double[] v;

    Factors(InputOutputTable t) {
      double[][] z = t.intermediate().toArray();
      double[] x = t.output().toArray();
      int n = x.length;
      double[][] iMinusA = new double[n][n];
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
          iMinusA[i][j] = (i == j ? 1 : 0) - z[i][j] / x[j];
        }
      }
      l = gaussJordanInverse(iMinusA);
      double[] f = t.finalDemandTotal().toArray();
      double s = 0;
      for (double value : f) {
        s += value;
      }
      level = s;
      mix = new double[n];
      v = new double[n];
      double[] va = t.valueAddedTotal().toArray();
      for (int i = 0; i < n; i++) {
        mix[i] = f[i] / s;
        v[i] = va[i] / x[i];
      }
    }
  }

  private static double[] x(Factors lYear, Factors levelYear, Factors mixYear) {
    int n = lYear.l.length;
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        x[i] += lYear.l[i][j] * levelYear.level * mixYear.mix[j];
      }
    }
    return x;
  }

  private static double[] y(Factors vYear, Factors lYear, Factors levelYear, Factors mixYear) {
    double[] x = x(lYear, levelYear, mixYear);
    for (int i = 0; i < x.length; i++) {
      x[i] *= vYear.v[i];
    }
    return x;
  }

  /** The average over all k! orderings of the telescoping one-factor-at-a-time changes. */
  private static double[][] bruteForce(int k,
      java.util.function.Function<boolean[], double[]> measure) {
    List<int[]> perms = new ArrayList<>();
    permutations(new int[k], new boolean[k], 0, perms);
    double[][] effects = null;
    for (int[] p : perms) {
      boolean[] sel = new boolean[k];
      double[] prev = measure.apply(sel.clone());
      if (effects == null) {
        effects = new double[k][prev.length];
      }
      for (int factor : p) {
        sel[factor] = true;
        double[] next = measure.apply(sel.clone());
        for (int i = 0; i < prev.length; i++) {
          effects[factor][i] += (next[i] - prev[i]) / perms.size();
        }
        prev = next;
      }
    }
    return effects;
  }

  private static void permutations(int[] p, boolean[] used, int pos, List<int[]> out) {
    if (pos == p.length) {
      out.add(p.clone());
      return;
    }
    for (int i = 0; i < p.length; i++) {
      if (!used[i]) {
        used[i] = true;
        p[pos] = i;
        permutations(p, used, pos + 1, out);
        used[i] = false;
      }
    }
  }

  private static double[][] gaussJordanInverse(double[][] m) {
    int n = m.length;
    double[][] a = new double[n][2 * n];
    for (int i = 0; i < n; i++) {
      System.arraycopy(m[i], 0, a[i], 0, n);
      a[i][n + i] = 1;
    }
    for (int c = 0; c < n; c++) {
      int piv = c;
      for (int r = c + 1; r < n; r++) {
        if (Math.abs(a[r][c]) > Math.abs(a[piv][c])) {
          piv = r;
        }
      }
      double[] tmp = a[c];
      a[c] = a[piv];
      a[piv] = tmp;
      double d = a[c][c];
      for (int j = 0; j < 2 * n; j++) {
        a[c][j] /= d;
      }
      for (int r = 0; r < n; r++) {
        if (r != c && a[r][c] != 0) {
          double f = a[r][c];
          for (int j = 0; j < 2 * n; j++) {
            a[r][j] -= f * a[c][j];
          }
        }
      }
    }
    double[][] inv = new double[n][n];
    for (int i = 0; i < n; i++) {
      System.arraycopy(a[i], n, inv[i], 0, n);
    }
    return inv;
  }

  /** (I − A)⁻¹ of a 2 × 2 A by the adjugate formula. */
  private static double[][] inverse2(double[][] a) {
    double p = 1 - a[0][0];
    double q = -a[0][1];
    double r = -a[1][0];
    double s = 1 - a[1][1];
    double det = p * s - q * r;
    return new double[][] {{s / det, -q / det}, {-r / det, p / det}};
  }

  /** A balanced table with coefficients A and final demand f: x = (I−A)⁻¹f, Z = A·x̂. */
  private static InputOutputTable tableOf(double[][] a, double[] f) {
    int n = f.length;
    double[][] iMinusA = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        iMinusA[i][j] = (i == j ? 1 : 0) - a[i][j];
      }
    }
    double[][] l = gaussJordanInverse(iMinusA);
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        x[i] += l[i][j] * f[j];
      }
    }
    double[][] z = new double[n][n];
    List<Sector> sectors = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      sectors.add(Sector.of("S" + (i + 1)));
      for (int j = 0; j < n; j++) {
        z[i][j] = a[i][j] * x[j];
      }
    }
    return InputOutputTable.builder().name("hand").unit("$").sectors(sectors).intermediate(z)
        .finalDemand("f", FinalDemandCategory.HOUSEHOLDS, f).output(x).balanceTolerance(1e-9)
        .build();
  }

  private static double max(double[] a) {
    double m = 0;
    for (double v : a) {
      m = Math.max(m, Math.abs(v));
    }
    return m;
  }
}
