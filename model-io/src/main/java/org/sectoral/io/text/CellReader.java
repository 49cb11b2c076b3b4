package org.sectoral.io.text;

import static com.google.common.base.Preconditions.checkNotNull;

import ch.randelshofer.fastdoubleparser.JavaDoubleParser;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
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
  private static final int BUFFER = 1 << 20;
  private static final byte QUOTE = '"';
  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class,
      ByteOrder.LITTLE_ENDIAN);
  private static final long ONES = 0x0101010101010101L;
  private static final long HIGHS = 0x8080808080808080L;
  private static final long NEWLINES = ONES * '\n';

  private final String source;
  private final byte delimiter;
  private final InputStream in;
  private final ReadLimits limits;
  private final LabelPool labels = new LabelPool();
  private byte[] buf = new byte[BUFFER];
  private int pos;
  private int limit;
  private boolean eof;
  private boolean started;
  private long total;
  private int nextLine = 1;
  private int line;
  private int size;
  private int[] starts = new int[64];
  private int[] ends = new int[64];
  private boolean[] escaped = new boolean[64];
  private String firstLine = "";

  private CellReader(String source, InputStream in, char delimiter, ReadLimits limits) {
    this.source = checkNotNull(source, "source");
    this.in = checkNotNull(in, "in");
    this.delimiter = (byte) delimiter;
    this.limits = checkNotNull(limits, "limits");
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
   * A reader of a part of a text that starts at line {@code firstLine} (e.g. a {@link Chunk}
   * parsed on another thread), so its errors name the lines of the whole text.
   */
  public static CellReader of(String source, InputStream in, char delimiter, ReadLimits limits,
      int firstLine) {
    CellReader r = of(source, in, delimiter, limits);
    r.nextLine = firstLine;
    r.started = true;
    return r;
  }

  /** A part of the text made of whole lines, to be parsed on another thread. */
  public record Chunk(byte[] bytes, int length, int firstLine, boolean quoted) {
    /** A reader of this chunk, its lines numbered as in the whole text. */
    public CellReader reader(String source, char delimiter, ReadLimits limits) {
      return of(source, new java.io.ByteArrayInputStream(bytes, 0, length), delimiter, limits,
          firstLine);
    }
  }

  /**
   * The text after the current row, in chunks of whole lines of about {@code size} bytes (more
   * for a longer line), or null at the end; {@code quoted} when the chunk holds a quote, since a
   * quoted cell may run past a chunk's end (read the rest with {@link #rest} then).
   *
   * @throws TableFormatException for a file or line past the limits
   */
  public Chunk nextChunk(int size) throws IOException {
    if (!started) {
      start();
    }
    int n = limit - pos;
    byte[] c = new byte[Math.max(size, n)];
    System.arraycopy(buf, pos, c, 0, n);
    pos = 0;
    limit = 0;
    while (true) {
      while (n < c.length && !eof) {
        int k = in.read(c, n, c.length - n);
        if (k < 0) {
          eof = true;
        } else {
          n += k;
          total += k;
          if (total > limits.maxFileBytes()) {
            throw LimitedInputStream.tooLarge(source, limits.maxFileBytes());
          }
        }
      }
      int end = n;
      if (!eof) {
        while (end > 0 && c[end - 1] != '\n') {
          end--;
        }
      }
      if (end > 0 || eof) {
        if (n - end > buf.length) {
          buf = new byte[n - end];
        }
        System.arraycopy(c, end, buf, 0, n - end);
        limit = n - end;
        if (end == 0) {
          return null;
        }
        int lines = 0;
        boolean quoted = false;
        for (int k = 0; k < end; k++) {
          byte b = c[k];
          if (b == '\n') {
            lines++;
          } else if (b == QUOTE) {
            quoted = true;
          }
        }
        Chunk chunk = new Chunk(c, end, nextLine, quoted);
        nextLine += lines;
        return chunk;
      }
      if (c.length >= limits.maxLineBytes()) {
        throw new TableFormatException(source, nextLine, 0, "", "line longer than the limit of "
            + ReadLimits.describe(limits.maxLineBytes()));
      }
      c = Arrays.copyOf(c, (int) Math.min(c.length * 2L, limits.maxLineBytes()));
    }
  }

  /**
   * A reader of everything after the last {@link #nextChunk} (or the current row), with
   * {@code before} (e.g. a quoted chunk) first, its lines numbered from {@code firstLine}.
   */
  public CellReader rest(Chunk before) {
    InputStream tail = new java.io.SequenceInputStream(
        new java.io.ByteArrayInputStream(Arrays.copyOfRange(buf, pos, limit)), in);
    InputStream all = before == null ? tail : new java.io.SequenceInputStream(
        new java.io.ByteArrayInputStream(before.bytes(), 0, before.length()), tail);
    return of(source, all, (char) delimiter, limits, before == null ? nextLine
        : before.firstLine());
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
    return source;
  }

  /** The limits this reader stops at. */
  public ReadLimits limits() {
    return limits;
  }

  /** The delimiter. */
  public char delimiter() {
    return (char) delimiter;
  }

  /**
   * Moves to the next non-blank row.
   *
   * @return false at the end of the text
   * @throws TableFormatException for malformed quotes, a NUL byte, or a file or line past the
   *     limits
   */
  public boolean next() throws IOException {
    while (true) {
      if (!started) {
        start();
      }
      if (pos >= limit) {
        if (eof) {
          return false;
        }
        refill();
        continue;
      }
      int end = parseRow();
      if (end < 0) {
        refill();
        continue;
      }
      if (end - pos > limits.maxLineBytes()) {
        throw new TableFormatException(source, line, 0, "", "line longer than the limit of "
            + ReadLimits.describe(limits.maxLineBytes()));
      }
      pos = end;
      if (size == 1 && starts[0] == ends[0]) {
        continue;
      }
      return true;
    }
  }

  /**
   * Moves to the first row of the text.
   *
   * @throws TableFormatException "file is empty" when there is no non-blank row
   */
  public void first() throws IOException {
    if (!next()) {
      throw TableFormatException.ofSource(source, "file is empty");
    }
  }

  /** The 1-based line of the current row. */
  public int line() {
    return line;
  }

  /** The number of cells of the current row. */
  public int size() {
    return size;
  }

  /** Whether cell {@code i} (0-based) of the current row is empty or past its end. */
  public boolean isEmpty(int i) {
    return i >= size || starts[i] == ends[i];
  }

  /**
   * The text of cell {@code i} (0-based), trimmed; "" past the end. Equal texts are the same
   * {@code String}.
   *
   * @throws TableFormatException for a NUL byte in the cell
   */
  public String text(int i) throws TableFormatException {
    if (i >= size) {
      return "";
    }
    int s = starts[i];
    int e = ends[i];
    for (int k = s; k < e; k++) {
      if (buf[k] == 0) {
        throw new TableFormatException(source, line, i + 1, "",
            "NUL byte: binary data, not text");
      }
    }
    if (!escaped[i]) {
      return labels.get(buf, s, e - s);
    }
    byte[] b = new byte[e - s];
    int n = 0;
    for (int k = s; k < e; k++) {
      b[n++] = buf[k];
      if (buf[k] == QUOTE) {
        k++; // "" stands for one quote
      }
    }
    return labels.get(b, 0, n);
  }

  /** Every cell of the current row as text. */
  public List<String> texts() throws TableFormatException {
    List<String> out = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
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
    if (i >= size) {
      throw new TableFormatException(source, line, i + 1, "",
          "row has " + size + " cells, a number was expected in column " + (i + 1));
    }
    int s = starts[i];
    int e = ends[i];
    if (s == e) {
      if (emptyAsZero) {
        return 0;
      }
      throw new TableFormatException(source, line, i + 1, "",
          "empty cell where a number was expected");
    }
    byte first = buf[s];
    if (first == '0' && (e - s == 1 || e - s == 3 && buf[s + 1] == '.' && buf[s + 2] == '0')) {
      return 0; // "0" (pandas) and "0.0" (Sectoral), the commonest cells of a sparse table
    }
    if (escaped[i]) {
      return parseText(i, text(i));
    }
    double v;
    try {
      v = JavaDoubleParser.parseDouble(buf, s, e - s);
    } catch (NumberFormatException ex) {
      throw error(i, "not a number");
    }
    if (!Double.isFinite(v)) {
      throw error(i, "NaN or infinite value");
    }
    // Java's syntax also allows a type suffix (1.5d) and hexadecimal (0x1p3): not in our files.
    byte last = buf[e - 1];
    if (last > '9' && last != 'e' && last != 'E' || e - s > 2 && (buf[s + 1] == 'x'
        || buf[s + 1] == 'X' || buf[s + 2] == 'x' || buf[s + 2] == 'X')) {
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
    if (size != expected) {
      String hint = size == 1 && expected > 1
          ? "; is the delimiter '" + printable((char) delimiter) + "' right?" : "";
      throw new TableFormatException(source, line, Math.min(size, expected) + 1,
          size == 1 ? text(0) : "", "row has " + size + " cells, expected " + expected + hint);
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
    return new TableFormatException(source, line, i + 1, cell, problem);
  }

  @Override
  public void close() throws IOException {
    in.close();
  }

  // ---- scanning ------------------------------------------------------------------------------

  private void start() throws IOException {
    started = true;
    fill();
    if (limit >= 3 && (buf[0] & 0xff) == 0xEF && (buf[1] & 0xff) == 0xBB
        && (buf[2] & 0xff) == 0xBF) {
      pos = 3;
    }
    int end = pos;
    while (end < limit && buf[end] != '\n' && end - pos < 65_536) {
      end++;
    }
    firstLine = new String(buf, pos, end - pos, StandardCharsets.UTF_8);
  }

  /** Keeps the unread bytes at the start of the buffer (growing it for a long line), reads more. */
  private void refill() throws IOException {
    int rest = limit - pos;
    if (pos == 0 && rest == buf.length) {
      if (buf.length >= limits.maxLineBytes()) {
        throw new TableFormatException(source, nextLine, 0, "", "line longer than the limit of "
            + ReadLimits.describe(limits.maxLineBytes()));
      }
      buf = Arrays.copyOf(buf, (int) Math.min((long) buf.length * 2, limits.maxLineBytes()));
    } else if (pos > 0) {
      System.arraycopy(buf, pos, buf, 0, rest);
      pos = 0;
      limit = rest;
    }
    fill();
  }

  private void fill() throws IOException {
    while (limit < buf.length && !eof) {
      int n = in.read(buf, limit, buf.length - limit);
      if (n < 0) {
        eof = true;
      } else {
        limit += n;
        total += n;
        if (total > limits.maxFileBytes()) {
          throw LimitedInputStream.tooLarge(source, limits.maxFileBytes());
        }
        if (n > 0) {
          return;
        }
      }
    }
  }

  private void cell(int k, int s, int e, boolean esc) throws TableFormatException {
    if (k == starts.length) {
      starts = Arrays.copyOf(starts, k * 2);
      ends = Arrays.copyOf(ends, k * 2);
      escaped = Arrays.copyOf(escaped, k * 2);
    }
    while (s < e && (buf[s] & 0xff) <= ' ') {
      if (buf[s] == 0) {
        throw new TableFormatException(source, nextLine, k + 1, "",
            "NUL byte: binary data, not text");
      }
      s++;
    }
    while (e > s && (buf[e - 1] & 0xff) <= ' ') {
      if (buf[e - 1] == 0) {
        throw new TableFormatException(source, nextLine, k + 1, "",
            "NUL byte: binary data, not text");
      }
      e--;
    }
    starts[k] = s;
    ends[k] = e;
    escaped[k] = esc;
  }

  /**
   * Parses the row starting at {@code pos}: the index after it, or −1 when the buffer ends
   * before the row does (more must be read first).
   */
  private int parseRow() throws TableFormatException {
    final byte[] b = buf;
    final byte d = delimiter;
    final int lim = limit;
    int i = pos;
    int k = 0;
    int breaks = 0;
    while (true) {
      if (i < lim && b[i] == QUOTE) {
        int j = i + 1;
        boolean esc = false;
        while (true) {
          if (j >= lim) {
            if (!eof) {
              return -1;
            }
            throw quoteError("EOF reached before encapsulated token finished");
          }
          byte c = b[j];
          if (c == QUOTE) {
            if (j + 1 >= lim && !eof) {
              return -1;
            }
            if (j + 1 < lim && b[j + 1] == QUOTE) {
              esc = true;
              j += 2;
              continue;
            }
            break;
          }
          if (c == '\n') {
            breaks++;
          }
          j++;
        }
        int after = j + 1;
        if (after < lim && b[after] == '\r') {
          if (after + 1 >= lim && !eof) {
            return -1;
          }
          if (after + 1 < lim && b[after + 1] != '\n') {
            throw quoteError("invalid char between encapsulated token and delimiter");
          }
          cell(k++, i + 1, j, esc);
          return finish(k, breaks, after + 1);
        }
        if (after >= lim) {
          if (!eof) {
            return -1;
          }
          cell(k++, i + 1, j, esc);
          return finish(k, breaks, lim);
        }
        if (b[after] == d) {
          cell(k++, i + 1, j, esc);
          i = after + 1;
          continue;
        }
        if (b[after] == '\n') {
          cell(k++, i + 1, j, esc);
          return finish(k, breaks, after);
        }
        throw quoteError("invalid char between encapsulated token and delimiter");
      }
      int j = i;
      long dPattern = ONES * (d & 0xff);
      while (j + 8 <= lim) {
        long w = (long) LONGS.get(b, j);
        long x = w ^ dPattern;
        long y = w ^ NEWLINES;
        long hit = ((x - ONES) & ~x | (y - ONES) & ~y) & HIGHS;
        if (hit != 0) {
          j += Long.numberOfTrailingZeros(hit) >>> 3;
          break;
        }
        j += 8;
      }
      while (j < lim) {
        byte c = b[j];
        if (c == d || c == '\n') {
          break;
        }
        j++;
      }
      if (j >= lim && !eof) {
        return -1;
      }
      cell(k++, i, j, false);
      if (j < lim && b[j] == d) {
        i = j + 1;
        continue;
      }
      return finish(k, breaks, j);
    }
  }

  /** Ends the row whose line break (or end of text) is at {@code at}. */
  private int finish(int cells, int breaks, int at) {
    size = cells;
    line = nextLine;
    nextLine += 1 + breaks;
    return Math.min(at + 1, limit);
  }

  private TableFormatException quoteError(String what) {
    return new TableFormatException(source, nextLine, 0, "", "not readable as delimited text"
        + delimiterHint(firstLine, (char) delimiter) + ": " + what + " (line " + nextLine + ")");
  }

  /** A hint when {@code first} (the first line) has no {@code delimiter} but another common one. */
  public static String delimiterHint(String first, char delimiter) {
    if (first.indexOf(delimiter) >= 0) {
      return "";
    }
    for (char c : new char[] {',', ';', '\t', '|'}) {
      if (c != delimiter && first.indexOf(c) >= 0) {
        return "; the first line contains '" + printable(c) + "': is the delimiter '"
            + printable(delimiter) + "' right?";
      }
    }
    return "";
  }

  /** A delimiter as shown in messages ({@code \t} for a tab). */
  public static String printable(char c) {
    return c == '\t' ? "\\t" : String.valueOf(c);
  }
}
