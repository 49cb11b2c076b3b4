package org.sectoral.core.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sectoral.core.ErrorCode;
import org.sectoral.core.SectoralException;

/** F_Y, stressors emitted by final demand, set through the builder. */
class SatelliteFinalDemandTest {
  private static final Region R = Region.of("R");
  private static final FinalDemandColumn HH =
      FinalDemandColumn.of(R, "HH", FinalDemandCategory.HOUSEHOLDS);
  private static final FinalDemandColumn EXP =
      FinalDemandColumn.of(R, "EXP", FinalDemandCategory.EXPORTS);
  private static final Stressor CO2 = Stressor.of("CO2", "kg");
  private static final Stressor CH4 = Stressor.of("CH4", "kg");

  private static InputOutputTableBuilder base() {
    return InputOutputTable.builder().name("fy").unit("EUR").region(R)
        .sectors(List.of(Sector.of("a"), Sector.of("b")))
        .intermediate(new double[][] {{1, 2}, {3, 4}})
        .finalDemand(HH, new double[] {5, 6}).finalDemand(EXP, new double[] {7, 8})
        .satellite("air", CO2, new double[] {1, 2}).satellite("air", CH4, new double[] {3, 4});
  }

  @Test
  void rowsGoByFinalDemandColumnAndMissingStressorsAreZero() {
    InputOutputTable t = base().satelliteFinalDemand("air", CO2, new double[] {10, 0.5}).build();
    LabelledMatrix<Stressor, FinalDemandColumn> fy =
        t.satellite("air").byFinalDemand().orElseThrow();
    assertThat(fy.columns().keys()).containsExactly(HH, EXP);
    assertThat(fy.rows().keys()).containsExactly(CO2, CH4);
    assertThat(fy.rowArray(0)).containsExactly(10, 0.5);
    assertThat(fy.rowArray(1)).containsExactly(0, 0);
    assertThat(base().build().satellite("air").byFinalDemand()).isEmpty();
  }

  @Test
  void toBuilderKeepsFyAndClearingFinalDemandDropsIt() {
    InputOutputTable t = base().satelliteFinalDemand("air", CH4, new double[] {1e-300, -2})
        .build();
    InputOutputTable u = t.toBuilder().build();
    assertThat(u.satellite("air").byFinalDemand()).isEqualTo(t.satellite("air").byFinalDemand());
    InputOutputTable v = t.toBuilder().clearFinalDemand().finalDemand(HH, new double[] {12, 14})
        .build();
    assertThat(v.satellite("air").byFinalDemand()).isEmpty();
  }

  @Test
  void badRowsAreCodedErrors() {
    assertThatThrownBy(() -> base().satelliteFinalDemand("air", Stressor.of("N2O", "kg"),
        new double[] {1, 2}).build()).isInstanceOfSatisfying(SectoralException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.UNKNOWN_KEY));
    assertThatThrownBy(() -> base().satelliteFinalDemand("air", CO2, new double[] {1}).build())
        .isInstanceOfSatisfying(SectoralException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.DIMENSION_MISMATCH));
    assertThatThrownBy(() -> base().satelliteFinalDemand("water", CO2, new double[] {1, 2})
        .build()).isInstanceOfSatisfying(SectoralException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.MISSING_BLOCK));
    assertThatThrownBy(() -> base().satelliteFinalDemand("air", CO2, new double[] {1, 2})
        .satelliteFinalDemand("air", CO2, new double[] {1, 2}))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
