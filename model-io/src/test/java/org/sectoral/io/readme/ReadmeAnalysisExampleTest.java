package org.sectoral.io.readme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sectoral.core.linkage.KeySectorClass;
import org.sectoral.core.linkage.Linkages;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.core.testing.RandomEconomies;
import org.sectoral.io.json.JsonTableWriter;

/**
 * The README's one-call analysis and scenario run is {@link AnalysisExample} without its
 * package line: the test compares the two texts and runs the example on a seeded random table,
 * checking the key sectors it prints against {@link Linkages} and the files it writes.
 */
class ReadmeAnalysisExampleTest {
  private static final String MARKER = "<!-- AnalysisExample.java -->";
  @TempDir Path dir;

  private static Path moduleDir() {
    return Path.of(System.getProperty("basedir", "."));
  }

  @Test
  void readmeShowsTheExampleCompiledHere() throws Exception {
    String readme = Files.readString(moduleDir().resolve("../README.md"), StandardCharsets.UTF_8)
        .replace("\r\n", "\n");
    int marker = readme.indexOf(MARKER);
    assertThat(marker).as("README marker %s", MARKER).isNotNegative();
    int start = readme.indexOf("```java\n", marker) + "```java\n".length();
    String block = readme.substring(start, readme.indexOf("```\n", start));
    String source = Files.readString(moduleDir().resolve(
        "src/test/java/org/sectoral/io/readme/AnalysisExample.java"), StandardCharsets.UTF_8)
        .replace("\r\n", "\n");
    assertThat(block).isEqualTo(source.substring(source.indexOf(";\n") + 2).stripLeading());
  }

  @Test
  void exampleAnalysesATableAndRunsAScenarioFile() throws Exception {
    InputOutputTable t = RandomEconomies.national(8, 3);
    JsonTableWriter.write(t, dir.resolve("table.json"));
    Files.writeString(dir.resolve("scenario.json"), """
        {"table": "table.json", "analyses": [
          {"type": "scenario", "name": "Exports +10%", "shocks": [
            {"verb": "scaleFinalDemand", "category": "EXPORTS", "sectors": "all", "value": 1.1}]}]}
        """);
    PrintStream original = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      AnalysisExample.main(new String[] {dir.resolve("table.json").toString(),
          dir.resolve("scenario.json").toString(), dir.resolve("out").toString()});
    } finally {
      System.setOut(original);
    }
    String out = captured.toString(StandardCharsets.UTF_8);
    Linkages k = Linkages.of(org.sectoral.core.leontief.LeontiefModel.of(t));
    long key = k.keySectors().values().stream().filter(c -> c == KeySectorClass.KEY).count();
    assertThat(out.split("key sector ", -1)).hasSize((int) key + 1);
    assertThat(out).contains("Exports +10%: {change in output=");
    assertThat(dir.resolve("out/analysis/A.txt")).isRegularFile();
    assertThat(dir.resolve("out/analysis/multipliers.csv")).isRegularFile();
    assertThat(dir.resolve("out/scenario/results.json")).isRegularFile();
    assertThat(dir.resolve("out/scenario/01-exports-10/comparison.csv")).isRegularFile();
  }
}
