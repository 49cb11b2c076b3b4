package org.sectoral.io.scotland;

import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.sectoral.io.TableFormatException;

/**
 * Located access to the cells of one worksheet: text with whitespace collapsed, and numbers that
 * must be there, with errors naming {@code file[sheet]}, the 1-based row and column and the cell.
 */
final class SheetCells {
  private final String source; // file[sheet]
  private final Sheet sheet;

  SheetCells(String source, Sheet sheet) {
    this.source = source;
    this.sheet = sheet;
  }

  String source() {
    return source;
  }

  /** The last 0-based row index with content. */
  int lastRow() {
    return sheet.getLastRowNum();
  }

  /** The last 0-based column index of a row, −1 when the row is empty. */
  int lastColumn(int row) {
    Row r = sheet.getRow(row);
    return r == null ? -1 : r.getLastCellNum() - 1;
  }

  /** The cell's text, whitespace runs (including line breaks) collapsed to one space; "" if empty. */
  String text(int row, int col) {
    Cell c = cell(row, col);
    if (c == null) {
      return "";
    }
    String s = switch (c.getCellType()) {
      case STRING -> c.getStringCellValue();
      case NUMERIC -> {
        double v = c.getNumericCellValue();
        yield v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v)
            : Double.toString(v);
      }
      case FORMULA -> c.getCachedFormulaResultType() == CellType.STRING
          ? c.getStringCellValue() : "";
      default -> "";
    };
    return s.replaceAll("\\s+", " ").strip();
  }

  /** A number that must be present and finite. */
  double number(int row, int col) throws TableFormatException {
    Cell c = cell(row, col);
    CellType type = c == null ? CellType.BLANK : c.getCellType();
    if (type == CellType.FORMULA && c.getCachedFormulaResultType() == CellType.NUMERIC) {
      type = CellType.NUMERIC;
    }
    if (type != CellType.NUMERIC) {
      throw error(row, col, type == CellType.BLANK ? "empty cell where a number was expected"
          : "not a number (" + type.name().toLowerCase(Locale.ROOT) + " cell)");
    }
    double v = c.getNumericCellValue();
    if (!Double.isFinite(v)) {
      throw error(row, col, "NaN or infinite value");
    }
    return v;
  }

  /** An error at a 0-based cell position, showing the cell's text. */
  TableFormatException error(int row, int col, String problem) {
    return new TableFormatException(source, row + 1, col + 1, text(row, col), problem);
  }

  private Cell cell(int row, int col) {
    Row r = sheet.getRow(row);
    return r == null || col < 0 ? null : r.getCell(col);
  }
}
