package org.sectoral.io.text;

import static com.google.common.base.Preconditions.checkNotNull;

import ch.randelshofer.fastdoubleparser.JavaDoubleParser;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sectoral.io.ReadLimits;
import org.sectoral.io.TableFormatException;

/**
 * Delimited text read as a stream of rows of cells, straight from bytes: numbers go from the
 * bytes to {@code double} without a {@code String} in between (FastDoubleParser, correctly
 * rounded, the same double as {@link Double#parseDouble}), labels are decoded once per distinct
 * text, and only the current row is held (a buffer of 1 MiB that grows for longer lines, up to
 * {@link ReadLimits#maxLineBytes()}). Every error names the source, the 1-based line and column
 * and the cell.
 *
 * <p>Text rules: UTF-8 with an optional byte-order mark; lines end at LF (a CR before it is
 * trimmed with the cell); cells split at the delimiter and are trimmed of characters up to
 * U+0020, as {@link String#trim()} does; a line whose only cell is empty is skipped. Quotes
 * follow RFC 4180: a cell that starts with {@code "} runs to the closing quote, may hold the
 * delimiter, line breaks and doubled quotes {@code ""}, and must be followed by the delimiter or
 * the end of the line. A file or line past the {@link ReadLimits} and a NUL byte (binary data)
 * are errors, as is anything after a closing quote other than the delimiter.
 *
 * <p>Not thread-safe; one reader per stream. Memory: the line buffer and the distinct labels.
 */
public final class CellReader implements Closeable {
  private final RowScanner sc;
  private final LabelPool labels = new LabelPool();

  private CellReader(String source, InputStream in, char delimiter, ReadLimits limits) {
    this.sc = new RowScanner(checkNotNull(source, "source"), checkNotNull(in, "in"), delimiter,
        checkNotNull(limits, "limits"));
  }

  /** The scanner, for {@link TextChunks}. */
  RowScanner scanner() {
    return sc;
  }

  /**
   * A reader of a stream (closed with this reader) named {@code source} in messages, with the
   * delimiter ({@code ','}, {@code '\t'} or {@code ';'}) and limits.
   */
  public static CellReader of(String source, InputStream in, char delimiter, ReadLimits limits) {
    if (delimiter > 127 || delimiter == '"' || delimiter == '\n' || delimiter == '\r') {
      throw new IllegalArgumentException("Delimiter must be ASCII, not a quote or line break");
    }
    return new CellReader(source, in, delimiter, limits);
  }

  /**
   * A reader of a part of a text that starts at line {@code firstLine} (e.g. a {@link TextChunk}
   * parsed on another thread), so its errors name the lines of the whole text.
   */
  public static CellReader of(String source, InputStream in, char delimiter, ReadLimits limits,
      int firstLine) {
    CellReader r = of(source, in, delimiter, limits);
    r.sc.nextLine = firstLine;
    r.sc.started = true;
    return r;
  }

  /**
   * A reader of a file; one larger than the limit fails at once.
   *
   * @throws TableFormatException when the file is larger than the limits allow
   */
  public static CellReader open(Path file, char delimiter, ReadLimits limits) throws IOException {
    long size = Files.size(file);
    if (size > limits.maxFileBytes()) {
      throw LimitedInputStream.tooLarge(file.toString(), limits.maxFileBytes());
    }
    return of(file.toString(), Files.newInputStream(file), delimiter, limits);
  }

  /** The name used in messages (usually the path). */
  public String source() {
    return sc.source;
  }

  /** The limits this reader stops at. */
  public ReadLimits limits() {
    return sc.limits;
  }

  /** The delimiter. */
  public char delimiter() {
    return (char) sc.delimiter;
  }

  /**
   * Moves to the next non-blank row.
   *
   * @return false at the end of the text
   * @throws TableFormatException for malformed quotes, a NUL byte, or a file or line past the
   *     limits
   */
  public boolean next() throws IOException {
    return sc.next();
  }

  /**
   * Moves to the first row of the text.
   *
   * @throws TableFormatException "file is empty" when there is no non-blank row
   */
  public void first() throws IOException {
    if (!next()) {
      throw TableFormatException.ofSource(sc.source, "file is empty");
    }
  }

  /** The 1-based line of the current row. */
  public int line() {
    return sc.line;
  }

  /** The number of cells of the current row. */
  public int size() {
    return sc.size;
  }

  /** Whether cell {@code i} (0-based) of the current row is empty or past its end. */
  public boolean isEmpty(int i) {
    return i >= sc.size || sc.starts[i] == sc.ends[i];
  }

