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

  /** The ids of every format, for help texts. */
  static String ids() {
    return String.join(", ", FORMATS.formats().stream().map(TableFormat::id).toList());
  }

  /** Reads a table, with an explicit format id or by detection. */
  static InputOutputTable read(Path in, String formatId) throws IOException {
    if (!Files.exists(in)) {
      throw new NoSuchFileException(in.toString(), null, "no such file or folder");
    }
    if (formatId != null) {
      return format(formatId).read(in);
    }
    return FORMATS.read(in);
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
