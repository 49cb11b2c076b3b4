package org.sectoral.core.regional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.sectoral.core.regional.LocationQuotientsTest.assertCode;
import static org.sectoral.core.regional.LocationQuotientsTest.assertMatrix;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sectoral.core.ErrorCode;
import org.sectoral.core.leontief.LeontiefModel;
import org.sectoral.core.table.FinalDemandCategory;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.core.table.Region;
import org.sectoral.core.table.Sector;
import org.sectoral.core.testing.RandomEconomies;
import org.sectoral.core.testing.Tolerances;
import org.sectoral.core.valueadded.ExportContent;

class ProvincialModelTest {
  static final Region HCM = Region.of("HCM", "Ho Chi Minh City");
  /** Hand arithmetic typed to 16 digits. */
  private static final double TYPED = 1e-14;

  /**
   * National table of the hand example, output (100, 200, 300). Domestic flows by column:
   * AGR (10, 20, 5), MAN (30, 40, 20), SRV (15, 30, 60); so Aᵈ = [[0.1, 0.15, 0.05],
   * [0.2, 0.2, 0.1], [0.05, 0.1, 0.2]]. Imports (10, 20, 30) → Aᵐ = 0.1 in every column; taxes
   * (2, 4, 6) → t = 0.02; value added the residual (53, 86, 159). Final demand = x − Z·1 =
   * (100 − 55, 200 − 90, 300 − 85) = (45, 110, 215).
   */
  static InputOutputTable handTable() {
    return InputOutputTable.builder().name("hand").unit("billion VND")
        .sectors(LocationQuotientsTest.SECTORS.keys())
        .intermediate(new double[][] {{10, 30, 15}, {20, 40, 30}, {5, 20, 60}})
        .finalDemand("HH", FinalDemandCategory.HOUSEHOLDS, new double[] {45, 110, 215})
        .importsTotal(new double[] {10, 20, 30})
        .productTaxes(new double[] {2, 4, 6})
        .output(LocationQuotientsTest.NATIONAL)
        .build();
  }

  /*
   * r = Aᵈ ∘ min(1, FLQ(0.3)), FLQ from LocationQuotientsTest:
   * row AGR: FLQ (1.10, 2.21, 1.10) all ≥ 1 → r = (0.1, 0.15, 0.05)
   * row MAN: FLQ (0.13785869308309007, 0.27571738616618013, 0.27571738616618013)
   *          → r = (0.2 × 0.137858…, 0.2 × 0.275717…, 0.1 × 0.275717…)
   * row SRV: FLQ (0.27571738616618013, 1.10, 0.5514347723323603)
   *          → r = (0.05 × 0.275717…, 0.1 (capped), 0.2 × 0.551434…)
   */
  static final double[][] HAND_R = {
      {0.1, 0.15, 0.05},
      {0.2 * 0.13785869308309007, 0.2 * 0.27571738616618013, 0.1 * 0.27571738616618013},
      {0.05 * 0.27571738616618013, 0.1, 0.2 * 0.5514347723323603}};

  @Test
  void handRegionalCoefficients() {
    ProvincialModel p = ProvincialModel.of(handTable(), HCM, LocationQuotientsTest.REGIONAL,
        RegionalizationMethod.flq(0.3));
    Regionalization r = p.regionalization();
    assertMatrix(r.regionalCoefficients(), HAND_R, TYPED);
    double[][] ad = {{0.1, 0.15, 0.05}, {0.2, 0.2, 0.1}, {0.05, 0.1, 0.2}};
    double[][] rest = new double[3][3];
    for (int i = 0; i < 3; i++) {
      for (int j = 0; j < 3; j++) {
        rest[i][j] = ad[i][j] - HAND_R[i][j];
      }
    }
    assertMatrix(r.restOfCountryCoefficients(), rest, TYPED);
    assertMatrix(r.foreignImportCoefficients(), new double[][] {{0.1, 0.1, 0.1}}, TYPED);
    assertThat(r.lambdaStar()).isCloseTo(LocationQuotientsTest.LAMBDA_03, within(TYPED));
    assertThat(r.regionalCoefficients().rows().get(0).region()).isEqualTo(HCM);
    // Output multipliers against a Neumann series 1'(I + r + r² + …) of the typed r.
    assertThat(p.outputMultipliers().toArray()).containsExactly(neumannColumnSums(HAND_R),
        within(1e-12));
  }

  @ParameterizedTest(name = "n = {0}")
  @ValueSource(ints = {1, 3, 12, 40})
  void contentSharesSumToOneAndMatchExportContentOfTheRegionalTable(int n) {
    InputOutputTable t = RandomEconomies.national(n, 40 + n);
    double[] xr = regionalOutput(t, 7 + n);
    ProvincialModel p = ProvincialModel.of(t, HCM, xr, RegionalizationMethod.flq(0.3));
    InputOutputTable regional = p.table();
    assertThat(regional.balanceReport().isBalanced()).isTrue();
    assertThat(regional.imports().orElseThrow().rows().keys())
        .containsExactly(ProvincialModel.REST_OF_COUNTRY, ProvincialModel.FOREIGN);
    assertThat(regional.output().toArray()).containsExactly(xr, within(0.0));
    // An independent analysis of the built table: ExportContent's domestic VA, import and tax
    // content of the regional table are the provincial VA, ROC + foreign leakage and taxes.
    ExportContent c = ExportContent.of(regional);
    double[] va = p.valueAddedContent().toArray();
    double[] roc = p.restOfCountryLeakage().toArray();
    double[] row = p.foreignLeakage().toArray();
    double[] tax = p.taxContent().toArray();
    for (int j = 0; j < n; j++) {
      assertThat(va[j] + roc[j] + row[j] + tax[j]).isCloseTo(1.0,
          within(Tolerances.ABSOLUTE_1E10));
      assertThat(va[j]).isCloseTo(c.domesticValueAdded().at(j), within(1e-12));
      assertThat(roc[j] + row[j]).isCloseTo(c.importContent().at(j), within(1e-12));
      assertThat(roc[j]).isCloseTo(c.importContentByProduct().at(0, j), within(1e-12));
      assertThat(tax[j]).isCloseTo(c.taxContent().at(j), within(1e-12));
    }
  }

