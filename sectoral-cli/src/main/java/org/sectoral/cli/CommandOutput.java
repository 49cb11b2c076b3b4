package org.sectoral.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.sectoral.core.internal.files.OutputFolder;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParseResult;

/**
 * The output folder of a command, as an {@link OutputFolder} transaction: the command line is
 * recorded in its manifest, and the folder is checked (Sectoral's own or empty, no input in it)
 * before any input is read.
 */
final class CommandOutput {
  private CommandOutput() {}

  /** {@code sectoral analyze t.csv --out o}, as typed (arguments with spaces quoted). */
  static String text(CommandSpec spec) {
    List<String> words = new ArrayList<>(List.of("sectoral"));
    ParseResult p = spec.root().commandLine().getParseResult();
    List<String> args = p == null ? List.of(spec.name()) : p.originalArgs();
    for (String a : args) {
      words.add(a.isEmpty() || a.matches(".*[\\s\"'].*") ? "'" + a.replace("'", "'\\''") + "'"
          : a);
    }
    return String.join(" ", words);
  }

  /** Begins the transaction of {@code dir}, made from {@code inputs} (nulls skipped). */
  static OutputFolder begin(CommandSpec spec, Path dir, Collection<Path> inputs)
      throws IOException {
    return OutputFolder.begin(dir, text(spec), present(inputs));
  }

  /** The inputs that are given (nulls skipped). */
  static List<Path> present(Collection<Path> inputs) {
    List<Path> out = new ArrayList<>();
    for (Path p : inputs) {
      if (p != null) {
        out.add(p);
      }
    }
    return out;
  }

  /**
   * A writer that passes text on to {@code w} with paths in the stage replaced by where they
   * will be once committed, for progress lines of library code that names the files it writes.
   */
  static PrintWriter naming(PrintWriter w, OutputFolder o) {
    String staged = o.stage().toString();
    String target = o.requested().toString();
    return new PrintWriter(new Writer() {
      @Override
      public void write(char[] buf, int off, int len) {
        w.write(new String(buf, off, len).replace(staged, target));
      }

      @Override
      public void flush() {
        w.flush();
      }

      @Override
      public void close() {
        w.flush();
      }
    }, true);
  }
}
