package org.sectoral.core.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.sectoral.core.ErrorCode;
import org.sectoral.core.SectoralException;
import org.sectoral.core.leontief.LeontiefModel;
import org.sectoral.core.leontief.MultiplierType;
import org.sectoral.core.leontief.Multipliers;

/** One test per error code: the code and the sector at fault, never a silent NaN. */
class BadInputTest {
  private static final List<Sector> THREE = List.of(Sector.of("AGR"), Sector.of("MAN"),
      Sector.of("SRV"));

  private static InputOutputTableBuilder balanced() {
    return InputOutputTable.builder().name("t").sectors(THREE)
        .intermediate(new double[][] {{10, 20, 5}, {15, 30, 10}, {5, 10, 20}})
        .finalDemand("HH", FinalDemandCategory.HOUSEHOLDS, new double[] {65, 45, 65})
        .output(new double[] {100, 100, 100});
  }

  private static void assertCode(ThrowingCallable call, ErrorCode code, String... culprits) {
    assertThatThrownBy(call).isInstanceOfSatisfying(SectoralException.class, e -> {
      assertThat(e.code()).isEqualTo(code);
      if (culprits.length > 0) {
        assertThat(e.culprits()).contains(culprits);
      }
      assertThat(e.getMessage()).contains(code.name());
    });
  }

  @Test
  void balancedTableBuilds() {
    InputOutputTable t = balanced().build();
    assertThat(t.balanceReport().isBalanced()).isTrue();
    assertThat(t.valueAddedTotal().toArray()).containsExactly(70, 40, 65);
  }

  @Test
  void unbalancedRowNamesTheSector() {
    assertCode(() -> balanced()
        .finalDemand("EXP", FinalDemandCategory.EXPORTS, new double[] {0, 3, 0}).build(),
        ErrorCode.UNBALANCED_TABLE, "DOM/MAN");
  }

  @Test
  void unbalancedColumnNamesTheSector() {
    assertCode(() -> balanced()
        .valueAdded("VA", ValueAddedComponent.Kind.OTHER, new double[] {70, 40, 60}).build(),
        ErrorCode.UNBALANCED_TABLE, "DOM/SRV");
  }

  @Test
  void balanceReportListsWorstGapsWhenToleranceIsLoose() {
    InputOutputTable t = balanced()
        .valueAdded("VA", ValueAddedComponent.Kind.OTHER, new double[] {70, 40, 60})
        .balanceTolerance(0.1).build();
    assertThat(t.balanceReport().isBalanced()).isTrue();
    assertThat(t.balanceReport().worst(1).get(0).sector().sector().code()).isEqualTo("SRV");
    assertThat(t.balanceReport().worst(1).get(0).gap()).isEqualTo(-5.0);
  }

  @Test
  void negativeOutput() {
    assertCode(() -> InputOutputTable.builder().sectors(THREE)
        .intermediate(new double[3][3])
        .finalDemand("HH", FinalDemandCategory.HOUSEHOLDS, new double[] {1, -2, 1}).build(),
        ErrorCode.NEGATIVE_OUTPUT, "DOM/MAN");
  }

  @Test
  void nanInFlowsNamesRowAndColumn() {
    assertCode(() -> balanced().intermediate(
        new double[][] {{10, 20, 5}, {15, Double.NaN, 10}, {5, 10, 20}}).build(),
        ErrorCode.NON_FINITE_VALUE, "DOM/MAN");
    assertCode(() -> balanced().productTaxes(new double[] {0, 0, Double.POSITIVE_INFINITY})
        .build(), ErrorCode.NON_FINITE_VALUE, "DOM/SRV");
  }

