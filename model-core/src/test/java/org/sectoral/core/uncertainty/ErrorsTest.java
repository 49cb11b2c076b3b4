package org.sectoral.core.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sectoral.core.ErrorCode;
import org.sectoral.core.SectoralException;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.core.testing.RandomEconomies;

/** Bad requests get coded errors that name the draw, input or block. */
class ErrorsTest {
  private final InputOutputTable table = RandomEconomies.national(5, 1L);

  @Test
  void unproductiveDrawNamesTheDrawAndSeed() {
    MonteCarlo mc = MonteCarlo.builder().table(table).perturb(TablePerturbation.coefficients(20))
        .result(ResultFunctions.outputMultipliers(
            org.sectoral.core.leontief.MultiplierType.TYPE_I)).draws(200).seed(77).build();
    assertThatThrownBy(() -> mc.run(1)).isInstanceOfSatisfying(SectoralException.class, e -> {
      assertThat(e.code()).isEqualTo(ErrorCode.NOT_PRODUCTIVE);
      assertThat(e.getMessage()).contains("Draw ").contains("seed 77");
    });
  }

  @Test
  void missingAccountIsAMissingBlock() {
    assertThatThrownBy(() -> MonteCarlo.builder().table(table)
        .perturb(TablePerturbation.stressors("water", 0.1))
        .result(ResultFunctions.domesticValueAddedContent()).build())
        .isInstanceOfSatisfying(SectoralException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.MISSING_BLOCK));
  }

  @Test
  void unknownInputAndOutputAreUnknownKeys() {
    MonteCarlo mc = MonteCarlo.builder().input(UncertainInput.normal("a", 0, 1))
        .result(ResultFunctions.of(List.of("y"), "1", v -> new double[] {v.get("b")}))
        .draws(2).build();
    assertThatThrownBy(mc::run).isInstanceOfSatisfying(SectoralException.class, e -> {
      assertThat(e.code()).isEqualTo(ErrorCode.UNKNOWN_KEY);
      assertThat(e.culprits()).containsExactly("b");
    });
    MonteCarlo ok = MonteCarlo.builder().input(UncertainInput.normal("a", 0, 1))
        .result(ResultFunctions.of(List.of("y"), "1", v -> new double[] {v.get("a")}))
        .draws(5).build();
    assertThatThrownBy(() -> ok.run().summary("z")).isInstanceOfSatisfying(
        SectoralException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.UNKNOWN_KEY));
  }

  @Test
  void nonFiniteOutputNamesTheOutput() {
    MonteCarlo mc = MonteCarlo.builder().input(UncertainInput.normal("a", 1, 1))
        .result(ResultFunctions.of(List.of("log a"), "1", v -> new double[] {Math.log(
            v.get("a"))}))
        .draws(100).seed(3).build();
    assertThatThrownBy(() -> mc.run(1)).isInstanceOfSatisfying(SectoralException.class, e -> {
      assertThat(e.code()).isEqualTo(ErrorCode.NON_FINITE_VALUE);
      assertThat(e.culprits()).containsExactly("log a");
    });
  }

  @Test
  void callerMistakesAreIllegalArguments() {
    assertThatThrownBy(() -> Distribution.lognormal(-1, 0.1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TablePerturbation.coefficients(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> MonteCarlo.builder().percentiles(0, 50))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> MonteCarlo.builder().input(UncertainInput.normal("a", 0, 1))
        .input(UncertainInput.normal("a", 0, 2))
        .result(ResultFunctions.of(List.of("y"), "1", v -> new double[] {0})).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("repeat");
    assertThatThrownBy(() -> MonteCarlo.builder().build())
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void distributionsHaveTheirTextbookMomentsAndQuantiles() {
    Distribution ln = Distribution.lognormal(2, 0.5);
    assertThat(ln.mean()).isEqualTo(2);
    assertThat(ln.standardDeviation()).isCloseTo(1.0, org.assertj.core.api.Assertions.within(
        1e-12));
    assertThat(ln.quantile(0.5)).isCloseTo(2 / Math.sqrt(1.25),
        org.assertj.core.api.Assertions.within(1e-12));
    Distribution tri = Distribution.triangular(0, 1, 4);
    assertThat(tri.mean()).isCloseTo(5.0 / 3, org.assertj.core.api.Assertions.within(1e-15));
    assertThat(tri.quantile(0.25)).isCloseTo(1, org.assertj.core.api.Assertions.within(1e-12));
    assertThat(Distribution.normal(3, 2).quantile(0.975)).isCloseTo(3 + 2 * 1.959963984540054,
        org.assertj.core.api.Assertions.within(1e-9));
    assertThat(Distribution.uniform(2, 6).standardDeviation()).isCloseTo(4 / Math.sqrt(12),
        org.assertj.core.api.Assertions.within(1e-15));
  }
}
