package org.sectoral.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {
  private static final Pattern REF = Pattern.compile("(?:src|href)=\"([^\"]*)\"");

  @TempDir
  Path dir;

  private int run(StringWriter out, StringWriter err, String... args) {
    return SectoralCli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true))
        .execute(args);
  }

  @Test
  void demoRunsEndToEndAndItsPageReferencesOnlyFilesThatExist() throws IOException {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Path report = dir.resolve("report");
    assertThat(run(out, err, "demo", "--out", report.toString(), "--draws", "10", "--seed",
        "3")).isEqualTo(0);
    assertThat(out.toString()).contains("[7/7] binh-duong-2030").contains("Report: ")
        .contains("[ranges] 10 draws, seed 3")
        .contains(report.resolve("index.html").toString());
    String html = Files.readString(report.resolve("index.html"));
    List<String> refs = new ArrayList<>();
    Matcher m = REF.matcher(html);
    while (m.find()) {
      refs.add(m.group(1));
    }
    assertThat(refs).hasSizeGreaterThan(40)
        .anyMatch(r -> r.endsWith(".png")).anyMatch(r -> r.endsWith(".svg"))
        .anyMatch(r -> r.endsWith(".csv")).anyMatch(r -> r.endsWith(".json"));
    for (String r : refs) {
      assertThat(r).doesNotStartWith("/").doesNotContain("://");
      assertThat(report.resolve(r)).isRegularFile();
    }
    for (String name : List.of("value-kept-at-home", "supporting-industries",
        "hcmc-industrial-index", "binh-duong-province", "mechanical-park", "export-surge-2024",
        "binh-duong-2030")) {
      assertThat(html).contains("<h2>" + name + ": ");
    }
    assertThat(html).contains("Facts and the model results they constrain")
        .contains("estimated").contains("OECD TiVA");
    // run NAME into the demo's folder replaces DIR/NAME (the demo's manifest claims its files)
    assertThat(run(new StringWriter(), err, "run", "hcmc-industrial-index", "--out",
        report.toString())).as(err.toString()).isEqualTo(0);
    assertThat(report.resolve("index.html")).isRegularFile();
    assertThat(report.resolve("hcmc-industrial-index/.sectoral-output.json")).isRegularFile();
    assertThat(run(new StringWriter(), err, "demo", "--out", report.toString(), "--draws",
        "10", "--seed", "3")).as(err.toString()).isEqualTo(0);
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("report");
    }
  }

  @Test
  void drawsOptionIsCheckedAndZeroLeavesTheRangesOut() throws IOException {
    StringWriter err = new StringWriter();
    assertThat(run(new StringWriter(), err, "demo", "--out", dir.resolve("x").toString(),
        "--draws", "2")).isEqualTo(2);
    assertThat(err.toString()).contains("--draws must be 0");
    StringWriter out = new StringWriter();
    assertThat(run(out, new StringWriter(), "demo", "--out", dir.resolve("y").toString(),
        "--draws", "0")).isEqualTo(0);
    assertThat(out.toString()).doesNotContain("[ranges]");
    assertThat(Files.readString(dir.resolve("y/index.html"))).contains("Ranges were not drawn");
  }

  @Test
  void runWritesOneSimulationAndRejectsUnknownNames() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    assertThat(run(out, err, "run", "hcmc-industrial-index", "--out", dir.toString()))
        .isEqualTo(0);
    assertThat(out.toString()).contains("estimated");
    assertThat(dir.resolve("hcmc-industrial-index/result.json")).isRegularFile();
    assertThat(run(new StringWriter(), err, "run", "no-such-thing")).isEqualTo(2);
    assertThat(err.toString()).contains("Unknown simulation");
  }

  @Test
  void tableOptionReplacesTheNationalTableAndAMissingFileIsBadInput() throws IOException {
    Path ttl = dir.resolve("BEL2020ttl.csv");
    try (var in = getClass().getResourceAsStream(
        "/org/sectoral/examples/vietnam/BEL2020ttl.csv")) {
      Files.copy(in, ttl);
    }
    StringWriter out = new StringWriter();
    assertThat(run(out, new StringWriter(), "run", "value-kept-at-home", "--out",
        dir.resolve("out").toString(), "--table", ttl.toString())).isEqualTo(0);
    assertThat(out.toString()).contains("national table from " + ttl);
    assertThat(Files.readString(dir.resolve("out/value-kept-at-home/result.json")))
        .contains("estimated (published national table");
    StringWriter err = new StringWriter();
    assertThat(run(new StringWriter(), err, "demo", "--out", dir.resolve("x").toString(),
        "--table", dir.resolve("missing.csv").toString())).isEqualTo(2);
    assertThat(err.toString()).contains("missing.csv");
  }
}
