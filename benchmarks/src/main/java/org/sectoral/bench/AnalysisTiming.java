package org.sectoral.bench;

import java.util.Arrays;
import java.util.Locale;
import org.sectoral.core.footprint.Footprints;
import org.sectoral.core.leontief.LeontiefModel;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.core.trade.KwwDecomposition;
import org.sectoral.core.trade.TivaIndicators;

/**
 * Times the core analysis alone (the table already in memory): the Leontief model
 * (coefficients, productivity proof, factorization), pymrio's footprint accounts of 3 stressors
 * (S, M, D_cba, D_pba, D_imp, D_exp), plus the TiVA indicators ({@code tiva}, the default) and
 * the KWW decomposition ({@code all}), or footprints alone ({@code footprints}). Prints each run
 * and the median:
 * {@code java -cp benchmarks/target/benchmarks.jar org.sectoral.bench.AnalysisTiming ICIO 5 tiva}.
 */
public final class AnalysisTiming {
  private AnalysisTiming() {}

  /** Arguments: size, number of runs, optional mode ({@code footprints}, {@code tiva}, {@code all}). */
  public static void main(String[] args) {
    RandomMrio.Size size = RandomMrio.Size.valueOf(args[0].toUpperCase(Locale.ROOT));
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    String mode = args.length > 2 ? args[2] : "tiva";
    InputOutputTable t = RandomMrio.of(size);
    double[] seconds = new double[runs];
    double check = 0;
    for (int r = 0; r < runs; r++) {
      long start = System.nanoTime();
      LeontiefModel model = LeontiefModel.of(t);
      Footprints fp = Footprints.of(t, model, t.satellite(RandomMrio.ACCOUNT));
      check = fp.consumptionBased().sum() + fp.productionBased().sum() + fp.imports().sum()
          + fp.exports().sum() + fp.multipliers().sum();
      if (!mode.equals("footprints")) {
        check += TivaIndicators.of(t, model).rows().size();
      }
      if (mode.equals("all")) {
        check += KwwDecomposition.of(t, model).rows().size();
      }
      seconds[r] = (System.nanoTime() - start) / 1e9;
      System.out.printf(Locale.ROOT, "run %d: %.3f s%n", r + 1, seconds[r]);
    }
    double[] sorted = seconds.clone();
    Arrays.sort(sorted);
    System.out.printf(Locale.ROOT, "%s (%d sectors), %s: median %.3f s (check %.6g)%n",
        size, t.size(), mode, sorted[runs / 2], check);
  }
}
