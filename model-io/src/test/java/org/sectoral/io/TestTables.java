package org.sectoral.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.sectoral.core.table.FinalDemandCategory;
import org.sectoral.core.table.FinalDemandColumn;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.core.table.InputOutputTableBuilder;
import org.sectoral.core.table.LabelledMatrix;
import org.sectoral.core.table.Region;
import org.sectoral.core.table.SatelliteAccount;
import org.sectoral.core.table.Sector;
import org.sectoral.core.table.Stressor;
import org.sectoral.core.table.ValueAddedComponent;
import org.sectoral.core.table.ValueAddedComponent.Kind;
import org.sectoral.io.csv.DelimitedFile;

/** Tables for format tests, and a bit-exact comparison of two tables. */
public final class TestTables {
  private TestTables() {}

  /**
   * A hand-made 2-region × 3-sector table with imports by product, imported final demand, product
   * taxes, three value-added kinds, three final-demand categories and two satellite accounts, one
   * with stressors emitted by final demand (F_Y).
   */
  public static InputOutputTable handMade() {
    List<Region> regions = List.of(Region.of("NL", "Netherlands"), Region.of("BE", "Belgium"));
    List<Sector> sectors = List.of(Sector.of("A", "Agriculture", "ISIC Rev.4 A"),
        Sector.of("C", "Manufacturing, \"incl.\" tabs\tand commas,", "ISIC Rev.4 C"),
        Sector.of("G-U", "Services", ""));
    double[][] z = {
        {12.5, 30, 4.25, 1, 2, 0.5},
        {20, 80.125, 15, 6, 12, 3},
        {8, 25, 60, 2, 4, 9.75},
        {0.5, 3, 1, 10, 28, 5},
        {4, 9, 2, 22, 70, 14},
        {1, 2, 3.5, 7, 20, 55}};
    double[][] y = {
        {40, 5, 30, 10, 2, 6},
        {60, 10, 90, 15, 3, 25},
        {120, 80, 20, 30, 40, 8},
        {2, 1, 4, 35, 6, 20},
        {10, 3, 25, 50, 9, 70},
        {3, 1, 5, 110, 75, 15}};
    InputOutputTableBuilder b = InputOutputTable.builder().name("Hand-made NL–BE 2020")
        .unit("million EUR").regions(regions).sectors(sectors).intermediate(z);
    String[] codes = {"HFCE", "GGFC", "EXP"};
    FinalDemandCategory[] cats = {FinalDemandCategory.HOUSEHOLDS,
        FinalDemandCategory.GOVERNMENT, FinalDemandCategory.EXPORTS};
    List<FinalDemandColumn> cols = new ArrayList<>();
    for (int r = 0; r < 2; r++) {
      for (int c = 0; c < 3; c++) {
        cols.add(FinalDemandColumn.of(regions.get(r), codes[c], cats[c]));
      }
    }
    int n = 6;
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        x[i] += z[i][j] + y[i][j];
      }
    }
    for (int c = 0; c < 6; c++) {
      double[] col = new double[n];
      for (int i = 0; i < n; i++) {
        col[i] = y[i][c];
      }
      b.finalDemand(cols.get(c), col);
    }
    double[][] imports = {{1, 2, 0.5, 1, 1, 0.25}, {3, 4, 1, 2, 3, 1}, {0, 1, 2, 0.5, 1, 2}};
    b.importsByProduct(imports);
    b.importedFinalDemand(cols.get(0), new double[] {5, 7.5, 1});
    b.importedFinalDemand(cols.get(4), new double[] {0, 2, 0.125});
    double[] taxes = {0.75, 1.5, 2, -0.5, 1, 0.25};
    b.productTaxes(taxes);
    double[] comp = new double[n];
    double[] surplus = new double[n];
    double[] other = new double[n];
    for (int j = 0; j < n; j++) {
      double inputs = taxes[j];
      for (int i = 0; i < n; i++) {
        inputs += z[i][j];
      }
      for (double[] row : imports) {
        inputs += row[j];
      }
      comp[j] = (x[j] - inputs) * 0.5;
      surplus[j] = (x[j] - inputs) * 0.375;
      other[j] = x[j] - inputs - comp[j] - surplus[j];
    }
    b.valueAdded("D1", Kind.COMPENSATION, comp).valueAdded("B2A3G", Kind.OPERATING_SURPLUS,
        surplus).valueAdded("D29X39", Kind.TAXES_ON_PRODUCTION, other).output(x);
    b.satellite("employment", Stressor.of("jobs", "1000 persons"),
        new double[] {1.5, 2.25, 7, 0.75, 3, 6.5});
    b.satellite("emissions", Stressor.of("CO2", "kt"), new double[] {10, 40.5, 5, 8, 30, 4});
    b.satellite("emissions", Stressor.of("CH4", "t"), new double[] {300, 12, 0, 250, 9, 1e-5});
    // F_Y: direct emissions of households (NL, BE) and, oddly, a tiny negative government entry.
    b.satelliteFinalDemand("emissions", Stressor.of("CO2", "kt"),
        new double[] {2.5, 0, 0, 1.0 / 3, 0, 0});
    b.satelliteFinalDemand("emissions", Stressor.of("CH4", "t"),
        new double[] {0, -1e-300, 0, 7, 0, 0});
    return b.build();
  }

  /**
   * A seeded random balanced table with full 17-digit values: {@code regions} × {@code sectors},
   * a total-imports row, product taxes, two value-added rows and one satellite account with F_Y.
   */
  public static InputOutputTable random(int regions, int sectors, long seed) {
    Random rnd = new Random(seed);
    List<Region> rs = new ArrayList<>();
    for (int r = 0; r < regions; r++) {
      rs.add(Region.of("R" + r, "Region " + r));
    }
    List<Sector> ss = new ArrayList<>();
    for (int s = 0; s < sectors; s++) {
      ss.add(Sector.of("S" + s, "Sector " + s, s % 2 == 0 ? "CPA " + s : ""));
    }
    int n = regions * sectors;
    double[][] z = new double[n][n];
    for (double[] row : z) {
      for (int j = 0; j < n; j++) {
        row[j] = rnd.nextDouble() * 100 / n;
      }
    }
    InputOutputTableBuilder b = InputOutputTable.builder().name("random " + seed)
        .unit("USD").regions(rs).sectors(ss).intermediate(z);
    FinalDemandCategory[] cats = FinalDemandCategory.values();
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      for (double v : z[i]) {
        x[i] += v;
      }
    }
    for (Region r : rs) {
      for (int c = 0; c < 2; c++) {
        double[] col = new double[n];
        for (int i = 0; i < n; i++) {
          col[i] = rnd.nextDouble() * 200;
          x[i] += col[i];
        }
        b.finalDemand(FinalDemandColumn.of(r, "F" + c, cats[rnd.nextInt(cats.length)]), col);
      }
    }
    double[] imp = new double[n];
    double[] tax = new double[n];
    double[] comp = new double[n];
    double[] rest = new double[n];
    for (int j = 0; j < n; j++) {
      double inputs = 0;
      for (int i = 0; i < n; i++) {
        inputs += z[i][j];
      }
      imp[j] = rnd.nextDouble() * 10;
      tax[j] = rnd.nextDouble() - 0.25;
      comp[j] = (x[j] - inputs - imp[j] - tax[j]) * rnd.nextDouble();
      rest[j] = x[j] - inputs - imp[j] - tax[j] - comp[j];
    }
    b.importsTotal(imp).productTaxes(tax).valueAdded("COMP", Kind.COMPENSATION, comp)
        .valueAdded("OTHER", Kind.OTHER, rest).output(x);
    double[] co2 = new double[n];
    for (int j = 0; j < n; j++) {
      co2[j] = rnd.nextDouble() * Math.pow(10, rnd.nextInt(12) - 6);
    }
    b.satellite("air", Stressor.of("CO2", "kg"), co2);
    double[] co2Fd = new double[regions * 2];
    for (int c = 0; c < co2Fd.length; c++) {
      co2Fd[c] = c % 2 == 0 ? rnd.nextDouble() * 50 : 0;
    }
    b.satelliteFinalDemand("air", Stressor.of("CO2", "kg"), co2Fd);
    return b.build();
  }

  /** Miller & Blair (2009) §2.3: two sectors, value added as residual. */
  public static InputOutputTable millerBlair() throws IOException {
    try (var in = TestTables.class.getResourceAsStream("/fixtures/miller_blair/transactions.csv")) {
      DelimitedFile f = DelimitedFile.read("transactions.csv", in, ',');
      double[][] z = new double[2][2];
      double[] fd = new double[2];
      double[] x = new double[2];
      for (int i = 0; i < 2; i++) {
        DelimitedFile.Row r = f.rows().get(i + 1);
        z[i][0] = f.number(r, 1, false);
        z[i][1] = f.number(r, 2, false);
        fd[i] = f.number(r, 3, false);
        x[i] = f.number(r, 4, false);
      }
      return InputOutputTable.builder().name("Miller & Blair 2.3").unit("dollars")
          .sectors(List.of(Sector.of("agriculture"), Sector.of("manufacturing")))
          .intermediate(z).finalDemand("f", FinalDemandCategory.OTHER, fd).output(x).build();
    }
  }

  /** Asserts that two tables hold the same labels and the same numbers, bit for bit. */
  public static void assertSameTable(InputOutputTable actual, InputOutputTable expected) {
    assertThat(actual.name()).isEqualTo(expected.name());
    assertThat(actual.unit()).isEqualTo(expected.unit());
    assertThat(actual.regions().keys().stream().map(r -> r.code() + "=" + r.name()).toList())
        .isEqualTo(expected.regions().keys().stream().map(r -> r.code() + "=" + r.name())
            .toList());
    assertThat(List.copyOf(actual.sectors().keys())).usingRecursiveFieldByFieldElementComparator()
        .containsExactlyElementsOf(expected.sectors().keys());
    assertMatrix(actual.intermediate(), expected.intermediate());
    assertThat(List.copyOf(actual.finalDemandColumns().keys()))
        .containsExactlyElementsOf(expected.finalDemandColumns().keys());
    assertMatrix(actual.finalDemand(), expected.finalDemand());
    assertThat(actual.imports().isPresent()).isEqualTo(expected.imports().isPresent());
    actual.imports().ifPresent(m -> {
      assertThat(List.copyOf(m.rows().keys())).usingRecursiveFieldByFieldElementComparator()
          .containsExactlyElementsOf(expected.imports().get().rows().keys());
      assertMatrix(m, expected.imports().get());
    });
    assertThat(actual.importedFinalDemand().isPresent())
        .isEqualTo(expected.importedFinalDemand().isPresent());
    actual.importedFinalDemand().ifPresent(m -> assertMatrix(m,
        expected.importedFinalDemand().get()));
    assertThat(List.<ValueAddedComponent>copyOf(actual.valueAdded().rows().keys()))
        .containsExactlyElementsOf(expected.valueAdded().rows().keys());
    assertMatrix(actual.valueAdded(), expected.valueAdded());
    assertThat(actual.productTaxes().toArray()).isEqualTo(expected.productTaxes().toArray());
    assertThat(actual.output().toArray()).isEqualTo(expected.output().toArray());
    assertThat(actual.satellites().keySet()).containsExactlyElementsOf(
        expected.satellites().keySet());
    for (SatelliteAccount a : expected.satellites().values()) {
      SatelliteAccount b = actual.satellite(a.name());
      assertThat(List.copyOf(b.stressors().keys())).usingRecursiveFieldByFieldElementComparator()
          .containsExactlyElementsOf(a.stressors().keys());
      assertMatrix(b.byIndustry(), a.byIndustry());
      assertThat(b.byFinalDemand().isPresent()).as("F_Y of %s", a.name())
          .isEqualTo(a.byFinalDemand().isPresent());
      b.byFinalDemand().ifPresent(fy -> assertMatrix(fy, a.byFinalDemand().get()));
    }
  }

  private static void assertMatrix(LabelledMatrix<?, ?> actual, LabelledMatrix<?, ?> expected) {
    assertThat(List.copyOf(actual.rows().keys())).isEqualTo(expected.rows().keys());
    assertThat(List.copyOf(actual.columns().keys())).isEqualTo(expected.columns().keys());
    assertThat(actual.unit()).isEqualTo(expected.unit());
    assertThat(actual.toArray()).isEqualTo(expected.toArray());
  }
}
