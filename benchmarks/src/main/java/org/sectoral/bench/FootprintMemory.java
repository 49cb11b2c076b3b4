package org.sectoral.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.sectoral.core.leontief.SolverOptions;
import org.sectoral.core.table.InputOutputTable;

/**
 * Heap used while computing footprints of 3 stressors on a {@link RandomMrio} table, sampled
 * every 5 ms (an upper bound of the live heap: uncollected garbage counts too). Run with
 * {@code java -Xmx2600m -cp benchmarks/target/benchmarks.jar org.sectoral.bench.FootprintMemory
 * EXIOBASE direct}; the table itself needs about 2.3 GB while it is built.
 */
public final class FootprintMemory {
  private FootprintMemory() {}

  /** Arguments: size (SMALL, ICIO, EXIOBASE) and path (direct, iterative). */
  public static void main(String[] args) throws InterruptedException {
    RandomMrio.Size size = RandomMrio.Size.valueOf(args.length > 0 ? args[0] : "ICIO");
    boolean direct = args.length < 2 || args[1].equals("direct");
    long t0 = System.nanoTime();
    InputOutputTable table = RandomMrio.of(size);
    double build = (System.nanoTime() - t0) / 1e9;
    MemoryMXBean mem = ManagementFactory.getMemoryMXBean();
    System.gc();
    long baseline = mem.getHeapMemoryUsage().getUsed();
    AtomicLong peak = new AtomicLong(baseline);
    Thread sampler = new Thread(() -> {
      while (!Thread.currentThread().isInterrupted()) {
        peak.accumulateAndGet(mem.getHeapMemoryUsage().getUsed(), Math::max);
        try {
          Thread.sleep(5);
        } catch (InterruptedException e) {
          return;
        }
      }
    });
    sampler.setDaemon(true);
    sampler.start();
    long t1 = System.nanoTime();
    double[][] fp = Footprints.of(table,
        direct ? SolverOptions.direct() : SolverOptions.iterative(1e-12));
    double solve = (System.nanoTime() - t1) / 1e9;
    sampler.interrupt();
    sampler.join();
    System.out.printf(Locale.ROOT,
        "%s n=%d %s: table built in %.1f s; footprints in %.2f s; heap after table %.2f GiB, "
            + "peak during footprints %.2f GiB (+%.2f GiB); first footprint %.6g%n",
        size, table.output().size(), direct ? "direct" : "iterative", build, solve,
        baseline / 1073741824.0, peak.get() / 1073741824.0,
        (peak.get() - baseline) / 1073741824.0, fp[0][0]);
  }
}
