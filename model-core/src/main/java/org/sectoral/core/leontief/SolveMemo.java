package org.sectoral.core.leontief;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.function.Supplier;

/**
 * The last few multi-vector solves of a model, so that the same right-hand sides asked for again
 * (footprints, TiVA and the pymrio writer all ask for x⁽ʳ⁾ = L·y⁽ʳ⁾ of the same table) are
 * answered without another solve: {@value #ENTRIES} entries of at most {@value #MAX_VALUES}
 * values each, compared bit for bit, results copied in and out. Thread-safe.
 */
final class SolveMemo {
  static final int ENTRIES = 4;
  static final long MAX_VALUES = 1L << 23; // 64 MiB of doubles per entry

  private record Entry(boolean transposed, double[][] rhs, double[][] solution) {}

  private final Deque<Entry> entries = new ArrayDeque<>();

  /** The solution of {@code rhs}, from the memo or from {@code solve} (then remembered). */
  double[][] get(double[][] rhs, boolean transposed, Supplier<double[][]> solve) {
    long values = 0;
    for (double[] r : rhs) {
      values += r.length;
    }
    if (rhs.length < 2 || values > MAX_VALUES) {
      return solve.get();
    }
    synchronized (entries) {
      for (Entry e : entries) {
        if (e.transposed() == transposed && Arrays.deepEquals(e.rhs(), rhs)) {
          return copy(e.solution());
        }
      }
    }
    double[][] x = solve.get();
    synchronized (entries) {
      if (entries.size() == ENTRIES) {
        entries.removeLast();
      }
      entries.addFirst(new Entry(transposed, copy(rhs), copy(x)));
    }
    return x;
  }

  private static double[][] copy(double[][] a) {
    double[][] c = new double[a.length][];
    for (int i = 0; i < a.length; i++) {
      c[i] = a[i].clone();
    }
    return c;
  }
}
