package org.sectoral.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.sectoral.core.ProgressListener;

/**
 * Progress on stderr (never stdout): solver progress and the progress of reading and writing
 * files at most twice a second, analysis stages as they start.
 */
final class Progress {
  private Progress() {}

  /** Solver progress, at most about twice a second. */
  static ProgressListener solver(PrintWriter err) {
    long[] last = {0};
    return (stage, done, residual) -> {
      long now = System.nanoTime();
      if (now - last[0] > 500_000_000L) {
        last[0] = now;
        if (Double.isNaN(residual)) {
          err.printf(Locale.ROOT, "sectoral: %s %3.0f%%%n", stage, 100 * done);
        } else {
          err.printf(Locale.ROOT, "sectoral: %s %3.0f%% (residual %.2e)%n", stage,
              100 * done, residual);
        }
      }
    };
  }

  /**
   * Reading or writing files ({@code reading Z.txt 40%}), at most about twice a second, the
   * first line after half a second (a small table prints none).
   */
  static ProgressListener files(PrintWriter err) {
    long[] last = {System.nanoTime()};
    return (stage, done, residual) -> {
      long now = System.nanoTime();
      if (now - last[0] > 500_000_000L) {
        last[0] = now;
        err.printf(Locale.ROOT, "sectoral: %s %3.0f%%%n", stage, 100 * done);
      }
    };
  }

  /** One line as each stage of an analysis starts (model, multipliers, linkages …). */
  static ProgressListener stages(PrintWriter err) {
    return (stage, done, residual) -> {
      if (done == 0) {
        err.println("sectoral: " + stage.replace('_', ' '));
      }
    };
  }
}
