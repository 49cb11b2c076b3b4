package org.sectoral.io.csv;

import com.google.common.collect.ImmutableList;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.sectoral.io.ReadLimits;
import org.sectoral.io.TableFormatException;
import org.sectoral.io.text.CellReader;
import org.sectoral.io.text.Delimiters;

/**
 * A small delimited text file read into rows of cells that remember their line, so every parse
 * error names the source, 1-based line and column, and the cell: for published national tables
 * of a few hundred rows. Large files are read as a stream with
 * {@link org.sectoral.io.text.CellReader}, which this class uses and whose text rules it shares
 * (UTF-8 with an optional byte-order mark, blank lines skipped, cells trimmed, RFC 4180 quotes).
 * Reading stops at the {@link ReadLimits}.
 */
public final class DelimitedFile {
  /** One non-blank line: its 1-based line number and cells. */
  public record Row(int line, ImmutableList<String> cells) {
    /** The number of cells. */
    public int size() {
      return cells.size();
    }

    /** The cell at a 0-based index, or "" past the end. */
    public String cell(int i) {
      return i < cells.size() ? cells.get(i) : "";
    }
  }

  private final String source;
  private final char delimiter;
  private final ImmutableList<Row> rows;

  private DelimitedFile(String source, char delimiter, ImmutableList<Row> rows) {
    this.source = source;
    this.delimiter = delimiter;
    this.rows = rows;
  }

  /** Reads a file with the given delimiter (',' or '\t' or ';') and the default limits. */
  public static DelimitedFile read(Path file, char delimiter) throws IOException {
    try (CellReader r = CellReader.open(file, delimiter, ReadLimits.defaults())) {
      return read(r);
    }
  }

  /** Reads a stream (closed by the caller) named {@code source} in messages. */
  public static DelimitedFile read(String source, InputStream in, char delimiter)
      throws IOException {
    return read(source, in, delimiter, ReadLimits.defaults());
  }

  /** Reads a stream (closed by the caller) within the given limits. */
  public static DelimitedFile read(String source, InputStream in, char delimiter,
      ReadLimits limits) throws IOException {
    return read(CellReader.of(source, new FilterInputStream(in) {
      @Override
      public void close() {
        // the caller closes the stream
      }
    }, delimiter, limits));
  }

  /** Parses text named {@code source} in messages. */
  public static DelimitedFile parse(String source, String text, char delimiter)
      throws IOException {
    return read(source, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
        delimiter);
  }

  private static DelimitedFile read(CellReader r) throws IOException {
    r.first();
    ImmutableList.Builder<Row> rows = ImmutableList.builder();
    do {
      rows.add(new Row(r.line(), ImmutableList.copyOf(r.texts())));
    } while (r.next());
    return new DelimitedFile(r.source(), r.delimiter(), rows.build());
  }

  /** The name used in messages (usually the path). */
  public String source() {
    return source;
  }

  /** The delimiter. */
  public char delimiter() {
    return delimiter;
  }

  /** The non-blank rows in order. */
  public ImmutableList<Row> rows() {
    return rows;
  }

  /**
   * Parses the number at a 0-based cell index of a row: plain decimals or scientific notation;
   * empty cells are errors unless {@code emptyAsZero}.
   *
   * @throws TableFormatException naming line, column and cell for text, NaN or infinity
   */
  public double number(Row row, int index, boolean emptyAsZero) throws TableFormatException {
    if (index >= row.size()) {
      throw new TableFormatException(source, row.line(), index + 1, "",
          "row has " + row.size() + " cells, a number was expected in column " + (index + 1));
    }
    String cell = row.cell(index);
    if (cell.isEmpty()) {
      if (emptyAsZero) {
        return 0;
      }
      throw new TableFormatException(source, row.line(), index + 1, cell,
          "empty cell where a number was expected");
    }
    double v;
    try {
      v = Double.parseDouble(cell);
    } catch (NumberFormatException e) {
      throw new TableFormatException(source, row.line(), index + 1, cell,
          "not a number");
    }
    if (!Double.isFinite(v) || !plainNumber(cell)) {
      throw new TableFormatException(source, row.line(), index + 1, cell,
          Double.isFinite(v) ? "not a plain number" : "NaN or infinite value");
    }
    return v;
  }

  /** Digits, sign, point and one exponent only: rejects NaN, Infinity, hex and 1.5d forms. */
  private static boolean plainNumber(String cell) {
    boolean exponent = false;
    for (int i = 0; i < cell.length(); i++) {
      char c = cell.charAt(i);
      if (c == 'e' || c == 'E') {
        if (exponent || i == 0 || i == cell.length() - 1) {
          return false;
        }
        exponent = true;
      } else if (!(c >= '0' && c <= '9' || c == '.' || c == '-' || c == '+')) {
        return false;
      }
    }
    return true;
  }

  /**
   * Checks that a row has exactly {@code expected} cells.
   *
   * @throws TableFormatException naming the line (ragged row) and hinting at a wrong delimiter
   *     when the row has a single cell
   */
  public void requireWidth(Row row, int expected) throws TableFormatException {
    if (row.size() != expected) {
      String hint = row.size() == 1 && expected > 1
          ? "; is the delimiter '" + Delimiters.printable(delimiter) + "' right?" : "";
      throw new TableFormatException(source, row.line(), Math.min(row.size(), expected) + 1,
          row.size() == 1 ? row.cell(0) : "",
          "row has " + row.size() + " cells, expected " + expected + hint);
    }
  }
}
