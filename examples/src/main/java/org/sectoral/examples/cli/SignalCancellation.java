package org.sectoral.examples.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.sectoral.core.CancellationToken;

/**
 * Ctrl-C and SIGTERM for a long command: a shutdown hook cancels the token every stage watches
 * (reading, factorizing, solving, writing), interrupts the command's thread (so a file being
 * written through a channel stops at once) and waits up to {@value #WAIT_MILLIS} ms for the
 * command to unwind; every write goes to a temporary sibling that is deleted on the way out, so
 * the previous output stays as it was. A native LU (one OpenBLAS call) cannot be interrupted:
 * when the signal comes during one, the JVM stops after the wait, before anything was written.
 */
final class SignalCancellation implements AutoCloseable {
  static final long WAIT_MILLIS = 2_000;

  private final CancellationToken token = CancellationToken.create();
  private final CountDownLatch done = new CountDownLatch(1);
  private final Thread hook;

  private SignalCancellation(Thread worker) {
    this.hook = new Thread(() -> {
      token.cancel();
      worker.interrupt();
      try {
        done.await(WAIT_MILLIS, TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "sectoral-cancel");
  }

  /** Watches the current thread until {@link #close()}. */
  static SignalCancellation install() {
    SignalCancellation s = new SignalCancellation(Thread.currentThread());
    Runtime.getRuntime().addShutdownHook(s.hook);
    return s;
  }

  /** The token cancelled by a signal. */
  CancellationToken token() {
    return token;
  }

  /** The command has unwound (normally or not): the hook need not wait any more. */
  @Override
  public void close() {
    done.countDown();
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // the JVM is already shutting down: the hook is running and sees the latch
    }
  }
}
