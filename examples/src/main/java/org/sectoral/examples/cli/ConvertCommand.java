package org.sectoral.examples.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.io.TableFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code sectoral convert}: reads a table in one format and writes it in another. */
@Command(name = "convert", mixinStandardHelpOptions = true,
    description = {"Convert a table between formats. Output format from --to or the name:",
        ".json → json, .csv → tidy-csv, .xlsx → xlsx, a folder or .zip → pymrio.",
        "Formats: ${sys:sectoral.formats} (wiod-niot, oecd-iot and oecd-icio are read-only)."})
final class ConvertCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "IN", description = "Input table.")
  Path input;

  @Parameters(index = "1", paramLabel = "OUT", description = "Output file or folder.")
  Path output;

  @Option(names = "--from", paramLabel = "F", description = "Input format (default: detected).")
  String from;

  @Option(names = "--to", paramLabel = "F", description = "Output format (default: from OUT).")
  String to;

  @Override
  public Integer call() throws Exception {
    try (SignalCancellation signal = SignalCancellation.install()) {
      java.io.PrintWriter err = spec.commandLine().getErr();
      InputOutputTable t = TableInput.load(input, from, new InputOptions(),
          AnalyzeCommand.progress(err), signal.token()).table();
      TableFormat f = TableInput.outputFormat(output, to);
      signal.token().throwIfCancelled("convert");
      err.println("sectoral: writing " + output);
      f.write(t, output);
      return report(t, f);
    }
  }

  private Integer report(InputOutputTable t, TableFormat f) {
    spec.commandLine().getErr().printf("sectoral: wrote %s (%s, %d region-sectors)%n", output,
        f.id(), t.size());
    return 0;
  }
}
