package org.sectoral.core.uncertainty;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.sectoral.core.ErrorCode;
import org.sectoral.core.SectoralException;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.core.uncertainty.internal.Streams;
import org.sectoral.core.uncertainty.internal.Variates;

/**
 * A seeded Monte Carlo of any result: uncertain named inputs ({@link UncertainInput},
 * {@link ShareGroup}), optional random perturbations of a table ({@link TablePerturbation}), a
 * {@link ResultFunction}, a number of draws, a seed and the percentiles to report. Immutable and
 * serializable (the table travels as plain arrays), so the same object runs on one machine with
 * {@link #run()} or on a cluster through a {@link MonteCarloRunner}.
 *
 * <p><b>Reproducible bit for bit.</b> Draw i uses only random streams derived from (seed, i,
 * channel) — channel 0 for the named inputs, channel k + 1 for the k-th table perturbation —
 * so a draw's numbers do not depend on which thread or machine computes it, nor on which other
 * draws run; summaries are computed afterwards in draw order. The random variates use
 * commons-math3's pure-Java {@code FastMath}, the same on every Java 17+ runtime; the linear
 * algebra is the engine's (the same bits on the same machine and backend).
 *
 * <p><b>Draws of the inputs.</b> Named inputs are drawn by inversion, F⁻¹(u) with u uniform in
 * (0, 1), in the order added; share groups by gamma variates (Dirichlet), after the named
 * inputs. Memory: the result keeps every draw, draws × (inputs + outputs) doubles. A table draw
 * makes only what its result asks for: the drawn A (n² doubles), the model (its factorization)
 * and the table (about two more n × n arrays while it is built); footprints need no table.
 */
