package org.sectoral.examples.vietnam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Binh Duong's FDI facts (57% of industrial output, 80% of export turnover) are matched. */
class OwnershipCalibrationTest {
  @Test
  void calibratedProvincialSharesReproduceTheFactsAndKeepTheSectorRanking() {
    VietNamModel m = VietNamModels.southeast2024();
    Ownership.ProvincialCalibration c = Ownership.calibrateProvince(m.binhDuongTable(),
        m.national(), 0.57, 0.80);
    assertThat(c.fdiShareOfOutput()).isCloseTo(0.57, within(0.001));
    assertThat(c.fdiShareOfExports()).isCloseTo(0.80, within(0.001));
    // the shift moves every share the same way and keeps their order
    double ele = c.outputShares().get("ELE");
    double tex = c.outputShares().get("TEX");
    assertThat(Math.signum(ele - tex)).isEqualTo(Math.signum(
        VietNamAssumptions.FDI_OUTPUT_SHARES.get("ELE")
            - VietNamAssumptions.FDI_OUTPUT_SHARES.get("TEX")));
    // log-odds shift by hand for electronics
    double p = VietNamAssumptions.FDI_OUTPUT_SHARES.get("ELE");
    double byHand = 1 / (1 + Math.exp(-(Math.log(p / (1 - p)) + c.outputShift())));
    assertThat(ele).isCloseTo(byHand, within(1e-12));
    // sectors with no FDI stay at none
    assertThat(c.outputShares().get("CON")).isEqualTo(
        VietNamAssumptions.FDI_OUTPUT_SHARES.getOrDefault("CON", 0.0));
  }
}
