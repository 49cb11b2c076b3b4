package org.sectoral.core.uncertainty;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.sectoral.core.ErrorCode;
import org.sectoral.core.SectoralException;
import org.sectoral.core.scenario.ScenarioResult;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.core.table.SatelliteAccount;
import org.sectoral.core.table.Stressor;
import org.sectoral.core.table.ValueAddedComponent;

/**
 * A batch of scenarios on one table: for each, the change (scenario − baseline) of chosen
 * measures by sector and in total. Immutable and serializable (the table travels as plain
 * arrays), so the same batch runs on one machine with {@link #run()} or on a cluster (the
 * {@code model-spark} module broadcasts it once and returns the outcomes as a Dataset); every
 * scenario is computed from the batch and its index alone, so both give the same bits.
 *
 * <p>Two kinds of scenario:
 * <ul>
 *   <li>a <b>final-demand change</b> Δf by sector, evaluated on the baseline's Leontief model —
 *       one factorization of I − A for the whole batch, then Δx = L·Δf by one solve and each
 *       measure's change = its coefficient per unit of output × Δx (Miller &amp; Blair 2009,
 *       §2.3; the same numbers as a {@code Scenario} adding Δf, whose coefficients stay fixed);
 *   <li>any <b>{@link ScenarioRecipe}</b> (coefficient changes, localization, value-added
 *       shocks…), made where it runs and applied with {@code Scenario.apply}, which rebuilds
 *       the table with its own factorization.
 * </ul>
 *
 * <p>Measures are those of {@link ScenarioResult}: {@code output}, {@code value added},
 * {@code income} (compensation), {@code imports} (imported inputs by using sector) and
 * {@code account/stressor}. Outputs are measure-major: {@code measure/total}, then
 * {@code measure/SECTOR} for each sector (codes in a national table, REGION/CODE otherwise).
 * Memory: the table, one factorization, and measures × (n + 1) doubles per scenario.
 */
public final class ScenarioBatch implements Serializable {
  private static final long serialVersionUID = 1L;

  private final InputOutputTable table;
  private final ImmutableList<String> measures;
  private final ImmutableList<Entry> scenarios;
  private final transient Supplier<BaseForm> base;
  private final transient Supplier<double[][]> perUnit;
  private final transient Supplier<ImmutableList<String>> labels;

