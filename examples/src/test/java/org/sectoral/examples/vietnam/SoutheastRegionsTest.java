package org.sectoral.examples.vietnam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.sectoral.core.leontief.LeontiefModel;
import org.sectoral.core.table.InputOutputTable;

class SoutheastRegionsTest {
  private final VietNamModel m = VietNamModels.southeast2024();
  private final SoutheastRegions s = m.regions();

  @Test
  void regionsAddUpToTheNation() {
    InputOutputTable nat = m.national();
    InputOutputTable t = s.table();
    int n = nat.size();
    int k = s.regions().size();
    assertThat(k).isEqualTo(4);
    for (int j = 0; j < n; j++) {
      double x = 0;
      for (int r = 0; r < k; r++) {
        x += t.output().at(r * n + j);
      }
      assertThat(x).isCloseTo(nat.output().at(j), within(1e-6 * nat.output().at(j)));
    }
    // each region's column, summed over supplying regions, is the national domestic column
    for (int r = 0; r < k; r++) {
      for (int j = 0; j < n; j++) {
        double xr = t.output().at(r * n + j);
        if (xr == 0) {
          continue;
        }
        for (int i = 0; i < n; i++) {
          double a = 0;
          for (int q = 0; q < k; q++) {
            a += t.intermediate().at(q * n + i, r * n + j) / xr;
          }
          assertThat(a).isCloseTo(nat.intermediate().at(i, j) / nat.output().at(j),
              within(1e-12));
        }
      }
    }
  }

  @Test
  void totalMultiplierOfEveryRegionSectorIsTheNationalOne() {
    double[] national = LeontiefModel.of(m.national()).outputMultipliers().toArray();
    double[] regional = s.model().outputMultipliers().toArray();
    int n = national.length;
    for (int c = 0; c < regional.length; c++) {
      if (s.table().output().at(c) > 0) {
        assertThat(regional[c]).isCloseTo(national[c % n], within(1e-9));
      }
    }
  }

  @Test
  void aSaleInBinhDuongCausesOutputInHoChiMinhCityAndTheOtherWayRound() {
    double[] shock = new double[m.national().size()];
    shock[VietNamSectors.indexOf("ELE")] = 1000;
    double[] fromBd = s.outputByRegion(VietNamModels.BINH_DUONG, shock);
    double[] fromHcm = s.outputByRegion(VietNamModels.HCMC, shock);
    assertThat(fromBd[0]).isPositive();
    assertThat(fromHcm[1]).isPositive();
    // the province itself gets the 1,000 plus its own suppliers' share
    assertThat(fromBd[1]).isGreaterThan(1000);
  }

  @Test
  void newHoChiMinhCityIsAboutAQuarterOfTheEconomy() {
    InputOutputTable two = s.newHcmc().table();
    int n = m.national().size();
    double city = 0;
    for (int c = 0; c < n; c++) {
      city += two.valueAddedTotal().at(c);
    }
    double share = city / m.national().valueAddedTotal().sum();
    // published: 2,715,511 billion VND of 11,512 trillion VND GDP = 23.6% (GRDP basis)
    assertThat(share).isCloseTo(0.236, within(0.02));
  }
}
