package org.sectoral.core;

import java.util.concurrent.CancellationException;

/**
 * Lets a caller stop a long computation from another thread. Computations check the token (and
 * the interrupt flag of the computing thread) between blocks or iterations and then throw
 * {@link CancellationException}. A token is thread-safe; once cancelled it stays cancelled.
 */
public final class CancellationToken {
  private volatile boolean cancelled;

  private CancellationToken() {}

  /** A new token, not cancelled. */
  public static CancellationToken create() {
    return new CancellationToken();
  }

  /** Asks every computation that watches this token to stop at its next check. */
  public void cancel() {
    cancelled = true;
  }

  /** Whether {@link #cancel()} was called. */
  public boolean isCancelled() {
    return cancelled;
  }

  /**
   * Throws when this token was cancelled or the current thread was interrupted (the interrupt
   * flag is kept set).
   *
   * @throws CancellationException naming the computation that stopped
   */
  public void throwIfCancelled(String what) {
    if (cancelled) {
      throw new CancellationException(what + " cancelled");
    }
    if (Thread.currentThread().isInterrupted()) {
      throw new CancellationException(what + " interrupted");
    }
  }
}
