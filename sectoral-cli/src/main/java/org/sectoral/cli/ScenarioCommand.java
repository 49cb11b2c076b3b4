package org.sectoral.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.examples.scenario.ScenarioFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code sectoral scenario}: runs the analyses of a JSON scenario file. */
@Command(name = "scenario", mixinStandardHelpOptions = true,
    header = "Run the analyses of a JSON scenario file.",
    description = "Runs each analysis of the file (scenario shocks, localization, investment, "
        + "projection, price, productionIndex, regional, sda) on its table and writes CSV "
        + "results and results.json to DIR. See the README section \"Scenario files\".")
final class ScenarioCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "The scenario file (.json).")
  Path file;

  @Option(names = "--out", paramLabel = "DIR", required = true, description = "Output folder.")
  Path out;

  @Option(names = "--table", paramLabel = "TABLE",
      description = {"Table to use instead of the file's \"table\" field: a file, or",
          "builtin:vietnam-southeast-2024 (the embedded calibrated estimate)."})
  String table;

  @Option(names = "--from", paramLabel = "F", converter = FormatChoice.Readable.class,
      completionCandidates = FormatChoice.ReadableIds.class,
      description = "Format of --table, one of ${COMPLETION-CANDIDATES} (default: detected).")
  FormatChoice from;

  @Override
  public Integer call() throws Exception {
    ScenarioFile f = ScenarioFile.read(file);
    InputOutputTable t = table == null ? f.table()
        : table.equals(ScenarioFile.BUILTIN_VIETNAM) ? ScenarioFile.resolve(table, Path.of("."))
        : TableInput.read(Path.of(table), from);
    f.run(t, out, spec.commandLine().getErr());
    spec.commandLine().getErr().println("sectoral: results in " + out.resolve("results.json"));
    return 0;
  }
}
