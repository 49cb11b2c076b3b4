package org.sectoral.io.text;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.sectoral.core.CancellationToken;
import org.sectoral.core.ProgressListener;

/**
 * A stream that reports how much of a file has been read (every 4 MiB, as the share of its
 * expected size) and stops with {@link java.util.concurrent.CancellationException} once a
 * {@link CancellationToken} is cancelled or the reading thread is interrupted: the reading side
 * of a long stage's progress and cancellation.
 */
public final class ProgressInputStream extends FilterInputStream {
  private static final long STEP = 4L << 20;

  private final String stage;
  private final long expected;
  private final ProgressListener listener;
  private final CancellationToken token;
  private long count;
  private long next = STEP;

  private ProgressInputStream(InputStream in, String stage, long expected,
      ProgressListener listener, CancellationToken token) {
    super(in);
    this.stage = stage;
    this.expected = expected;
    this.listener = listener;
    this.token = token;
  }

  /**
   * {@code in} watched: {@code stage} names it in reports (e.g. {@code "reading Z.txt"}),
   * {@code expected} is its size in bytes (≤ 0 when unknown), the token may be null.
   */
  public static InputStream of(InputStream in, String stage, long expected,
      ProgressListener listener, CancellationToken token) {
    if ((listener == null || listener == ProgressListener.NONE) && token == null) {
      return in;
    }
    return new ProgressInputStream(in, stage, expected,
        listener == null ? ProgressListener.NONE : listener, token);
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
    } else if (n < 0 && count > 0) {
      listener.progress(stage, 1, Double.NaN);
      count = -1;
    }
    return n;
  }

  private void counted(long n) {
    count += n;
    if (count >= next) {
      next = count + STEP;
      if (token != null) {
        token.throwIfCancelled(stage);
      } else if (Thread.currentThread().isInterrupted()) {
        throw new java.util.concurrent.CancellationException(stage + " interrupted");
      }
      listener.progress(stage, expected > 0 ? Math.min(1, count / (double) expected) : 0,
          Double.NaN);
    }
  }

  @Override
  public boolean markSupported() {
    return false;
  }
}
