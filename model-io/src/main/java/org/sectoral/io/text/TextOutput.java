package org.sectoral.io.text;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.sectoral.io.NumberText;

/**
 * UTF-8 text written through one buffer of 256 KiB straight to a stream: numbers from primitive
 * doubles as the shortest decimal that reads back to the same double
 * ({@link NumberText#format(double)}), labels as UTF-8, no per-line objects. Not thread-safe.
 */
public final class TextOutput implements Closeable, Flushable {
  private static final int BUFFER = 1 << 18;

  private final OutputStream out;
  private final byte[] buf = new byte[BUFFER];
  private int n;
  private long written;

  private TextOutput(OutputStream out) {
    this.out = out;
  }

  /** Text written to {@code out} (closed with this output). */
  public static TextOutput of(OutputStream out) {
    return new TextOutput(checkNotNull(out, "out"));
  }

  /** One ASCII character, e.g. a tab, comma or line feed. */
  public TextOutput ascii(char c) throws IOException {
    if (n == buf.length) {
      drain();
    }
    buf[n++] = (byte) c;
    return this;
  }

  /** Text as UTF-8. */
  public TextOutput text(String s) throws IOException {
    int len = s.length();
    if (len > buf.length / 4) {
      byte[] b = s.getBytes(StandardCharsets.UTF_8);
      drain();
      out.write(b);
      written += b.length;
      return this;
    }
    if (buf.length - n < len * 3) {
      drain();
    }
    for (int i = 0; i < len; i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        buf[n++] = (byte) c;
      } else {
        byte[] b = s.substring(i).getBytes(StandardCharsets.UTF_8);
        System.arraycopy(b, 0, buf, n, b.length);
        n += b.length;
        break;
      }
    }
    return this;
  }

  /**
   * A finite double as the shortest decimal that reads back to it ({@code 0.0}, {@code 150.0},
   * {@code 1.0E-5}).
   *
   * @throws IllegalArgumentException for NaN or infinity
   */
  public TextOutput number(double v) throws IOException {
    if (buf.length - n < 32) {
      drain();
    }
    if (v == 0) {
      if (Double.doubleToRawLongBits(v) != 0) {
        buf[n++] = '-';
      }
      buf[n++] = '0';
      buf[n++] = '.';
      buf[n++] = '0';
      return this;
    }
    String s = NumberText.format(v);
    int len = s.length();
    ascii(s, len);
    n += len;
    return this;
  }

  /**
   * Copies an ASCII string's characters into the buffer at {@code n} (room checked by the
   * caller). {@link String#getBytes(int, int, byte[], int)} keeps the low byte of each char,
   * which is the whole character for ASCII (numbers are ASCII), and copies a Latin-1 string's
   * bytes in one block instead of char by char.
   */
  @SuppressWarnings("deprecation")
  private void ascii(String s, int len) {
    s.getBytes(0, len, buf, n);
  }

  /** Bytes as they are (already UTF-8 text, e.g. formatted by another thread). */
  public TextOutput raw(byte[] b, int off, int len) throws IOException {
    if (len > buf.length - n) {
      drain();
      if (len > buf.length / 2) {
        out.write(b, off, len);
        written += len;
        return this;
      }
    }
    System.arraycopy(b, off, buf, n, len);
    n += len;
    return this;
  }

  /** The bytes written so far (including those still in the buffer). */
  public long bytesWritten() {
    return written + n;
  }

  private void drain() throws IOException {
    if (n > 0) {
      out.write(buf, 0, n);
      written += n;
      n = 0;
    }
  }

  @Override
  public void flush() throws IOException {
    drain();
    out.flush();
  }

  /** Flushes and closes the stream. */
  @Override
  public void close() throws IOException {
    try {
      drain();
    } finally {
      out.close();
    }
  }
}