  private ScenarioBatch(Builder b) {
    this.table = b.table;
    this.measures = ImmutableList.copyOf(b.measures);
    this.scenarios = ImmutableList.copyOf(b.scenarios);
    this.base = Suppliers.memoize(() -> new BaseForm(table));
    this.perUnit = Suppliers.memoize(this::coefficients);
    this.labels = Suppliers.memoize(this::makeLabels);
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The baseline table. */
  public InputOutputTable table() {
    return table;
  }

  /** The measures, in output order. */
  public ImmutableList<String> measures() {
    return measures;
  }

  /** The number of scenarios. */
  public int size() {
    return scenarios.size();
  }

  /** The scenarios' names, in order. */
  public ImmutableList<String> names() {
    return scenarios.stream().map(Entry::name).collect(ImmutableList.toImmutableList());
  }

  /** The labels of every scenario's changes: {@code measure/total}, {@code measure/SECTOR}. */
  public ImmutableList<String> outputLabels() {
    return labels.get();
  }

  /**
   * Scenario {@code index}: its changes, from the batch and the index alone. Thread-safe.
   *
   * @throws SectoralException the code of the failure (e.g. {@link ErrorCode#NOT_PRODUCTIVE}
   *     for a recipe whose coefficients are not), the message naming the scenario
   */
  public BatchOutcome evaluate(int index) {
    checkArgument(index >= 0 && index < scenarios.size(), "Scenario %s outside [0, %s)", index,
        scenarios.size());
    Entry e = scenarios.get(index);
    try {
      double[] out = e.finalDemand != null ? finalDemandChange(e.finalDemand) : recipe(e);
      for (int k = 0; k < out.length; k++) {
        if (!Double.isFinite(out[k])) {
          throw SectoralException.of(ErrorCode.NON_FINITE_VALUE, List.of(outputLabels().get(k)),
              "%s is %s", outputLabels().get(k), out[k]);
        }
      }
      return BatchOutcome.of(index, e.name, out);
    } catch (SectoralException ex) {
      String inner = ex.getMessage();
      String prefix = "[" + ex.code() + "] ";
      throw SectoralException.of(ex.code(), ex.culprits(), "Scenario %d (%s): %s", index,
          e.name, inner.startsWith(prefix) ? inner.substring(prefix.length()) : inner);
    }
  }

  /** Every scenario, in parallel on all processors, in batch order. */
  public ImmutableList<BatchOutcome> run() {
    return run(Runtime.getRuntime().availableProcessors());
  }

  /** Every scenario on {@code threads} threads (1: sequentially), in batch order. */
  public ImmutableList<BatchOutcome> run(int threads) {
    checkArgument(threads >= 1, "Threads %s must be ≥ 1", threads);
    outputLabels();
    BatchOutcome[] out = new BatchOutcome[scenarios.size()];
    if (threads == 1) {
      for (int i = 0; i < out.length; i++) {
        out[i] = evaluate(i);
      }
      return ImmutableList.copyOf(out);
    }
    ParallelRange.forEach(threads, out.length, i -> out[i] = evaluate(i));
    return ImmutableList.copyOf(out);
  }

  /**
   * Outcomes computed elsewhere (e.g. on a cluster) in batch order: every index 0 … size − 1
   * exactly once, in any order.
   */
  public ImmutableList<BatchOutcome> collect(List<BatchOutcome> outcomes) {
    checkNotNull(outcomes, "outcomes");
    checkArgument(outcomes.size() == scenarios.size(), "%s outcomes for %s scenarios",
        outcomes.size(), scenarios.size());
    BatchOutcome[] byIndex = new BatchOutcome[scenarios.size()];
    for (BatchOutcome o : outcomes) {
      checkArgument(o.index() >= 0 && o.index() < byIndex.length && byIndex[o.index()] == null,
          "Scenario %s missing, repeated or out of range", o.index());
      byIndex[o.index()] = o;
    }
    return ImmutableList.copyOf(byIndex);
  }

  private double[] finalDemandChange(double[] df) {
    BaseForm b = base.get();
    double[] dx = b.model.get().solve(df);
    double[][] c = perUnit.get();
    int n = b.n;
    double[] out = new double[measures.size() * (n + 1)];
    for (int m = 0; m < measures.size(); m++) {
      int o = m * (n + 1);
      double total = 0;
      for (int j = 0; j < n; j++) {
        double v = c[m][j] * dx[j];
        out[o + 1 + j] = v;
        total += v;
      }
      out[o] = total;
    }
    return out;
  }

  private double[] recipe(Entry e) {
    ScenarioResult r = e.recipe.scenario(table, InputValues.empty()).apply(table);
    int n = table.size();
    double[] out = new double[measures.size() * (n + 1)];
    for (int m = 0; m < measures.size(); m++) {
      double[] change = r.change(measures.get(m)).toArray();
      int o = m * (n + 1);
      double total = 0;
      for (int j = 0; j < n; j++) {
        out[o + 1 + j] = change[j];
        total += change[j];
      }
      out[o] = total;
    }
    return out;
  }

  /** Each measure per unit of output (0 where output is 0), measures × n. */
  private double[][] coefficients() {
    double[] x = table.output().toArray();
    double[][] c = new double[measures.size()][];
    for (int m = 0; m < c.length; m++) {
      double[] level = level(table, measures.get(m));
      c[m] = new double[x.length];
      for (int j = 0; j < x.length; j++) {
        c[m][j] = x[j] == 0 ? 0 : level[j] / x[j];
      }
    }
    return c;
  }

  /** A measure by sector in a table (as {@link ScenarioResult} reads it). */
  private static double[] level(InputOutputTable t, String measure) {
    switch (measure) {
      case ScenarioResult.OUTPUT:
        return t.output().toArray();
      case ScenarioResult.VALUE_ADDED:
        return t.valueAddedTotal().toArray();
      case ScenarioResult.INCOME:
        return t.valueAdded(ValueAddedComponent.Kind.COMPENSATION).toArray();
      case ScenarioResult.IMPORTS:
        return t.requireImports().columnSums().toArray();
      default:
        int slash = measure.indexOf('/');
        SatelliteAccount s = t.satellite(measure.substring(0, slash));
        return s.byIndustry().rowArray(s.stressors().indexOf(
            Stressor.of(measure.substring(slash + 1), "")));
    }
  }

  /** The measures a table offers, as {@link ScenarioResult#measures()}. */
  static List<String> available(InputOutputTable t) {
    List<String> m = new ArrayList<>(List.of(ScenarioResult.OUTPUT, ScenarioResult.VALUE_ADDED));
    if (t.hasValueAdded(ValueAddedComponent.Kind.COMPENSATION)) {
      m.add(ScenarioResult.INCOME);
    }
    if (t.imports().isPresent()) {
      m.add(ScenarioResult.IMPORTS);
    }
    for (SatelliteAccount s : t.satellites().values()) {
      for (Stressor st : s.stressors().keys()) {
        m.add(s.name() + "/" + st.name());
      }
    }
    return m;
  }

  private ImmutableList<String> makeLabels() {
    List<String> sectors = ResultFunctions.sectorLabels(table);
    ImmutableList.Builder<String> b = ImmutableList.builder();
    for (String m : measures) {
      b.add(m + "/total");
      for (String s : sectors) {
        b.add(m + "/" + s);
      }
    }
    return b.build();
  }

  private Object writeReplace() {
    return new SerializedForm(this);
  }

  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw new InvalidObjectException("A ScenarioBatch is read through its serialized form");
  }

