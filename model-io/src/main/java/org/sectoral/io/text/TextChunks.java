package org.sectoral.io.text;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;
import org.sectoral.io.ReadLimits;
import org.sectoral.io.TableFormatException;

/**
 * The rest of a {@link CellReader}'s text, after its current row, in chunks of whole lines for
 * parsing on several threads: the same bytes, limits and line numbers as reading on. Use one or
 * the other: once chunks are taken, read the reader's rows only through {@link #rest}.
 */
public final class TextChunks {
  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class,
      ByteOrder.LITTLE_ENDIAN);
  private static final long LOWS = 0x7F7F7F7F7F7F7F7FL;
  private static final long NEWLINES = 0x0101010101010101L * '\n';
  private static final long QUOTES = 0x0101010101010101L * '"';

  private final RowScanner r;

  private TextChunks(RowScanner r) {
    this.r = r;
  }

  /** The text of {@code reader} after its current row. */
  public static TextChunks after(CellReader reader) {
    return new TextChunks(reader.scanner());
  }

  /**
   * The next chunk of whole lines of about {@code size} bytes (more for a longer line), or null
   * at the end of the text.
   *
   * @throws TableFormatException for a file or line past the limits
   */
  public TextChunk next(int size) throws IOException {
    return next(size, null);
  }

  /**
   * As {@link #next(int)}, filling {@code reuse} when it is large enough (a buffer of an earlier
   * chunk that is no longer needed: large arrays are costly to allocate).
   */
  public TextChunk next(int size, byte[] reuse) throws IOException {
    if (!r.started) {
      r.start();
    }
    ReadLimits limits = r.limits;
    int n = r.limit - r.pos;
    byte[] c = reuse != null && reuse.length >= Math.max(size, n) ? reuse
        : new byte[Math.max(size, n)];
    System.arraycopy(r.buf, r.pos, c, 0, n);
    r.pos = 0;
    r.limit = 0;
    while (true) {
      while (n < c.length && !r.eof) {
        int k = r.in.read(c, n, c.length - n);
        if (k < 0) {
          r.eof = true;
        } else {
          n += k;
          r.total += k;
          if (r.total > limits.maxFileBytes()) {
            throw LimitedInputStream.tooLarge(r.source, limits.maxFileBytes());
          }
        }
      }
      int end = n;
      if (!r.eof) {
        while (end > 0 && c[end - 1] != '\n') {
          end--;
        }
      }
      if (end > 0 || r.eof) {
        if (n - end > r.buf.length) {
          r.buf = new byte[n - end];
        }
        System.arraycopy(c, end, r.buf, 0, n - end);
        r.limit = n - end;
        if (end == 0) {
          return null;
        }
        int lines = 0;
        long quotes = 0;
        int k = 0;
        for (; k + 8 <= end; k += 8) {
          long w = (long) LONGS.get(c, k);
          lines += Long.bitCount(zeroBytes(w ^ NEWLINES));
          quotes |= zeroBytes(w ^ QUOTES);
        }
        for (; k < end; k++) {
          if (c[k] == '\n') {
            lines++;
          } else if (c[k] == RowScanner.QUOTE) {
            quotes = 1;
          }
        }
        boolean quoted = quotes != 0;
        TextChunk chunk = new TextChunk(c, end, r.nextLine, quoted);
        r.nextLine += lines;
        return chunk;
      }
      if (c.length >= limits.maxLineBytes()) {
        throw new TableFormatException(r.source, r.nextLine, 0, "",
            "line longer than the limit of " + ReadLimits.describe(limits.maxLineBytes()));
      }
      c = Arrays.copyOf(c, (int) Math.min(c.length * 2L, limits.maxLineBytes()));
    }
  }

  /** The high bit of each byte of {@code x} that is zero, exactly (no borrow across bytes). */
  private static long zeroBytes(long x) {
    return ~(((x & LOWS) + LOWS) | x | LOWS);
  }

  /**
   * A reader of everything not yet handed out, with {@code before} (e.g. a quoted chunk, or
   * null) first, its lines numbered as in the whole text.
   */
  public CellReader rest(TextChunk before) {
    InputStream tail = new SequenceInputStream(
        new ByteArrayInputStream(Arrays.copyOfRange(r.buf, r.pos, r.limit)), r.in);
    InputStream all = before == null ? tail : new SequenceInputStream(
        new ByteArrayInputStream(before.bytes(), 0, before.length()), tail);
    return CellReader.of(r.source, all, (char) r.delimiter, r.limits,
        before == null ? r.nextLine : before.firstLine());
  }
}
