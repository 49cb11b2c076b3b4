package org.sectoral.spark;

import java.util.Locale;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.core.testing.RandomEconomies;
import org.sectoral.core.uncertainty.MonteCarlo;
import org.sectoral.core.uncertainty.MonteCarloResult;
import org.sectoral.core.uncertainty.ResultFunctions;
import org.sectoral.core.uncertainty.TablePerturbation;

/**
 * A timed main (not a test): the same Monte Carlo (DVA content of a seeded 18-sector national
 * table, coefficients × lognormal CV 0.1) on this machine and on Spark local[1] and local[2],
 * each after one warm-up run, checking that every run gives the same bits. Arguments: draws
 * (default 10000), repetitions (default 3). Run with the class path of
 * {@code model-spark/target/spark-classpath.txt} (see benchmarks/README.md).
 */
public final class SparkScaling {
  private SparkScaling() {}

  /** Prints seconds per run for local threads 1 and 2 and Spark local[1], local[2]. */
  public static void main(String[] args) {
    int draws = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    int reps = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    InputOutputTable table = RandomEconomies.national(18, 20261206L);
    MonteCarlo mc = MonteCarlo.builder().table(table).perturb(TablePerturbation.coefficients(0.1))
        .result(ResultFunctions.domesticValueAddedContent()).draws(draws).seed(42).build();
    MonteCarloResult reference = mc.run(1);
    for (int threads : new int[] {1, 2}) {
      mc.run(threads);
      for (int r = 0; r < reps; r++) {
        long t = System.nanoTime();
        MonteCarloResult res = mc.run(threads);
        report("local threads=" + threads, t, res, reference);
      }
    }
    for (String master : new String[] {"local[1]", "local[2]"}) {
      try (SparkMonteCarloRunner spark = SparkMonteCarloRunner.local(master)) {
        spark.run(mc);
        for (int r = 0; r < reps; r++) {
          long t = System.nanoTime();
          MonteCarloResult res = spark.run(mc);
          report("spark " + master, t, res, reference);
        }
      }
    }
  }

  private static void report(String what, long start, MonteCarloResult r, MonteCarloResult ref) {
    double s = (System.nanoTime() - start) / 1e9;
    boolean same = java.util.Arrays.deepEquals(r.outputDraws(), ref.outputDraws());
    System.out.printf(Locale.ROOT, "%-22s %8.3f s  %8.1f µs/draw  identical=%s%n", what, s,
        1e6 * s / r.draws(), same);
  }
}
