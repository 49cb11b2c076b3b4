package org.sectoral.io.scotland;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sectoral.io.TableFormatException;
import org.sectoral.io.layout.Layout;

/**
 * Where things are in an {@code IxI} sheet: the header row (code header in column B), the
 * industry columns (from column D to the intermediate total) with their codes in the row above,
 * the industry rows (codes in column B down to the domestic-total row) which must list the same
 * codes in the same order, the final-use columns by header label and the rows below the
 * industries by code.
 */
final class IxiSheet {
  static final int YEAR_COLUMN = 0;
  static final int CODE_COLUMN = 1;
  static final int NAME_COLUMN = 2;
  static final int FIRST_INDUSTRY_COLUMN = 3;

  private final SheetCells cells;
  private final int header;
  private final int[] industryColumns;
  private final int[] industryRows;
  private final List<String> codes;
  private final Map<String, Integer> finalUse = new LinkedHashMap<>();
  private final Map<String, Integer> rowsBelow = new HashMap<>();

  IxiSheet(SheetCells cells, Layout layout) throws TableFormatException {
    this.cells = cells;
    String codeHeader = layout.code(ScotlandIxiReader.CODE_HEADER);
    int h = -1;
    for (int r = 0; r <= cells.lastRow() && h < 0; r++) {
      if (cells.text(r, CODE_COLUMN).equals(codeHeader)) {
        h = r;
      }
    }
    if (h < 1) {
      throw TableFormatException.ofSource(cells.source(), "no header row with \"" + codeHeader
          + "\" in column B (and the industries' codes in the row above) of the "
          + layout.name());
    }
    this.header = h;
    String total = layout.code(ScotlandIxiReader.INTERMEDIATE_TOTAL);
    int last = cells.lastColumn(h);
    int end = -1;
    for (int c = FIRST_INDUSTRY_COLUMN; c <= last && end < 0; c++) {
      if (cells.text(h, c).equals(total)) {
        end = c;
      }
    }
    if (end <= FIRST_INDUSTRY_COLUMN) {
      throw cells.error(h, FIRST_INDUSTRY_COLUMN, "expected industry columns from column D "
          + "up to a column headed \"" + total + "\"; not found");
    }
    industryColumns = new int[end - FIRST_INDUSTRY_COLUMN];
    codes = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (int k = 0; k < industryColumns.length; k++) {
      int c = FIRST_INDUSTRY_COLUMN + k;
      industryColumns[k] = c;
      String code = cells.text(h - 1, c);
      if (code.isEmpty()) {
        throw cells.error(h - 1, c, "expected the industry's code above its header");
      }
      if (seen.put(code, c) != null) {
        throw cells.error(h - 1, c, "industry code \"" + code + "\" appears twice");
      }
      codes.add(code);
    }
    for (int c = end + 1; c <= last; c++) {
      String label = cells.text(h, c);
      if (!label.isEmpty()) {
        finalUse.putIfAbsent(label, c);
      }
    }
    String domesticTotal = layout.code(ScotlandIxiReader.DOMESTIC_TOTAL);
    industryRows = new int[codes.size()];
    int r = h + 1;
    for (int k = 0; k < codes.size(); k++, r++) {
      String code = cells.text(r, CODE_COLUMN);
      if (!code.equals(codes.get(k))) {
        throw cells.error(r, CODE_COLUMN, "expected industry \"" + codes.get(k) + "\" (the "
            + "industries' rows must list the codes of the columns, in the same order)");
      }
      industryRows[k] = r;
    }
    if (!cells.text(r, CODE_COLUMN).equals(domesticTotal)) {
      throw cells.error(r, CODE_COLUMN, "expected the row \"" + domesticTotal + "\" after the "
          + codes.size() + " industries");
    }
    for (; r <= cells.lastRow(); r++) {
      String code = cells.text(r, CODE_COLUMN);
      if (!code.isEmpty()) {
        rowsBelow.putIfAbsent(code, r);
      }
    }
  }

  SheetCells cells() {
    return cells;
  }

  /** 0-based columns of the industries. */
  int[] industryColumns() {
    return industryColumns;
  }

  /** 0-based rows of the industries, in column order. */
  int[] industryRows() {
    return industryRows;
  }

  /** The industries' codes. */
  List<String> codes() {
    return codes;
  }

  /** The 0-based row whose column B holds {@code code}, below the industries. */
  int row(String code, String role) throws TableFormatException {
    Integer r = rowsBelow.get(code);
    if (r == null) {
      throw cells.error(industryRows[industryRows.length - 1] + 1, CODE_COLUMN,
          "expected a " + role + " with code \"" + code + "\" in column B below the industries; "
              + "not found (rows there: " + rowsBelow.keySet() + ")");
    }
    return r;
  }

  /** The 0-based column of a final-use column, by its header label. */
  int finalUseColumn(String label) throws TableFormatException {
    Integer c = finalUse.get(label);
    if (c == null) {
      throw cells.error(header, industryColumns[industryColumns.length - 1] + 1,
          "expected a final-use column headed \"" + label + "\" after the industries; not found "
              + "(headers there: " + finalUse.keySet() + ")");
    }
    return c;
  }
}
