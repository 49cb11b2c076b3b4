package org.sectoral.io.text;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.sectoral.io.ReadLimits;
import org.sectoral.io.TableFormatException;

/**
 * The byte side of a {@link CellReader}: fills a buffer from the stream (within the limits),
 * finds each row's end and its cells' bounds (word-at-a-time for the delimiter and line end,
 * RFC 4180 quotes, trimming), numbers the lines. Not thread-safe.
 */
final class RowScanner {
  private static final int BUFFER = 1 << 20;
  static final byte QUOTE = '"';
  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class,
      ByteOrder.LITTLE_ENDIAN);
  private static final long ONES = 0x0101010101010101L;
  private static final long HIGHS = 0x8080808080808080L;
  private static final long NEWLINES = ONES * '\n';

  final String source;
  final byte delimiter;
  final InputStream in;
  final ReadLimits limits;
  byte[] buf = new byte[BUFFER];
  int pos;
  int limit;
  boolean eof;
  boolean started;
  long total;
  int nextLine = 1;
  int line;
  int size;
  int[] starts = new int[64];
  int[] ends = new int[64];
  boolean[] escaped = new boolean[64];
  private String firstLine = "";

  RowScanner(String source, InputStream in, char delimiter, ReadLimits limits) {
    this.source = source;
    this.in = in;
    this.delimiter = (byte) delimiter;
    this.limits = limits;
  }

  /**
   * Moves to the next non-blank row.
   *
   * @return false at the end of the text
   * @throws TableFormatException for malformed quotes, a NUL byte, or a file or line past the
   *     limits
   */
  boolean next() throws IOException {
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

  void start() throws IOException {
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
        + Delimiters.hint(firstLine, (char) delimiter) + ": " + what + " (line " + nextLine + ")");
  }
}
