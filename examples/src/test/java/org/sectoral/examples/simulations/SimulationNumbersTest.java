package org.sectoral.examples.simulations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.sectoral.core.indicator.ImpliedWeights;
import org.sectoral.core.leontief.Effects;
import org.sectoral.core.leontief.ImpactAnalysis;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.core.table.LabelledVector;
import org.sectoral.core.table.RegionSector;
import org.sectoral.examples.vietnam.VietNamAssumptions;
import org.sectoral.examples.vietnam.VietNamModel;
import org.sectoral.examples.vietnam.VietNamModels;

class SimulationNumbersTest {
  private static final double POINTS = 1e-6;

  private final VietNamModel m = VietNamModels.southeast2024();

  @Test
  void hcmcContributionsSumToThePublishedTotal() {
    ImpliedWeights w = HcmcIndustrialIndex.weights(m);
    LabelledVector<String> c = HcmcIndustrialIndex.contributions(w);
    assertThat(w.weights().sum()).isCloseTo(1.0, within(1e-12));
    // each contribution is 100·wᵢ·gᵢ, recomputed by hand
    for (int i = 0; i < c.size(); i++) {
      assertThat(c.at(i)).isCloseTo(100 * w.weights().at(i) * HcmcIndustrialIndex.GROWTH[i],
          within(1e-12));
    }
    assertThat(c.sum()).isCloseTo(6.4, within(POINTS));
    assertThat(w.maxAbsResidual()).isLessThan(1e-8);
  }

  @Test
  void exportSurgeValueAddedMatchesTheDomesticContentOfTheShock() {
    LabelledVector<RegionSector> df = ExportSurge2024.shock(m);
    InputOutputTable t = m.national();
    assertThat(df.sum()).isCloseTo(VietNamAssumptions.EXPORT_SURGE * (
        t.exports().get(m.key("WOOD")) + t.exports().get(m.key("TEX"))
            + t.exports().get(m.key("LEA")) + t.exports().get(m.key("ELE"))), within(1e-6));
    Effects va = ImpactAnalysis.of(t).impact(df).get(ImpactAnalysis.VALUE_ADDED);
    // Type I value added = Σⱼ dⱼ·Δfⱼ with dⱼ the domestic value-added content (Neumann series)
    double[] d = org.sectoral.examples.vietnam.VietNamModelTestSupport.content(t);
    double expected = 0;
    for (int j = 0; j < d.length; j++) {
      expected += d[j] * df.at(j);
    }
    assertThat(va.typeITotal().sum()).isCloseTo(expected, within(1e-9 * expected));
    assertThat(va.inducedSum()).isPositive();
  }

  @Test
  void parkSpendsTwentySixTrillionDong() {
    LabelledVector<RegionSector> s = MechanicalPark.spending(m.national());
    assertThat(s.sum() * 1e6 * VietNamAssumptions.VND_PER_USD).isCloseTo(26e12, within(1e3));
  }
}
