package org.sectoral.io.excel;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import org.sectoral.core.internal.files.AtomicFiles;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.io.ReadLimits;

/**
 * An {@link InputOutputTable} as an Excel workbook (.xlsx): a {@code meta} sheet (name, unit,
 * balance tolerance, regions, sectors, final-demand columns, value-added rows, import rows,
 * satellite stressors) and one sheet per block — {@code Z}, {@code Y}, {@code imports},
 * {@code imported_final_demand}, {@code value_added}, {@code taxes}, {@code output} and one
 * {@code sat_…} sheet per satellite account — each with row labels in column A and column
 * labels in row 1. Numbers are stored as doubles and read back exactly. See FORMATS.md.
 */
public final class ExcelTables {
  private ExcelTables() {}

  /** Writes the table to {@code file} atomically (a temporary sibling moved into place). */
  public static void write(InputOutputTable table, Path file) throws IOException {
    checkNotNull(table, "table");
    AtomicFiles.write(file, out -> XlsxWriter.write(table, out));
  }

  /** The workbook's bytes (in memory: for small tables; {@link #write} streams to a file). */
  public static byte[] toBytes(InputOutputTable table) throws IOException {
    return XlsxWriter.write(checkNotNull(table, "table"));
  }

  /**
   * Reads a workbook written by {@link #write}.
   *
   * @throws org.sectoral.io.TableFormatException naming {@code file.xlsx[sheet]}, row and column
   */
  public static InputOutputTable read(Path file) throws IOException {
    return read(file, ReadLimits.defaults());
  }

  /**
   * Reads a workbook written by {@link #write} within the limits (the workbook file's size; POI
   * refuses entries that inflate more than 100 times).
   */
  public static InputOutputTable read(Path file, ReadLimits limits) throws IOException {
    return XlsxReader.read(checkNotNull(file, "file"), checkNotNull(limits, "limits"));
  }

  /** Reads a workbook from a stream named {@code source} (closed by the caller). */
  public static InputOutputTable read(String source, InputStream in) throws IOException {
    return XlsxReader.read(checkNotNull(source, "source"), checkNotNull(in, "in"),
        ReadLimits.defaults());
  }
}
