package org.sectoral.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sectoral.core.ErrorCode;
import org.sectoral.core.SectoralException;
import org.sectoral.core.testing.RandomEconomies;
import org.sectoral.cli.CliProcess.Result;
import org.sectoral.io.json.JsonTableWriter;

/**
 * Bad input at the command line: every case ends with exit code 2 and one line that names the
 * code or the place (file, JSON path, option), and no stack trace; nothing is written. Out of
 * memory and bugs end with exit code 3 and one line.
 */
class ErrorCatalogueCliTest {
  @TempDir Path dir;
  private Path table;
  private Path json;

  @BeforeEach
  void inputs() throws Exception {
    table = dir.resolve("in/AUS_NIOT_2014.csv");
    Files.createDirectories(table.getParent());
    try (InputStream in = getClass().getResourceAsStream(
        "/fixtures/wiod_2016/AUS_NIOT_2014.csv")) {
      Files.copy(in, table);
    }
    json = dir.resolve("in/t.json"); // the scenario files' table: S0 … S5, imports by product
    JsonTableWriter.write(RandomEconomies.national(6, 5), json);
  }

  private Path file(String name, String content) throws Exception {
    return Files.writeString(dir.resolve("in/" + name), content, StandardCharsets.UTF_8);
  }

  private Path scenario(String name, String analyses) throws Exception {
    return file(name, "{\"table\": \"t.json\", \"analyses\": [" + analyses + "]}");
  }

  /** One case: the arguments and what the message must contain. */
  private record Case(List<String> args, List<String> words) {}

  private static Case of(List<String> args, String... words) {
    return new Case(args, List.of(words));
  }

