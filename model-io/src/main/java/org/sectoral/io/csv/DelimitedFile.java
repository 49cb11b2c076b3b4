package org.sectoral.io.csv;

import com.google.common.collect.ImmutableList;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.sectoral.io.TableFormatException;

/**
 * A delimited text file read whole into rows of cells that remember their line, so every parse
 * error names the source, 1-based line and column, and the cell. Accepts a UTF-8 byte-order
 * mark; skips blank lines; quotes follow RFC 4180 (parsed by Apache Commons CSV).
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

  /** Reads a file with the given delimiter (',' or '\t' or ';'). */
  public static DelimitedFile read(Path file, char delimiter) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(file.toString(), in, delimiter);
    }
  }

  /** Reads a stream (closed by the caller) named {@code source} in messages. */
  public static DelimitedFile read(String source, InputStream in, char delimiter)
      throws IOException {
    String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    return parse(source, text, delimiter);
  }

  /** Parses text named {@code source} in messages. */
  public static DelimitedFile parse(String source, String text, char delimiter)
      throws TableFormatException {
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
      text = text.substring(1);
    }
    if (text.isBlank()) {
      throw TableFormatException.ofSource(source, "file is empty");
    }
    if (text.indexOf('"') < 0) {
      return new DelimitedFile(source, delimiter, splitPlain(text, delimiter));
    }
    CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter)
        .setIgnoreEmptyLines(true).setTrim(false).get();
    List<Row> rows = new ArrayList<>();
    int lastLine = 0;
    try (Reader r = new BufferedReader(new StringReader(text));
        CSVParser parser = CSVParser.parse(r, format)) {
      for (CSVRecord rec : parser) {
        List<String> cells = new ArrayList<>(rec.size());
        rec.forEach(c -> cells.add(c.trim()));
        if (cells.size() == 1 && cells.get(0).isEmpty()) {
          continue;
        }
        int line = (int) parser.getCurrentLineNumber();
        // getCurrentLineNumber is the line after the record's end for multi-line records; for
        // single-line records (the norm in IO tables) it is the record's own line.
        rows.add(new Row(line, ImmutableList.copyOf(cells)));
        lastLine = line;
      }
    } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
      throw new TableFormatException(source, lastLine + 1, 0, "",
          "not readable as delimited text" + delimiterHint(text, delimiter) + ": "
              + e.getMessage());
    }
    return new DelimitedFile(source, delimiter, ImmutableList.copyOf(rows));
  }

  /**
   * Text without any quote character needs no RFC 4180 parser: lines split at LF (CR before it
   * dropped), cells at the delimiter, trimmed; blank lines skipped, as in the quoted path. This
   * is the common case for large numeric files (pymrio writes no quotes) and several times
   * faster.
   */
  private static ImmutableList<Row> splitPlain(String text, char delimiter) {
    ImmutableList.Builder<Row> rows = ImmutableList.builder();
    int line = 0;
    int start = 0;
    int len = text.length();
    List<String> cells = new ArrayList<>();
    while (start < len) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = len;
      }
      line++;
      int stop = end > start && text.charAt(end - 1) == '\r' ? end - 1 : end;
      cells.clear();
      int from = start;
      for (int i = start; i <= stop; i++) {
        if (i == stop || text.charAt(i) == delimiter) {
          cells.add(text.substring(from, i).trim());
          from = i + 1;
        }
      }
      if (!(cells.size() == 1 && cells.get(0).isEmpty())) {
        rows.add(new Row(line, ImmutableList.copyOf(cells)));
      }
      start = end + 1;
    }
    return rows.build();
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
          ? "; is the delimiter '" + printable(delimiter) + "' right?" : "";
      throw new TableFormatException(source, row.line(), Math.min(row.size(), expected) + 1,
          row.size() == 1 ? row.cell(0) : "",
          "row has " + row.size() + " cells, expected " + expected + hint);
    }
  }

  /** A hint when the first line has no {@code delimiter} but another common one. */
  private static String delimiterHint(String text, char delimiter) {
    int end = text.indexOf('\n');
    String first = end < 0 ? text : text.substring(0, end);
    if (first.indexOf(delimiter) >= 0) {
      return "";
    }
    for (char d : new char[] {',', ';', '\t', '|'}) {
      if (d != delimiter && first.indexOf(d) >= 0) {
        return "; the first line contains '" + printable(d) + "': is the delimiter '"
            + printable(delimiter) + "' right?";
      }
    }
    return "";
  }

  private static String printable(char c) {
    return c == '\t' ? "\\t" : String.valueOf(c);
  }
}
