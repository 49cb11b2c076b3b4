package org.sectoral.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.sectoral.core.ProgressListener;

/** Progress on stderr: solver progress at most twice a second, analysis stages as they start. */
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

  /** One line as each stage of an analysis starts (model, multipliers, linkages …). */
  static ProgressListener stages(PrintWriter err) {
    return (stage, done, residual) -> {
      if (done == 0) {
        err.println("sectoral: " + stage.replace('_', ' '));
      }
    };
  }
}
