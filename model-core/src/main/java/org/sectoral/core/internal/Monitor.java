package org.sectoral.core.internal;

import static com.google.common.base.Preconditions.checkNotNull;

import org.sectoral.core.CancellationToken;
import org.sectoral.core.ProgressListener;

/** The progress listener and cancellation token of one computation, passed down to the numerics. */
public final class Monitor {
  /** Reports nowhere; still honours {@link Thread#interrupt()}. */
  public static final Monitor NONE = new Monitor(ProgressListener.NONE, null);

  private final ProgressListener listener;
  private final CancellationToken token; // may be null

  private Monitor(ProgressListener listener, CancellationToken token) {
    this.listener = listener;
    this.token = token;
  }

  /** A monitor with a listener and an optional token (null: interrupts only). */
  public static Monitor of(ProgressListener listener, CancellationToken token) {
    return new Monitor(checkNotNull(listener, "listener"), token);
  }

  /**
   * Throws {@link java.util.concurrent.CancellationException} when the token was cancelled or
   * the thread interrupted.
   */
  public void check(String stage) {
    if (token != null) {
      token.throwIfCancelled(stage);
    } else if (Thread.currentThread().isInterrupted()) {
      throw new java.util.concurrent.CancellationException(stage + " interrupted");
    }
  }

  /** Forwards one report to the listener. */
  public void report(String stage, double fractionDone, double residual) {
    listener.progress(stage, Math.min(1, Math.max(0, fractionDone)), residual);
  }
}
