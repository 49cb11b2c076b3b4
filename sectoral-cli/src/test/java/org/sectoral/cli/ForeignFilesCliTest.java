package org.sectoral.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sectoral.core.table.FinalDemandCategory;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.core.table.Sector;
import org.sectoral.core.table.Stressor;
import org.sectoral.io.pymrio.PymrioReader;
import org.sectoral.io.pymrio.PymrioSystem;
import org.sectoral.io.pymrio.PymrioWriter;

/** Other people's files through the command line: a pymrio folder with a memo row, OECD ttl. */
class ForeignFilesCliTest {
  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return SectoralCli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true))
        .execute(args);
  }

  /**
   * A one-region pymrio folder as pymrio writes one (no sectoral.json) whose factor_inputs has a
   * total "Value added" row and the memo row "Compensation of employees", and an extension
   * emissions with F_Y.
   */
  private Path memoFolder() throws Exception {
    double[][] z = {{10, 20, 5}, {15, 5, 10}, {5, 10, 20}};
    double[] hh = {60, 40, 70};
    double[] x = {95, 70, 105};
    double[] va = new double[3];
    for (int j = 0; j < 3; j++) {
      va[j] = x[j] - z[0][j] - z[1][j] - z[2][j];
    }
    InputOutputTable t = InputOutputTable.builder().name("memo").unit("M.EUR")
        .sectors(List.of(Sector.of("A"), Sector.of("B"), Sector.of("C"))).intermediate(z)
        .finalDemand("Final consumption expenditure by households",
            FinalDemandCategory.HOUSEHOLDS, hh)
        .satellite("factor_inputs", Stressor.of("Value added", "M.EUR"), va)
        .satellite("factor_inputs", Stressor.of("Compensation of employees", "M.EUR"),
            new double[] {va[0] / 2, va[1] / 3, va[2] / 4})
        .satellite("emissions", Stressor.of("CO2", "kg"), new double[] {100, 40, 9})
        .satelliteFinalDemand("emissions", Stressor.of("CO2", "kg"), new double[] {25})
        .build();
    Path folder = dir.resolve("memo");
    PymrioWriter.write(t, folder);
    Files.delete(folder.resolve("sectoral.json")); // as pymrio itself writes it
    return folder;
  }

  @Test
  void memoRowFolderValidatesAndAnalyzesWithPymrioNames() throws Exception {
    Path memo = memoFolder();
    assertThat(run("validate", memo.toString())).isZero();
    assertThat(out.toString()).contains("value added is the residual",
        "the rows of factor_inputs differ from x - 1'Z");
    Path o = dir.resolve("o");
    assertThat(run("analyze", memo.toString(), "--out", o.toString())).isZero();
    for (String f : List.of("factor_inputs/D_cba.txt", "emissions/S_Y.txt",
        "emissions/D_cba_reg.txt", "emissions/M.txt")) {
      assertThat(o.resolve(f)).exists();
    }
    assertThat(o.resolve("Emissions")).doesNotExist();
    assertThat(Files.readString(o.resolve("metadata.json"))).contains("\"name\": \"memo\"");
    PymrioSystem back = PymrioReader.create().readSystem(o);
    assertThat(back.extensions().keySet()).containsExactlyInAnyOrder("emissions",
        "factor_inputs");
    // D_cba_reg = D_cba summed + F_Y: every emission is someone's final demand here
    double reg = back.extensions().get("emissions").regionalMatrix("D_cba_reg").orElseThrow()
        .at(0, 0);
    assertThat(reg).isCloseTo(100 + 40 + 9 + 25, org.assertj.core.api.Assertions.within(1e-9));
  }

  @Test
  void valueAddedRowsAreExplicitAndDoubleCountingIsRefused() throws Exception {
    Path memo = memoFolder();
    assertThat(run("validate", memo.toString(), "--value-added-rows",
        "factor_inputs:Value added")).isZero();
    assertThat(out.toString()).contains("value added from the rows given");
    assertThat(run("validate", memo.toString(), "--value-added-rows", "factor_inputs"))
        .isEqualTo(1);
    assertThat(err.toString()).contains("total beside its components");
    assertThat(run("analyze", memo.toString(), "--out", dir.resolve("x").toString(),
        "--value-added-rows", "factor_inputs:Wages")).isEqualTo(2);
    assertThat(err.toString()).contains("no row Wages");
  }

  @Test
  void oecdTotalFlowsWarnOrSplitOnRequest() throws Exception {
    Path bel = dir.resolve("BEL2020ttl.csv");
    try (InputStream in = getClass().getResourceAsStream(
        "/fixtures/oecd_bel_2020/BEL2020ttl.csv")) {
      Files.copy(in, bel);
    }
    assertThat(run("analyze", bel.toString(), "--out", dir.resolve("ttl").toString())).isZero();
    assertThat(err.toString()).contains("warning: BEL2020ttl.csv is an OECD total-flows (ttl)",
        "overstate domestic effects", "--assume-import-proportionality");
    assertThat(dir.resolve("ttl/value_added_content.csv")).doesNotExist();
    assertThat(run("analyze", bel.toString(), "--out", dir.resolve("split").toString(),
        "--assume-import-proportionality")).isZero();
    assertThat(dir.resolve("split/value_added_content.csv")).exists();
    assertThat(err.toString()).contains("import-proportionality assumption");
    assertThat(run("validate", bel.toString(), "--value-added-rows", "factor_inputs"))
        .isEqualTo(2);
    assertThat(err.toString()).contains("applies to pymrio folders");
  }
}
