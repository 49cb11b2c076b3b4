package org.sectoral.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sectoral.core.CancellationToken;
import org.sectoral.core.ProgressListener;
import org.sectoral.core.SectoralArgumentException;
import org.sectoral.core.SectoralException;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.examples.vietnam.VietNamTable;
import org.sectoral.io.BuiltinTables;
import org.sectoral.io.LoadedTable;
import org.sectoral.io.TableFormat;
import org.sectoral.io.TableFormatException;
import org.sectoral.io.TableFormats;
import org.sectoral.io.TableLoader;
import org.sectoral.io.pymrio.ValueAddedRow;

/**
 * Reading and writing tables for the commands: the options turned into a library
 * {@link TableLoader} (format by id or detected, {@code builtin:NAME} of the built-in tables).
 */
final class TableInput {
  private static final TableFormats FORMATS = TableFormats.all();

  /** The built-in tables the command line knows, registered explicitly. */
  static final BuiltinTables BUILTINS = BuiltinTables.of(new VietNamTable());

  /** How the help texts name the built-in tables. */
  static final String BUILTIN_HELP = "builtin:" + VietNamTable.NAME
      + " (the embedded calibrated estimate)";

  private TableInput() {}

  /** The ids of every format, for messages. */
  static String ids() {
    return String.join(", ", FORMATS.formats().stream().map(TableFormat::id).toList());
  }

  /** The loader of the options: the named format or detection, the reading choices. */
  static TableLoader loader(FormatChoice format, InputOptions options)
      throws TableFormatException {
    TableLoader.Builder b = TableLoader.builder().formats(FORMATS).builtins(BUILTINS)
        .importProportionality(options.importProportionality);
    if (format != null) {
      b.format(format.id());
    }
    for (String spec : options.valueAddedRows) {
      try {
        b.valueAddedRow(ValueAddedRow.parse(spec));
      } catch (IllegalArgumentException e) {
        throw TableFormatException.ofSource("--value-added-rows " + spec, e.getMessage());
      }
    }
    return b.build();
  }

  /** Reads a table (a path or {@code builtin:NAME}), in the named format or detected. */
  static InputOutputTable read(String in, FormatChoice format) throws IOException {
    return load(in, format, new InputOptions()).table();
  }

  /** Reads a table with the input options (see {@link TableLoader}). */
  static LoadedTable load(String in, FormatChoice format, InputOptions options)
      throws IOException {
    TableLoader loader = loader(format, options);
    return reading(in, () -> loader.load(in));
  }

  /**
   * Reads a table with the input options, reporting progress and stopping once
   * {@code cancellation} is cancelled.
   */
  static LoadedTable load(String in, FormatChoice format, InputOptions options,
      ProgressListener progress, CancellationToken cancellation) throws IOException {
    TableLoader loader = loader(format, options).toBuilder().progress(progress)
        .cancellation(cancellation).build();
    return reading(in, () -> loader.load(in));
  }

  /**
   * The files and folders of table references that are paths (nulls and {@code builtin:}
   * references skipped): the inputs an output folder must not hold or lie in.
   */
  static List<Path> paths(String... references) {
    List<Path> out = new ArrayList<>();
    for (String r : references) {
      if (r != null && !BuiltinTables.isReference(r)) {
        out.add(Path.of(r));
      }
    }
    return out;
  }

  /** Something that reads. */
  @FunctionalInterface
  interface Reading<T> {
    /** Reads. */
    T read() throws IOException;
  }

  /**
   * Runs a read of {@code in}; an unexpected exception of a reader (e.g. a
   * {@link NullPointerException} on content it did not foresee) becomes a
   * {@link TableFormatException} naming the file, so that the command ends with exit code 2 and
   * one line; Sectoral's coded exceptions pass unchanged.
   */
  static <T> T reading(String in, Reading<T> read) throws IOException {
    try {
      return read.read();
    } catch (SectoralException | SectoralArgumentException
        | java.util.concurrent.CancellationException e) {
      throw e;
    } catch (IllegalArgumentException e) {
      TableFormatException t = TableFormatException.ofSource(in, "not a valid table: "
          + e.getMessage());
      t.initCause(e);
      throw t;
    } catch (UncheckedIOException e) {
      throw e.getCause();
    } catch (RuntimeException | StackOverflowError e) {
      TableFormatException t = TableFormatException.ofSource(in, "cannot be read: "
          + "the reader failed on its content (" + e.getClass().getSimpleName()
          + (e.getMessage() == null ? "" : ": " + e.getMessage()) + "); please report this "
          + "with the file if you can share it");
      t.initCause(e);
      throw t;
    }
  }

  /**
   * The format to write {@code out} in: the named one, or (null) from the name (.json, .csv,
   * .xlsx, .zip, folder).
   */
  static TableFormat outputFormat(Path out, FormatChoice format) throws IOException {
    if (format != null) {
      return format(format.id());
    }
    String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".json")) {
      return format("json");
    }
    if (name.endsWith(".csv")) {
      return format("tidy-csv");
    }
    if (name.endsWith(".xlsx")) {
      return format("xlsx");
    }
    return format("pymrio"); // a folder or a .zip
  }

  /** The registered format with this id. */
  static TableFormat format(String id) throws TableFormatException {
    return FORMATS.byId(id).orElseThrow(() -> TableFormatException.ofSource(id,
        "unknown format; known formats: " + ids()));
  }
}
