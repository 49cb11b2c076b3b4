package org.sectoral.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sectoral.core.testing.RandomEconomies;
import org.sectoral.cli.CliProcess.Result;
import org.sectoral.io.json.JsonTableWriter;

/**
 * Output folders are the user's: a command replaces only a folder that is new, empty or its own,
 * never one holding its input or other files, and replaces it as a whole.
 */
class OutputSafetyCliTest {
  @TempDir Path dir;
  private Path proj;
  private Path table;

  @BeforeEach
  void project() throws Exception {
    proj = Files.createDirectories(dir.resolve("proj"));
    table = proj.resolve("table.csv");
    try (InputStream in = getClass().getResourceAsStream(
        "/fixtures/wiod_2016/AUS_NIOT_2014.csv")) {
      Files.copy(in, table);
    }
    Files.writeString(proj.resolve("notes.txt"), "my notes");
  }

  private static void refused(Result r, String code, String... words) {
    assertThat(r.code()).as(r.err()).isEqualTo(2);
    assertThat(r.err()).contains("[" + code + "]").doesNotContain("\tat ");
    for (String w : words) {
      assertThat(r.err()).contains(w);
    }
  }

  @Test
  void analyzeIntoTheFolderOfItsInputIsRefusedAndDeletesNothing() throws Exception {
    Map<String, byte[]> before = CliProcess.tree(proj);
    refused(CliProcess.inProcess("analyze", table.toString(), "--out", proj.toString()),
        "OUTPUT_OVERLAPS_INPUT", "table.csv");
    refused(CliProcess.inProcess("analyze", proj.resolve("../proj/table.csv").toString(),
        "--out", dir.resolve("proj/.").toString()), "OUTPUT_OVERLAPS_INPUT");
    refused(CliProcess.inProcess("convert", table.toString(), proj.toString()),
        "OUTPUT_OVERLAPS_INPUT");
    refused(CliProcess.inProcess("report", table.toString(), "--out", proj.toString()),
        "OUTPUT_OVERLAPS_INPUT", "table.csv");
    refused(CliProcess.inProcess("convert", table.toString(), table.toString(), "--to",
        "tidy-csv"), "OUTPUT_OVERLAPS_INPUT", "is the input");
    assertThat(CliProcess.same(CliProcess.tree(proj), before)).isTrue();
    // a folder input (pymrio): no output inside it, nor the folder itself
    Path mrio = dir.resolve("mrio");
    assertThat(CliProcess.inProcess("convert", table.toString(), mrio.toString()).code())
        .isZero();
    Map<String, byte[]> pymrio = CliProcess.tree(mrio);
    refused(CliProcess.inProcess("convert", mrio.toString(), mrio.resolve("t.json").toString()),
        "OUTPUT_OVERLAPS_INPUT", "inside the input folder");
    refused(CliProcess.inProcess("analyze", mrio.toString(), "--out",
        mrio.resolve("results").toString()), "OUTPUT_OVERLAPS_INPUT", "inside the input");
    refused(CliProcess.inProcess("analyze", mrio.toString(), "--out", mrio.toString()),
        "OUTPUT_OVERLAPS_INPUT", "is the input");
    assertThat(CliProcess.same(CliProcess.tree(mrio), pymrio)).isTrue();
    assertThat(CliProcess.names(dir)).containsExactly("mrio", "proj");
  }

