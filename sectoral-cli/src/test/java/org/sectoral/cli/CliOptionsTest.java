package org.sectoral.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.core.testing.RandomEconomies;
import org.sectoral.io.TableFormat;
import org.sectoral.io.TableFormats;
import picocli.CommandLine;

/** Help texts and option checking: fixed choices are checked before any file is read. */
class CliOptionsTest {
  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private CommandLine commandLine() {
    return SectoralCli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true));
  }

  private int run(String... args) {
    return commandLine().execute(args);
  }

  @Test
  void everyHelpPrintsWithoutPicocliWarnings() {
    PrintStream original = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      assertThat(run("--help")).isZero();
      for (String command : commandLine().getSubcommands().keySet()) {
        if (!command.equals("help")) {
          assertThat(run(command, "--help")).as(command).isZero();
        }
      }
    } finally {
      System.setErr(original);
    }
    assertThat(captured.toString(StandardCharsets.UTF_8)).doesNotContain("picocli", "WARN");
    assertThat(err.toString()).isEmpty();
    assertThat(out.toString()).contains("Usage: sectoral analyze", "25% density")
        .doesNotContain("%%", "${");
  }

  @Test
  void commandSummariesAreWholeSentences() {
    Map<String, CommandLine> commands = commandLine().getSubcommands();
    assertThat(commands).containsKeys("demo", "run", "validate", "convert", "analyze",
        "scenario", "montecarlo");
    commands.forEach((name, cl) -> {
      String[] header = cl.getCommandSpec().usageMessage().header();
      String summary = header.length > 0 ? String.join(" ", header)
          : cl.getCommandSpec().usageMessage().description()[0];
      assertThat(summary).as(name).matches("[A-Z][^.]*[a-z)]\\.");
    });
    run("--help");
    assertThat(out.toString()).containsPattern(
        "analyze +Compute a table's multipliers, linkages, footprints and value");
  }

  @Test
  void badChoicesExitTwoBeforeAnyFileIsRead() {
    String missing = dir.resolve("missing.csv").toString();
    String outDir = dir.resolve("out").toString();
    List<List<String>> bad = List.of(
        List.of("analyze", missing, "--out", outDir, "--from", "nope"),
        List.of("analyze", missing, "--out", outDir, "--solver", "lu"),
        List.of("analyze", missing, "--out", outDir, "--tolerance", "0"),
        List.of("analyze", missing, "--out", outDir, "--tolerance", "NaN"),
        List.of("validate", missing, "--format", "csv"),
        List.of("convert", missing, outDir, "--from", "wiod"),
        List.of("convert", missing, outDir, "--to", "wiod-niot"),
        List.of("scenario", missing, "--out", outDir, "--table", missing, "--from", "x"));
    for (List<String> args : bad) {
      StringWriter e = new StringWriter();
      int code = SectoralCli.commandLine(new PrintWriter(new StringWriter(), true),
          new PrintWriter(e, true)).execute(args.toArray(String[]::new));
      assertThat(code).as("%s", args).isEqualTo(2);
      assertThat(e.toString()).as("%s", args)
          .containsAnyOf("Invalid value for option", "must be above 0")
          .doesNotContain("missing.csv", "Exception", "\tat ");
    }
    assertThat(dir.resolve("out")).doesNotExist();
  }

  @Test
  void choicesAreCaseInsensitiveAndNameTheValidOnes() {
    assertThat(FormatChoice.of("TIDY-CSV", false)).isEqualTo(FormatChoice.TIDY_CSV);
    assertThat(new SolverChoice.Converter().convert("Iterative"))
        .isEqualTo(SolverChoice.ITERATIVE);
    assertThatThrownBy(() -> FormatChoice.of("oecd-iot", true))
        .hasMessage("'oecd-iot' is read-only; one of pymrio, tidy-csv, json, xlsx can be "
            + "written");
    assertThatThrownBy(() -> new SolverChoice.Converter().convert("lu"))
        .hasMessage("'lu' is not a solver; expected direct or iterative");
  }

  /** The command line's list of formats is the library's registry, writability included. */
  @Test
  void formatChoicesAreExactlyTheRegisteredFormats() throws Exception {
    TableFormats registry = TableFormats.all();
    assertThat(Arrays.stream(FormatChoice.values()).map(FormatChoice::id))
        .containsExactlyInAnyOrderElementsOf(
            registry.formats().stream().map(TableFormat::id).toList());
    InputOutputTable table = RandomEconomies.national(3, 7);
    for (FormatChoice f : FormatChoice.values()) {
      TableFormat format = registry.byId(f.id()).orElseThrow();
      Path target = dir.resolve("t-" + f.id() + (f == FormatChoice.PYMRIO ? "" : ".out"));
      if (f.writable()) {
        format.write(table, target);
        assertThat(target).as(f.id()).exists();
      } else {
        assertThatThrownBy(() -> format.write(table, target)).as(f.id())
            .isInstanceOf(UnsupportedOperationException.class);
        assertThat(Files.exists(target)).as(f.id()).isFalse();
      }
    }
  }
}
