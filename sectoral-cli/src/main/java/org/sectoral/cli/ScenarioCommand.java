package org.sectoral.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.sectoral.core.ProgressListener;
import org.sectoral.core.internal.files.OutputFolder;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.io.BuiltinTables;
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

  @Option(names = "--out", paramLabel = "DIR", required = true,
      description = "Output folder: new, empty, or one Sectoral wrote (replaced as a whole).")
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
    List<Path> inputs = new ArrayList<>(List.of(file));
    inputs.addAll(TableInput.paths(table));
    try (OutputFolder o = CommandOutput.begin(spec, out, inputs)) {
      ScenarioFile f = ScenarioFile.read(file);
      ScenarioResults results = run(f, table, from, out, err);
      results.write(o.stage());
      o.commit();
    }
    err.println("sectoral: results in " + out.resolve("results.json"));
    return 0;
  }

  /**
   * Runs a read scenario file on its table, or on {@code table} when given; the table the file
   * names is refused when it lies in {@code out} (or {@code out} in it) before it is read.
   */
  static ScenarioResults run(ScenarioFile f, String table, FormatChoice from, Path out,
      PrintWriter err) throws java.io.IOException {
    TableLoader files = TableInput.loader(null, new InputOptions());
    InputOutputTable t;
    if (table == null) {
      String ref = f.tableReference().orElse(null);
      List<Path> named = new ArrayList<>();
      for (Path p : TableInput.paths(ref)) {
        named.add(f.baseDir().resolve(p));
      }
      OutputFolder.check(out, named);
      String name = ref == null ? f.source() : BuiltinTables.isReference(ref) ? ref
          : f.baseDir().resolve(ref).toString();
      t = TableInput.reading(name, () -> f.table(files));
    } else {
      t = TableInput.read(table, from);
    }
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
