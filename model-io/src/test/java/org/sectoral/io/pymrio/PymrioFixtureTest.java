package org.sectoral.io.pymrio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sectoral.core.table.FinalDemandCategory;
import org.sectoral.core.table.FinalDemandColumn;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.core.table.Stressor;
import org.sectoral.core.table.ValueAddedComponent;

/** Reads {@code /pymrio/small_mrio}, a folder in the exact text layout pymrio saves. */
class PymrioFixtureTest {
  @TempDir Path tmp;

  static Path fixture() throws Exception {
    return Path.of(PymrioFixtureTest.class.getResource("/pymrio/small_mrio").toURI());
  }

  @Test
  void readsTableFromPymrioLayout() throws Exception {
    InputOutputTable t = PymrioReader.create().read(fixture());
    checkTable(t);
  }

  /**
   * pymrio's semantics: every extension a satellite account named after its folder, value added
   * the residual x − 1'Z (here equal to the factor_inputs row to 12 digits).
   */
  static void checkTable(InputOutputTable t) {
    assertThat(t.name()).isEqualTo("small_mrio");
    assertThat(t.unit()).isEqualTo("M.EUR");
    assertThat(t.regions().keys().stream().map(r -> r.code()).toList())
        .containsExactly("reg1", "reg2");
    assertThat(t.sectors().keys().stream().map(s -> s.code()).toList())
        .containsExactly("food", "mining");
    assertThat(t.finalDemandColumns().keys().stream().map(FinalDemandColumn::category).toList())
        .containsExactly(FinalDemandCategory.HOUSEHOLDS, FinalDemandCategory.INVESTMENT,
            FinalDemandCategory.EXPORTS, FinalDemandCategory.HOUSEHOLDS,
            FinalDemandCategory.INVESTMENT, FinalDemandCategory.EXPORTS);
    assertThat(t.intermediate().get(t.key("reg1", "food"), t.key("reg1", "mining")))
        .isEqualTo(6.66666666667);
    assertThat(t.output().toArray()).containsExactly(76.3333333333, 69.3333333333,
        93.3333333333, 79.6666666667);
    assertThat(List.copyOf(t.valueAdded().rows().keys())).containsExactly(
        ValueAddedComponent.of("VA", ValueAddedComponent.Kind.OTHER));
    assertThat(t.valueAddedTotal().toArray()).containsExactly(
        new double[] {70.3333333333, 47, 77.6666666667, 65}, within(1e-9));
    assertThat(t.balanceReport().isBalanced()).isTrue();
    assertThat(t.satellites().keySet()).containsExactly("emissions", "factor_inputs");
    assertThat(List.copyOf(t.satellite("emissions").stressors().keys()))
        .usingRecursiveFieldByFieldElementComparator().containsExactly(
            Stressor.of("CO2 | air", "kg"), Stressor.of("NOx | air", "kg"),
            Stressor.of("N | water", "kg"));
    assertThat(t.satellite("emissions").byIndustry().at(1, 3)).isEqualTo(0.125);
    assertThat(t.satellite("emissions").byFinalDemand().orElseThrow().at(0, 3)).isEqualTo(35);
    assertThat(t.satellite("factor_inputs").byIndustry().at(0, 0)).isEqualTo(70.3333333333);
  }

  @Test
  void valueAddedRowsAreExplicit() throws Exception {
    InputOutputTable t = PymrioReader.create()
        .valueAdded(ValueAddedRow.of("factor_inputs", "Value Added")).read(fixture());
    assertThat(List.copyOf(t.valueAdded().rows().keys())).containsExactly(
        ValueAddedComponent.of("Value Added", ValueAddedComponent.Kind.OTHER));
    assertThat(t.valueAddedTotal().toArray()).containsExactly(70.3333333333, 47, 77.6666666667,
        65);
    assertThat(t.satellites().keySet()).containsExactly("emissions");
    assertThat(PymrioReader.create()
        .valueAdded(ValueAddedRow.parse("factor_inputs:Value Added=COMPENSATION"))
        .read(fixture()).valueAdded().rows().keys()).containsExactly(
            ValueAddedComponent.of("Value Added", ValueAddedComponent.Kind.COMPENSATION));
    assertThat(PymrioReader.create().valueAdded(ValueAddedRow.parse("factor_inputs"))
        .read(fixture()).satellites().keySet()).containsExactly("emissions");
  }

  @Test
  void keepsStoredMatricesAndRegionTotals() throws Exception {
    PymrioSystem s = PymrioReader.create().readSystem(fixture());
    assertThat(s.matrices().keySet()).containsExactly("Z", "A");
    assertThat(s.matrix("A").orElseThrow().at(0, 0)).isCloseTo(3.33333333333 / 76.3333333333,
        within(1e-12));
    PymrioExtension e = s.extension("emissions").orElseThrow();
    assertThat(e.name()).isEqualTo("Emissions");
    assertThat(e.indexNames()).containsExactly("stressor", "compartment");
    assertThat(e.finalDemandFlows().orElseThrow().at(0, 3)).isEqualTo(35);
    assertThat(e.regionalMatrix("D_cba_reg").orElseThrow().columns().keys().stream()
        .map(r -> r.code()).toList()).containsExactly("reg1", "reg2");
    assertThat(s.skipped()).isEmpty();
    assertThat(PymrioReader.create().flowsOnly(true).readSystem(fixture()).skipped())
        .anySatisfy(x -> assertThat(x).contains("A.txt"))
        .anySatisfy(x -> assertThat(x).contains("D_cba_reg.txt"));
  }

  @Test
  void readsZipWithFolderOneLevelDown() throws Exception {
    Path zip = tmp.resolve("small.zip");
    Path root = fixture();
    try (OutputStream out = Files.newOutputStream(zip);
        ZipOutputStream z = new ZipOutputStream(out);
        Stream<Path> files = Files.walk(root)) {
      for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
        z.putNextEntry(new ZipEntry("small_mrio/" + root.relativize(p).toString()
            .replace('\\', '/')));
        z.write(Files.readAllBytes(p));
        z.closeEntry();
      }
    }
    checkTable(PymrioReader.create().read(zip));
  }
}
