package org.sectoral.core.price;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.sectoral.core.leontief.LeontiefModel;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.core.table.LabelledMatrix;
import org.sectoral.core.table.LabelledVector;
import org.sectoral.core.table.RegionSector;
import org.sectoral.core.table.Sector;
import org.sectoral.core.testing.RandomEconomies;

class PriceModelTest {
  private final InputOutputTable t = RandomEconomies.national(9, 5);
  private final PriceModel pm = PriceModel.of(t);

  @Test
  void basePricesAreOne() {
    assertThat(pm.basePrices().toArray()).containsOnly(new double[] {1.0}, within(1e-12));
  }

  @Test
  void zeroShocksChangeNoPrice() {
    assertThat(pm.costPush(LabelledVector.zeros(t.keys(), "1")).toArray())
        .containsOnly(new double[] {0.0}, within(1e-15));
    assertThat(pm.exogenousPriceChange(t.keys().get(3), 0, false).toArray())
        .containsOnly(new double[] {1.0}, within(1e-12));
    assertThat(pm.exogenousPriceChange(t.keys().get(3), 0, true).toArray())
        .containsOnly(new double[] {1.0}, within(1e-12));
    assertThat(pm.importPriceChange(LabelledVector.zeros(t.requireImports().rows(), "1"))
        .toArray()).containsOnly(new double[] {0.0}, within(1e-15));
  }

  @Test
  void costPushEqualsRowVectorTimesExplicitInverse() {
    double[] dv = new double[t.size()];
    dv[2] = 0.05;
    dv[6] = 0.01;
    LabelledVector<RegionSector> dp = pm.costPush(LabelledVector.of(t.keys(), dv, "1"));
    LabelledMatrix<RegionSector, RegionSector> l = LeontiefModel.of(t).leontiefInverse();
    for (int j = 0; j < t.size(); j++) {
      assertThat(dp.at(j)).isCloseTo(0.05 * l.at(2, j) + 0.01 * l.at(6, j), within(1e-14));
    }
  }

  @Test
  void exogenousChangeAgreesWithTheCostPushThatCausesIt() {
    // A cost push δ in sector k raises pₖ by δ·Lₖₖ; fixing pₖ at that level exogenously must give
    // the same prices elsewhere.
    int k = 4;
    double[] dv = new double[t.size()];
    dv[k] = 0.08;
    LabelledVector<RegionSector> pushed = pm.costPush(LabelledVector.of(t.keys(), dv, "1"));
    LabelledVector<RegionSector> fixed = pm.exogenousPriceChange(t.keys().get(k), pushed.at(k),
        false);
    for (int j = 0; j < t.size(); j++) {
      assertThat(fixed.at(j)).isCloseTo(1 + pushed.at(j), within(1e-12));
    }
  }

  @Test
  void passThroughToImportsRaisesPricesFurther() {
    RegionSector k = t.keys().get(1);
    LabelledVector<RegionSector> without = pm.exogenousPriceChange(k, 0.1, false);
    LabelledVector<RegionSector> with = pm.exogenousPriceChange(k, 0.1, true);
    // the extra is exactly the import price change of product k passed through Aᵐ and L,
    // except in sector k itself, whose price is fixed
    double[] dpm = new double[t.requireImports().rowCount()];
    dpm[t.requireImports().rows().indexOf(Sector.of(k.sector().code()))] = 0.1;
    LabelledVector<RegionSector> viaImports = pm.importPriceChange(
        LabelledVector.of(t.requireImports().rows(), dpm, "1"));
    for (int j = 0; j < t.size(); j++) {
      if (j != 1) {
        assertThat(with.at(j)).isGreaterThanOrEqualTo(without.at(j));
      }
    }
    assertThat(with.at(1)).isEqualTo(1.1, within(1e-15));
    assertThat(viaImports.sum()).isPositive();
  }
}