  @Test
  void everyBadInputExitsTwoWithALocatedOneLineMessage() throws Exception {
    String out = dir.resolve("out").toString();
    String missing = dir.resolve("in/missing.csv").toString();
    Path nullJson = file("null.json", "null");
    Path emptyTidy = file("empty.csv", "\"\"");
    Path nul = file("nul.csv", "\0");
    Path garbage = file("garbage.json", "{ \"format\": ");
    Path foreign = Files.createDirectories(dir.resolve("foreign"));
    Files.writeString(foreign.resolve("notes.txt"), "mine");
    Path plainFile = file("plain.txt", "x");
    String t = table.toString();
    List<Case> cases = new ArrayList<>(List.of(
        of(List.of("validate", nullJson.toString()), "null.json"),
        of(List.of("analyze", nullJson.toString(), "--out", out), "null.json"),
        of(List.of("validate", emptyTidy.toString()), "empty.csv"),
        of(List.of("validate", nul.toString()), "nul.csv"),
        of(List.of("validate", garbage.toString()), "garbage.json"),
        of(List.of("analyze", t, "--out", out, "--tolerance", "0"), "--tolerance"),
        of(List.of("analyze", t, "--out", out, "--tolerance", "NaN"), "--tolerance", "NaN"),
        of(List.of("analyze", t, "--out", out, "--tolerance", "1"), "--tolerance"),
        of(List.of("analyze", t, "--out", out, "--from", "csv"), "'csv' is not a format"),
        of(List.of("analyze", t, "--out", out, "--solver", "lu"), "'lu' is not a solver"),
        of(List.of("convert", t, out + ".x", "--to", "wiod-niot"), "read-only"),
        of(List.of("analyze", missing, "--out", out), "missing.csv", "no such file"),
        of(List.of("validate", missing), "missing.csv", "no such file"),
        of(List.of("analyze", missing, "--out", out, "--household-income", "-5"),
            "--household-income", "-5"),
        of(List.of("analyze", missing, "--out", out, "--household-income", "lots"),
            "--household-income", "is not a number"),
        of(List.of("analyze", missing, "--out", out, "--household-surplus-share", "1.5"),
            "--household-surplus-share"),
        of(List.of("analyze", t, "--out", out, "--household-income", "XYZ=5"),
            "region \"XYZ\""),
        of(List.of("analyze", t, "--out", table.getParent().toString()),
            "OUTPUT_OVERLAPS_INPUT", "AUS_NIOT_2014.csv"),
        of(List.of("analyze", t, "--out", foreign.toString()), "OUTPUT_NOT_OWNED",
            "notes.txt"),
        of(List.of("analyze", t, "--out", plainFile.toString()), "OUTPUT_NOT_OWNED",
            "is a file"),
        of(List.of("convert", t, t, "--to", "tidy-csv"), "OUTPUT_OVERLAPS_INPUT"),
        of(List.of("montecarlo", missing, "--out", out, "--draws", "0"), "--draws"),
        of(List.of("montecarlo", missing, "--out", out, "--cv", "NaN"), "--cv"),
        of(List.of("montecarlo", missing, "--out", out, "--threads", "0"), "--threads"),
        of(List.of("montecarlo", missing, "--out", out, "--percentiles", "5,100"),
            "--percentiles"),
        of(List.of("montecarlo", missing, "--out", out, "--result", "gdp"), "--result"),
        of(List.of("montecarlo", missing, "--out", out, "--perturb", "prices"), "--perturb"),
        of(List.of("run", "no-such-simulation"), "Unknown simulation"),
        of(List.of("frobnicate"), "frobnicate"),
        of(List.of("scenario", file("bad-syntax.json", "{\"table\": \"t.json\",\n ]")
            .toString(), "--out", out), "bad-syntax.json:2", "not valid JSON"),
        of(List.of("scenario", scenario("theta.json",
            "{\"type\": \"localization\", \"sectors\": [\"S1\"], \"thetas\": [0, 1.5]}")
            .toString(), "--out", out), "theta.json", "analyses[0]", "OUT_OF_RANGE",
            "thetas"),
        of(List.of("scenario", scenario("empty-thetas.json",
            "{\"type\": \"localization\", \"sectors\": [\"S1\"], \"thetas\": []}")
            .toString(), "--out", out), "analyses[0]", "OUT_OF_RANGE"),
        of(List.of("scenario", scenario("key.json",
            "{\"type\": \"localization\", \"sectors\": [\"S1\"], \"thetas\": [0.1], "
                + "\"thta\": 1}").toString(), "--out", out),
            "key.json", "analyses[0].thta: unknown key", "allowed: type, name, description,"
                + " sectors, thetas"),
        of(List.of("scenario", file("rootkey.json", "{\"table\": \"t.json\", \"analysis\": "
            + "[]}").toString(), "--out", out), "analysis: unknown key",
            "allowed: $schema, description, table, households, analyses"),
        of(List.of("scenario", file("rootkey2.json", "{\"table\": \"t.json\", \"analyses\": "
            + "[], \"houshold\": {}}").toString(), "--out", out), "houshold: unknown key"),
        of(List.of("scenario", scenario("shockkey.json",
            "{\"type\": \"scenario\", \"shocks\": [{\"verb\": \"localize\", \"sectors\": "
                + "[\"S1\"], \"theta\": 0.2, \"product\": [\"S2\"]}]}").toString(), "--out",
            out), "analyses[0].shocks[0].product: unknown key", "products"),
        of(List.of("scenario", scenario("share.json",
            "{\"type\": \"projection\", \"baseYear\": 2024, \"lastYear\": 2030, \"rate\": "
                + "0.05, \"target\": {\"group\": [\"S1\"], \"valueAddedShare\": 1.5, "
                + "\"year\": 2030}}").toString(), "--out", out), "analyses[0]", "OUT_OF_RANGE"),
        of(List.of("scenario", scenario("delta.json",
            "{\"type\": \"regional\", \"region\": \"R\", \"regionalOutput\": {\"S1\": 10},"
                + " \"method\": \"flq\", \"delta\": -0.1}").toString(), "--out", out),
            "analyses[0]", "OUT_OF_RANGE", "delta"),
        of(List.of("scenario", scenario("huge.json",
            "{\"type\": \"scenario\", \"shocks\": [{\"verb\": \"addFinalDemand\", "
                + "\"category\": \"EXPORTS\", \"sectors\": [\"S1\"], \"value\": 1e400}]}")
            .toString(), "--out", out), "analyses[0]", "NON_FINITE_VALUE"),
        of(List.of("scenario", scenario("price.json",
            "{\"type\": \"price\", \"exogenous\": {\"sector\": \"S2\", \"change\": -1.5}}")
            .toString(), "--out", out), "analyses[0]", "OUT_OF_RANGE"),
        of(List.of("scenario", scenario("verb.json",
            "{\"type\": \"scenario\", \"shocks\": [{\"verb\": \"scal\"}]}").toString(),
            "--out", out), "analyses[0].shocks[0].verb", "unknown verb")));
    List<String> failures = new ArrayList<>();
    for (Case c : cases) {
      Result r = CliProcess.inProcess(c.args().toArray(String[]::new));
      String firstLine = r.err().lines().filter(l -> l.startsWith("sectoral: ")).findFirst()
          .orElse("");
      if (r.code() != 2 || firstLine.isEmpty()
          || c.words().stream().anyMatch(w -> !r.err().contains(w))
          || r.err().contains("\tat ") || r.err().contains("Exception in thread")) {
        failures.add(c.args() + " → " + r.code() + ": " + r.err());
      }
    }
    assertThat(failures).isEmpty();
    assertThat(cases).hasSizeGreaterThanOrEqualTo(40);
    assertThat(dir.resolve("out")).doesNotExist();
    assertThat(CliProcess.names(foreign)).containsExactly("notes.txt");
  }

  @Test
  void aFailedCheckExitsOneAndOutOfMemoryOrABugExitThree() {
    StringWriter err = new StringWriter();
    PrintWriter w = new PrintWriter(err, true);
    assertThat(Failures.report(new SectoralException(ErrorCode.NOT_PRODUCTIVE, "not"), w))
        .isEqualTo(1);
    assertThat(Failures.report(new SectoralException(ErrorCode.UNKNOWN_KEY, "no S9"), w))
        .isEqualTo(2);
    assertThat(Failures.report(new OutOfMemoryError("Java heap space"), w)).isEqualTo(3);
    assertThat(Failures.report(new NullPointerException("x is null"), w)).isEqualTo(3);
    assertThat(Failures.report(new java.io.UncheckedIOException(
        new java.nio.file.AccessDeniedException("/x")), w)).isEqualTo(2);
    assertThat(err.toString().lines()).containsExactly(
        "sectoral: [NOT_PRODUCTIVE] not",
        "sectoral: [UNKNOWN_KEY] no S9",
        "sectoral: not enough memory: Java may use " + String.format(java.util.Locale.ROOT,
            "%,d", Runtime.getRuntime().maxMemory() >> 20) + " MB here; give it more, e.g. "
            + "SECTORAL_JAVA_OPTS=-Xmx16g ./sectoral …, or use a smaller table",
        "sectoral: internal error (NullPointerException: x is null). This is a bug in "
            + "Sectoral: please report it with the command you ran; "
            + "SECTORAL_JAVA_OPTS=-Dsectoral.debug=true shows the details",
        "sectoral: /x: permission denied");
  }
}
