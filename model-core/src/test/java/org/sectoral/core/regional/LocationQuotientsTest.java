package org.sectoral.core.regional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.sectoral.core.ErrorCode;
import org.sectoral.core.SectoralException;
import org.sectoral.core.table.KeyIndex;
import org.sectoral.core.table.LabelledMatrix;
import org.sectoral.core.table.Sector;

/**
 * Location quotients of a three-sector region worked by hand: national output NX = (100, 200,
 * 300), regional RX = (20, 10, 30), so TNX = 600, TRX = 60 and TRX/TNX = 0.1.
 */
class LocationQuotientsTest {
  static final KeyIndex<Sector> SECTORS = KeyIndex.of(List.of(Sector.of("AGR"),
      Sector.of("MAN"), Sector.of("SRV")));
  static final double[] NATIONAL = {100, 200, 300};
  static final double[] REGIONAL = {20, 10, 30};
  /** Exact in binary for the SLQ and CILQ of this example (ratios of small integers). */
  private static final double EXACT = 1e-15;
  /** Values typed from a separate hand calculation to 16 digits. */
  private static final double TYPED = 1e-14;

  /*
   * λ* for δ = 0.3: log₂(1 + 0.1) = ln 1.1 / ln 2 = 0.095310179804325 / 0.693147180559945
   * = 0.137503523749935; λ* = 0.137503523749935^0.3 = exp(0.3 · ln 0.137503523749935)
   * = exp(0.3 · (−1.984075...)) = exp(−0.595222...) = 0.551434772332360.
   */
  static final double LAMBDA_03 = 0.5514347723323603;
  /** log₂(1 + SLQ₁) = log₂ 3 = 1.584962500721156, the AFLQ factor of column AGR. */
  private static final double LOG2_3 = 1.584962500721156;

  private static LocationQuotients example() {
    return LocationQuotients.of(SECTORS, REGIONAL, NATIONAL);
  }

  @Test
  void simpleQuotients() {
    // SLQ_AGR = (20/60)/(100/600) = (1/3)/(1/6) = 2
    // SLQ_MAN = (10/60)/(200/600) = (1/6)/(1/3) = 0.5
    // SLQ_SRV = (30/60)/(300/600) = (1/2)/(1/2) = 1
    LocationQuotients q = example();
    assertThat(q.regionalShare()).isCloseTo(0.1, within(EXACT));
    assertThat(q.simple().toArray()).containsExactly(new double[] {2, 0.5, 1}, within(EXACT));
    assertThat(q.simpleMatrix().toArray()).isDeepEqualTo(
        new double[][] {{2, 2, 2}, {0.5, 0.5, 0.5}, {1, 1, 1}});
  }

  @Test
  void crossIndustryQuotientsHaveSlqOnTheDiagonal() {
    // CILQ_ij = SLQ_i / SLQ_j off the diagonal, SLQ_i on it (Smith & Morrison; Flegg & Webber):
    // row AGR: 2 (diag), 2/0.5 = 4, 2/1 = 2
    // row MAN: 0.5/2 = 0.25, 0.5 (diag), 0.5/1 = 0.5
    // row SRV: 1/2 = 0.5, 1/0.5 = 2, 1 (diag)
    assertMatrix(example().crossIndustry(),
        new double[][] {{2, 4, 2}, {0.25, 0.5, 0.5}, {0.5, 2, 1}}, EXACT);
  }

  @Test
  void fleggQuotients() {
    LocationQuotients q = example();
    assertThat(q.lambdaStar(0.3)).isCloseTo(LAMBDA_03, within(TYPED));
    assertThat(q.lambdaStar(0)).isEqualTo(1.0);
    // FLQ = λ* × CILQ, element by element with λ* = 0.5514347723323603:
    // row AGR: 2λ* = 1.1028695446647205, 4λ* = 2.205739089329441, 2λ*
    // row MAN: 0.25λ* = 0.13785869308309007, 0.5λ* = 0.27571738616618013, 0.5λ*
    // row SRV: 0.5λ*, 2λ*, 1λ* = 0.5514347723323603
    assertMatrix(q.flegg(0.3), new double[][] {
        {1.1028695446647205, 2.205739089329441, 1.1028695446647205},
        {0.13785869308309007, 0.27571738616618013, 0.27571738616618013},
        {0.27571738616618013, 1.1028695446647205, 0.5514347723323603}}, TYPED);
    // δ = 0 gives λ* = 1: FLQ = CILQ
    assertMatrix(q.flegg(0), q.crossIndustry().toArray(), EXACT);
  }

