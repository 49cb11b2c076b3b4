package org.sectoral.core.internal;

import java.util.function.UnaryOperator;

/** Helpers for many right-hand sides. */
public final class Rhs {
  private Rhs() {}

  /** Applies a single-vector solve to each right-hand side (one per row). */
  public static double[][] each(double[][] rhs, UnaryOperator<double[]> solve) {
    double[][] out = new double[rhs.length][];
    for (int k = 0; k < rhs.length; k++) {
      out[k] = solve.apply(rhs[k]);
    }
    return out;
  }
}
