package org.sectoral.io.scotland;

import java.io.IOException;
import java.io.InputStream;
import java.util.TreeMap;
import org.sectoral.io.ReadLimits;
import org.sectoral.io.TableFormatException;
import org.sectoral.io.excel.XlsxSheets;

/**
 * Reads the cell values of one worksheet of an .xlsx with POI's event API
 * ({@link XlsxSheets}: SAX over the sheet's XML), the other sheets never parsed. Numbers are the
 * stored text read as doubles (exactly what POI's user model returns), strings are resolved from
 * the shared-strings table; formula cells give their cached result. Holds the sheet's cells, not
 * its styles.
 */
final class SheetXml {
  private SheetXml() {}

  /**
   * The cells of sheet {@code name} of the workbook in {@code in}.
   *
   * @throws TableFormatException when the stream is not an .xlsx or has no such sheet
   */
  static SheetCells read(String source, InputStream in, String name) throws IOException {
    try (XlsxSheets book = XlsxSheets.open(source, in, ReadLimits.defaults())) {
      TreeMap<Integer, TreeMap<Integer, Object>> rows = new TreeMap<>();
      book.read(name, (row, col, kind, text, number) -> rows.computeIfAbsent(row,
          k -> new TreeMap<>()).put(col, kind == XlsxSheets.Kind.NUMBER ? (Object) number
              : text.toString()));
      return new SheetCells(source + "[" + name + "]", rows);
    }
  }
}
