package org.sectoral.io.scotland;

import java.util.Map;
import java.util.TreeMap;
import org.sectoral.io.TableFormatException;

/**
 * The cells of one worksheet (Double for numbers, String for text) with located access: text
 * with whitespace collapsed, and numbers that must be there, with errors naming
 * {@code file[sheet]}, the 1-based row and column and the cell.
 */
final class SheetCells {
  private final String source; // file[sheet]
  private final TreeMap<Integer, TreeMap<Integer, Object>> rows;

  SheetCells(String source, TreeMap<Integer, TreeMap<Integer, Object>> rows) {
    this.source = source;
    this.rows = rows;
  }

  String source() {
    return source;
  }

  /** The last 0-based row index with content (−1 for an empty sheet). */
  int lastRow() {
    return rows.isEmpty() ? -1 : rows.lastKey();
  }

  /** The last 0-based column index of a row with content, −1 when the row is empty. */
  int lastColumn(int row) {
    TreeMap<Integer, Object> r = rows.get(row);
    return r == null || r.isEmpty() ? -1 : r.lastKey();
  }

  /** The cell's text, whitespace runs (including line breaks) collapsed to one space; "" if empty. */
  String text(int row, int col) {
    Object v = value(row, col);
    String s;
    if (v instanceof Double d) {
      s = d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString(d.longValue())
          : Double.toString(d);
    } else {
      s = v == null ? "" : v.toString();
    }
    return s.replaceAll("\\s+", " ").strip();
  }

  /** A number that must be present and finite. */
  double number(int row, int col) throws TableFormatException {
    Object v = value(row, col);
    if (v instanceof Double d) {
      if (!Double.isFinite(d)) {
        throw error(row, col, "NaN or infinite value");
      }
      return d;
    }
    throw error(row, col, v == null ? "empty cell where a number was expected"
        : "not a number (text cell)");
  }

  /** An error at a 0-based cell position, showing the cell's text. */
  TableFormatException error(int row, int col, String problem) {
    return new TableFormatException(source, row + 1, col + 1, text(row, col), problem);
  }

  private Object value(int row, int col) {
    Map<Integer, Object> r = rows.get(row);
    return r == null ? null : r.get(col);
  }
}
