package org.sectoral.cli;

import java.io.PrintWriter;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.sectoral.core.CancellationToken;

/**
 * Ctrl-C and SIGTERM for the command line: a shutdown hook cancels the token every long stage
 * watches (reading, factorizing, solving, writing), interrupts the command's thread (so a file
 * being written through a channel stops at once) and waits up to {@value #WAIT_MILLIS} ms for
 * the command to unwind and print its one line: the output folder's work area is then removed
 * and the previous output left as it was. A native LU (one OpenBLAS call) cannot be stopped:
 * when the signal comes during one, the hook prints the line itself after the wait and the JVM
 * stops before anything was written; the work area left behind is removed by the next command
 * that writes there. The exit code is the signal's (130 for Ctrl-C, 143 for SIGTERM).
 */
final class SignalCancellation implements AutoCloseable {
  /** How long the hook waits for the command to unwind. */
  static final long WAIT_MILLIS = 2_000;

  private final CancellationToken token = CancellationToken.create();
  private final CountDownLatch done = new CountDownLatch(1);
  private final Thread hook;

  private SignalCancellation(Thread worker, PrintWriter err) {
    this.hook = new Thread(() -> {
      token.cancel();
      worker.interrupt();
      try {
        if (!done.await(WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
          err.println("sectoral: stopped in a stage that cannot be interrupted; nothing was "
              + "written, the previous output is left as it was");
          err.flush();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "sectoral-cancel");
  }

  /**
   * Watches the current thread until {@link #close()}, printing on {@code err} when the command
   * does not unwind in time.
   */
  static SignalCancellation install(PrintWriter err) {
    SignalCancellation s = new SignalCancellation(Thread.currentThread(), err);
    Runtime.getRuntime().addShutdownHook(s.hook);
    return s;
  }

  /** The token cancelled by a signal. */
  CancellationToken token() {
    return token;
  }

  /**
   * The command has unwound and printed its line (normally or not): the hook need not wait any
   * more.
   */
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
