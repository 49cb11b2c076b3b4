package org.sectoral.bench;

import java.util.Arrays;
import java.util.Locale;
import org.sectoral.core.leontief.LeontiefModel;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.core.uncertainty.MonteCarlo;
import org.sectoral.core.uncertainty.ResultFunctions;
import org.sectoral.core.uncertainty.TablePerturbation;

/**
 * Footprint draws beside one factorization, timed in adjacent pairs so that a shared machine's
 * changing load hits both alike: each pair times one {@code LeontiefModel.of} of a
 * {@link RandomMrio} table (A, productivity proof, LU of I − A), then one draw of
 * consumption-based footprints by stressor and region (every coefficient × lognormal, CV 0.1)
 * on the same thread; it prints the median of the pairs' ratios (time per draw over the
 * factorization) and both medians, then the time per draw of a whole Monte Carlo on every
 * processor. Run with {@code java -Xmx6g -cp benchmarks/target/benchmarks.jar
 * org.sectoral.bench.MonteCarloFootprintTiming ICIO 15 20} (size, pairs, draws of the parallel
 * run).
 */
public final class MonteCarloFootprintTiming {
  private MonteCarloFootprintTiming() {}

  /** Arguments: size (SMALL, ICIO, EXIOBASE), pairs (default 15), parallel draws (20). */
  public static void main(String[] args) {
    RandomMrio.Size size = RandomMrio.Size.valueOf(args.length > 0 ? args[0] : "ICIO");
    int pairs = args.length > 1 ? Integer.parseInt(args[1]) : 15;
    int draws = args.length > 2 ? Integer.parseInt(args[2]) : 20;
    InputOutputTable table = RandomMrio.of(size);
    int threads = Runtime.getRuntime().availableProcessors();
    MonteCarlo mc = MonteCarlo.builder().table(table).perturb(TablePerturbation.coefficients(0.1))
        .result(ResultFunctions.footprints(RandomMrio.ACCOUNT)).draws(pairs + 2)
        .seed(20261206L).build();
    mc.outputLabels(); // the baseline model, outside the timings
    System.out.printf(Locale.ROOT, "%s: %d sectors, %d pairs, %d processors%n", size,
        table.size(), pairs, threads);
    LeontiefModel.of(table); // warm-up
    mc.draw(pairs + 1);
    double[] f = new double[pairs];
    double[] d = new double[pairs];
    double[] ratio = new double[pairs];
    for (int i = 0; i < pairs; i++) {
      long t = System.nanoTime();
      LeontiefModel.of(table);
      f[i] = (System.nanoTime() - t) / 1e9;
      t = System.nanoTime();
      mc.draw(i);
      d[i] = (System.nanoTime() - t) / 1e9;
      ratio[i] = d[i] / f[i];
      System.out.printf(Locale.ROOT, "pair %2d: factorization %.3f s, draw %.3f s, ratio %.2f%n",
          i + 1, f[i], d[i], ratio[i]);
    }
    System.out.printf(Locale.ROOT, "median: factorization %.3f s, draw %.3f s, ratio of pairs "
        + "%.2f (quartiles %.2f–%.2f)%n", median(f), median(d), median(ratio),
        quantile(ratio, 0.25), quantile(ratio, 0.75));
    MonteCarlo many = MonteCarlo.builder().table(table)
        .perturb(TablePerturbation.coefficients(0.1))
        .result(ResultFunctions.footprints(RandomMrio.ACCOUNT)).draws(draws).seed(7).build();
    many.outputLabels();
    long t = System.nanoTime();
    LeontiefModel.of(table);
    double before = (System.nanoTime() - t) / 1e9;
    t = System.nanoTime();
    many.run(threads);
    double perDraw = (System.nanoTime() - t) / 1e9 / draws;
    t = System.nanoTime();
    LeontiefModel.of(table);
    double after = (System.nanoTime() - t) / 1e9;
    System.out.printf(Locale.ROOT, "%d draws on %d threads: %.3f s per draw; factorization "
        + "before %.3f s, after %.3f s%n", draws, threads, perDraw, before, after);
  }

  private static double median(double[] v) {
    return quantile(v, 0.5);
  }

  private static double quantile(double[] v, double p) {
    double[] s = v.clone();
    Arrays.sort(s);
    double h = (s.length - 1) * p;
    int lo = (int) Math.floor(h);
    int hi = Math.min(s.length - 1, lo + 1);
    return s[lo] + (h - lo) * (s[hi] - s[lo]);
  }
}
