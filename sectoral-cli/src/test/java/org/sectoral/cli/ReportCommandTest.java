package org.sectoral.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.examples.vietnam.VietNamTable;
import org.sectoral.io.TableFormats;

/** {@code report} for a table and for a scenario file; {@code builtin:} names everywhere. */
class ReportCommandTest {
  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return SectoralCli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true))
        .execute(args);
  }

  private Path bel() throws Exception {
    Path p = dir.resolve("BEL2020ttl.csv");
    if (Files.exists(p)) {
      return p;
    }
    try (InputStream in = getClass().getResourceAsStream(
        "/fixtures/oecd_bel_2020/BEL2020ttl.csv")) {
      Files.copy(in, p);
    }
    return p;
  }

  @Test
  void reportOfATableIsOnePageWithDataBesideIt() throws Exception {
    Path o = dir.resolve("bel-report");
    assertThat(run("report", bel().toString(), "--out", o.toString())).as(err.toString())
        .isZero();
    String html = Files.readString(o.resolve("report.html"));
    assertThat(html).contains("<html lang=\"en\">", "Input-output analysis: BEL 2020",
        "total-flows (ttl) table", "Key sectors", "Basic iron and steel")
        .doesNotContain("http:");
    assertThat(o.resolve("data/multipliers.csv")).isRegularFile();
    assertThat(o.resolve("data/linkages.csv")).isRegularFile();
    assertThat(run("report", bel().toString(), "--out", dir.resolve("vi").toString(),
        "--locale", "vi", "--top", "5")).isZero();
    assertThat(Files.readString(dir.resolve("vi/report.html"))).contains("<html lang=\"vi\">",
        "Phân tích bảng cân đối liên ngành");
    assertThat(run("report", bel().toString(), "--out", dir.resolve("x").toString(), "--top",
        "0")).isEqualTo(2);
  }

  @Test
  void reportOfTheShippedScenarioFileHasEveryAnalysis() throws Exception {
    Path scenario = Path.of("../examples/scenarios/vietnam-southeast.json");
    Path o = dir.resolve("scenario-report");
    assertThat(run("report", scenario.toString(), "--out", o.toString())).as(err.toString())
        .isZero();
    String html = Files.readString(o.resolve("report.html"));
    assertThat(html).contains("Scenario results: vietnam-southeast.json",
        "Export surge in wood, textiles, footwear and electronics",
        "Mechanical supporting-industry park");
    assertThat(o.resolve("data/04-mechanical-supporting-industry-park-about-1-billion-usd/"
        + "impact.csv")).isRegularFile();
    assertThat(err.toString()).contains("[1/7]", "[7/7]");
  }

  @Test
  void builtinNamesWorkWhereverATableIsRead() throws Exception {
    String builtin = "builtin:" + VietNamTable.NAME;
    Path xlsx = dir.resolve("vn.xlsx");
    assertThat(run("convert", builtin, xlsx.toString())).as(err.toString()).isZero();
    InputOutputTable back = TableFormats.all().read(xlsx);
    InputOutputTable original = new VietNamTable().load();
    assertThat(back.intermediate().toRowMajorArray())
        .isEqualTo(original.intermediate().toRowMajorArray());
    assertThat(run("validate", builtin)).isZero();
    assertThat(out.toString()).contains("balance: ok", "productive: yes");
    assertThat(run("analyze", builtin, "--out", dir.resolve("a").toString())).isZero();
    assertThat(dir.resolve("a/value_added_content.csv")).isRegularFile();
    assertThat(run("validate", "builtin:nope")).isEqualTo(2);
    assertThat(err.toString()).contains("builtin:nope", "known: " + builtin);
  }
}
