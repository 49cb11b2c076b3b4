package org.sectoral.core.valueadded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sectoral.core.ErrorCode;
import org.sectoral.core.SectoralException;
import org.sectoral.core.leontief.LeontiefModel;
import org.sectoral.core.table.FinalDemandCategory;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.core.table.LabelledMatrix;
import org.sectoral.core.table.RegionSector;
import org.sectoral.core.table.Sector;
import org.sectoral.core.table.ValueAddedComponent;
import org.sectoral.core.testing.RandomEconomies;
import org.sectoral.core.testing.Tolerances;

class ExportContentTest {

  /**
   * Hand-computed two-sector case. Column 1 (textiles): Zd = (20, 10), Zm = 30, tax 0, VA 40,
   * x = 100. Column 2 (electronics): Zd = (0, 0), Zm = 60, tax 4, VA 36, x = 100. Aᵈ has a single
   * non-zero column, so Lᵈ = [[1.25, 0], [0.125, 1]] (a11 = 0.2 → 1/(1−0.2)). Hence
   * d1 = 0.4·1.25 + 0.36·0.125 = 0.545, d2 = 0.36; m1 = 0.3·1.25 + 0.6·0.125 = 0.45, m2 = 0.6;
   * τ1 = 0.04·0.125 = 0.005, τ2 = 0.04.
   */
  @Test
  void handComputedContents() {
    InputOutputTable t = InputOutputTable.builder().unit("million USD")
        .sectors(List.of(Sector.of("TEX"), Sector.of("ELE")))
        .intermediate(new double[][] {{20, 0}, {10, 0}})
        .finalDemand("HH", FinalDemandCategory.HOUSEHOLDS, new double[] {30, 40})
        .finalDemand("EXP", FinalDemandCategory.EXPORTS, new double[] {50, 50})
        .importsTotal(new double[] {30, 60})
        .productTaxes(new double[] {0, 4})
        .valueAdded("COMP", ValueAddedComponent.Kind.COMPENSATION, new double[] {40, 36})
        .output(new double[] {100, 100})
        .build();
    ExportContent c = ExportContent.of(t);
    assertThat(c.domesticValueAdded().toArray()).containsExactly(new double[] {0.545, 0.36},
        within(1e-15));
    assertThat(c.importContent().toArray()).containsExactly(new double[] {0.45, 0.6},
        within(1e-15));
    assertThat(c.taxContent().toArray()).containsExactly(new double[] {0.005, 0.04},
        within(1e-15));
    // exports 50 + 50: DVA = 27.25 + 18 = 45.25 → share 0.4525
    assertThat(c.domesticShareOfExports()).isCloseTo(0.4525, within(1e-15));
    assertThat(c.foreignShareOfExports()).isCloseTo(0.525, within(1e-15));
    assertThat(c.domesticShareIncludingTaxes()).isCloseTo(0.4525 + 0.0225, within(1e-15));
  }

  @ParameterizedTest(name = "n = {0}")
  @ValueSource(ints = {1, 2, 10, 50, 150})
  void contentsSumToOneAndMatchExplicitInverse(int n) {
    InputOutputTable t = RandomEconomies.national(n, 900 + n);
    ExportContent c = ExportContent.of(t);
    LabelledMatrix<RegionSector, RegionSector> l = LeontiefModel.of(t).leontiefInverse();
    LabelledMatrix<Sector, RegionSector> byProduct = c.importContentByProduct();
    double[] x = t.output().toArray();
    double[] va = t.valueAddedTotal().toArray();
    for (int j = 0; j < n; j++) {
      double sum = c.domesticValueAdded().at(j) + c.importContent().at(j) + c.taxContent().at(j);
      assertThat(sum).isCloseTo(1.0, within(Tolerances.ABSOLUTE_1E10));
      double slow = 0;
      for (int i = 0; i < n; i++) {
        slow += va[i] / x[i] * l.at(i, j);
      }
      assertThat(c.domesticValueAdded().at(j)).isCloseTo(slow, within(1e-12));
      assertThat(byProduct.columnSums().at(j)).isCloseTo(c.importContent().at(j), within(1e-12));
    }
    double dva = c.domesticValueAddedInExports().sum();
    double fva = c.foreignValueAddedInExports().sum();
    double tax = c.taxesInExports().sum();
    double exports = t.exports().sum();
    assertThat(dva + fva + tax).isCloseTo(exports, within(1e-9 * exports));
  }

  @Test
  void needsImportsAndExports() {
    InputOutputTable noImports = InputOutputTable.builder()
        .sectors(List.of(Sector.of("A")))
        .intermediate(new double[][] {{1}})
        .finalDemand("HH", FinalDemandCategory.HOUSEHOLDS, new double[] {9})
        .build();
    assertThatThrownBy(() -> ExportContent.of(noImports))
        .isInstanceOfSatisfying(SectoralException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.MISSING_BLOCK));
    InputOutputTable noExports = InputOutputTable.builder()
        .sectors(List.of(Sector.of("A")))
        .intermediate(new double[][] {{1}})
        .finalDemand("HH", FinalDemandCategory.HOUSEHOLDS, new double[] {9})
        .importsTotal(new double[] {2})
        .build();
    assertThatThrownBy(() -> ExportContent.of(noExports).domesticShareOfExports())
        .isInstanceOfSatisfying(SectoralException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.MISSING_BLOCK));
  }
}
