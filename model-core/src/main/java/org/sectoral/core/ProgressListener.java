package org.sectoral.core;

/**
 * Receives progress reports from long computations (a dense factorization of a world table, an
 * iterative solve). Called on the computing thread, between blocks or iterations: keep it quick
 * and do not throw. Implementations need not be thread-safe unless shared between computations.
 */
@FunctionalInterface
public interface ProgressListener {
  /** A listener that ignores every report. */
  ProgressListener NONE = (stage, fractionDone, residual) -> { };

  /**
   * One report.
   *
   * @param stage what is running, e.g. {@code "dense LU"} or {@code "Gauss-Seidel"}
   * @param fractionDone estimated share of the work done, in [0, 1] (1 when the stage ends)
   * @param residual the relative residual reached so far by an iterative method, NaN for direct
   *     methods
   */
  void progress(String stage, double fractionDone, double residual);
}
