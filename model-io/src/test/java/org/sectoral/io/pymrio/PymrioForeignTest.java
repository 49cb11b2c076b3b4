package org.sectoral.io.pymrio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sectoral.io.TestTables.assertSameTable;
import static org.sectoral.io.pymrio.PymrioOracleTest.resource;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sectoral.core.ErrorCode;
import org.sectoral.core.SectoralException;
import org.sectoral.core.leontief.LeontiefModel;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.core.table.ValueAddedComponent;
import org.sectoral.io.TableFormatException;

/** Folders written by pymrio itself (fixtures made by pymrio's save_all) in and out of Sectoral. */
class PymrioForeignTest {
  @TempDir Path tmp;

  @Test
  void memoRowIsASatelliteNotAnImbalance() throws Exception {
    InputOutputTable t = PymrioReader.create().read(resource("national_memo"));
    assertThat(t.satellites().keySet()).containsExactly("employment", "factor_inputs");
    assertThat(t.valueAdded().rows().keys()).containsExactly(
        ValueAddedComponent.of("VA", ValueAddedComponent.Kind.OTHER));
    assertThat(t.balanceReport().isBalanced()).isTrue();
    PymrioSystem s = PymrioReader.create().readSystem(resource("national_memo"));
    // The two monetary rows double count: the gap is minus the memo row.
    double memo = s.extensions().get("factor_inputs").flows().at(1, 0);
    assertThat(s.monetaryColumnGaps().get("factor_inputs").at(0)).isCloseTo(-memo,
        org.assertj.core.api.Assertions.within(1e-6));
  }

  @Test
  void valueAddedFromExplicitRowsOnly() throws Exception {
    InputOutputTable t = PymrioReader.create()
        .valueAdded(ValueAddedRow.of("factor_inputs", "Value added")).read(resource(
            "national_memo"));
    assertThat(t.valueAdded().rows().keys()).containsExactly(
        ValueAddedComponent.of("Value added", ValueAddedComponent.Kind.OTHER));
    assertThat(t.satellite("factor_inputs").stressors().keys().get(0).name())
        .isEqualTo("Compensation of employees");
    TableFormatException e = (TableFormatException) org.assertj.core.api.Assertions.catchThrowable(
        () -> PymrioReader.create().valueAdded(ValueAddedRow.allOf("factor_inputs"))
            .read(resource("national_memo")));
    assertThat(((SectoralException) e.getCause()).code()).isEqualTo(ErrorCode.UNBALANCED_TABLE);
    assertThat(e.getMessage()).contains("total beside its components");
    assertThatThrownBy(() -> PymrioReader.create()
        .valueAdded(ValueAddedRow.of("factor_inputs", "Wages")).read(resource("national_memo")))
        .hasMessageContaining("no row Wages");
    assertThatThrownBy(() -> PymrioReader.create()
        .valueAdded(ValueAddedRow.allOf("value_added")).read(resource("national_memo")))
        .hasMessageContaining("No extension folder value_added");
  }

  /**
   * Rows of a foreign extension mapped to value added, product taxes and imports (with their F_Y
   * as imported final use) make a national table with an imports block.
   */
  @Test
  void rowsMappedToTaxesAndImports() throws Exception {
    double[][] z = {{10, 20}, {15, 5}};
    double[] x = {100, 80};
    double[] va = {50, 40};
    double[] tax = {5, 3};
    double[] imp = {x[0] - 25 - va[0] - tax[0], x[1] - 25 - va[1] - tax[1]};
    InputOutputTable born = InputOutputTable.builder().name("n").unit("EUR")
        .sectors(List.of(org.sectoral.core.table.Sector.of("a"),
            org.sectoral.core.table.Sector.of("b")))
        .intermediate(z).finalDemand("HH", org.sectoral.core.table.FinalDemandCategory.HOUSEHOLDS,
            new double[] {70, 60}).output(x)
        .satellite("factor_inputs", org.sectoral.core.table.Stressor.of("VA", "EUR"), va)
        .satellite("factor_inputs", org.sectoral.core.table.Stressor.of("TLS", "EUR"), tax)
        .satellite("factor_inputs", org.sectoral.core.table.Stressor.of("IMP", "EUR"), imp)
        .satelliteFinalDemand("factor_inputs", org.sectoral.core.table.Stressor.of("IMP", "EUR"),
            new double[] {12})
        .build();
    Path dir = tmp.resolve("fi");
    PymrioWriter.write(born, dir);
    Files.delete(dir.resolve(PymrioReader.LABELS_FILE));
    InputOutputTable t = PymrioReader.create()
        .valueAdded(ValueAddedRow.parse("factor_inputs:VA"))
        .valueAdded(ValueAddedRow.parse("factor_inputs:TLS=PRODUCT_TAXES"))
        .valueAdded(ValueAddedRow.parse("factor_inputs:IMP=IMPORTS")).read(dir);
    assertThat(t.productTaxes().toArray()).containsExactly(5, 3);
    assertThat(t.requireImports().rowArray(0)).containsExactly(imp);
    assertThat(t.importedFinalDemand().orElseThrow().at(0, 0)).isEqualTo(12);
    assertThat(t.valueAddedTotal().toArray()).containsExactly(50, 40);
    assertThat(t.satellites()).isEmpty();
    assertThat(t.balanceReport().isBalanced()).isTrue();
    assertThat(org.sectoral.core.valueadded.ExportContent.of(t).importContent().sum())
        .isPositive();
  }

