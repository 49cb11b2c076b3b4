package org.sectoral.io.text;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.sectoral.io.ReadLimits;
import org.sectoral.io.TableFormatException;

/**
 * A stream that counts the bytes it hands out and stops with a {@link TableFormatException}
 * naming the source once they pass a limit: a file larger than the limit, or a zip entry that
 * inflates past it (a "zip bomb"), fails after reading at most the limit, never after filling
 * the memory.
 */
public final class LimitedInputStream extends FilterInputStream {
  private final String source;
  private final long limit;
  private long count;

  private LimitedInputStream(InputStream in, String source, long limit) {
    super(in);
    this.source = source;
    this.limit = limit;
  }

  /** {@code in} limited to {@code limit} bytes, named {@code source} in the error. */
  public static LimitedInputStream of(InputStream in, String source, long limit) {
    return new LimitedInputStream(in, source, limit);
  }

  /** {@code in} limited to the limits' file bytes. */
  public static LimitedInputStream of(InputStream in, String source, ReadLimits limits) {
    return new LimitedInputStream(in, source, limits.maxFileBytes());
  }

  /** The error for a source past a limit (also when a declared size is already past it). */
  public static TableFormatException tooLarge(String source, long limit) {
    return TableFormatException.ofSource(source, "larger than the limit of "
        + ReadLimits.describe(limit) + " per file (" + ReadLimits.MAX_FILE_BYTES_PROPERTY
        + " or the reader's limits option raise it)");
  }

  /** The bytes handed out so far. */
  public long count() {
    return count;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      counted(1);
    }
    return b;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    int n = super.read(b, off, len);
    if (n > 0) {
      counted(n);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    long s = super.skip(n);
    if (s > 0) {
      counted(s);
    }
    return s;
  }

  private void counted(long n) throws TableFormatException {
    count += n;
    if (count > limit) {
      throw tooLarge(source, limit);
    }
  }

  @Override
  public boolean markSupported() {
    return false;
  }
}