  @ParameterizedTest(name = "seed = {0}")
  @ValueSource(longs = {1, 2, 3})
  void regionalMultipliersDoNotExceedNationalOnes(long seed) {
    InputOutputTable t = RandomEconomies.national(15, seed);
    double[] national = LeontiefModel.of(t).outputMultipliers().toArray();
    for (RegionalizationMethod m : List.of(RegionalizationMethod.slq(),
        RegionalizationMethod.cilq(), RegionalizationMethod.flq(0.2),
        RegionalizationMethod.aflq(0.2))) {
      ProvincialModel p = ProvincialModel.of(t, HCM, regionalOutput(t, seed), m);
      double[] regional = p.outputMultipliers().toArray();
      for (int j = 0; j < regional.length; j++) {
        assertThat(regional[j]).as("%s sector %s", m, j).isBetween(1.0, national[j] + 1e-12);
      }
    }
  }

  @Test
  void quotientsFromEmploymentWithOutputFromTheCaller() {
    InputOutputTable t = RandomEconomies.national(6, 5);
    double[] jobs = t.satellite("employment").byIndustry().rowArray(0);
    double[] regionalJobs = new double[6];
    double[] xr = new double[6];
    for (int i = 0; i < 6; i++) {
      regionalJobs[i] = jobs[i] * (0.05 + 0.04 * i);
      xr[i] = t.output().at(i) * (0.05 + 0.04 * i); // national output per job
    }
    LocationQuotients q = LocationQuotients.of(t.sectors(), regionalJobs, jobs);
    ProvincialModel p = ProvincialModel.of(t, HCM, xr, q, RegionalizationMethod.flq(0.25));
    assertThat(p.regionalization().quotients()).isSameAs(q);
    assertThat(p.table().output().toArray()).containsExactly(xr, within(0.0));
  }

  @Test
  void regionalOutputAboveNationalNamesTheSector() {
    assertCode(() -> ProvincialModel.of(handTable(), HCM, new double[] {20, 250, 30},
        RegionalizationMethod.flq(0.3)), ErrorCode.INCONSISTENT_TARGETS, "MAN");
    LocationQuotients q = LocationQuotients.of(LocationQuotientsTest.SECTORS,
        LocationQuotientsTest.REGIONAL, LocationQuotientsTest.NATIONAL);
    assertCode(() -> ProvincialModel.of(handTable(), HCM, new double[] {20, 10, -30}, q,
        RegionalizationMethod.flq(0.3)), ErrorCode.INCONSISTENT_TARGETS, "SRV");
  }

  @Test
  void nationalTableWithoutImportsIsMissingABlock() {
    InputOutputTable noImports = handTable().toBuilder().clearImports().clearValueAdded()
        .build();
    assertCode(() -> ProvincialModel.of(noImports, HCM, LocationQuotientsTest.REGIONAL,
        RegionalizationMethod.flq(0.3)), ErrorCode.MISSING_BLOCK);
  }

  @Test
  void quotientsOverOtherSectorsMismatch() {
    LocationQuotients q = LocationQuotients.of(
        org.sectoral.core.table.KeyIndex.of(List.of(Sector.of("A"), Sector.of("B"),
            Sector.of("C"))), LocationQuotientsTest.REGIONAL, LocationQuotientsTest.NATIONAL);
    assertCode(() -> ProvincialModel.of(handTable(), HCM, LocationQuotientsTest.REGIONAL, q,
        RegionalizationMethod.flq(0.3)), ErrorCode.DIMENSION_MISMATCH);
  }

  /** A seeded regional output between 2% and 30% of national output in each sector. */
  static double[] regionalOutput(InputOutputTable t, long seed) {
    java.util.Random rnd = new java.util.Random(seed);
    double[] xr = new double[t.size()];
    for (int i = 0; i < xr.length; i++) {
      xr[i] = t.output().at(i) * (0.02 + 0.28 * rnd.nextDouble());
    }
    return xr;
  }

  /** 1'(I + A + A² + …) summed until the terms vanish (column sums of A below 1). */
  static double[] neumannColumnSums(double[][] a) {
    int n = a.length;
    double[] term = new double[n];
    java.util.Arrays.fill(term, 1.0);
    double[] sum = term.clone();
    for (int k = 0; k < 2000; k++) {
      double[] next = new double[n];
      for (int j = 0; j < n; j++) {
        for (int i = 0; i < n; i++) {
          next[j] += term[i] * a[i][j];
        }
      }
      for (int j = 0; j < n; j++) {
        sum[j] += next[j];
      }
      term = next;
    }
    return sum;
  }
}
