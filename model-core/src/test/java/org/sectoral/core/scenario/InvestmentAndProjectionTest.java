package org.sectoral.core.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sectoral.core.ErrorCode;
import org.sectoral.core.SectoralException;
import org.sectoral.core.leontief.ImpactAnalysis;
import org.sectoral.core.leontief.LeontiefModel;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.core.table.LabelledMatrix;
import org.sectoral.core.table.LabelledVector;
import org.sectoral.core.table.RegionSector;
import org.sectoral.core.testing.RandomEconomies;

class InvestmentAndProjectionTest {
  private final InputOutputTable t = RandomEconomies.national(7, 31);

  @Test
  void investmentSplitsSpendingAndSatisfiesTheValueIdentity() {
    double[] spend = new double[7];
    spend[2] = 600; // construction-like
    spend[5] = 400; // machinery-like
    double[] shares = new double[7];
    Arrays.fill(shares, 1);
    shares[5] = 0.25; // most machinery imported
    InvestmentImpact ii = InvestmentImpact.of(t, LabelledVector.of(t.keys(), spend, t.unit()),
        LabelledVector.of(t.keys(), shares, "1"));
    assertThat(ii.directImports()).isCloseTo(300, within(1e-12));
    assertThat(ii.domesticSpending().sum()).isCloseTo(700, within(1e-12));
    // Type I: every unit of domestic final demand ends up as value added, imports or product
    // taxes: Σ ΔVA + Σ ΔM + Σ Δtaxes = Σ Δf.
    var out = ii.effects().get(ImpactAnalysis.OUTPUT);
    double[] dx = out.typeITotal().toArray();
    double taxes = 0;
    for (int j = 0; j < 7; j++) {
      taxes += t.productTaxes().at(j) / t.output().at(j) * dx[j];
    }
    double va = ii.effects().get(ImpactAnalysis.VALUE_ADDED).typeITotal().sum();
    double imp = ii.effects().get(ImpactAnalysis.IMPORTS).typeITotal().sum();
    assertThat(va + imp + taxes).isCloseTo(700, within(1e-9));
    // output Type I equals a direct Leontief solve
    double[] direct = LeontiefModel.of(t).solve(ii.domesticSpending().toArray());
    assertThat(dx).containsExactly(direct, within(1e-9));
    var report = ii.report();
    assertThat(report).extracting(InvestmentImpact.Row::measure)
        .contains(ImpactAnalysis.OUTPUT, ImpactAnalysis.VALUE_ADDED, ImpactAnalysis.INCOME,
            ImpactAnalysis.IMPORTS, "employment/jobs");
    InvestmentImpact.Row importsRow = report.stream()
        .filter(r -> r.measure().equals(ImpactAnalysis.IMPORTS)).findFirst().orElseThrow();
    assertThat(importsRow.direct()).isGreaterThan(300);
    assertThat(importsRow.induced()).isPositive();
  }

  @Test
  void projectionWithZeroGrowthStaysAtBaseAndGrowsLikeLeontief() {
    Projection p = Projection.of(t, 2024);
    ProjectionResult flat = p.run(0.0, 2030);
    assertThat(flat.years()).containsExactly(2024, 2025, 2026, 2027, 2028, 2029, 2030);
    LabelledMatrix<Integer, RegionSector> x = flat.series(ScenarioResult.OUTPUT);
    for (int y = 0; y < 7; y++) {
      for (int j = 0; j < 7; j++) {
        assertThat(x.at(y, j)).isCloseTo(t.output().at(j), within(1e-8));
      }
    }
    // uniform growth g scales everything by (1+g)^t (linearity of x = L f)
    ProjectionResult grow = p.run(0.05, 2027);
    double[] total = grow.total(ScenarioResult.VALUE_ADDED);
    for (int y = 1; y < total.length; y++) {
      assertThat(total[y] / total[0]).isCloseTo(Math.pow(1.05, y), within(1e-12));
    }
  }

  @Test
  void solvedRatesHitTheirTargets() {
    Projection p = Projection.of(t, 2024);
    List<RegionSector> industry = List.of(t.keys().get(1), t.keys().get(2), t.keys().get(3));
    double[] base = new double[7];
    Arrays.fill(base, 0.04);
    double share0 = p.run(base, 2024).valueAddedShare(industry)[0];
    double target = share0 + 0.05;
    double r = p.rateForValueAddedShare(base, industry, target, 2030);
    double[] rates = base.clone();
    for (RegionSector k : industry) {
      rates[t.keys().indexOf(k)] += r;
    }
    assertThat(p.run(rates, 2030).valueAddedShare(industry)[6]).isCloseTo(target, within(1e-10));
    double g = p.rateForFirstYearGrowth(base, industry, 0.087);
    for (RegionSector k : industry) {
      rates[t.keys().indexOf(k)] = base[t.keys().indexOf(k)] + g;
    }
    ProjectionResult one = p.run(rates, 2025);
    double v0 = one.groupValueAdded(industry, 0);
    double v1 = one.groupValueAdded(industry, 1);
    assertThat(v1 / v0 - 1).isCloseTo(0.087, within(1e-10));
    assertThatThrownBy(() -> p.rateForValueAddedShare(base, industry, 0.999, 2025))
        .isInstanceOfSatisfying(SectoralException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.INCONSISTENT_TARGETS));
  }
}