public final class MonteCarlo implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The percentiles reported unless others are given. */
  public static final ImmutableList<Double> DEFAULT_PERCENTILES = ImmutableList.of(5.0, 50.0,
      95.0);

  private final InputOutputTable table;
  private final ImmutableList<UncertainInput> inputs;
  private final ImmutableList<ShareGroup> shareGroups;
  private final ImmutableList<TablePerturbation> perturbations;
  private final ResultFunction result;
  private final int draws;
  private final long seed;
  private final ImmutableList<Double> percentiles;
  private final transient ImmutableList<String> inputNames;
  private final transient ImmutableMap<String, Integer> inputIndex;
  private final transient Supplier<BaseForm> base;
  private final transient Supplier<ImmutableList<String>> labels;
  private final transient Supplier<double[]> baselineOutputs;

  private MonteCarlo(Builder b) {
    this.table = b.table;
    this.inputs = ImmutableList.copyOf(b.inputs);
    this.shareGroups = ImmutableList.copyOf(b.shareGroups);
    this.perturbations = ImmutableList.copyOf(b.perturbations);
    this.result = b.result;
    this.draws = b.draws;
    this.seed = b.seed;
    this.percentiles = ImmutableList.copyOf(b.percentiles);
    List<String> names = new ArrayList<>();
    inputs.forEach(i -> names.add(i.name()));
    shareGroups.forEach(g -> names.addAll(g.inputNames()));
    this.inputNames = ImmutableList.copyOf(names);
    try {
      this.inputIndex = InputValues.indexOf(inputNames);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("Input names repeat: " + inputNames, e);
    }
    this.base = table == null ? () -> null : Suppliers.memoize(() -> new BaseForm(table));
    this.labels = Suppliers.memoize(() -> ImmutableList.copyOf(result.labels(baselineDraw())));
    this.baselineOutputs = Suppliers.memoize(() -> checked(Draw.BASELINE,
        result.evaluate(baselineDraw())));
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The baseline table, when the Monte Carlo has one. */
  public java.util.Optional<InputOutputTable> table() {
    return java.util.Optional.ofNullable(table);
  }

  /** The named inputs, in draw order. */
  public ImmutableList<UncertainInput> inputs() {
    return inputs;
  }

  /** The share groups, drawn after the named inputs. */
  public ImmutableList<ShareGroup> shareGroups() {
    return shareGroups;
  }

  /** The table perturbations, applied in order. */
  public ImmutableList<TablePerturbation> perturbations() {
    return perturbations;
  }

  /** The result function. */
  public ResultFunction resultFunction() {
    return result;
  }

  /** The number of draws. */
  public int draws() {
    return draws;
  }

  /** The seed. */
  public long seed() {
    return seed;
  }

  /** The percentiles to report, each in (0, 100). */
  public ImmutableList<Double> percentiles() {
    return percentiles;
  }

  /** The names of every drawn input value: named inputs, then {@code group[component]}. */
  public ImmutableList<String> inputNames() {
    return inputNames;
  }

  /** The labels of the outputs (computed once from the baseline). */
  public ImmutableList<String> outputLabels() {
    return labels.get();
  }

  /** The outputs at the baseline: every input at its baseline, the table unperturbed. */
  public double[] baseline() {
    return baselineOutputs.get().clone();
  }

  /** The input values at the baseline (share groups at their mean shares). */
  public InputValues baselineValues() {
    double[] v = new double[inputNames.size()];
    int k = 0;
    for (UncertainInput in : inputs) {
      v[k++] = in.baseline();
    }
    for (ShareGroup g : shareGroups) {
      double[] s = g.shares();
      System.arraycopy(s, 0, v, k, s.length);
      k += s.length;
    }
    return new InputValues(inputNames, inputIndex, v);
  }

  /**
   * Draw {@code index} (0 ≤ index &lt; {@link #draws()}): its input values and outputs, from the
   * streams of (seed, index) alone. Thread-safe.
   *
   * @throws SectoralException the code of the failure (e.g. {@link ErrorCode#NOT_PRODUCTIVE}
   *     for an unproductive perturbed table), the message naming the draw and seed
   */
  public DrawOutcome draw(long index) {
    checkArgument(index >= 0 && index < draws, "Draw %s outside [0, %s)", index, draws);
    InputValues values = drawValues(index);
    Draw d;
    try {
      d = perturbedDraw(index, values);
      return DrawOutcome.of(index, values.raw(), checked(index, result.evaluate(d)));
    } catch (SectoralException e) {
      if (e.getMessage().startsWith("[" + e.code() + "] Draw ")) {
        throw e;
      }
      throw SectoralException.of(e.code(), e.culprits(), "Draw %d of seed %d: %s", index, seed,
          e.getMessage());
    }
  }

  /**
   * The outputs for given input values with the table unperturbed (what one-at-a-time
   * sensitivity evaluates).
   */
  public double[] evaluate(InputValues values) {
    checkNotNull(values, "values");
    checkArgument(values.names().equals(inputNames), "Values for %s, inputs are %s",
        values.names(), inputNames);
    return checked(Draw.ONE_AT_A_TIME, result.evaluate(unperturbed(Draw.ONE_AT_A_TIME, values)));
  }

  /** Runs every draw in parallel on all processors and summarizes. */
  public MonteCarloResult run() {
    return run(Runtime.getRuntime().availableProcessors());
  }

  /** Runs every draw on {@code threads} threads (1: sequentially) and summarizes. */
  public MonteCarloResult run(int threads) {
    checkArgument(threads >= 1, "Threads %s must be ≥ 1", threads);
    outputLabels(); // fail fast on the baseline
    DrawOutcome[] out = new DrawOutcome[draws];
    if (threads == 1) {
      for (int i = 0; i < draws; i++) {
        out[i] = draw(i);
      }
    } else {
      ParallelRange.forEach(threads, draws, i -> out[i] = draw(i));
    }
    return summarize(Arrays.asList(out));
  }

  /**
   * The summary of draws computed elsewhere (e.g. on a cluster): every index 0 … draws − 1 exactly
   * once, in any order. The same draws give the same result bit for bit.
   */
  public MonteCarloResult summarize(List<DrawOutcome> outcomes) {
    checkNotNull(outcomes, "outcomes");
    checkArgument(outcomes.size() == draws, "%s outcomes for %s draws", outcomes.size(), draws);
    DrawOutcome[] byIndex = new DrawOutcome[draws];
    for (DrawOutcome o : outcomes) {
      checkArgument(o.index() >= 0 && o.index() < draws && byIndex[(int) o.index()] == null,
          "Draw %s missing, repeated or out of range", o.index());
      byIndex[(int) o.index()] = o;
    }
    double[][] in = new double[draws][];
    double[][] outs = new double[draws][];
    for (int i = 0; i < draws; i++) {
      in[i] = byIndex[i].rawInputs();
      outs[i] = byIndex[i].rawOutputs();
    }
    return MonteCarloResult.of(this, in, outs);
  }

  private InputValues drawValues(long index) {
    double[] v = new double[inputNames.size()];
    Variates random = new Variates(Streams.of(seed, index, 0));
    int k = 0;
    for (UncertainInput in : inputs) {
      v[k++] = in.distribution().quantile(random.openUniform());
    }
    for (ShareGroup g : shareGroups) {
      double[] s = g.draw(random);
      System.arraycopy(s, 0, v, k, s.length);
      k += s.length;
    }
    return new InputValues(inputNames, inputIndex, v);
  }

  private Draw perturbedDraw(long index, InputValues values) {
    BaseForm b = base.get();
    if (b == null) {
      return new Draw(index, values, (InputOutputTable) null, null);
    }
    WorkingTable w = new WorkingTable(b);
    for (int k = 0; k < perturbations.size(); k++) {
      perturbations.get(k).apply(w, new Variates(Streams.of(seed, index, k + 1)));
    }
    return Draw.of(index, values, w.rebuild(b.table.name() + " | draw " + index));
  }

  private Draw baselineDraw() {
    return unperturbed(Draw.BASELINE, baselineValues());
  }

  private Draw unperturbed(long index, InputValues values) {
    BaseForm b = base.get();
    return b == null ? new Draw(index, values, (InputOutputTable) null, null)
        : Draw.of(index, values, new WorkingTable(b).rebuild(b.table.name()));
  }

  private double[] checked(long index, double[] outputs) {
    if (outputs == null) {
      throw new IllegalStateException("Result function returned null");
    }
    if (index != Draw.BASELINE && outputs.length != labels.get().size()) {
      throw SectoralException.of(ErrorCode.DIMENSION_MISMATCH, List.of(),
          "Draw %d: %d outputs for %d labels", index, outputs.length, labels.get().size());
    }
    for (int i = 0; i < outputs.length; i++) {
      if (!Double.isFinite(outputs[i])) {
        String label = i < labels.get().size() ? labels.get().get(i) : "#" + i;
        throw SectoralException.of(ErrorCode.NON_FINITE_VALUE, List.of(label),
            "Draw %d of seed %d: output %s is %s", index, seed, label, outputs[i]);
      }
    }
    return outputs;
  }

  private Object writeReplace() {
    return new SerializedForm(this);
  }

  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw new InvalidObjectException("A MonteCarlo is read through its serialized form");
  }

  /** The serialization proxy: the table as plain arrays, everything else as is. */
  private static final class SerializedForm implements Serializable {
    private static final long serialVersionUID = 1L;
    private final TableSnapshot table;
    private final ImmutableList<UncertainInput> inputs;
    private final ImmutableList<ShareGroup> shareGroups;
    private final ImmutableList<TablePerturbation> perturbations;
    private final ResultFunction result;
    private final int draws;
    private final long seed;
    private final ImmutableList<Double> percentiles;

    SerializedForm(MonteCarlo m) {
      this.table = m.table == null ? null : new TableSnapshot(m.table);
      this.inputs = m.inputs;
      this.shareGroups = m.shareGroups;
      this.perturbations = m.perturbations;
      this.result = m.result;
      this.draws = m.draws;
      this.seed = m.seed;
      this.percentiles = m.percentiles;
    }

    private Object readResolve() {
      Builder b = builder().result(result).draws(draws).seed(seed)
          .percentiles(percentiles.stream().mapToDouble(Double::doubleValue).toArray());
      if (table != null) {
        b.table(table.toTable());
      }
      inputs.forEach(b::input);
      shareGroups.forEach(b::shares);
      perturbations.forEach(b::perturb);
      return b.build();
    }
  }

  /** Builds a {@link MonteCarlo}; {@link #result} is required, the rest has defaults. */
  public static final class Builder {
    private InputOutputTable table;
    private final List<UncertainInput> inputs = new ArrayList<>();
    private final List<ShareGroup> shareGroups = new ArrayList<>();
    private final List<TablePerturbation> perturbations = new ArrayList<>();
    private ResultFunction result;
    private int draws = 1000;
    private long seed = 1;
    private List<Double> percentiles = DEFAULT_PERCENTILES;

    private Builder() {}

    /** The baseline table that perturbations act on and result functions read. */
    public Builder table(InputOutputTable table) {
      this.table = checkNotNull(table, "table");
      return this;
    }

    /** Adds a named uncertain input. */
    public Builder input(UncertainInput input) {
      inputs.add(checkNotNull(input, "input"));
      return this;
    }

    /** Adds named uncertain inputs. */
    public Builder inputs(List<UncertainInput> list) {
      list.forEach(this::input);
      return this;
    }

    /** Adds a Dirichlet share group. */
    public Builder shares(ShareGroup group) {
      shareGroups.add(checkNotNull(group, "group"));
      return this;
    }

    /** Adds a table perturbation (needs {@link #table}). */
    public Builder perturb(TablePerturbation perturbation) {
      perturbations.add(checkNotNull(perturbation, "perturbation"));
      return this;
    }

    /** The result function (required). */
    public Builder result(ResultFunction result) {
      this.result = checkNotNull(result, "result");
      return this;
    }

    /** The number of draws, ≥ 1 (default 1,000). */
    public Builder draws(int draws) {
      checkArgument(draws >= 1, "Draws %s must be ≥ 1", draws);
      this.draws = draws;
      return this;
    }

    /** The seed (default 1). */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /** The percentiles to report, each in (0, 100) (default 5, 50, 95). */
    public Builder percentiles(double... p) {
      checkArgument(p.length > 0, "No percentiles");
      List<Double> list = new ArrayList<>();
      for (double v : p) {
        checkArgument(v > 0 && v < 100, "Percentile %s outside (0, 100)", v);
        list.add(v);
      }
      this.percentiles = list;
      return this;
    }

    /**
     * Validates and freezes.
     *
     * @throws IllegalStateException without a result function, or with perturbations but no
     *     table
     * @throws SectoralException when a perturbation needs a block the table lacks
     */
    public MonteCarlo build() {
      if (result == null) {
        throw new IllegalStateException("A Monte Carlo needs a result function");
      }
      if (table == null && !perturbations.isEmpty()) {
        throw new IllegalStateException("Table perturbations need a table");
      }
      MonteCarlo m = new MonteCarlo(this);
      BaseForm b = m.base.get();
      if (b != null) {
        perturbations.forEach(p -> p.check(b));
      }
      return m;
    }
  }
}
