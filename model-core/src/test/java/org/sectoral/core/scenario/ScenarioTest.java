package org.sectoral.core.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sectoral.core.ErrorCode;
import org.sectoral.core.SectoralException;
import org.sectoral.core.leontief.LeontiefModel;
import org.sectoral.core.table.FinalDemandCategory;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.core.table.LabelledVector;
import org.sectoral.core.table.Region;
import org.sectoral.core.table.RegionSector;
import org.sectoral.core.table.Sector;
import org.sectoral.core.table.ValueAddedComponent;
import org.sectoral.core.testing.RandomEconomies;

class ScenarioTest {
  private final InputOutputTable t = RandomEconomies.national(8, 11);

  @Test
  void emptyScenarioGivesBackTheIdenticalBaseline() {
    ScenarioResult r = Scenario.builder("nothing").build().apply(t);
    assertThat(r.table()).isSameAs(t);
    for (String m : r.measures()) {
      assertThat(r.change(m).toArray()).containsOnly(0.0);
    }
  }

  @Test
  void scalingExportsMovesOutputByLeontief() {
    List<RegionSector> all = t.keys().keys();
    ScenarioResult r = Scenario.builder("exports +10%")
        .scaleFinalDemand(FinalDemandCategory.EXPORTS, Target.each(all), 1.1).build().apply(t);
    double[] df = t.exports().map(e -> 0.1 * e, t.unit()).toArray();
    double[] dx = LeontiefModel.of(t).solve(df);
    for (int i = 0; i < t.size(); i++) {
      assertThat(r.change(ScenarioResult.OUTPUT).at(i)).isCloseTo(dx[i], within(1e-8));
      assertThat(r.table().exports().at(i)).isCloseTo(1.1 * t.exports().at(i), within(1e-9));
    }
    // value added moves with its fixed coefficient: Δvᵢ = vᵢ/xᵢ · Δxᵢ
    for (int i = 0; i < t.size(); i++) {
      double coef = t.valueAddedTotal().at(i) / t.output().at(i);
      assertThat(r.change(ScenarioResult.VALUE_ADDED).at(i)).isCloseTo(coef * dx[i], within(1e-8));
    }
  }

  @Test
  void distributedAdditionSharesTheAmountByCurrentValues() {
    List<RegionSector> group = List.of(t.keys().get(1), t.keys().get(2));
    ScenarioResult r = Scenario.builder("+1000 investment")
        .addFinalDemand(FinalDemandCategory.INVESTMENT, Target.distributed(group), 1000).build()
        .apply(t);
    LabelledVector<RegionSector> before = t.finalDemand(FinalDemandCategory.INVESTMENT);
    LabelledVector<RegionSector> after = r.table().finalDemand(FinalDemandCategory.INVESTMENT);
    double groupBefore = before.at(1) + before.at(2);
    assertThat(after.at(1) - before.at(1)).isCloseTo(1000 * before.at(1) / groupBefore, within(1e-9));
    assertThat(after.at(2) - before.at(2)).isCloseTo(1000 * before.at(2) / groupBefore, within(1e-9));
    assertThat(after.sum() - before.sum()).isCloseTo(1000, within(1e-9));
    ScenarioResult each = Scenario.builder("+1000 each")
        .addFinalDemand(FinalDemandCategory.INVESTMENT, Target.each(group), 1000).build().apply(t);
    assertThat(each.table().finalDemand(FinalDemandCategory.INVESTMENT).sum() - before.sum())
        .isCloseTo(2000, within(1e-9));
  }

  @Test
  void addFlowEqualsAddCoefficientAtBaseOutputAndKeepsColumnsSummingToOne() {
    RegionSector i = t.keys().get(0);
    RegionSector j = t.keys().get(3);
    double xj = t.output().at(3);
    InputOutputTable viaFlow = Scenario.builder("flow").addFlow(i, j, 25).build().apply(t).table();
    InputOutputTable viaCoef = Scenario.builder("coef").addCoefficient(i, j, 25 / xj).build()
        .apply(t).table();
    LeontiefModel a = LeontiefModel.of(viaFlow);
    assertThat(a.coefficient(0, 3)).isCloseTo(
        t.intermediate().at(0, 3) / xj + 25 / xj, within(1e-14));
    assertThat(viaFlow.output().toArray()).containsExactly(viaCoef.output().toArray(), within(1e-9));
    // column identity still holds in the rebuilt table (the builder checked it; the report says so)
    assertThat(viaFlow.balanceReport().maxRelativeGap()).isLessThan(1e-9);
    // value added of column j fell by exactly the added input per unit of output
    double vBefore = t.valueAddedTotal().at(3) / xj;
    double vAfter = viaFlow.valueAddedTotal().at(3) / viaFlow.output().at(3);
    assertThat(vBefore - vAfter).isCloseTo(25 / xj, within(1e-12));
  }

  @Test
  void scalingCompensationShiftsIncomeNotOutput() {
    ScenarioResult r = Scenario.builder("wages +10%")
        .scaleValueAdded(ValueAddedComponent.Kind.COMPENSATION, Target.each(t.keys().keys()), 1.1)
        .build().apply(t);
    for (int j = 0; j < t.size(); j++) {
      double comp = t.valueAdded(ValueAddedComponent.Kind.COMPENSATION).at(j);
      assertThat(r.change(ScenarioResult.INCOME).at(j)).isCloseTo(0.1 * comp, within(1e-9));
      assertThat(r.change(ScenarioResult.VALUE_ADDED).at(j)).isCloseTo(0, within(1e-9));
      assertThat(r.change(ScenarioResult.OUTPUT).at(j)).isCloseTo(0, within(1e-9));
    }
  }

  @Test
  void regionTargetAndErrors() {
    Target all = Target.region(t, Region.of("RND"), Target.Mode.EACH);
    assertThat(all.sectors()).hasSize(t.size());
    RegionSector unknown = RegionSector.of(Region.of("RND"), Sector.of("NOPE"));
    assertThatThrownBy(() -> Scenario.builder("x")
        .scaleFinalDemand(FinalDemandCategory.EXPORTS, Target.of(unknown), 2).build().apply(t))
        .isInstanceOfSatisfying(SectoralException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.UNKNOWN_KEY));
    assertThatThrownBy(() -> Scenario.builder("x")
        .scaleFinalDemand(FinalDemandCategory.GOVERNMENT, all, 2).build().apply(t))
        .isInstanceOfSatisfying(SectoralException.class, e -> {
          assertThat(e.code()).isEqualTo(ErrorCode.MISSING_BLOCK);
          assertThat(e.culprits()).containsExactly("GOVERNMENT");
        });
    // a coefficient pushed so high the economy cannot produce
    assertThatThrownBy(() -> Scenario.builder("x")
        .setCoefficient(t.keys().get(2), t.keys().get(2), 1.5).build().apply(t))
        .isInstanceOfSatisfying(SectoralException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_PRODUCTIVE));
  }
}
