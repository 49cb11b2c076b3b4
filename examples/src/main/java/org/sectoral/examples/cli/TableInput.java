package org.sectoral.examples.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sectoral.core.CancellationToken;
import org.sectoral.core.ProgressListener;
import org.sectoral.core.SectoralException;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.io.PublishedFormat;
import org.sectoral.io.StandardFormat;
import org.sectoral.io.TableFormat;
import org.sectoral.io.TableFormatException;
import org.sectoral.io.TableFormats;
import org.sectoral.io.exiobase.Exiobase3Reader;
import org.sectoral.io.oecd.OecdIotReader;
import org.sectoral.io.pymrio.PymrioReader;
import org.sectoral.io.pymrio.PymrioSystem;
import org.sectoral.io.pymrio.ValueAddedRow;

/** Reading and writing tables for the commands: format by id, or detected from the path. */
final class TableInput {
  private static final TableFormats FORMATS = TableFormats.all();

  /**
   * A table as read for a command: the pymrio system it came from (null for other formats), and
   * warnings to print before any result.
   */
  record Loaded(InputOutputTable table, PymrioSystem pymrio, List<String> warnings) {}

  private TableInput() {}

  /** The ids of every format, for help texts. */
  static String ids() {
    return String.join(", ", FORMATS.formats().stream().map(TableFormat::id).toList());
  }

  /** Reads a table, with an explicit format id or by detection. */
  static InputOutputTable read(Path in, String formatId) throws IOException {
    return load(in, formatId, new InputOptions()).table();
  }

  /**
   * Reads a table with the input options: a pymrio folder with pymrio's semantics (and explicit
   * value-added rows), an OECD total-flows table with a warning or split by import
   * proportionality.
   */
  static Loaded load(Path in, String formatId, InputOptions options) throws IOException {
    return load(in, formatId, options, ProgressListener.NONE, null);
  }

  /** As {@link #load(Path, String, InputOptions)}, reporting progress and watching a token. */
  static Loaded load(Path in, String formatId, InputOptions options, ProgressListener progress,
      CancellationToken token) throws IOException {
    if (!Files.exists(in)) {
      throw new NoSuchFileException(in.toString(), null, "no such file or folder");
    }
    TableFormat format = formatId != null ? format(formatId) : FORMATS.detect(in).orElseThrow(
        () -> TableFormatException.ofSource(in.toString(), "no registered format recognises it"
            + " (known: " + ids() + ")"));
    boolean pymrio = format == StandardFormat.PYMRIO || format == PublishedFormat.EXIOBASE_3;
    if (!options.valueAddedRows.isEmpty() && !pymrio) {
      throw TableFormatException.ofSource(in.toString(), "--value-added-rows applies to pymrio"
          + " folders and EXIOBASE 3 archives only; this is read as " + format.id());
    }
    List<String> warnings = new ArrayList<>();
    if (pymrio) {
      PymrioReader reader = (format == PublishedFormat.EXIOBASE_3
          ? Exiobase3Reader.create().pymrioReader() : PymrioReader.create()).flowsOnly(true)
          .progress(progress);
      if (token != null) {
        reader = reader.cancellation(token);
      }
      for (String spec : options.valueAddedRows) {
        try {
          reader = reader.valueAdded(ValueAddedRow.parse(spec));
        } catch (IllegalArgumentException e) {
          throw TableFormatException.ofSource("--value-added-rows " + spec, e.getMessage());
        }
      }
      PymrioSystem system = reader.readSystem(in);
      try {
        return new Loaded(reader.table(system), system, warnings);
      } catch (SectoralException e) {
        TableFormatException t = TableFormatException.ofSource(in.toString(),
            "not a valid input-output table: " + e.getMessage());
        t.initCause(e);
        throw t;
      }
    }
    if (format == PublishedFormat.OECD_IOT && OecdIotReader.importsFileOf(in).isEmpty()) {
      if (options.importProportionality) {
        warnings.add(in.getFileName() + ": imports split from total flows by the"
            + " import-proportionality assumption; domestic results are estimates");
        return new Loaded(OecdIotReader.create().importProportionality(true).readTotal(in), null,
            warnings);
      }
      warnings.add(in.getFileName() + " is an OECD total-flows (ttl) table: domestic and"
          + " imported flows are not separated, so its multipliers and linkages count imported"
          + " inputs as domestic and overstate domestic effects. Load the CCCyyyydom.csv +"
          + " CCCyyyyimp.csv pair, or pass --assume-import-proportionality (an estimate).");
    } else if (options.importProportionality) {
      throw TableFormatException.ofSource(in.toString(), "--assume-import-proportionality"
          + " applies to OECD total-flows (ttl) tables only; this is read as " + format.id());
    }
    return new Loaded(format.read(in), null, warnings);
  }

  /** The format to write {@code out} in: explicit, or from the name (.json, .csv, .xlsx, .zip, folder). */
  static TableFormat outputFormat(Path out, String formatId) throws IOException {
    if (formatId != null) {
      return format(formatId);
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

  private static TableFormat format(String id) throws TableFormatException {
    return FORMATS.byId(id).orElseThrow(() -> TableFormatException.ofSource(id,
        "unknown format; known formats: " + ids()));
  }
}
