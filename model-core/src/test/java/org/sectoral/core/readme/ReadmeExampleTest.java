package org.sectoral.core.readme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's embedding example is {@link TwoSectorExample} without its package line: the test
 * compares the two texts and runs the example against hand-checked numbers (A = [[0.2, 0],
 * [0.1, 0]] gives L = [[1.25, 0], [0.125, 1]], Type I output multiplier of textiles 1.375;
 * value-added coefficients 0.4 and 0.36 give domestic value-added contents 0.545 and 0.36, and
 * with exports of 50 each a share of 0.4525).
 */
class ReadmeExampleTest {
  private static final String MARKER = "<!-- TwoSectorExample.java -->";

  private static Path moduleDir() {
    return Path.of(System.getProperty("basedir", "."));
  }

  @Test
  void readmeShowsTheExampleCompiledHere() throws IOException {
    String readme = Files.readString(moduleDir().resolve("../README.md"), StandardCharsets.UTF_8)
        .replace("\r\n", "\n");
    int marker = readme.indexOf(MARKER);
    assertThat(marker).as("README marker %s", MARKER).isNotNegative();
    int start = readme.indexOf("```java\n", marker) + "```java\n".length();
    String block = readme.substring(start, readme.indexOf("```\n", start));
    String source = Files.readString(moduleDir().resolve(
        "src/test/java/org/sectoral/core/readme/TwoSectorExample.java"), StandardCharsets.UTF_8)
        .replace("\r\n", "\n");
    String withoutPackage = source.substring(source.indexOf(";\n") + 2).stripLeading();
    assertThat(block).isEqualTo(withoutPackage);
  }

  @Test
  void exampleRunsAndPrintsTheHandCheckedNumbers() {
    PrintStream original = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      TwoSectorExample.main(new String[0]);
    } finally {
      System.setOut(original);
    }
    String out = captured.toString(StandardCharsets.UTF_8).replace("\r\n", "\n");
    Matcher m = Pattern.compile("output multipliers of textiles: type I 1\\.3750, type II "
        + "(\\d\\.\\d{4})\n").matcher(out);
    assertThat(m.find()).as(out).isTrue();
    assertThat(Double.parseDouble(m.group(1))).isGreaterThan(1.375);
    assertThat(out).endsWith("domestic value added: 0.4525 of exports, 0.5450 of textiles\n");
  }
}
