package org.sectoral.examples.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.io.TableFormat;
import org.sectoral.io.TableFormatException;
import org.sectoral.io.TableFormats;

/** Reading and writing tables for the commands: format by id, or detected from the path. */
final class TableInput {
  private static final TableFormats FORMATS = TableFormats.all();

  private TableInput() {}

  /** The ids of every format, for messages. */
  static String ids() {
    return String.join(", ", FORMATS.formats().stream().map(TableFormat::id).toList());
  }

  /** Reads a table, in the named format or (null) by detection. */
  static InputOutputTable read(Path in, FormatChoice format) throws IOException {
    if (!Files.exists(in)) {
      throw new NoSuchFileException(in.toString(), null, "no such file or folder");
    }
    if (format != null) {
      return format(format.id()).read(in);
    }
    return FORMATS.read(in);
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
