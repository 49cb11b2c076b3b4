package org.sectoral.io.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sectoral.core.table.FinalDemandCategory;
import org.sectoral.core.table.FinalDemandColumn;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.core.table.InputOutputTableBuilder;
import org.sectoral.core.table.Region;
import org.sectoral.core.table.Sector;
import org.sectoral.core.table.Stressor;
import org.sectoral.core.table.ValueAddedComponent;
import org.sectoral.io.oecd.IcioReader;

class ExcelTablesTest {
  /** A 2-sector national table with imports, imported final use, VA split and a satellite. */
  static InputOutputTable handMade() {
    return InputOutputTable.builder().name("hand-made").unit("million EUR")
        .region(Region.of("VNM", "Viet Nam"))
        .sectors(List.of(Sector.of("AGR", "Agriculture", "ISIC A"), Sector.of("MAN")))
        .intermediate(new double[][] {{150, 500}, {200, 100}})
        .finalDemand("HH", FinalDemandCategory.HOUSEHOLDS, new double[] {200.25, 1100})
        .finalDemand("EXP", FinalDemandCategory.EXPORTS, new double[] {149.75, 600})
        .importsByProduct(new double[][] {{10, 0.1}, {20, 0.2}})
        .importedFinalDemand(FinalDemandColumn.of(Region.of("VNM"), "HH",
            FinalDemandCategory.HOUSEHOLDS), new double[] {1.0 / 3, 2})
        .productTaxes(new double[] {5, -3})
        .valueAdded("COMP", ValueAddedComponent.Kind.COMPENSATION, new double[] {400, 1000})
        .valueAdded("GOS", ValueAddedComponent.Kind.OPERATING_SURPLUS, new double[] {215, 402.7})
        .output(new double[] {1000, 2000})
        .satellite("jobs [k]", Stressor.of("employment", "thousand persons"),
            new double[] {12.5, 7.25})
        .satelliteFinalDemand("jobs [k]", Stressor.of("employment", "thousand persons"),
            new double[] {0.1 + 0.2, 0})
        .build();
  }

  /** A seeded random productive two-region table with awkward doubles. */
  static InputOutputTable random(long seed) {
    Random rnd = new Random(seed);
    int ns = 4;
    int n = 2 * ns;
    double[][] z = new double[n][n];
    double[] hh = new double[n];
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        z[i][j] = rnd.nextDouble() * Math.pow(10, rnd.nextInt(6) - 2);
        x[i] += z[i][j];
      }
      hh[i] = x[i] * (1 + rnd.nextDouble());
      x[i] += hh[i];
    }
    double[] va = new double[n];
    for (int j = 0; j < n; j++) {
      double in = 0;
      for (int i = 0; i < n; i++) {
        in += z[i][j];
      }
      va[j] = x[j] - in;
    }
    InputOutputTableBuilder b = InputOutputTable.builder().name("random " + seed)
        .regions(List.of(Region.of("R1"), Region.of("R2")))
        .sectors(List.of(Sector.of("S1"), Sector.of("S2"), Sector.of("S3"), Sector.of("S4")))
        .intermediate(z).output(x)
        .valueAdded("VA", ValueAddedComponent.Kind.OTHER, va);
    b.finalDemand(FinalDemandColumn.of(Region.of("R2"), "HFCE", FinalDemandCategory.HOUSEHOLDS),
        hh);
    return b.build();
  }

  static void assertSame(InputOutputTable a, InputOutputTable b) {
    assertThat(b.name()).isEqualTo(a.name());
    assertThat(b.unit()).isEqualTo(a.unit());
    assertThat(b.regions()).isEqualTo(a.regions());
    assertThat(b.sectors().keys()).containsExactlyElementsOf(a.sectors().keys());
    assertThat(b.sectors().keys().stream().map(Sector::name).toList())
        .isEqualTo(a.sectors().keys().stream().map(Sector::name).toList());
    assertThat(b.intermediate()).isEqualTo(a.intermediate());
    assertThat(b.finalDemand()).isEqualTo(a.finalDemand());
    assertThat(b.finalDemandColumns().keys()).containsExactlyElementsOf(
        a.finalDemandColumns().keys());
    assertThat(b.imports()).isEqualTo(a.imports());
    assertThat(b.importedFinalDemand()).isEqualTo(a.importedFinalDemand());
    assertThat(b.valueAdded()).isEqualTo(a.valueAdded());
    assertThat(b.productTaxes()).isEqualTo(a.productTaxes());
    assertThat(b.output()).isEqualTo(a.output());
    assertThat(b.satellites().keySet()).isEqualTo(a.satellites().keySet());
    a.satellites().forEach((k, s) -> assertThat(b.satellite(k).byIndustry())
        .isEqualTo(s.byIndustry()));
    a.satellites().forEach((k, s) -> assertThat(b.satellite(k).byFinalDemand())
        .isEqualTo(s.byFinalDemand()));
  }

  @Test
  void handMadeRoundTripIsExact(@TempDir Path dir) throws IOException {
    InputOutputTable t = handMade();
    Path file = dir.resolve("hand.xlsx");
    ExcelTables.write(t, file);
    byte[] head = Files.readAllBytes(file);
    assertThat(head[0]).isEqualTo((byte) 'P');
    assertThat(head[1]).isEqualTo((byte) 'K');
    assertSame(t, ExcelTables.read(file));
    assertThat(t.satellite("jobs [k]").byFinalDemand()).isPresent();
    try (var files = Files.list(dir)) {
      assertThat(files.toList()).containsExactly(file);
    }
  }

  @Test
  void seededRandomRoundTripsAreExact() throws IOException {
    for (long seed = 1; seed <= 3; seed++) {
      InputOutputTable t = random(seed);
      assertSame(t, ExcelTables.read("r.xlsx",
          new ByteArrayInputStream(ExcelTables.toBytes(t))));
    }
  }

  @Test
  void multiRegionTableRoundTrips() throws IOException {
    InputOutputTable t;
    try (var in = getClass().getResourceAsStream("/icio/ICIO_small_2020.csv")) {
      t = IcioReader.create().read("ICIO_small_2020.csv", in);
    }
    assertSame(t, ExcelTables.read("icio.xlsx",
        new ByteArrayInputStream(ExcelTables.toBytes(t))));
  }
}