  /**
   * The text of cell {@code i} (0-based), trimmed; "" past the end. Equal texts are the same
   * {@code String}.
   *
   * @throws TableFormatException for a NUL byte in the cell
   */
  public String text(int i) throws TableFormatException {
    if (i >= sc.size) {
      return "";
    }
    int s = sc.starts[i];
    int e = sc.ends[i];
    for (int k = s; k < e; k++) {
      if (sc.buf[k] == 0) {
        throw new TableFormatException(sc.source, sc.line, i + 1, "",
            "NUL byte: binary data, not text");
      }
    }
    if (!sc.escaped[i]) {
      return labels.get(sc.buf, s, e - s);
    }
    byte[] b = new byte[e - s];
    int n = 0;
    for (int k = s; k < e; k++) {
      b[n++] = sc.buf[k];
      if (sc.buf[k] == RowScanner.QUOTE) {
        k++; // "" stands for one quote
      }
    }
    return labels.get(b, 0, n);
  }

  /** Every cell of the current row as text. */
  public List<String> texts() throws TableFormatException {
    List<String> out = new ArrayList<>(sc.size);
    for (int i = 0; i < sc.size; i++) {
      out.add(text(i));
    }
    return out;
  }

  /**
   * The number in cell {@code i} (0-based): plain decimals or scientific notation, exactly the
   * double {@link Double#parseDouble} gives; an empty cell is 0 when {@code emptyAsZero}.
   *
   * @throws TableFormatException naming line, column and cell for a missing cell, text, NaN or
   *     infinity
   */
  public double number(int i, boolean emptyAsZero) throws TableFormatException {
    if (i >= sc.size) {
      throw new TableFormatException(sc.source, sc.line, i + 1, "",
          "row has " + sc.size + " cells, a number was expected in column " + (i + 1));
    }
    int s = sc.starts[i];
    int e = sc.ends[i];
    if (s == e) {
      if (emptyAsZero) {
        return 0;
      }
      throw new TableFormatException(sc.source, sc.line, i + 1, "",
          "empty cell where a number was expected");
    }
    byte first = sc.buf[s];
    if (first == '0' && (e - s == 1
        || e - s == 3 && sc.buf[s + 1] == '.' && sc.buf[s + 2] == '0')) {
      return 0; // "0" (pandas) and "0.0" (Sectoral), the commonest cells of a sparse table
    }
    if (sc.escaped[i]) {
      return parseText(i, text(i));
    }
    double v;
    try {
      v = JavaDoubleParser.parseDouble(sc.buf, s, e - s);
    } catch (NumberFormatException ex) {
      throw error(i, "not a number");
    }
    if (!Double.isFinite(v)) {
      throw error(i, "NaN or infinite value");
    }
    // Java's syntax also allows a type suffix (1.5d) and hexadecimal (0x1p3): not in our files.
    byte last = sc.buf[e - 1];
    if (last > '9' && last != 'e' && last != 'E' || e - s > 2 && (sc.buf[s + 1] == 'x'
        || sc.buf[s + 1] == 'X' || sc.buf[s + 2] == 'x' || sc.buf[s + 2] == 'X')) {
      throw error(i, "not a plain number");
    }
    return v;
  }

  /** The slow path for cells with other characters: the same answers as before, by text. */
  private double parseText(int i, String cell) throws TableFormatException {
    double v;
    try {
      v = Double.parseDouble(cell);
    } catch (NumberFormatException ex) {
      throw error(i, "not a number");
    }
    if (!Double.isFinite(v)) {
      throw error(i, "NaN or infinite value");
    }
    throw error(i, "not a plain number");
  }

  /**
   * Checks that the current row has exactly {@code expected} cells.
   *
   * @throws TableFormatException naming the line (ragged row) and hinting at a wrong delimiter
   *     when the row has a single cell
   */
  public void requireWidth(int expected) throws TableFormatException {
    if (sc.size != expected) {
      String hint = sc.size == 1 && expected > 1 ? "; is the delimiter '"
          + Delimiters.printable((char) sc.delimiter) + "' right?" : "";
      throw new TableFormatException(sc.source, sc.line, Math.min(sc.size, expected) + 1,
          sc.size == 1 ? text(0) : "", "row has " + sc.size + " cells, expected " + expected
              + hint);
    }
  }

  /** An error at cell {@code i} (0-based) of the current row, showing the cell. */
  public TableFormatException error(int i, String problem) {
    String cell;
    try {
      cell = text(i);
    } catch (TableFormatException e) {
      cell = "";
    }
    return new TableFormatException(sc.source, sc.line, i + 1, cell, problem);
  }

  @Override
  public void close() throws IOException {
    sc.in.close();
  }
}
