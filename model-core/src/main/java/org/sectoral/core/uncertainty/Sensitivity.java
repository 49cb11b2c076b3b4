package org.sectoral.core.uncertainty;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.sectoral.core.uncertainty.internal.Statistics;

/**
 * Which uncertain input moves a result most, for tornado charts (Saltelli et al. 2008, "Global
 * Sensitivity Analysis: The Primer", ch. 1): one at a time (each named input at a low and a high
 * percentile, the others at their baseline, the table unperturbed) and globally, by Spearman's
 * rank correlation of the Monte Carlo draws of each input with those of the output (every input
 * varying together). Only named inputs and share components take part: the independent
 * entry-by-entry noise of a {@link TablePerturbation} has no single value to rank.
 */
public final class Sensitivity {
  private Sensitivity() {}

  /**
   * Rank correlations of every drawn input with one output, largest |ρ| first (ties by name).
   * Inputs that did not vary (a fixed distribution) are left out.
   */
  public static ImmutableList<RankCorrelation> rankCorrelations(MonteCarloResult result,
      String output) {
    checkNotNull(result, "result");
    int k = result.indexOf(output);
    checkArgument(result.draws() >= 3, "Rank correlation needs at least 3 draws, has %s",
        result.draws());
    double[] y = result.outputDraws(k);
    List<RankCorrelation> out = new ArrayList<>();
    for (int i = 0; i < result.inputNames().size(); i++) {
      double[] x = result.inputDraws(i);
      if (isConstant(x)) {
        continue;
      }
      double rho = isConstant(y) ? 0 : Statistics.spearman(x, y);
      out.add(new RankCorrelation(result.inputNames().get(i), output, rho));
    }
    out.sort(Comparator.comparingDouble((RankCorrelation r) -> -Math.abs(r.rho()))
        .thenComparing(RankCorrelation::input));
    return ImmutableList.copyOf(out);
  }

  /**
   * One-at-a-time swings of one output, widest first: each named input at its {@code low} and
   * {@code high} percentile (F⁻¹(p/100)) and each share component at the percentiles of its Beta
   * marginal with the other components of its group rescaled to sum to one; every other input
   * at its baseline; table perturbations off.
   *
   * @param low the low percentile, e.g. 5
   * @param high the high percentile, e.g. 95
   */
  public static OneAtATime oneAtATime(MonteCarlo monteCarlo, String output, double low,
      double high) {
    checkNotNull(monteCarlo, "monteCarlo");
    int k = monteCarlo.outputLabels().indexOf(output);
    if (k < 0) {
      throw org.sectoral.core.SectoralException.of(org.sectoral.core.ErrorCode.UNKNOWN_KEY,
          List.of(String.valueOf(output)), "No output %s", output);
    }
    return oneAtATime(monteCarlo, low, high).get(k);
  }

  /**
   * One-at-a-time swings of every output at once (as {@link #oneAtATime(MonteCarlo, String,
   * double, double)}, in label order): each input setting is evaluated once for all outputs,
   * the settings in parallel on every processor (the result does not depend on the order).
   */
  public static ImmutableList<OneAtATime> oneAtATime(MonteCarlo monteCarlo, double low,
      double high) {
    checkNotNull(monteCarlo, "monteCarlo");
    checkArgument(low > 0 && low < high && high < 100, "Percentiles %s and %s: need 0 < low < "
        + "high < 100", low, high);
    InputValues base = monteCarlo.baselineValues();
    double[] baseline = monteCarlo.baseline();
    List<String> names = new ArrayList<>();
    List<double[]> lowValues = new ArrayList<>();
    List<double[]> highValues = new ArrayList<>();
    List<InputValues> settings = new ArrayList<>();
    int pos = 0;
    for (UncertainInput in : monteCarlo.inputs()) {
      double lo = in.distribution().quantile(low / 100);
      double hi = in.distribution().quantile(high / 100);
      names.add(in.name());
      lowValues.add(new double[] {lo});
      highValues.add(new double[] {hi});
      settings.add(base.with(pos, lo));
      settings.add(base.with(pos, hi));
      pos++;
    }
    for (ShareGroup g : monteCarlo.shareGroups()) {
      for (int c = 0; c < g.components().size(); c++) {
        double[] lo = g.withComponentAt(c, low / 100);
        double[] hi = g.withComponentAt(c, high / 100);
        names.add(g.inputName(g.components().get(c)));
        lowValues.add(new double[] {lo[c]});
        highValues.add(new double[] {hi[c]});
        settings.add(base.with(pos, lo));
        settings.add(base.with(pos, hi));
      }
      pos += g.components().size();
    }
    double[][] out = evaluateAll(monteCarlo, settings);
    ImmutableList.Builder<OneAtATime> result = ImmutableList.builder();
    for (int k = 0; k < baseline.length; k++) {
      List<Swing> swings = new ArrayList<>();
      for (int i = 0; i < names.size(); i++) {
        swings.add(new Swing(names.get(i), lowValues.get(i)[0], highValues.get(i)[0],
            out[2 * i][k], out[2 * i + 1][k]));
      }
      swings.sort(Comparator.comparingDouble((Swing s) -> -s.width())
          .thenComparing(Swing::input));
      result.add(new OneAtATime(monteCarlo.outputLabels().get(k), baseline[k], low, high,
          ImmutableList.copyOf(swings)));
    }
    return result.build();
  }

  private static double[][] evaluateAll(MonteCarlo mc, List<InputValues> settings) {
    double[][] out = new double[settings.size()][];
    ParallelRange.forEach(Runtime.getRuntime().availableProcessors(), out.length,
        i -> out[i] = mc.evaluate(settings.get(i)));
    return out;
  }

  private static boolean isConstant(double[] v) {
    for (double d : v) {
      if (d != v[0]) {
        return false;
      }
    }
    return true;
  }
}
