package org.sectoral.core.uncertainty;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkElementIndex;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.sectoral.core.ErrorCode;
import org.sectoral.core.SectoralException;
import org.sectoral.core.uncertainty.internal.Statistics;

/**
 * The result of a {@link MonteCarlo}: per output its baseline, mean, standard deviation and
 * percentiles, and every draw (inputs and outputs, in draw order). Immutable. Computed in draw
 * order with commons-math3's two-pass mean and variance, so the same draws give the same bits.
 */
public final class MonteCarloResult {
  private final ImmutableList<String> labels;
  private final String unit;
  private final ImmutableList<String> inputNames;
  private final long seed;
  private final ImmutableList<Double> levels;
  private final ImmutableList<OutputSummary> summaries;
  private final double[][] inputs; // draw × input
  private final double[][] outputs; // draw × output

  private MonteCarloResult(MonteCarlo mc, double[][] inputs, double[][] outputs) {
    this.labels = mc.outputLabels();
    this.unit = mc.resultFunction().unit();
    this.inputNames = mc.inputNames();
    this.seed = mc.seed();
    this.levels = mc.percentiles();
    this.inputs = inputs;
    this.outputs = outputs;
    double[] baseline = mc.baseline();
    double[] p = levels.stream().mapToDouble(Double::doubleValue).toArray();
    ImmutableList.Builder<OutputSummary> b = ImmutableList.builder();
    for (int k = 0; k < labels.size(); k++) {
      double[] column = column(outputs, k);
      b.add(OutputSummary.of(labels.get(k), baseline[k], Statistics.mean(column),
          Statistics.standardDeviation(column), Statistics.percentiles(column, p), levels));
    }
    this.summaries = b.build();
  }

  static MonteCarloResult of(MonteCarlo mc, double[][] inputs, double[][] outputs) {
    return new MonteCarloResult(mc, inputs, outputs);
  }

  private MonteCarloResult(MonteCarloResult from, List<Integer> keep, String unit) {
    ImmutableList.Builder<String> l = ImmutableList.builder();
    ImmutableList.Builder<OutputSummary> sum = ImmutableList.builder();
    for (int k : keep) {
      l.add(from.labels.get(k));
      sum.add(from.summaries.get(k));
    }
    this.labels = l.build();
    this.unit = unit;
    this.inputNames = from.inputNames;
    this.seed = from.seed;
    this.levels = from.levels;
    this.summaries = sum.build();
    this.inputs = from.inputs;
    this.outputs = new double[from.outputs.length][keep.size()];
    for (int i = 0; i < outputs.length; i++) {
      for (int k = 0; k < keep.size(); k++) {
        outputs[i][k] = from.outputs[i][keep.get(k)];
      }
    }
  }

  /**
   * The same draws restricted to some outputs, in the given order, with their unit (e.g. the
   * outputs of one unit, to chart them on one axis).
   *
   * @throws SectoralException {@link ErrorCode#UNKNOWN_KEY} naming a label not among the outputs
   */
  public MonteCarloResult select(List<String> outputLabels, String unit) {
    checkNotNull(outputLabels, "outputLabels");
    checkNotNull(unit, "unit");
    checkArgument(!outputLabels.isEmpty(), "No outputs selected");
    List<Integer> keep = new java.util.ArrayList<>();
    for (String label : outputLabels) {
      keep.add(indexOf(label));
    }
    return new MonteCarloResult(this, keep, unit);
  }

  /** The output labels. */
  public ImmutableList<String> labels() {
    return labels;
  }

  /** The unit of the outputs. */
  public String unit() {
    return unit;
  }

  /** The names of the drawn inputs (columns of {@link #inputDraws()}). */
  public ImmutableList<String> inputNames() {
    return inputNames;
  }

  /** The seed of the run. */
  public long seed() {
    return seed;
  }

  /** The number of draws. */
  public int draws() {
    return outputs.length;
  }

  /** The percentile levels reported. */
  public ImmutableList<Double> percentileLevels() {
    return levels;
  }

  /** The summary of every output, in label order. */
  public ImmutableList<OutputSummary> summaries() {
    return summaries;
  }

  /**
   * The summary of one output.
   *
   * @throws SectoralException {@link ErrorCode#UNKNOWN_KEY} naming the label
   */
  public OutputSummary summary(String label) {
    return summaries.get(indexOf(label));
  }

  /** The position of an output label. */
  public int indexOf(String label) {
    int i = labels.indexOf(label);
    if (i < 0) {
      throw SectoralException.of(ErrorCode.UNKNOWN_KEY, List.of(String.valueOf(label)),
          "No output %s (outputs: %s)", label, labels.size() > 20
              ? labels.subList(0, 20) + "…" : labels);
    }
    return i;
  }

  /** The outputs of every draw, draw × output (a copy). */
  public double[][] outputDraws() {
    return copy(outputs);
  }

  /** The input values of every draw, draw × input (a copy). */
  public double[][] inputDraws() {
    return copy(inputs);
  }

  /** The draws of one output, in draw order (a copy). */
  public double[] outputDraws(int output) {
    checkElementIndex(output, labels.size(), "output");
    return column(outputs, output);
  }

  /** The draws of one input, in draw order (a copy). */
  public double[] inputDraws(int input) {
    checkElementIndex(input, inputNames.size(), "input");
    return column(inputs, input);
  }

  private static double[] column(double[][] m, int k) {
    double[] c = new double[m.length];
    for (int i = 0; i < m.length; i++) {
      c[i] = m[i][k];
    }
    return c;
  }

  private static double[][] copy(double[][] m) {
    double[][] out = new double[m.length][];
    for (int i = 0; i < m.length; i++) {
      out[i] = m[i].clone();
    }
    return out;
  }

  @Override
  public String toString() {
    return "MonteCarloResult[" + draws() + " draws, seed " + seed + ", " + labels.size()
        + " outputs]";
  }
}
