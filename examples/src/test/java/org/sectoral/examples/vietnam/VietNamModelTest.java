package org.sectoral.examples.vietnam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.sectoral.core.calibration.CalibrationResult;

class VietNamModelTest {
  /** 0.1 percentage point. */
  private static final double TENTH_OF_A_POINT = 0.001;

  @Test
  void calibratedModelReproducesTheTivaTargets() {
    VietNamModel m = VietNamModels.southeast2024();
    assertThat(m.isEstimated()).isTrue();
    CalibrationResult c = m.calibration().orElseThrow();
    for (int j = 0; j < 18; j++) {
      System.out.printf("%s s=%.4f dva=%.4f x=%.0f e=%.0f hcm=%.0f bd=%.0f jobs/x=%.1f%n",
          m.national().keys().get(j), c.importShares().at(j),
          m.exportContent().domesticValueAdded().at(j), m.national().output().at(j),
          m.national().exports().at(j), m.hcmc().output().at(j), m.binhDuong().output().at(j),
          m.jobsPerOutput()[j]);
    }
    System.out.println("HH " + m.national().finalDemand(org.sectoral.core.table.FinalDemandCategory.HOUSEHOLDS).sum()
        + " comp " + m.national().valueAdded(org.sectoral.core.table.ValueAddedComponent.Kind.COMPENSATION).sum()
        + " fd " + m.national().finalDemandTotal().sum() + " gva " + m.national().valueAddedTotal().sum()
        + " imports " + m.national().requireImports().sum());
    System.out.println("residual " + c.maxAbsResidual() + " it " + c.iterations()
        + " exports " + m.national().exports().sum() + " dva " + m.exportContent().domesticShareOfExports());
    assertThat(m.domesticContent("TEX")).isCloseTo(0.50, within(TENTH_OF_A_POINT));
    assertThat(m.domesticContent("ELE")).isCloseTo(0.37, within(TENTH_OF_A_POINT));
  }
}
