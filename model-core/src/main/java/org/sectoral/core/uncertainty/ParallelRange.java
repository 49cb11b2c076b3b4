package org.sectoral.core.uncertainty;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * Runs {@code body(i)} for i = 0 … count − 1 on a pool of its own with a given number of threads,
 * so that a caller's thread count is honoured whatever the common pool holds. A runtime exception
 * of the body is rethrown as it is; an interrupt restores the thread's flag.
 */
final class ParallelRange {
  private ParallelRange() {}

  static void forEach(int threads, int count, IntConsumer body) {
    ForkJoinPool pool = new ForkJoinPool(threads);
    try {
      pool.submit(() -> IntStream.range(0, count).parallel().forEach(body)).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdown();
    }
  }
}
