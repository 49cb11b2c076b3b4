package org.sectoral.core.analysis;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkElementIndex;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A tidy table of results: a name (the stem of its file, e.g. {@code multipliers}), column names
 * and rows whose cells are text ({@link String}), real numbers ({@link Double}) or whole numbers
 * ({@link Integer}, {@link Long}). Immutable. Its CSV form ({@link #writeCsv}) is the one every
 * Sectoral result file uses: a header line, RFC 4180 quoting, LF line ends, numbers as Java's
 * shortest round-trip decimals ({@link Double#toString}), independent of the default locale.
 */
public final class ResultTable {
  private final String name;
  private final ImmutableList<String> columns;
  private final ImmutableList<ImmutableList<Object>> rows;

  private ResultTable(String name, ImmutableList<String> columns,
      ImmutableList<ImmutableList<Object>> rows) {
    this.name = name;
    this.columns = columns;
    this.rows = rows;
  }

  /** A builder of a table named {@code name} with these columns (at least one). */
  public static Builder builder(String name, List<String> columns) {
    return new Builder(name, columns);
  }

  /** A builder of a table named {@code name} with these columns (at least one). */
  public static Builder builder(String name, String... columns) {
    return new Builder(name, Arrays.asList(columns));
  }

  /** The name: the stem of the table's file ({@code multipliers} for multipliers.csv). */
  public String name() {
    return name;
  }

  /** The column names, in order. */
  public ImmutableList<String> columns() {
    return columns;
  }

  /** The rows, each with one cell per column. */
  public ImmutableList<ImmutableList<Object>> rows() {
    return rows;
  }

  /** The number of rows. */
  public int rowCount() {
    return rows.size();
  }

  /** The index of a column, or −1 when there is none of that name. */
  public int columnIndex(String column) {
    return columns.indexOf(checkNotNull(column, "column"));
  }

  /** The cell at a row and column. */
  public Object cell(int row, int column) {
    checkElementIndex(row, rows.size(), "row");
    checkElementIndex(column, columns.size(), "column");
    return rows.get(row).get(column);
  }

  /** The cell at a row and named column. */
  public Object cell(int row, String column) {
    int c = columnIndex(column);
    checkArgument(c >= 0, "Column %s not in %s", column, columns);
    return cell(row, c);
  }

  /**
   * The number at a row and named column.
   *
   * @throws IllegalArgumentException when the cell is text
   */
  public double number(int row, String column) {
    Object c = cell(row, column);
    checkArgument(c instanceof Number, "Cell %s of row %s is not a number: %s", column, row, c);
    return ((Number) c).doubleValue();
  }

  /** The text of a cell at a row and named column (numbers as in the CSV). */
  public String text(int row, String column) {
    return format(cell(row, column));
  }

  /** Writes the table as CSV (header, then one line per row) to {@code out}. */
  public void writeCsv(Writer out) throws IOException {
    checkNotNull(out, "out");
    line(out, columns);
    for (List<Object> r : rows) {
      line(out, r);
    }
  }

  /** The CSV text of {@link #writeCsv}. */
  public String toCsv() {
    StringWriter w = new StringWriter();
    try {
      writeCsv(w);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return w.toString();
  }

  private static void line(Writer w, List<?> cells) throws IOException {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        sb.append(',');
      }
      String s = format(cells.get(i));
      if (s.contains(",") || s.contains("\"") || s.contains("\n")) {
        s = "\"" + s.replace("\"", "\"\"") + "\"";
      }
      sb.append(s);
    }
    w.write(sb.append('\n').toString());
  }

  private static String format(Object cell) {
    return cell instanceof Double d ? Double.toString(d) : String.valueOf(cell);
  }

  @Override
  public String toString() {
    return "ResultTable{" + name + ", " + columns + ", " + rows.size() + " rows}";
  }

  /** Builds a {@link ResultTable} row by row. */
  public static final class Builder {
    private final String name;
    private final ImmutableList<String> columns;
    private final List<ImmutableList<Object>> rows = new ArrayList<>();

    Builder(String name, List<String> columns) {
      checkNotNull(name, "name");
      checkArgument(!name.isBlank(), "Blank table name");
      checkArgument(!columns.isEmpty(), "No columns");
      this.name = name;
      this.columns = ImmutableList.copyOf(columns);
    }

    /**
     * Adds a row: one cell per column, each a {@link String}, {@link Double}, {@link Integer}
     * or {@link Long}.
     */
    public Builder row(List<?> cells) {
      checkArgument(cells.size() == columns.size(), "Row of %s cells for %s columns %s",
          cells.size(), columns.size(), columns);
      for (Object c : cells) {
        checkArgument(c instanceof String || c instanceof Double || c instanceof Integer
            || c instanceof Long, "Cell %s is not text, a double or a whole number", c);
      }
      rows.add(ImmutableList.copyOf(cells));
      return this;
    }

    /** Adds a row of cells, as {@link #row(List)}. */
    public Builder row(Object... cells) {
      return row(Arrays.asList(cells));
    }

    /** The immutable table. */
    public ResultTable build() {
      return new ResultTable(name, columns, ImmutableList.copyOf(rows));
    }
  }
}
