package org.sectoral.examples.vietnam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
    Calibration c = m.calibration().orElseThrow();
    assertThat(c.balancing().converged()).isTrue();
    double[] d = domesticContentBySeries(m.national());
    int tex = VietNamSectors.indexOf("TEX");
    int ele = VietNamSectors.indexOf("ELE");
    assertThat(d[tex]).isCloseTo(0.50, within(TENTH_OF_A_POINT));
    assertThat(d[ele]).isCloseTo(0.37, within(TENTH_OF_A_POINT));
    assertThat(m.domesticContent("TEX")).isCloseTo(d[tex], within(TIGHT));
    assertThat(m.domesticContent("ELE")).isCloseTo(d[ele], within(TIGHT));
  }

  @Test
  void nationalTableBalancesRowsAndColumns() {
    InputOutputTable t = m.national();
    double[] imported = importsByProductFromBlocks(t);
    for (int i = 0; i < t.size(); i++) {
      double row = t.intermediate().rowSums().at(i) + t.finalDemandTotal().at(i);
      assertThat(row).isCloseTo(t.output().at(i), within(1e-6 * t.output().at(i)));
      double column = t.intermediate().columnSums().at(i) + t.requireImports().columnSums().at(i)
          + t.productTaxes().at(i) + t.valueAddedTotal().at(i);
      assertThat(column).isCloseTo(t.output().at(i), within(1e-6 * t.output().at(i)));
      assertThat(imported[i]).isGreaterThanOrEqualTo(0);
    }
    double jobs = t.satellite("employment").byIndustry().rowSums().at(0);
    assertThat(jobs).isCloseTo(VietNamAssumptions.EMPLOYMENT, within(1.0));
  }

  @Test
  void electricityWaterAndConstructionAreBoughtAtHomeAndServicesMostly() {
    InputOutputTable t = m.national();
    LabelledMatrix<org.sectoral.core.table.Sector, RegionSector> zm = t.requireImports();
    int ely = VietNamSectors.indexOf("ELY");
    int con = VietNamSectors.indexOf("CON");
    for (int j = 0; j < t.size(); j++) {
      assertThat(zm.at(ely, j)).as("imported electricity of %s", t.keys().get(j)).isZero();
      assertThat(zm.at(con, j)).as("imported construction of %s", t.keys().get(j)).isZero();
    }
    int ele = VietNamSectors.indexOf("ELE");
    double dom = 0;
    double imp = 0;
    for (String code : List.of("ELY", "CON", "TRD", "SRV")) {
      int i = VietNamSectors.indexOf(code);
      dom += t.intermediate().at(i, ele);
      imp += zm.at(i, ele);
    }
    // electronics imports its components, not its electricity and services
    assertThat(imp / (dom + imp)).isLessThan(0.15);
    double goodsDom = 0;
    double goodsImp = 0;
    for (String code : VietNamSectors.GOODS) {
      int i = VietNamSectors.indexOf(code);
      goodsDom += t.intermediate().at(i, ele);
      goodsImp += zm.at(i, ele);
    }
    assertThat(goodsImp / (goodsDom + goodsImp)).isGreaterThan(0.5);
  }

  /**
   * The levels recomputed from the table's blocks (not from the calibration's margins) are
   * within half a percent of the published 2024 figures.
   */
  @Test
  void levelsMatchThePublished2024FiguresRecomputedFromTheBlocks() {
    InputOutputTable t = m.national();
    double[] va = t.valueAddedTotal().toArray();
    double gdp = 0;
    for (int j = 0; j < t.size(); j++) {
      gdp += va[j] + t.productTaxes().at(j);
    }
    assertThat(gdp).isCloseTo(476_300, withinPercentage(0.5));
    double agr = va[VietNamSectors.indexOf("AGR")];
    double services = va[VietNamSectors.indexOf("TRD")] + va[VietNamSectors.indexOf("SRV")];
    double industry = gdp - agr - services - t.productTaxes().sum();
    assertThat(100 * agr / gdp).isCloseTo(11.86, within(0.05));
    assertThat(100 * industry / gdp).isCloseTo(37.64, within(0.05));
    assertThat(100 * services / gdp).isCloseTo(42.36, within(0.05));
    int exp = columnOf(t, FinalDemandCategory.EXPORTS);
    double goods = 0;
    for (String code : VietNamSectors.GOODS) {
      goods += t.finalDemand().at(VietNamSectors.indexOf(code), exp);
    }
    assertThat(goods).isCloseTo(405_530, withinPercentage(0.5));
    assertThat(t.finalDemand().at(VietNamSectors.indexOf("ELE"), exp))
        .isCloseTo(72_600 + 53_900, withinPercentage(0.5));
    assertThat(t.finalDemand().at(VietNamSectors.indexOf("TEX"), exp))
        .isCloseTo(44_000, withinPercentage(0.5));
    assertThat(t.finalDemand().at(VietNamSectors.indexOf("LEA"), exp))
        .isCloseTo(27_040, withinPercentage(0.5));
    assertThat(t.finalDemand().at(VietNamSectors.indexOf("WOOD"), exp))
        .isCloseTo(16_300, withinPercentage(0.5));
    double[] imported = importsByProductFromBlocks(t);
    double goodsImports = 0;
    for (String code : VietNamSectors.GOODS) {
      goodsImports += imported[VietNamSectors.indexOf(code)];
    }
    assertThat(goodsImports).isCloseTo(380_760, withinPercentage(0.5));
    double households = 0;
    var y = t.importedFinalDemand().orElseThrow();
    for (int c = 0; c < t.finalDemandColumns().size(); c++) {
      if (t.finalDemandColumns().get(c).category() == FinalDemandCategory.HOUSEHOLDS) {
        for (int i = 0; i < t.size(); i++) {
          households += t.finalDemand().at(i, c);
        }
      }
    }
    for (int c = 0; c < y.columnCount(); c++) {
      if (y.columns().get(c).category() == FinalDemandCategory.HOUSEHOLDS) {
        for (int i = 0; i < y.rowCount(); i++) {
          households += y.at(i, c);
        }
      }
    }
    assertThat(households / gdp).isCloseTo(0.536, within(0.003));
    // and the report's fit table says the same
    assertThat(m.macroFit()).filteredOn(r -> !Double.isNaN(r.gap()))
        .filteredOn(r -> !r.indicator().startsWith("FDI") && !r.indicator().startsWith("New"))
        .allSatisfy(r -> assertThat(Math.abs(r.gap())).as(r.indicator()).isLessThan(0.005));
  }

  private static int columnOf(InputOutputTable t, FinalDemandCategory category) {
    for (int c = 0; c < t.finalDemandColumns().size(); c++) {
      if (t.finalDemandColumns().get(c).category() == category) {
        return c;
      }
    }
    throw new AssertionError(category);
  }

  /** Imports by product: the intermediate block's rows plus imported final demand. */
  private static double[] importsByProductFromBlocks(InputOutputTable t) {
    int n = t.size();
    double[] m = new double[n];
    var zm = t.requireImports();
    var y = t.importedFinalDemand().orElseThrow();
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        m[i] += zm.at(i, j);
      }
      for (int c = 0; c < y.columnCount(); c++) {
        m[i] += y.at(i, c);
      }
    }
    return m;
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
  void factsAreQueryableAndEachNamesPublisherTitleAndDate() {
    List<Indicator> bd2024 = m.facts().of(VietNamFacts.BINH_DUONG, 2024);
    assertThat(bd2024).anySatisfy(i -> assertThat(i.value()).isEqualTo(27.8))
        .anySatisfy(i -> assertThat(i.value()).isEqualTo(6.17));
    assertThat(m.facts().find(VietNamFacts.VIET_NAM, "ELE", VietNamFacts.DVA_SHARE)
        .orElseThrow().value()).isEqualTo(37);
    assertThat(m.facts().all()).allSatisfy(i -> assertThat(i.source())
        .doesNotContainIgnoringCase("issue").matches(".+, \u201c.+\u201d, .+"));
    assertThat(VietNamSources.all()).allSatisfy(s -> {
      assertThat(s.publisher()).isNotBlank();
      assertThat(s.title()).isNotBlank();
      assertThat(s.date()).isNotBlank();
      assertThat(s.url()).satisfiesAnyOf(u -> assertThat(u).isEmpty(),
          u -> assertThat(u).startsWith("https://"));
    });
  }

  @Test
  void assumptionsHaveTitlesRangesAndSourcesAndNoToDo() {
    assertThat(m.assumptions()).extracting(Assumption::name)
        .contains("VALUE_ADDED_PERCENT_OF_GDP", "PRIOR_IMPORT_SHARES", "FLQ_DELTA",
            "HOUSEHOLD_SHARE_OF_SURPLUS");
    assertThat(m.assumptions()).allSatisfy(a -> {
      assertThat(a.title()).isNotBlank();
      assertThat(a.source()).isNotBlank().doesNotContainIgnoringCase("issue")
          .doesNotContainIgnoringCase("check");
      assertThat(a.low()).isLessThanOrEqualTo(a.high());
    });
    // a scalar's value lies in its range
    Assumption flq = m.assumptions().stream().filter(a -> a.name().equals("FLQ_DELTA"))
        .findFirst().orElseThrow();
    assertThat(VietNamAssumptions.FLQ_DELTA).isBetween(flq.low(), flq.high());
  }

  @Test
  void householdIncomeForTypeTwoIsAboutTheSurveysShareOfGdp() {
    double income = m.householdIncome().sum();
    double gdp = m.national().valueAddedTotal().sum() + m.national().productTaxes().sum();
    // 5.4 million VND per person per month x 12 x 101.3 million people / 11,512 trillion VND
    double survey = 5.4e6 * 12 * 101.3e6 / 11_512e12;
    assertThat(income / gdp).isCloseTo(survey, within(0.01));
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
