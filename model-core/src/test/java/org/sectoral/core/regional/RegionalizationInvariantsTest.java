package org.sectoral.core.regional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.sectoral.core.regional.ProvincialModelTest.HCM;
import static org.sectoral.core.regional.ProvincialModelTest.regionalOutput;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.core.table.LabelledMatrix;
import org.sectoral.core.table.RegionSector;
import org.sectoral.core.testing.RandomEconomies;

/** Seeded random economies: bounds, monotonicity in δ and a slow recomputation of FLQ. */
class RegionalizationInvariantsTest {
  private static final double ROUNDING = 1e-15;

  @ParameterizedTest(name = "n = {0}")
  @ValueSource(ints = {1, 2, 5, 20, 60})
  void regionalCoefficientsNeverExceedNationalOnes(int n) {
    InputOutputTable t = RandomEconomies.national(n, 300 + n);
    LocationQuotients q = LocationQuotients.of(t.sectors(), regionalOutput(t, n),
        t.output().toArray());
    for (RegionalizationMethod m : List.of(RegionalizationMethod.slq(),
        RegionalizationMethod.cilq(), RegionalizationMethod.flq(0.1),
        RegionalizationMethod.flq(0.9), RegionalizationMethod.aflq(0.3))) {
      Regionalization r = Regionalization.of(t, HCM, q, m);
      LabelledMatrix<RegionSector, RegionSector> a = r.nationalCoefficients();
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
          double rij = r.regionalCoefficients().at(i, j);
          assertThat(rij).as("%s r(%s,%s)", m, i, j).isBetween(0.0, a.at(i, j));
          assertThat(rij + r.restOfCountryCoefficients().at(i, j))
              .isCloseTo(a.at(i, j), within(ROUNDING));
        }
      }
    }
  }

  @ParameterizedTest(name = "seed = {0}")
  @ValueSource(longs = {11, 12, 13})
  void largerDeltaGivesSmallerCoefficientsAndMultipliers(long seed) {
    InputOutputTable t = RandomEconomies.national(12, seed);
    double[] xr = regionalOutput(t, seed);
    double[] previousMultipliers = null;
    LabelledMatrix<RegionSector, RegionSector> previous = null;
    for (double delta = 0; delta < 1; delta += 0.1) {
      ProvincialModel p = ProvincialModel.of(t, HCM, xr, RegionalizationMethod.flq(delta));
      LabelledMatrix<RegionSector, RegionSector> r = p.regionalization().regionalCoefficients();
      double[] m = p.outputMultipliers().toArray();
      if (previous != null) {
        boolean someStrict = false;
        for (int i = 0; i < 12; i++) {
          for (int j = 0; j < 12; j++) {
            assertThat(r.at(i, j)).isLessThanOrEqualTo(previous.at(i, j));
            someStrict |= r.at(i, j) < previous.at(i, j);
          }
        }
        assertThat(someStrict).as("some coefficient falls at δ = %s", delta).isTrue();
        for (int j = 0; j < 12; j++) {
          assertThat(m[j]).isLessThanOrEqualTo(previousMultipliers[j] + 1e-14);
        }
      }
      previous = r;
      previousMultipliers = m;
    }
  }

  @ParameterizedTest(name = "n = {0}")
  @ValueSource(ints = {4, 25})
  void fleggAgainstASlowRecomputationFromRawSizes(int n) {
    InputOutputTable t = RandomEconomies.national(n, 77 + n);
    double[] x = t.output().toArray();
    double[] xr = regionalOutput(t, 5 * n);
    double delta = 0.37;
    Regionalization reg = Regionalization.of(t, HCM,
        LocationQuotients.of(t.sectors(), xr, x), RegionalizationMethod.aflq(delta));
    double trx = 0;
    double tnx = 0;
    for (int i = 0; i < n; i++) {
      trx += xr[i];
      tnx += x[i];
    }
    double lambda = Math.pow(Math.log(1 + trx / tnx) / Math.log(2), delta);
    assertThat(reg.lambdaStar()).isCloseTo(lambda, within(1e-15));
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        double slqI = (xr[i] / trx) / (x[i] / tnx);
        double slqJ = (xr[j] / trx) / (x[j] / tnx);
        double flq = lambda * (i == j ? slqI : slqI / slqJ);
        double aflq = slqJ > 1 ? flq * Math.log(1 + slqJ) / Math.log(2) : flq;
        double a = t.intermediate().at(i, j) / x[j];
        assertThat(reg.locationQuotients().at(i, j)).isCloseTo(aflq, within(1e-12 * aflq));
        assertThat(reg.regionalCoefficients().at(i, j))
            .isCloseTo(a * Math.min(1, aflq), within(1e-15));
        double am = t.requireImports().at(i, j) / x[j];
        assertThat(reg.foreignImportCoefficients().at(i, j)).isCloseTo(am, within(1e-15));
      }
    }
  }
}
