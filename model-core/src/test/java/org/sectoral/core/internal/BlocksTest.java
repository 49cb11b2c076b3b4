package org.sectoral.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;

/** Every index runs exactly once, in one block below the threshold and in up to 16 above it. */
class BlocksTest {
  @Test
  void everyIndexOnceInContiguousBlocks() {
    for (int count : new int[] {0, 1, 7, 16, 17, 1000}) {
      for (long work : new long[] {10, Blocks.PARALLEL_WORK}) {
        AtomicIntegerArray seen = new AtomicIntegerArray(Math.max(1, count));
        java.util.List<int[]> blocks = java.util.Collections.synchronizedList(
            new java.util.ArrayList<>());
        Blocks.run(count, work, (from, to) -> {
          blocks.add(new int[] {from, to});
          for (int i = from; i < to; i++) {
            seen.incrementAndGet(i);
          }
        });
        for (int i = 0; i < count; i++) {
          assertThat(seen.get(i)).as("count %d, index %d", count, i).isEqualTo(1);
        }
        int expected = work < Blocks.PARALLEL_WORK || count <= 1 ? 1 : Math.min(count, 16);
        assertThat(blocks).as("count %d, work %d", count, work).hasSize(expected);
      }
    }
  }
}