  @Test
  void nonProductiveEconomy() {
    // AGR and MAN each use 0.5 of their own and 0.6 of the other's output per unit: the block
    // [[0.5, 0.6], [0.6, 0.5]] has eigenvalue 1.1, so no positive final demand can be met.
    InputOutputTable t = InputOutputTable.builder().sectors(THREE)
        .intermediate(new double[][] {{50, 60, 5}, {60, 50, 10}, {5, 10, 20}})
        .finalDemand("HH", FinalDemandCategory.HOUSEHOLDS, new double[] {-15, -20, 65})
        .output(new double[] {100, 100, 100})
        .valueAdded("VA", ValueAddedComponent.Kind.OTHER, new double[] {-15, -20, 65})
        .build();
    assertCode(() -> LeontiefModel.of(t), ErrorCode.NOT_PRODUCTIVE, "DOM/MAN");
  }

  @Test
  void columnSumAboveOneIsNotEnoughToFail() {
    // MAN's column sum of A is 1.1, but every row sum is below 1: spectral radius ≤ 0.75
    InputOutputTable t = InputOutputTable.builder().sectors(THREE)
        .intermediate(new double[][] {{10, 60, 5}, {15, 0, 10}, {5, 50, 20}})
        .finalDemand("HH", FinalDemandCategory.HOUSEHOLDS, new double[] {25, 75, 25})
        .output(new double[] {100, 100, 100})
        .valueAdded("VA", ValueAddedComponent.Kind.OTHER, new double[] {70, -10, 65})
        .build();
    assertThat(java.util.Arrays.stream(LeontiefModel.of(t).leontiefInverse().toRowMajorArray()).min().getAsDouble()).isGreaterThanOrEqualTo(0);
  }

  @Test
  void unknownSector() {
    InputOutputTable t = balanced().build();
    assertCode(() -> t.key("XYZ"), ErrorCode.UNKNOWN_KEY, "XYZ");
    assertCode(() -> t.output().get(RegionSector.of(Region.of("DOM"), Sector.of("XYZ"))),
        ErrorCode.UNKNOWN_KEY, "DOM/XYZ");
    assertCode(() -> Multipliers.of(t).indicatorEffects(MultiplierType.TYPE_I, "jobs", "x"),
        ErrorCode.MISSING_BLOCK, "jobs");
  }

  @Test
  void dimensionMismatch() {
    assertCode(() -> balanced().intermediate(new double[][] {{1, 2}, {3, 4}}).build(),
        ErrorCode.DIMENSION_MISMATCH);
    assertCode(() -> balanced()
        .finalDemand("EXP", FinalDemandCategory.EXPORTS, new double[] {1, 2}).build(),
        ErrorCode.DIMENSION_MISMATCH, "DOM/EXP");
  }

  @Test
  void duplicateSectorCode() {
    assertCode(() -> balanced().sectors(List.of(Sector.of("AGR"), Sector.of("MAN"),
        Sector.of("AGR", "again"))).build(), ErrorCode.DUPLICATE_KEY, "AGR");
  }

  @Test
  void missingBlocks() {
    assertCode(() -> InputOutputTable.builder().sectors(THREE).build(), ErrorCode.MISSING_BLOCK);
    assertCode(() -> balanced().build().requireImports(), ErrorCode.MISSING_BLOCK);
    assertCode(() -> Multipliers.of(balanced().build()).output(MultiplierType.TYPE_II),
        ErrorCode.MISSING_BLOCK);
  }

  @Test
  void zeroOutputSectorGetsZeroCoefficientsNotNaN() {
    InputOutputTable t = InputOutputTable.builder().sectors(THREE)
        .intermediate(new double[][] {{10, 0, 5}, {0, 0, 0}, {5, 0, 20}})
        .finalDemand("HH", FinalDemandCategory.HOUSEHOLDS, new double[] {85, 0, 75})
        .output(new double[] {100, 0, 100})
        .build();
    LeontiefModel m = LeontiefModel.of(t);
    assertThat(m.technicalCoefficients().columnArray(1)).containsOnly(0.0);
    assertThat(m.allocationCoefficients().rowArray(1)).containsOnly(0.0);
    assertThat(m.outputMultipliers().at(1)).isEqualTo(1.0);
    assertThat(Multipliers.of(t).valueAdded(MultiplierType.TYPE_I).at(1)).isZero();
    assertThat(m.leontiefInverse().toRowMajorArray()).doesNotContain(Double.NaN);
  }
}
