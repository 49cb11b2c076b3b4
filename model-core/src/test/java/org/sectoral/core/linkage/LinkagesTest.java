package org.sectoral.core.linkage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.sectoral.core.leontief.LeontiefModel;
import org.sectoral.core.table.FinalDemandCategory;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.core.table.LabelledMatrix;
import org.sectoral.core.table.LabelledVector;
import org.sectoral.core.table.RegionSector;
import org.sectoral.core.table.Sector;
import org.sectoral.core.testing.RandomEconomies;

/** Linkages and hypothetical extraction checked against slow, obvious recomputation. */
class LinkagesTest {

  @ParameterizedTest(name = "n = {0}")
  @ValueSource(ints = {2, 3, 7, 25, 60})
  void normalizedLinkagesAverageOneAndMatchExplicitInverses(int n) {
    LeontiefModel m = LeontiefModel.of(RandomEconomies.national(n, 77 + n));
    Linkages k = Linkages.of(m);
    assertThat(k.backwardTotal().sum() / n).isCloseTo(1, within(1e-12));
    assertThat(k.forwardTotal().sum() / n).isCloseTo(1, within(1e-12));
    assertThat(k.backwardDirect().sum() / n).isCloseTo(1, within(1e-12));
    assertThat(k.forwardDirect().sum() / n).isCloseTo(1, within(1e-12));
    LabelledMatrix<RegionSector, RegionSector> g = m.ghoshInverse();
    double total = g.sum();
    for (int i = 0; i < n; i++) {
      assertThat(k.forwardTotal().at(i)).isCloseTo(n * g.rowSums().at(i) / total, within(1e-10));
    }
    assertThat(k.keySectors()).hasSize(n);
  }

  @ParameterizedTest(name = "n = {0}")
  @ValueSource(ints = {1, 2, 5, 20})
  void extractionClosedFormsEqualRecomputedModels(int n) {
    InputOutputTable t = RandomEconomies.national(n, 500 + n);
    LeontiefModel m = LeontiefModel.of(t);
    HypotheticalExtraction he = HypotheticalExtraction.of(m);
    double[][] a = m.technicalCoefficients().toArray();
    double[][] b = m.allocationCoefficients().toArray();
    double[] f = t.finalDemandTotal().toArray();
    double[] x = t.output().toArray();
    double[] v = new double[n];
    for (int j = 0; j < n; j++) {
      double inputs = 0;
      for (int i = 0; i < n; i++) {
        inputs += b[i][j] * x[i];
      }
      v[j] = x[j] - inputs; // primary inputs in the Ghosh sense (all non-intermediate inputs)
    }
    for (int j = 0; j < n; j++) {
      double[][] aj = copy(a);
      for (int i = 0; i < n; i++) {
        aj[i][j] = 0;
      }
      double[] xBar = solve(aj, f, false);
      assertThat(he.backwardLoss().at(j)).isCloseTo(sum(x) - sum(xBar), within(1e-7 * sum(x)));
      double[][] bj = copy(b);
      for (int k = 0; k < n; k++) {
        bj[j][k] = 0;
      }
      double[] xBarF = solve(bj, v, true);
      assertThat(he.forwardLoss().at(j)).isCloseTo(sum(x) - sum(xBarF), within(1e-7 * sum(x)));
    }
  }

  @Test
  void classifiesAHandMadeKeySector() {
    // Sector "hub" buys a lot and sells a lot; "leaf" trades little.
    InputOutputTable t = InputOutputTable.builder()
        .sectors(List.of(Sector.of("hub"), Sector.of("leaf1"), Sector.of("leaf2")))
        .intermediate(new double[][] {{30, 40, 40}, {30, 2, 1}, {30, 1, 2}})
        .finalDemand("f", FinalDemandCategory.HOUSEHOLDS, new double[] {90, 67, 67})
        .build();
    Linkages k = Linkages.of(LeontiefModel.of(t));
    assertThat(k.keySectors().get(t.key("hub"))).isEqualTo(KeySectorClass.KEY);
    assertThat(k.keySectors().get(t.key("leaf1"))).isEqualTo(KeySectorClass.WEAK);
    LabelledVector<RegionSector> cv = k.backwardVariation();
    assertThat(cv.size()).isEqualTo(3);
    assertThat(cv.at(0)).isPositive();
  }

  private static double[] solve(double[][] coef, double[] rhs, boolean transposed) {
    int n = rhs.length;
    double[][] m = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        double c = transposed ? coef[j][i] : coef[i][j];
        m[i][j] = (i == j ? 1 : 0) - c;
      }
    }
    return new org.apache.commons.math3.linear.LUDecomposition(
        new org.apache.commons.math3.linear.Array2DRowRealMatrix(m)).getSolver()
        .solve(new org.apache.commons.math3.linear.ArrayRealVector(rhs)).toArray();
  }

  private static double[][] copy(double[][] a) {
    double[][] c = new double[a.length][];
    for (int i = 0; i < a.length; i++) {
      c[i] = a[i].clone();
    }
    return c;
  }

  private static double sum(double[] v) {
    double s = 0;
    for (double d : v) {
      s += d;
    }
    return s;
  }
}