  @Test
  void augmentedFleggScalesOnlyColumnsOfSpecializedSectors() {
    // Only SLQ_AGR = 2 > 1: column AGR × log₂(1 + 2) = 1.584962500721156:
    // 1.1028695446647205 × 1.584962500721156 = 1.7480068714809982
    // 0.13785869308309007 × 1.584962500721156 = 0.21850085893512478
    // 0.27571738616618013 × 1.584962500721156 = 0.43700171787024955
    // SLQ_SRV = 1 is not > 1, so column SRV is unchanged.
    assertThat(1.1028695446647205 * LOG2_3).isCloseTo(1.7480068714809982, within(TYPED));
    assertMatrix(example().augmentedFlegg(0.3), new double[][] {
        {1.7480068714809982, 2.205739089329441, 1.1028695446647205},
        {0.21850085893512478, 0.27571738616618013, 0.27571738616618013},
        {0.43700171787024955, 1.1028695446647205, 0.5514347723323603}}, TYPED);
  }

  @Test
  void methodsReturnTheirMatrices() {
    LocationQuotients q = example();
    assertMatrix(RegionalizationMethod.slq().quotients(q), q.simpleMatrix().toArray(), 0);
    assertMatrix(RegionalizationMethod.cilq().quotients(q), q.crossIndustry().toArray(), 0);
    assertMatrix(RegionalizationMethod.flq(0.3).quotients(q), q.flegg(0.3).toArray(), 0);
    assertMatrix(RegionalizationMethod.aflq(0.3).quotients(q), q.augmentedFlegg(0.3).toArray(),
        0);
    assertThat(RegionalizationMethod.flq(0.3).lambdaStar(q)).isCloseTo(LAMBDA_03, within(TYPED));
    assertThat(RegionalizationMethod.cilq().lambdaStar(q)).isEqualTo(1.0);
  }

  @Test
  void sectorAbsentFromTheRegionHasAZeroColumn() {
    LocationQuotients q = LocationQuotients.of(SECTORS, new double[] {20, 0, 30}, NATIONAL);
    // TRX = 50: SLQ = (0.4/(1/6), 0, 0.6/0.5) = (2.4, 0, 1.2)
    assertThat(q.simple().toArray()).containsExactly(new double[] {2.4, 0, 1.2},
        within(TYPED));
    LabelledMatrix<Sector, Sector> c = q.crossIndustry();
    assertThat(new double[] {c.at(0, 1), c.at(1, 1), c.at(2, 1)}).containsOnly(0.0);
    assertThat(c.at(1, 0)).isEqualTo(0.0); // SLQ_MAN / SLQ_AGR = 0
  }

  @Test
  void regionalAboveNationalNamesTheSector() {
    assertCode(() -> LocationQuotients.of(SECTORS, new double[] {20, 210, 30}, NATIONAL),
        ErrorCode.INCONSISTENT_TARGETS, "MAN");
  }

  @Test
  void negativeRegionalNamesTheSector() {
    assertCode(() -> LocationQuotients.of(SECTORS, new double[] {20, 10, -1}, NATIONAL),
        ErrorCode.INCONSISTENT_TARGETS, "SRV");
  }

  @Test
  void emptyRegionIsInconsistent() {
    assertCode(() -> LocationQuotients.of(SECTORS, new double[3], NATIONAL),
        ErrorCode.INCONSISTENT_TARGETS);
  }

  @Test
  void wrongLengthAndNaN() {
    assertCode(() -> LocationQuotients.of(SECTORS, new double[] {1, 2}, NATIONAL),
        ErrorCode.DIMENSION_MISMATCH);
    assertCode(() -> LocationQuotients.of(SECTORS, new double[] {1, Double.NaN, 3}, NATIONAL),
        ErrorCode.NON_FINITE_VALUE, "MAN");
  }

  @Test
  void deltaOutsideTheUnitIntervalIsACallerMistake() {
    assertThatThrownBy(() -> RegionalizationMethod.flq(1.0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RegionalizationMethod.flq(-0.01))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RegionalizationMethod.aflq(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> example().lambdaStar(1.5))
        .isInstanceOf(IllegalArgumentException.class);
  }

  static void assertMatrix(LabelledMatrix<?, ?> actual, double[][] expected, double tol) {
    assertThat(actual.rowCount()).isEqualTo(expected.length);
    for (int i = 0; i < expected.length; i++) {
      assertThat(actual.rowArray(i)).as("row %s", i).containsExactly(expected[i], within(tol));
    }
  }

  static void assertCode(ThrowingCallable call, ErrorCode code, String... culprits) {
    assertThatThrownBy(call).isInstanceOfSatisfying(SectoralException.class, e -> {
      assertThat(e.code()).isEqualTo(code);
      if (culprits.length > 0) {
        assertThat(e.culprits()).contains(culprits);
      }
    });
  }
}
