package org.sectoral.examples.vietnam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class OwnershipTest {
  private final VietNamModel m = VietNamModels.southeast2024();

  @Test
  void partsAverageToTheSectorAndFdiFirmsKeepLess() {
    for (Ownership.Split s : Ownership.splits(m)) {
      // output-weighted import shares and contents reproduce the sector's
      assertThat(s.fdiOutputShare() * s.fdiImportShare()
          + (1 - s.fdiOutputShare()) * s.domesticImportShare())
          .isCloseTo(s.sectorImportShare(), within(1e-12));
      assertThat(s.fdiOutputShare() * s.fdiContent()
          + (1 - s.fdiOutputShare()) * s.domesticContent())
          .isCloseTo(m.domesticContent(s.sector()), within(1e-12));
      assertThat(s.fdiContent()).isLessThan(s.domesticContent());
      assertThat(s.fdiImportShare()).isBetween(0.0, 1.0);
    }
    // FDI share of industrial output by hand: Σ φⱼ·xⱼ / Σ xⱼ over B–E
    double fdi = 0;
    double all = 0;
    for (String c : VietNamSectors.INDUSTRY) {
      double x = m.binhDuongTable().output().get(m.binhDuongTable().key(c));
      fdi += VietNamAssumptions.FDI_OUTPUT_SHARES.get(c) * x;
      all += x;
    }
    assertThat(Ownership.fdiShareOfIndustrialOutput(m.binhDuongTable()))
        .isCloseTo(fdi / all, within(1e-12));
    assertThat(Ownership.fdiShareOfExports(m.binhDuongTable(), m.national()))
        .isBetween(0.0, 1.0);
  }
}