  /** One scenario: a name and either a final-demand change or a recipe. */
  private record Entry(String name, double[] finalDemand, ScenarioRecipe recipe)
      implements Serializable {}

  /** The serialization proxy: the table as plain arrays, everything else as is. */
  private static final class SerializedForm implements Serializable {
    private static final long serialVersionUID = 1L;
    private final TableSnapshot table;
    private final ImmutableList<String> measures;
    private final ImmutableList<Entry> scenarios;

    SerializedForm(ScenarioBatch b) {
      this.table = new TableSnapshot(b.table);
      this.measures = b.measures;
      this.scenarios = b.scenarios;
    }

    private Object readResolve() {
      Builder b = builder().table(table.toTable()).measures(measures);
      b.scenarios.addAll(scenarios);
      return b.build();
    }
  }

  /** Builds a {@link ScenarioBatch}: a table, at least one scenario, optional measures. */
  public static final class Builder {
    private InputOutputTable table;
    private List<String> measures;
    private final List<Entry> scenarios = new ArrayList<>();

    private Builder() {}

    /** The baseline table (required). */
    public Builder table(InputOutputTable table) {
      this.table = checkNotNull(table, "table");
      return this;
    }

    /** The measures (default: every measure the table offers). */
    public Builder measures(List<String> measures) {
      checkNotNull(measures, "measures");
      checkArgument(!measures.isEmpty(), "No measures");
      this.measures = List.copyOf(measures);
      return this;
    }

    /**
     * Adds a final-demand change Δf by sector, in the table's key order (table unit),
     * evaluated on the baseline's model.
     */
    public Builder finalDemandChange(String name, double[] change) {
      checkNotNull(name, "name");
      checkNotNull(change, "change");
      for (double v : change) {
        checkArgument(Double.isFinite(v), "Final-demand change of %s has %s", name, v);
      }
      scenarios.add(new Entry(name, change.clone(), null));
      return this;
    }

    /** Adds a scenario made where it runs (its input values are empty). */
    public Builder scenario(String name, ScenarioRecipe recipe) {
      checkNotNull(name, "name");
      scenarios.add(new Entry(name, null, checkNotNull(recipe, "recipe")));
      return this;
    }

    /**
     * Validates and freezes.
     *
     * @throws IllegalStateException without a table or scenarios
     * @throws SectoralException {@link ErrorCode#UNKNOWN_KEY} for a measure the table lacks,
     *     {@link ErrorCode#DIMENSION_MISMATCH} for a final-demand change of the wrong length
     */
    public ScenarioBatch build() {
      if (table == null) {
        throw new IllegalStateException("A scenario batch needs a table");
      }
      if (scenarios.isEmpty()) {
        throw new IllegalStateException("A scenario batch needs at least one scenario");
      }
      List<String> offered = available(table);
      if (measures == null) {
        measures = offered;
      }
      for (String m : measures) {
        if (!offered.contains(m)) {
          throw SectoralException.of(ErrorCode.UNKNOWN_KEY, List.of(m),
              "Measure %s is not one of %s", m, offered);
        }
      }
      for (Entry e : scenarios) {
        if (e.finalDemand != null && e.finalDemand.length != table.size()) {
          throw SectoralException.of(ErrorCode.DIMENSION_MISMATCH, List.of(e.name),
              "Final-demand change %s has %d values for %d sectors", e.name,
              e.finalDemand.length, table.size());
        }
      }
      return new ScenarioBatch(this);
    }
  }

  @Override
  public String toString() {
    return "ScenarioBatch[" + scenarios.size() + " scenarios on " + table.name() + ", measures "
        + measures + "]";
  }
}
