package org.sectoral.examples.vietnam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sectoral.core.calibration.CalibrationResult;
import org.sectoral.core.indicator.Indicator;
import org.sectoral.core.table.FinalDemandCategory;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.core.table.LabelledMatrix;
import org.sectoral.core.table.RegionSector;

class VietNamModelTest {
  /** 0.1 percentage point. */
  private static final double TENTH_OF_A_POINT = 0.001;
  private static final double TIGHT = 1e-9;

  private final VietNamModel m = VietNamModels.southeast2024();

  /** d = v·(I − Aᵈ)⁻¹ by the Neumann series v·Σₖ (Aᵈ)ᵏ, independent of the solver. */
  static double[] domesticContentBySeries(InputOutputTable t) {
    int n = t.size();
    double[] x = t.output().toArray();
    double[] v = t.valueAddedTotal().toArray();
    double[][] ad = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        ad[i][j] = t.intermediate().at(i, j) / x[j];
      }
    }
    double[] term = new double[n];
    double[] sum = new double[n];
    for (int j = 0; j < n; j++) {
      term[j] = v[j] / x[j];
      sum[j] = term[j];
    }
    for (int k = 0; k < 2000; k++) {
      double[] next = new double[n];
      for (int j = 0; j < n; j++) {
        for (int i = 0; i < n; i++) {
          next[j] += term[i] * ad[i][j];
        }
        sum[j] += next[j];
      }
      term = next;
    }
    return sum;
  }

  @Test
  void calibratedModelReproducesTheTivaTargets() {
    assertThat(m.isEstimated()).isTrue();
    CalibrationResult c = m.calibration().orElseThrow();
    assertThat(c.maxAbsResidual()).isLessThan(1e-12);
    double[] d = domesticContentBySeries(m.national());
    int tex = VietNamSectors.indexOf("TEX");
    int ele = VietNamSectors.indexOf("ELE");
    assertThat(d[tex]).isCloseTo(0.50, within(TENTH_OF_A_POINT));
    assertThat(d[ele]).isCloseTo(0.37, within(TENTH_OF_A_POINT));
    assertThat(m.domesticContent("TEX")).isCloseTo(d[tex], within(TIGHT));
    assertThat(m.domesticContent("ELE")).isCloseTo(d[ele], within(TIGHT));
    // the solved shares are inside (0, 1) and others stay at their defaults
    assertThat(c.importShares().at(tex)).isBetween(0.0, 1.0);
    assertThat(c.importShares().at(ele)).isBetween(0.0, 1.0);
    assertThat(c.importShares().at(VietNamSectors.indexOf("AGR")))
        .isEqualTo(VietNamAssumptions.DEFAULT_IMPORT_SHARES.get("AGR"));
  }

  @Test
  void nationalTableHasTheStatedScaleAndStructure() {
    InputOutputTable t = m.national();
    assertThat(t.valueAddedTotal().sum()).isCloseTo(VietNamAssumptions.NATIONAL_GVA,
        within(1e-6 * VietNamAssumptions.NATIONAL_GVA));
    double manufacturing = 0;
    for (String c : VietNamSectors.MANUFACTURING) {
      manufacturing += t.valueAddedTotal().get(t.key(c));
    }
    assertThat(manufacturing / t.valueAddedTotal().sum()).isCloseTo(0.18, within(1e-9));
    // rows balance: Zᵈ·1 + f = x
    for (int i = 0; i < t.size(); i++) {
      double row = t.intermediate().rowSums().at(i) + t.finalDemandTotal().at(i);
      assertThat(row).isCloseTo(t.output().at(i), within(1e-6 * t.output().at(i)));
    }
    double jobs = t.satellite("employment").byIndustry().rowSums().at(0);
    assertThat(jobs).isCloseTo(VietNamAssumptions.EMPLOYMENT, within(1.0));
    assertThat(t.finalDemand(FinalDemandCategory.EXPORTS).sum()).isPositive();
  }

  @Test
  void foreignValueAddedByOriginAddsUpToTheImportContentOfExports() {
    LabelledMatrix<String, RegionSector> fva = m.foreignValueAddedByOrigin();
    assertThat(fva.rows().keys()).containsExactlyElementsOf(VietNamAssumptions.ORIGINS);
    assertThat(fva.sum()).isCloseTo(m.exportContent().foreignValueAddedInExports().sum(),
        within(1e-9 * fva.sum()));
    // China and Korea are the two largest origins (the stated fact)
    double[] byOrigin = fva.rowSums().toArray();
    assertThat(byOrigin[0]).isGreaterThan(byOrigin[1]);
    for (int o = 2; o < byOrigin.length; o++) {
      assertThat(byOrigin[1]).isGreaterThan(byOrigin[o]);
    }
  }

  @Test
  void provincesLeakWhatTheyDoNotKeep() {
    for (var p : List.of(m.hcmc(), m.binhDuong())) {
      for (int j = 0; j < p.output().size(); j++) {
        double sum = p.valueAddedContent().at(j) + p.restOfCountryLeakage().at(j)
            + p.foreignLeakage().at(j) + p.taxContent().at(j);
        assertThat(sum).isCloseTo(1.0, within(1e-9));
      }
      assertThat(p.output().sum()).isLessThan(m.national().output().sum());
    }
    assertThat(m.binhDuongTable().satellites()).containsKey("employment");
  }

  @Test
  void factsAreQueryableWithProvenance() {
    List<Indicator> bd2024 = m.facts().of(VietNamFacts.BINH_DUONG, 2024);
    assertThat(bd2024).hasSize(11)
        .allSatisfy(i -> assertThat(i.source()).contains("Binh Duong"))
        .anySatisfy(i -> assertThat(i.value()).isEqualTo(27.8));
    assertThat(m.facts().find(VietNamFacts.VIET_NAM, "ELE", VietNamFacts.DVA_SHARE)
        .orElseThrow().value()).isEqualTo(37);
    assertThat(m.assumptions()).extracting(Assumption::name)
        .contains("NATIONAL_VA_SHARES", "DEFAULT_IMPORT_SHARES", "FLQ_DELTA");
    assertThat(m.assumptions()).allSatisfy(a -> assertThat(a.source()).isNotBlank());
  }

  @Test
  void concordanceMapsAllFiftyOecdIndustries() {
    assertThat(VietNamSectors.oecdMapping()).hasSize(50);
    assertThat(VietNamSectors.oecdMapping().values()).allSatisfy(c -> assertThat(
        c.equals(VietNamSectors.TEXTILES_AND_LEATHER) || VietNamSectors.ALL.stream()
            .anyMatch(s -> s.code().equals(c))).isTrue());
  }

  @Test
  void aRealOecdFileGivesAModelWhoseNationalTableIsNotEstimated(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("BEL2020ttl.csv");
    try (InputStream in = VietNamModels.class.getResourceAsStream("BEL2020ttl.csv")) {
      Files.copy(in, file);
    }
    VietNamModel real = VietNamModels.fromOecdFile(file);
    assertThat(real.isEstimated()).isFalse();
    assertThat(real.calibration()).isEmpty();
    assertThat(real.label()).startsWith("estimated (published national table");
    InputOutputTable template = VietNamModels.template();
    // the file's output and value added survive aggregation, split and rebuilding
    assertThat(real.national().output().sum()).isCloseTo(template.output().sum(),
        within(1e-9 * template.output().sum()));
    assertThat(real.national().valueAddedTotal().sum()).isCloseTo(
        template.valueAddedTotal().sum(), within(1e-6 * template.output().sum()));
    assertThat(real.national().size()).isEqualTo(18);
    assertThat(real.hcmc().output().sum()).isPositive();
  }
}
