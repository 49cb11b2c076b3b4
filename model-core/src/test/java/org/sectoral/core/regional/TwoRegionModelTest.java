package org.sectoral.core.regional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.sectoral.core.regional.LocationQuotientsTest.assertCode;
import static org.sectoral.core.regional.ProvincialModelTest.HCM;
import static org.sectoral.core.regional.ProvincialModelTest.regionalOutput;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sectoral.core.ErrorCode;
import org.sectoral.core.leontief.LeontiefModel;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.core.table.LabelledMatrix;
import org.sectoral.core.table.Region;
import org.sectoral.core.table.RegionSector;
import org.sectoral.core.testing.RandomEconomies;
import org.sectoral.core.testing.Tolerances;

class TwoRegionModelTest {
  static final Region REST = Region.of("ROC", "Rest of Viet Nam");

  @ParameterizedTest(name = "n = {0}")
  @ValueSource(ints = {1, 3, 10, 30})
  void balancedAndReproducesTheNationalTable(int n) {
    InputOutputTable t = RandomEconomies.national(n, 500 + n);
    double[] xp = regionalOutput(t, n);
    TwoRegionModel m = TwoRegionModel.of(t, HCM, REST, xp, RegionalizationMethod.flq(0.3));
    InputOutputTable two = m.table();
    assertThat(two.regions().keys()).containsExactly(HCM, REST);
    assertThat(two.balanceReport().isBalanced()).isTrue();
    double tol = Tolerances.RELATIVE_1E9;
    double[] f = t.finalDemandTotal().toArray();
    double[] f2 = two.finalDemandTotal().toArray();
    for (int i = 0; i < n; i++) {
      // outputs: the province as given, the two regions add up to the nation
      assertThat(two.output().at(i)).isEqualTo(xp[i]);
      assertThat(two.output().at(i) + two.output().at(n + i))
          .isCloseTo(t.output().at(i), within(tol * t.output().at(i)));
      assertThat(f2[i] + f2[n + i]).isCloseTo(f[i], within(tol * t.output().at(i)));
      assertThat(two.requireImports().columnSums().at(i) + two.requireImports().columnSums()
          .at(n + i)).isCloseTo(t.requireImports().columnSums().at(i),
          within(tol * t.output().at(i)));
      for (int j = 0; j < n; j++) {
        // the four blocks of every flow add up to the national domestic flow
        double sum = two.intermediate().at(i, j) + two.intermediate().at(n + i, j)
            + two.intermediate().at(i, n + j) + two.intermediate().at(n + i, n + j);
        assertThat(sum).isCloseTo(t.intermediate().at(i, j),
            within(tol * t.output().at(j)));
      }
    }
  }

  @ParameterizedTest(name = "seed = {0}")
  @ValueSource(longs = {21, 22, 23})
  void ownPlusSpilloverEqualsNationalAndOwnExceedsSingleRegion(long seed) {
    int n = 9;
    InputOutputTable t = RandomEconomies.national(n, seed);
    double[] xp = regionalOutput(t, seed);
    RegionalizationMethod method = RegionalizationMethod.flq(0.25);
    TwoRegionModel m = TwoRegionModel.of(t, HCM, REST, xp, method);
    LabelledMatrix<Region, RegionSector> byRegion = m.outputMultipliersByRegion();
    double[] national = LeontiefModel.of(t).outputMultipliers().toArray();
    double[] single = ProvincialModel.of(t, HCM, xp, method).outputMultipliers().toArray();
    // Slow reference: column sums of the explicit Leontief inverse of the two-region table.
    LabelledMatrix<RegionSector, RegionSector> l = m.model().leontiefInverse();
    for (int j = 0; j < 2 * n; j++) {
      double own = 0;
      double other = 0;
      for (int i = 0; i < 2 * n; i++) {
        if (i / n == 0) {
          own += l.at(i, j);
        } else {
          other += l.at(i, j);
        }
      }
      assertThat(byRegion.at(0, j)).isCloseTo(own, within(1e-12));
      assertThat(byRegion.at(1, j)).isCloseTo(other, within(1e-12));
      if (j < n) {
        assertThat(m.provinceOutputMultipliers().at(j)).isCloseTo(own, within(1e-12));
        assertThat(m.spilloverMultipliers().at(j)).isCloseTo(other, within(1e-12));
      }
      // identity: the regions' columns add up to the national column
      assertThat(byRegion.at(0, j) + byRegion.at(1, j)).isCloseTo(national[j % n],
          within(1e-12));
    }
    for (int j = 0; j < n; j++) {
      // interregional feedback makes the two-region own multiplier at least the single-region one
      assertThat(byRegion.at(0, j)).isGreaterThanOrEqualTo(single[j] - 1e-12);
      assertThat(byRegion.at(1, j)).as("spillover of province sector %s", j).isPositive();
    }
    // the province's column blocks are r and Aᵈ − r of its regionalization
    LabelledMatrix<RegionSector, RegionSector> r = m.province().regionalCoefficients();
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        assertThat(m.model().coefficient(i, j)).isCloseTo(r.at(i, j), within(1e-15));
        assertThat(m.model().coefficient(n + i, j))
            .isCloseTo(m.province().restOfCountryCoefficients().at(i, j), within(1e-15));
      }
    }
  }

  @Test
  void provinceAboveNationalOrWholeCountryIsInconsistent() {
    InputOutputTable t = ProvincialModelTest.handTable();
    assertCode(() -> TwoRegionModel.of(t, HCM, REST, new double[] {101, 10, 30},
        RegionalizationMethod.flq(0.3)), ErrorCode.INCONSISTENT_TARGETS, "AGR");
    assertCode(() -> TwoRegionModel.of(t, HCM, REST, t.output().toArray(),
        RegionalizationMethod.flq(0.3)), ErrorCode.INCONSISTENT_TARGETS);
    assertThatThrownBy(() -> TwoRegionModel.of(t, HCM, HCM, new double[] {1, 1, 1},
        RegionalizationMethod.flq(0.3))).isInstanceOf(IllegalArgumentException.class);
  }
}
