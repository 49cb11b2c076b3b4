package org.sectoral.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sectoral.core.ProgressListener;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.io.TableLoader;
import org.sectoral.io.scenario.ScenarioFile;
import org.sectoral.io.scenario.ScenarioResults;
import org.sectoral.io.scenario.ScenarioRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code sectoral scenario}: runs the analyses of a JSON scenario file ({@link ScenarioRun}). */
@Command(name = "scenario", mixinStandardHelpOptions = true,
    header = "Run the analyses of a JSON scenario file.",
    description = "Runs each analysis of the file (scenario shocks, localization, investment, "
        + "projection, price, productionIndex, regional, sda) on its table and writes CSV "
        + "results and results.json to DIR. The format and its JSON Schema are in "
        + "model-io/FORMATS.md (\"Scenario files\").")
final class ScenarioCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "The scenario file (.json).")
  Path file;

  @Option(names = "--out", paramLabel = "DIR", required = true, description = "Output folder.")
  Path out;

  @Option(names = "--table", paramLabel = "TABLE",
      description = {"Table to use instead of the file's \"table\" field: a file, or",
          TableInput.BUILTIN_HELP + "."})
  String table;

  @Option(names = "--from", paramLabel = "F", converter = FormatChoice.Readable.class,
      completionCandidates = FormatChoice.ReadableIds.class,
      description = "Format of --table, one of ${COMPLETION-CANDIDATES} (default: detected).")
  FormatChoice from;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    ScenarioFile f = ScenarioFile.read(file);
    ScenarioResults results = run(f, table, from, err);
    results.write(out);
    err.println("sectoral: results in " + out.resolve("results.json"));
    return 0;
  }

  /** Runs a read scenario file on its table, or on {@code table} when given. */
  static ScenarioResults run(ScenarioFile f, String table, FormatChoice from, PrintWriter err)
      throws java.io.IOException {
    TableLoader files = TableInput.loader(null, new InputOptions());
    InputOutputTable t = table == null ? f.table(files) : TableInput.read(table, from);
    int n = f.analyses().size();
    ProgressListener progress = (stage, done, residual) -> {
      int i = (int) Math.round(done * n);
      if (i < n) {
        err.printf("sectoral: [%d/%d] %s (%s)%n", i + 1, n, stage, f.analyses().get(i).type());
      }
    };
    return ScenarioRun.of(f, t, files, progress);
  }
}
