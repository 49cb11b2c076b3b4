package org.sectoral.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sectoral.core.leontief.LeontiefModel;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.core.valueadded.ExportContent;
import org.sectoral.io.TableFormats;
import org.sectoral.io.pymrio.PymrioReader;
import org.sectoral.io.pymrio.PymrioSystem;

/** The command line end to end on real fixtures: exit codes, files written, numbers in them. */
class CliTest {
  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return SectoralCli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true))
        .execute(args);
  }

  private Path fixture(String resource, String name) throws Exception {
    Path p = dir.resolve(name);
    try (InputStream in = getClass().getResourceAsStream(resource)) {
      Files.copy(in, p);
    }
    return p;
  }

  @Test
  void validateReportsBalanceAndExitCodes() throws Exception {
    Path bel = fixture("/fixtures/oecd_bel_2020/BEL2020ttl.csv", "BEL2020ttl.csv");
    assertThat(run("validate", bel.toString())).isZero();
    assertThat(out.toString()).contains("50 sector(s)", "balance: ok", "productive: yes");
    // the same file with one output cell changed by 1000: unbalanced → exit 1, located message
    String text = Files.readString(bel, StandardCharsets.UTF_8);
    Path bad = dir.resolve("BAD2020ttl.csv");
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].startsWith("\"OUTPUT\"") || lines[i].startsWith("OUTPUT")) {
        String[] cells = lines[i].split(",", -1);
        cells[1] = Double.toString(Double.parseDouble(cells[1]) + 1000);
        lines[i] = String.join(",", cells);
      }
    }
    Files.writeString(bad, String.join("\n", lines), StandardCharsets.UTF_8);
    assertThat(run("validate", bad.toString())).isEqualTo(1);
    assertThat(err.toString()).contains("BAD2020ttl.csv:", "D01");
    Path garbage = dir.resolve("garbage.json");
    Files.writeString(garbage, "{ not json");
    assertThat(run("validate", garbage.toString())).isEqualTo(2);
    assertThat(run("validate", dir.resolve("missing.csv").toString())).isEqualTo(2);
  }

  @Test
  void convertBetweenFormatsKeepsEveryNumber() throws Exception {
    Path aus = fixture("/fixtures/wiod_2016/AUS_NIOT_2014.csv", "AUS_NIOT_2014.csv");
    InputOutputTable original = TableFormats.all().read(aus);
    for (String target : List.of("aus.json", "aus.csv", "aus.xlsx", "aus-pymrio", "aus.zip")) {
      Path t = dir.resolve(target);
      assertThat(run("convert", aus.toString(), t.toString())).as(target).isZero();
      InputOutputTable back = TableFormats.all().read(t);
      assertThat(back.intermediate().toRowMajorArray()).as(target)
          .isEqualTo(original.intermediate().toRowMajorArray());
      assertThat(back.requireImports().toRowMajorArray()).as(target)
          .isEqualTo(original.requireImports().toRowMajorArray());
    }
    assertThat(run("convert", aus.toString(), dir.resolve("x.csv").toString(), "--to",
        "wiod-niot")).isEqualTo(2);
    assertThat(run("convert", aus.toString(), dir.resolve("y").toString(), "--to", "nope"))
        .isEqualTo(2);
    assertThat(err.toString()).contains("'nope' is not a format");
  }

  @Test
  void analyzeDerivedOnlyLeavesOutTheInputFlows() throws Exception {
    Path aus = fixture("/fixtures/wiod_2016/AUS_NIOT_2014.csv", "AUS_NIOT_2014.csv");
    Path full = dir.resolve("full");
    Path derived = dir.resolve("derived");
    assertThat(run("analyze", aus.toString(), "--out", full.toString())).isZero();
    assertThat(run("analyze", aus.toString(), "--out", derived.toString(), "--derived-only"))
        .isZero();
    for (String f : List.of("Z.txt", "Y.txt", "sectoral.json", "factor_inputs/F.txt")) {
      assertThat(full.resolve(f)).as(f).exists();
      assertThat(derived.resolve(f)).as(f).doesNotExist();
    }
    for (String f : List.of("A.txt", "x.txt", "unit.txt", "multipliers.csv",
        "factor_inputs/S.txt", "factor_inputs/M.txt", "factor_inputs/D_cba.txt")) {
      assertThat(Files.readString(derived.resolve(f))).as(f)
          .isEqualTo(Files.readString(full.resolve(f)));
    }
    String params = Files.readString(derived.resolve("file_parameters.json"));
    assertThat(params).contains("\"A\"", "\"x\"").doesNotContain("\"Z\"", "\"Y\"");
    assertThat(Files.readString(derived.resolve("factor_inputs/file_parameters.json")))
        .contains("\"S\"").doesNotContain("\"F\"");
  }

  @Test
  void analyzeWritesPymrioFolderAndTidyFilesWithCoreNumbers() throws Exception {
    Path aus = fixture("/fixtures/wiod_2016/AUS_NIOT_2014.csv", "AUS_NIOT_2014.csv");
    Path outDir = dir.resolve("analysis");
    assertThat(run("analyze", aus.toString(), "--out", outDir.toString())).isZero();
    assertThat(outDir.resolve("A.txt")).exists();
    assertThat(outDir.resolve("L.txt")).doesNotExist();
    InputOutputTable t = TableFormats.all().read(aus);
    PymrioSystem sys = PymrioReader.create().readSystem(outDir);
    double[] a = sys.matrix("A").orElseThrow().toRowMajorArray();
    assertThat(a).isEqualTo(LeontiefModel.of(t).technicalCoefficients().toRowMajorArray());
    List<String> content = Files.readAllLines(outDir.resolve("value_added_content.csv"));
    assertThat(content.get(0)).startsWith("region,sector,domestic_value_added");
    ExportContent c = ExportContent.of(t);
    String[] first = content.get(1).split(",");
    assertThat(Double.parseDouble(first[2])).isEqualTo(c.domesticValueAdded().at(0));
    assertThat(Files.readAllLines(outDir.resolve("multipliers.csv"))).hasSize(t.size() + 1);
    // the iterative solver gives the same content to its tolerance
    Path iterDir = dir.resolve("iterative");
    assertThat(run("analyze", aus.toString(), "--out", iterDir.toString(), "--solver",
        "iterative")).isZero();
    String[] iterFirst = Files.readAllLines(iterDir.resolve("value_added_content.csv")).get(1)
        .split(",");
    assertThat(Double.parseDouble(iterFirst[2])).isCloseTo(c.domesticValueAdded().at(0),
        within(1e-10));
    assertThat(run("analyze", aus.toString(), "--out", iterDir.toString(), "--solver", "lu"))
        .isEqualTo(2);
    assertThat(Files.readAllLines(outDir.resolve("linkages.csv")).get(1)).matches(
        "AUS,A01,.*,(KEY|BACKWARD_ORIENTED|FORWARD_ORIENTED|WEAK)");
  }

  @Test
  void analyzeMultiRegionWritesTivaAndKwwWhoseIdentitiesHold() throws Exception {
    // a seeded 3-region × 4-sector MRIO with a satellite account, given as a pymrio folder
    Path mrio = dir.resolve("mrio");
    org.sectoral.io.pymrio.PymrioWriter.write(
        org.sectoral.core.testing.RandomEconomies.multiRegion(3, 4, 17), mrio);
    assertThat(run("analyze", mrio.toString(), "--out", dir.resolve("o").toString(),
        "--with-inverse")).isZero();
    assertThat(dir.resolve("o/env/D_cba.txt")).exists();
    assertThat(dir.resolve("o/L.txt")).exists();
    List<String> tiva = Files.readAllLines(dir.resolve("o/tiva.csv"));
    assertThat(tiva.get(0)).isEqualTo("country,indicator,value");
    double exgr = value(tiva, "EXGR");
    assertThat(value(tiva, "EXGR_DVA") + value(tiva, "EXGR_FVA")).isCloseTo(exgr, within(1e-9));
    List<String> kww = Files.readAllLines(dir.resolve("o/kww.csv"));
    double sum = 0;
    String country = tiva.get(1).split(",")[0];
    for (String l : kww.subList(1, kww.size())) {
      if (l.startsWith(country + ",")) {
        sum += Double.parseDouble(l.split(",")[2]);
      }
    }
    assertThat(sum).isCloseTo(exgr, within(1e-9));
  }

  private static double value(List<String> rows, String indicator) {
    String country = rows.get(1).split(",")[0];
    return rows.stream().filter(r -> r.startsWith(country + "," + indicator + ","))
        .mapToDouble(r -> Double.parseDouble(r.split(",")[2])).findFirst().orElseThrow();
  }
}