  @Test
  void aFolderHoldingOtherFilesIsRefusedWithTheirNames() throws Exception {
    Path out = Files.createDirectories(dir.resolve("out"));
    Files.writeString(out.resolve("thesis.docx"), "chapter 1");
    refused(CliProcess.inProcess("analyze", table.toString(), "--out", out.toString()),
        "OUTPUT_NOT_OWNED", "thesis.docx");
    refused(CliProcess.inProcess("convert", table.toString(), out.toString()),
        "OUTPUT_NOT_OWNED", "thesis.docx");
    refused(CliProcess.inProcess("report", table.toString(), "--out", out.toString()),
        "OUTPUT_NOT_OWNED", "thesis.docx");
    assertThat(CliProcess.names(out)).containsExactly("thesis.docx");
    Path file = Files.writeString(dir.resolve("file"), "x");
    refused(CliProcess.inProcess("analyze", table.toString(), "--out", file.toString()),
        "OUTPUT_NOT_OWNED", "is a file");
    // its own output with a file of the user's added: refused too
    Path own = dir.resolve("own");
    assertThat(CliProcess.inProcess("analyze", table.toString(), "--out", own.toString())
        .code()).isZero();
    Files.writeString(own.resolve("my-chart.png"), "mine");
    refused(CliProcess.inProcess("analyze", table.toString(), "--out", own.toString()),
        "OUTPUT_NOT_OWNED", "my-chart.png");
    assertThat(own.resolve("my-chart.png")).hasContent("mine");
    assertThat(CliProcess.names(dir)).containsExactly("file", "out", "own", "proj");
  }

  @Test
  void anEmptyOrOwnFolderIsReplacedAsAWholeWithNothingBeside() throws Exception {
    Path out = Files.createDirectories(dir.resolve("out"));
    Result first = CliProcess.inProcess("analyze", table.toString(), "--out", out.toString(),
        "--with-inverse");
    assertThat(first.code()).as(first.err()).isZero();
    assertThat(out.resolve("L.txt")).exists();
    assertThat(Files.readString(out.resolve(".sectoral-output.json")))
        .contains("\"writtenBy\": \"sectoral analyze ", "\"L.txt\"", "\"multipliers.csv\"");
    assertThat(CliProcess.inProcess("analyze", table.toString(), "--out", out.toString())
        .code()).isZero();
    assertThat(out.resolve("L.txt")).doesNotExist(); // not a mix of two runs
    assertThat(out.resolve("multipliers.csv")).exists();
    assertThat(CliProcess.names(dir)).containsExactly("out", "proj");
  }

  @Test
  void aFailedScenarioRerunLeavesThePreviousCompleteResults() throws Exception {
    JsonTableWriter.write(RandomEconomies.national(6, 5), dir.resolve("t.json"));
    Path ok = Files.writeString(dir.resolve("ok.json"), """
        {"table": "t.json", "analyses": [
          {"type": "localization", "sectors": ["S1"], "thetas": [0, 0.2]},
          {"type": "price", "exogenous": {"sector": "S2", "change": 0.08}}]}""");
    Path out = dir.resolve("scenario-out");
    Result first = CliProcess.inProcess("scenario", ok.toString(), "--out", out.toString());
    assertThat(first.code()).as(first.err()).isZero();
    Map<String, byte[]> before = CliProcess.tree(out);
    assertThat(before).containsKeys("results.json", "01-localization/localization.csv",
        "02-price/prices.csv");
    Path bad = Files.writeString(dir.resolve("bad.json"), """
        {"table": "t.json", "analyses": [
          {"type": "localization", "sectors": ["S1"], "thetas": [0, 0.3]},
          {"type": "price", "exogenous": {"sector": "S2", "change": -1.5}}]}""");
    Result second = CliProcess.inProcess("scenario", bad.toString(), "--out", out.toString());
    assertThat(second.code()).as(second.err()).isEqualTo(2);
    assertThat(second.err()).contains("analyses[1]", "OUT_OF_RANGE");
    assertThat(CliProcess.same(CliProcess.tree(out), before)).isTrue();
    assertThat(CliProcess.names(dir)).containsExactly("bad.json", "ok.json", "proj",
        "scenario-out", "t.json");
  }

  @Test
  void aTemporaryLeftByAKilledSingleFileWriteGoesWithTheNextWrite() throws Exception {
    Path stale = Files.writeString(dir.resolve(".t.json.5eed.tmp"), "{\"half");
    Result r = CliProcess.inProcess("convert", table.toString(), dir.resolve("t.json")
        .toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(stale).doesNotExist();
    assertThat(CliProcess.names(dir)).containsExactly("proj", "t.json");
  }
}
