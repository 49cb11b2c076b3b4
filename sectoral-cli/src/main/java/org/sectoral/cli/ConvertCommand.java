package org.sectoral.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.io.IOException;
import java.io.PrintWriter;
import org.sectoral.core.CancellationToken;
import org.sectoral.core.internal.files.OutputFolder;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.io.TableFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code sectoral convert}: reads a table in one format and writes it in another. */
@Command(name = "convert", mixinStandardHelpOptions = true,
    header = "Convert a table from one file format to another.",
    description = "The output format comes from --to or from OUT's name: .json → json, "
        + ".csv → tidy-csv, .xlsx → xlsx, a folder or .zip → pymrio. A file is replaced "
        + "atomically; a folder must be new, empty or one Sectoral wrote, and is replaced as a "
        + "whole. OUT is never IN or inside it. The progress of reading goes to stderr; Ctrl-C "
        + "leaves the previous OUT as it was.")
final class ConvertCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "IN", description = {"Input table: a file or folder,",
      "or " + TableInput.BUILTIN_HELP + "."})
  String input;

  @Parameters(index = "1", paramLabel = "OUT", description = "Output file or folder.")
  Path output;

  @Option(names = "--from", paramLabel = "F", converter = FormatChoice.Readable.class,
      completionCandidates = FormatChoice.ReadableIds.class,
      description = "Input format, one of ${COMPLETION-CANDIDATES} (default: detected).")
  FormatChoice from;

  @Option(names = "--to", paramLabel = "F", converter = FormatChoice.Writable.class,
      completionCandidates = FormatChoice.WritableIds.class,
      description = "Output format, one of ${COMPLETION-CANDIDATES} (default: from OUT's name).")
  FormatChoice to;

  @Override
  public Integer call() throws Exception {
    TableFormat f = TableInput.outputFormat(output, to);
    boolean folder = f.id().equals("pymrio")
        && !output.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip");
    PrintWriter err = spec.commandLine().getErr();
    CancellationToken token = SectoralCli.cancellation(spec);
    InputOutputTable t;
    if (folder) {
      try (OutputFolder o = CommandOutput.begin(spec, output, TableInput.paths(input))) {
        t = read(err, token);
        f.write(t, o.stage());
        token.throwIfCancelled("convert");
        o.commit();
      }
    } else {
      OutputFolder.checkFile(output, TableInput.paths(input));
      t = read(err, token);
      f.write(t, output); // an interrupt stops the write and deletes its temporary
    }
    spec.commandLine().getErr().printf(Locale.ROOT, "sectoral: wrote %s (%s, %d region-sectors)%n",
        output, f.id(), t.size());
    return 0;
  }

  private InputOutputTable read(PrintWriter err, CancellationToken token) throws IOException {
    InputOutputTable t = TableInput.load(input, from, new InputOptions(), Progress.files(err),
        token).table();
    token.throwIfCancelled("convert");
    err.println("sectoral: writing " + output);
    return t;
  }
}
