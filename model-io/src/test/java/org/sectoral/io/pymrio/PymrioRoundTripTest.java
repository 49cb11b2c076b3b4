package org.sectoral.io.pymrio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sectoral.io.TestTables.assertSameTable;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.core.table.LabelledMatrix;
import org.sectoral.core.table.RegionSector;
import org.sectoral.core.table.Stressor;
import org.sectoral.io.TestTables;

class PymrioRoundTripTest {
  @TempDir Path tmp;

  @Test
  void handMadeTableRoundTripsBitForBit() throws Exception {
    InputOutputTable t = TestTables.handMade();
    Path folder = tmp.resolve("nlbe");
    PymrioWriter.write(t, folder);
    assertSameTable(PymrioReader.create().read(folder), t);
  }

  @ParameterizedTest
  @CsvSource({"1, 1, 11", "1, 5, 12", "2, 20, 13"})
  void randomTablesRoundTripBitForBit(int regions, int sectors, long seed) throws Exception {
    InputOutputTable t = TestTables.random(regions, sectors, seed);
    Path folder = tmp.resolve("r" + seed);
    PymrioWriter.write(t, folder);
    assertSameTable(PymrioReader.create().read(folder), t);
  }

  @Test
  void millerBlairRoundTrips() throws Exception {
    InputOutputTable t = TestTables.millerBlair();
    PymrioWriter.write(t, tmp.resolve("mb"));
    assertSameTable(PymrioReader.create().read(tmp.resolve("mb")), t);
  }

  @Test
  void zipRoundTripsAndKeepsComputedMatrices() throws Exception {
    InputOutputTable t = TestTables.handMade();
    LabelledMatrix<RegionSector, RegionSector> a = t.intermediate();
    LabelledMatrix<Stressor, RegionSector> m = t.satellite("emissions").byIndustry();
    PymrioSystem s = PymrioSystem.of(t).withMatrix("A", a)
        .withExtensionMatrix("emissions", "M", m).withExtensionMatrix("emissions", "D_cba", m);
    Path zip = tmp.resolve("nlbe.zip");
    PymrioWriter.writeZip(s, zip);
    PymrioSystem back = PymrioReader.create().readSystem(zip);
    assertSameTable(back.toTable(0), t);
    assertThat(back.matrix("A").orElseThrow()).isEqualTo(a);
    assertThat(back.extension("emissions").orElseThrow().matrix("M").orElseThrow().toArray())
        .isEqualTo(m.toArray());
    assertThat(back.extension("emissions").orElseThrow().matrices().keySet())
        .containsExactly("F", "M", "D_cba");
    assertThat(back.skipped()).isEmpty();
  }

  @Test
  void writesPymrioLayout() throws Exception {
    Path folder = tmp.resolve("mb");
    PymrioWriter.write(TestTables.millerBlair(), folder);
    assertThat(read(folder.resolve("Z.txt"))).isEqualTo(
        "region\t\tDOM\tDOM\n"
            + "sector\t\tagriculture\tmanufacturing\n"
            + "region\tsector\t\t\n"
            + "DOM\tagriculture\t150.0\t500.0\n"
            + "DOM\tmanufacturing\t200.0\t100.0\n");
    assertThat(read(folder.resolve("x.txt"))).isEqualTo(
        "region\tsector\tindout\nDOM\tagriculture\t1000.0\nDOM\tmanufacturing\t2000.0\n");
    assertThat(read(folder.resolve("file_parameters.json"))).contains(
        "\"Z\": {\n            \"name\": \"Z.txt\",\n            \"nr_index_col\": \"2\",\n"
            + "            \"nr_header\": \"2\"\n        }")
        .contains("\"systemtype\": \"IOSystem\"");
    assertThat(read(folder.resolve("factor_inputs/F.txt"))).startsWith(
        "region\tDOM\tDOM\nsector\tagriculture\tmanufacturing\nstressor\t\t\nVA\t650.0\t1400.0\n");
    assertThat(read(folder.resolve("factor_inputs/file_parameters.json")))
        .contains("\"systemtype\": \"Extension\"").contains("\"name\": \"Factor Inputs\"");
    assertThat(Files.list(folder).map(p -> p.getFileName().toString()).sorted().toList())
        .isEqualTo(List.of(".sectoral-output.json", "Y.txt", "Z.txt", "factor_inputs",
            "file_parameters.json", "metadata.json", "sectoral.json", "unit.txt", "x.txt"));
  }

  private static String read(Path p) throws Exception {
    return Files.readString(p, StandardCharsets.UTF_8);
  }
}
