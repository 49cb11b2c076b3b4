package org.sectoral.io.pymrio;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Waiting for files written on a second thread, and passing their failure on as it was. */
final class BackgroundWrite {
  private BackgroundWrite() {}

  /** Waits for the background writes to end, rethrowing their failure as it was. */
  static void await(Future<?> writes) throws IOException {
    try {
      writes.get();
    } catch (InterruptedException e) {
      writes.cancel(true);
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("writing interrupted");
    } catch (ExecutionException e) {
      throw rethrow(e.getCause());
    }
  }

  /** Waits (up to a minute) for a cancelled writer thread to stop: no file is left open. */
  static void awaitQuietly(Thread writer) {
    try {
      writer.join(TimeUnit.MINUTES.toMillis(1));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Throws an I/O, runtime or error failure as it is; anything else wrapped in an
   * {@link IOException} (declared as returned, so callers can write {@code throw rethrow(e)}).
   */
  static IOException rethrow(Throwable t) throws IOException {
    if (t instanceof IOException io) {
      throw io;
    }
    if (t instanceof RuntimeException r) {
      throw r;
    }
    if (t instanceof Error err) {
      throw err;
    }
    return new IOException(t);
  }
}