  /** pymrio → Sectoral table → pymrio folder → Sectoral: same numbers bit for bit, same names. */
  @Test
  void pymrioFolderThroughSectoralKeepsNamesAndValues() throws Exception {
    InputOutputTable t = PymrioReader.create().read(resource("random_fy_pop"));
    Path out = tmp.resolve("out");
    PymrioWriter.write(t, out);
    assertThat(Files.isDirectory(out.resolve("emissions"))).isTrue();
    assertThat(Files.isDirectory(out.resolve("factor_inputs"))).isTrue();
    assertThat(Files.exists(out.resolve("value_added"))).isFalse(); // residual: recomputed
    assertSameTable(PymrioReader.create().read(out), t);
    JsonNode meta = Json.readObject("m", Files.readAllBytes(out.resolve("metadata.json")));
    assertThat(meta.get("name").asText()).isEqualTo("random_mrio_1");
    assertThat(Files.readString(out.resolve("emissions/F.txt")))
        .startsWith("region\t\t")
        .contains("\nstressor\tcompartment\t").contains("\nCO2\tair\t");
    assertThat(Files.readString(out.resolve("emissions/unit.txt")))
        .startsWith("stressor\tcompartment\tunit\nCO2\tair\tt\n");
  }

  /** The analyzed system written keeps pymrio's own extension names, index names and metadata. */
  @Test
  void analyzedSystemKeepsPymrioNames() throws Exception {
    PymrioReader reader = PymrioReader.create().flowsOnly(true);
    PymrioSystem in = reader.readSystem(resource("random_fy_pop"));
    InputOutputTable t = reader.table(in);
    PymrioSystem calc = in.calcAll(t, LeontiefModel.of(t), false);
    Path out = tmp.resolve("calc");
    PymrioWriter.write(calc, out);
    PymrioSystem back = PymrioReader.create().readSystem(out);
    assertThat(back.extensions().keySet()).containsExactlyInAnyOrder("emissions",
        "factor_inputs");
    assertThat(back.extensions().get("emissions").name()).isEqualTo("Emissions");
    assertThat(back.extensions().get("factor_inputs").indexNames()).containsExactly("inputtype");
    assertThat(back.matrices().keySet()).containsExactly("Z", "A");
    assertThat(back.population()).isEqualTo(in.population());
    assertThat(back.skipped()).isEmpty();
    assertThat(back.extensions().get("emissions").regionalMatrices().keySet()).containsExactly(
        "D_cba_reg", "D_pba_reg", "D_imp_reg", "D_exp_reg", "D_cba_cap", "D_pba_cap",
        "D_imp_cap", "D_exp_cap");
    assertThat(Files.readString(out.resolve("metadata.json"))).contains("\"name\": \"random_mrio_1\"")
        .contains("Saved random_mrio_1");
    assertThat(Files.exists(out.resolve(PymrioReader.LABELS_FILE))).isFalse();
    assertSameTable(reader.table(back), t);
  }

  @Test
  void systemSavedAfterCalcAllAndZipped() throws Exception {
    Path zip = tmp.resolve("calc.zip");
    Path root = resource("random_calc");
    try (OutputStream o = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(o);
        Stream<Path> files = Files.walk(root)) {
      for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
        z.putNextEntry(new ZipEntry("random_calc/" + root.relativize(p).toString()
            .replace('\\', '/')));
        z.write(Files.readAllBytes(p));
        z.closeEntry();
      }
    }
    InputOutputTable fromZip = PymrioReader.create().read(zip);
    assertSameTable(fromZip, PymrioReader.create().read(root));
    PymrioSystem s = PymrioReader.create().readSystem(zip);
    assertThat(s.matrices().keySet()).containsExactly("Z", "A", "L");
    assertThat(s.extensions().get("water").matrices().keySet()).containsExactlyInAnyOrder("F",
        "S", "M", "D_cba", "D_pba", "D_imp", "D_exp");
    assertThat(List.copyOf(fromZip.output().keys()).get(8).toString()).isEqualTo("BB/s4");
    assertThat(fromZip.output().at(8)).isZero();
  }
}
