package org.sectoral.core.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sectoral.core.leontief.LeontiefModel;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.core.table.RegionSector;
import org.sectoral.core.testing.RandomEconomies;
import org.sectoral.core.valueadded.ExportContent;

class LocalizationTest {
  private final InputOutputTable t = RandomEconomies.national(10, 21);
  private final List<RegionSector> users = List.of(t.keys().get(4), t.keys().get(7));

  @Test
  void thetaZeroIsTheBaseline() {
    InputOutputTable same = Localization.of(t).apply(Target.each(users), 0).table();
    assertThat(same.output().toArray()).containsExactly(t.output().toArray(), within(1e-9));
    assertThat(same.requireImports().toRowMajorArray())
        .containsExactly(t.requireImports().toRowMajorArray(), within(1e-9));
  }

  @Test
  void thetaOneMovesAllImportsOfUsersAndKeepsColumnTotals() {
    InputOutputTable full = Localization.of(t).apply(Target.each(users), 1).table();
    LeontiefModel before = LeontiefModel.of(t);
    LeontiefModel after = LeontiefModel.of(full);
    for (RegionSector u : users) {
      int j = t.keys().indexOf(u);
      assertThat(full.requireImports().columnSums().at(j)).isCloseTo(0, within(1e-9));
      double colBefore = 0;
      double colAfter = 0;
      for (int i = 0; i < t.size(); i++) {
        colBefore += before.coefficient(i, j) + t.requireImports().at(i, j) / t.output().at(j);
        colAfter += after.coefficient(i, j);
        // Aᵈ' = Aᵈ + Aᵐ element by element
        assertThat(after.coefficient(i, j)).isCloseTo(before.coefficient(i, j)
            + t.requireImports().at(i, j) / t.output().at(j), within(1e-12));
      }
      double vBefore = t.valueAddedTotal().at(j) / t.output().at(j);
      double vAfter = full.valueAddedTotal().at(j) / full.output().at(j);
      double tBefore = t.productTaxes().at(j) / t.output().at(j);
      double tAfter = full.productTaxes().at(j) / full.output().at(j);
      assertThat(colAfter + vAfter + tAfter).isCloseTo(colBefore + vBefore + tBefore, within(1e-12));
    }
  }

  @Test
  void sweepRaisesDomesticContentMonotonically() {
    double[] thetas = {0, 0.1, 0.3, 0.5};
    Localization.Curve curve = Localization.of(t).sweep(Target.each(users), thetas);
    ExportContent base = ExportContent.of(t);
    for (RegionSector u : users) {
      double[] c = curve.contentOf(u);
      assertThat(c[0]).isCloseTo(base.domesticValueAdded().get(u), within(1e-12));
      for (int s = 1; s < c.length; s++) {
        assertThat(c[s]).isGreaterThan(c[s - 1]);
      }
    }
    assertThat(curve.exportShare()[0]).isCloseTo(base.domesticShareOfExports(), within(1e-12));
    assertThat(curve.exportShare()[3]).isGreaterThan(curve.exportShare()[0]);
    // output rises (more domestic supply for the same final demand), imports fall
    ScenarioResult r = Localization.of(t).apply(Target.each(users), 0.5);
    assertThat(r.change(ScenarioResult.OUTPUT).sum()).isPositive();
    assertThat(r.change(ScenarioResult.IMPORTS).sum()).isNegative();
  }
}
