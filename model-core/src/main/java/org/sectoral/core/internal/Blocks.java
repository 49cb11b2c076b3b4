package org.sectoral.core.internal;

import java.util.stream.IntStream;

/**
 * Independent work over 0 … count − 1 (rows or columns of a large matrix) in contiguous blocks,
 * on the common fork-join pool when there is enough of it. Each block runs its indices in
 * increasing order, so any sum a block keeps per index adds in the same order as one loop.
 */
public final class Blocks {
  /** Below this much work (e.g. matrix entries) one thread does it all. */
  public static final long PARALLEL_WORK = 1L << 20;
  private static final int MAX_BLOCKS = 16;

  /** The work of one block: indices {@code from} … {@code to − 1}. */
  @FunctionalInterface
  public interface Body {
    void run(int from, int to);
  }

  private Blocks() {}

  /** Runs {@code body} over 0 … count − 1 in blocks; in parallel when {@code work} is large. */
  public static void run(int count, long work, Body body) {
    int blocks = work >= PARALLEL_WORK ? Math.min(count, MAX_BLOCKS) : 1;
    if (blocks <= 1) {
      body.run(0, count);
      return;
    }
    IntStream.range(0, blocks).parallel().forEach(t -> body.run(
        (int) ((long) t * count / blocks), (int) ((long) (t + 1) * count / blocks)));
  }
}
