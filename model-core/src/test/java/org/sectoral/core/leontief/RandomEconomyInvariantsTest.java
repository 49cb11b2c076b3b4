package org.sectoral.core.leontief;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.core.table.LabelledMatrix;
import org.sectoral.core.table.LabelledVector;
import org.sectoral.core.table.RegionSector;
import org.sectoral.core.testing.RandomEconomies;
import org.sectoral.core.testing.Tolerances;

/** Identities of the Leontief model on seeded random productive economies of sizes 1 … 200. */
class RandomEconomyInvariantsTest {

  static Stream<Integer> sizes() {
    return Stream.of(1, 2, 3, 5, 8, 13, 30, 64, 120, 200);
  }

  @ParameterizedTest(name = "n = {0}")
  @MethodSource("sizes")
  void inverseTimesIMinusAIsIdentity(int n) {
    LeontiefModel m = LeontiefModel.of(RandomEconomies.national(n, 1000 + n));
    LabelledMatrix<RegionSector, RegionSector> a = m.technicalCoefficients();
    LabelledMatrix<RegionSector, RegionSector> l = m.leontiefInverse();
    double worst = 0;
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        double s = l.at(i, j);
        for (int k = 0; k < n; k++) {
          s -= a.at(i, k) * l.at(k, j);
        }
        worst = Math.max(worst, Math.abs(s - (i == j ? 1 : 0)));
      }
    }
    assertThat(worst).isLessThan(1e-12);
  }

  @ParameterizedTest(name = "n = {0}")
  @MethodSource("sizes")
  void outputSolvesFromFinalDemandAndAgreesWithInverse(int n) {
    InputOutputTable t = RandomEconomies.national(n, 2000 + n);
    LeontiefModel m = LeontiefModel.of(t);
    LabelledVector<RegionSector> x = m.output(t.finalDemandTotal());
    LabelledMatrix<RegionSector, RegionSector> l = m.leontiefInverse();
    double[] f = t.finalDemandTotal().toArray();
    for (int i = 0; i < n; i++) {
      double viaInverse = 0;
      for (int j = 0; j < n; j++) {
        viaInverse += l.at(i, j) * f[j];
      }
      assertThat(x.at(i)).isCloseTo(t.output().at(i), within(Tolerances.RELATIVE_1E9 * t.output().at(i)));
      assertThat(x.at(i)).isCloseTo(viaInverse, within(Tolerances.RELATIVE_1E9 * viaInverse));
    }
    // multipliers by transposed solve equal column sums of the explicit inverse
    LabelledVector<RegionSector> mult = m.outputMultipliers();
    LabelledVector<RegionSector> colSums = l.columnSums();
    for (int j = 0; j < n; j++) {
      assertThat(mult.at(j)).isCloseTo(colSums.at(j), within(1e-12));
    }
  }

  @ParameterizedTest(name = "n = {0}")
  @MethodSource("sizes")
  void gdpIdentityHolds(int n) {
    // Σ value added + Σ product taxes + Σ imports (intermediate) = Σ final demand (no imported final use)
    InputOutputTable t = RandomEconomies.national(n, 3000 + n);
    double lhs = t.valueAddedTotal().sum() + t.productTaxes().sum()
        + t.requireImports().sum();
    double rhs = t.finalDemandTotal().sum();
    assertThat(lhs).isCloseTo(rhs, within(1e-9 * rhs));
  }

  @ParameterizedTest(name = "n = {0}")
  @MethodSource("sizes")
  void effectsAreLinearAndTypeTwoExceedsTypeOne(int n) {
    InputOutputTable t = RandomEconomies.national(n, 4000 + n);
    ImpactAnalysis ia = ImpactAnalysis.of(t);
    Random rnd = new Random(n);
    double[] d1 = rnd.doubles(n, -50, 100).toArray();
    double[] d2 = rnd.doubles(n, 0, 100).toArray();
    double[] sum = IntStream.range(0, n).mapToDouble(i -> 2 * d1[i] + 3 * d2[i]).toArray();
    var e1 = ia.impact(LabelledVector.of(t.keys(), d1, t.unit()));
    var e2 = ia.impact(LabelledVector.of(t.keys(), d2, t.unit()));
    var es = ia.impact(LabelledVector.of(t.keys(), sum, t.unit()));
    for (String measure : es.keySet()) {
      double expected = 2 * e1.get(measure).totalSum() + 3 * e2.get(measure).totalSum();
      assertThat(es.get(measure).totalSum()).as(measure)
          .isCloseTo(expected, within(1e-9 * Math.max(1, Math.abs(expected))));
    }
    assertThat(es.keySet()).contains(ImpactAnalysis.OUTPUT, ImpactAnalysis.VALUE_ADDED,
        ImpactAnalysis.INCOME, "employment/jobs");
    // for a non-negative shock, induced effects are non-negative and the direct output is the shock
    var pos = e2.get(ImpactAnalysis.OUTPUT);
    assertThat(pos.direct().toArray()).containsExactly(d2);
    assertThat(pos.inducedSum()).isGreaterThanOrEqualTo(0);
    Multipliers mult = Multipliers.of(t);
    LabelledVector<RegionSector> o1 = mult.output(MultiplierType.TYPE_I);
    LabelledVector<RegionSector> o2 = mult.output(MultiplierType.TYPE_II);
    LabelledVector<RegionSector> i1 = mult.income(MultiplierType.TYPE_I);
    LabelledVector<RegionSector> i2 = mult.income(MultiplierType.TYPE_II);
    for (int j = 0; j < n; j++) {
      assertThat(o1.at(j)).isGreaterThanOrEqualTo(1.0 - 1e-12);
      assertThat(o2.at(j)).isGreaterThanOrEqualTo(o1.at(j));
      assertThat(i2.at(j)).isGreaterThanOrEqualTo(i1.at(j));
      assertThat(i1.at(j)).isGreaterThanOrEqualTo(1.0 - 1e-12);
    }
  }

  @ParameterizedTest(name = "n = {0}")
  @MethodSource("sizes")
  void typeTwoEqualsExplicitClosedInverse(int n) {
    InputOutputTable t = RandomEconomies.national(n, 5000 + n);
    Multipliers mult = Multipliers.of(t);
    // closed model built by hand: Ā = [[A, hc], [hr, 0]]
    LabelledMatrix<RegionSector, RegionSector> a = LeontiefModel.of(t).technicalCoefficients();
    double[] comp = t.valueAdded(org.sectoral.core.table.ValueAddedComponent.Kind.COMPENSATION).toArray();
    double income = t.valueAdded(org.sectoral.core.table.ValueAddedComponent.Kind.COMPENSATION).sum();
    double[] hh = t.finalDemand(org.sectoral.core.table.FinalDemandCategory.HOUSEHOLDS).toArray();
    double[][] closed = new double[n + 1][n + 1];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        closed[i][j] = (i == j ? 1 : 0) - a.at(i, j);
      }
      closed[i][n] = -hh[i] / income;
      closed[n][i] = -comp[i] / t.output().at(i);
    }
    closed[n][n] = 1;
    double[][] inv = new org.apache.commons.math3.linear.LUDecomposition(
        new org.apache.commons.math3.linear.Array2DRowRealMatrix(closed)).getSolver()
        .getInverse().getData();
    LabelledVector<RegionSector> o2 = mult.output(MultiplierType.TYPE_II);
    LabelledVector<RegionSector> inc2 = mult.income(MultiplierType.TYPE_II);
    for (int j = 0; j < n; j++) {
      double colSum = 0;
      for (int i = 0; i < n; i++) {
        colSum += inv[i][j];
      }
      assertThat(o2.at(j)).isCloseTo(colSum, within(1e-10 * colSum));
      // Miller & Blair: Type II income multiplier = l̄(n+1, j) / h_r,j
      double expected = inv[n][j] / (comp[j] / t.output().at(j));
      assertThat(inc2.at(j)).isCloseTo(expected, within(1e-9 * expected));
    }
  }
}
