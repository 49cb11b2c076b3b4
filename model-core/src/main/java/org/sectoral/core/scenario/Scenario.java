package org.sectoral.core.scenario;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import org.sectoral.core.ErrorCode;
import org.sectoral.core.SectoralException;
import org.sectoral.core.table.FinalDemandCategory;
import org.sectoral.core.table.FinalDemandColumn;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.core.table.KeyIndex;
import org.sectoral.core.table.RegionSector;
import org.sectoral.core.table.ValueAddedComponent;

/**
 * A named list of {@link Shock}s compared with a baseline. Shocks apply in order to the
 * baseline's {@link CoefficientForm}, then one consistent table is rebuilt (see {@link Shock}
 * for the recompute rules). An empty scenario gives back the baseline table itself.
 */
public final class Scenario {
  private final String name;
  private final ImmutableList<Shock> shocks;

  private Scenario(String name, ImmutableList<Shock> shocks) {
    this.name = name;
    this.shocks = shocks;
  }

  /** A scenario from shocks. */
  public static Scenario of(String name, List<Shock> shocks) {
    return new Scenario(checkNotNull(name, "name"), ImmutableList.copyOf(shocks));
  }

  /** A builder of a named scenario. */
  public static Builder builder(String name) {
    return new Builder(checkNotNull(name, "name"));
  }

  /** The scenario's name. */
  public String name() {
    return name;
  }

  /** The shocks in order. */
  public ImmutableList<Shock> shocks() {
    return shocks;
  }

  /**
   * Applies the shocks to a baseline and compares. A scenario that the economy cannot carry is
   * refused, never returned as a result (see {@link Shock} for each verb).
   *
   * @throws SectoralException UNKNOWN_KEY for a sector not in the table, MISSING_BLOCK for a
   *     final-demand category the table lacks, NEGATIVE_COEFFICIENT naming the row and column
   *     when a coefficient shock lowers a coefficient below zero, NOT_PRODUCTIVE when the edited
   *     coefficients are, NEGATIVE_VALUE_ADDED naming the sectors whose value added a coefficient
   *     shock pushes below zero, NEGATIVE_OUTPUT when final demand drives output below zero
   */
  public ScenarioResult apply(InputOutputTable baseline) {
    checkNotNull(baseline, "baseline");
    if (shocks.isEmpty()) {
      return new ScenarioResult(this, baseline, baseline);
    }
    CoefficientForm form = CoefficientForm.of(baseline);
    for (Shock s : shocks) {
      applyOne(form, baseline, s);
    }
    return new ScenarioResult(this, baseline, form.toTable(baseline.name() + " | " + name));
  }

  /** Sets aᵢⱼ, refusing a value below zero that is also below the old one. */
  private static void setCoefficient(CoefficientForm form, KeyIndex<RegionSector> keys, int i,
      int j, double value, String verb) {
    double old = form.domestic(i, j);
    if (value < -CoefficientForm.NEGLIGIBLE && value < old) {
      throw SectoralException.of(ErrorCode.NEGATIVE_COEFFICIENT,
          List.of(keys.get(i).toString(), keys.get(j).toString()),
          "%s would make the coefficient (%s, %s) negative: %s → %s", verb, keys.get(i),
          keys.get(j), old, value);
    }
    form.setDomestic(i, j, value);
  }

  private static void applyOne(CoefficientForm form, InputOutputTable t, Shock shock) {
    KeyIndex<RegionSector> keys = t.keys();
    if (shock instanceof Shock.FinalDemand fd) {
      applyFinalDemand(form, t, fd);
    } else if (shock instanceof Shock.AddFlow af) {
      int i = keys.indexOf(af.from());
      int j = keys.indexOf(af.to());
      double x = t.output().at(j);
      if (x == 0) {
        throw SectoralException.of(ErrorCode.MISSING_BLOCK, List.of(af.to().toString()),
            "addFlow into %s, which has zero output: use addCoefficient", af.to());
      }
      setCoefficient(form, keys, i, j, form.domestic(i, j) + af.delta() / x, "addFlow");
    } else if (shock instanceof Shock.Coefficient c) {
      int i = keys.indexOf(c.from());
      int j = keys.indexOf(c.to());
      double a = form.domestic(i, j);
      setCoefficient(form, keys, i, j, switch (c.verb()) {
        case SET -> c.amount();
        case SCALE -> a * c.amount();
        case ADD -> a + c.amount();
      }, switch (c.verb()) {
        case SET -> "setCoefficient";
        case SCALE -> "scaleCoefficient";
        case ADD -> "addCoefficient";
      });
    } else if (shock instanceof Shock.Localize l) {
      int[] products = l.products().isEmpty()
          ? java.util.stream.IntStream.range(0, keys.size()).toArray()
          : l.products().stream().mapToInt(keys::indexOf).toArray();
      for (RegionSector user : l.users().sectors()) {
        int j = keys.indexOf(user);
        for (int k : products) {
          form.localize(k, j, l.theta());
        }
      }
    } else if (shock instanceof Shock.ScaleValueAdded sv) {
      scaleValueAdded(form, t, sv);
    }
  }

  private static void applyFinalDemand(CoefficientForm form, InputOutputTable t,
      Shock.FinalDemand fd) {
    List<Integer> cols = new ArrayList<>();
    KeyIndex<FinalDemandColumn> fdCols = t.finalDemandColumns();
    for (int c = 0; c < fdCols.size(); c++) {
      if (fdCols.get(c).category() == fd.category()) {
        cols.add(c);
      }
    }
    if (cols.isEmpty()) {
      throw SectoralException.of(ErrorCode.MISSING_BLOCK, List.of(fd.category().name()),
          "Table %s has no final demand of category %s", t.name(), fd.category());
    }
    List<RegionSector> members = fd.target().sectors();
    int[] rows = members.stream().mapToInt(t.keys()::indexOf).toArray();
    double[] current = new double[rows.length];
    double groupTotal = 0;
    for (int m = 0; m < rows.length; m++) {
      for (int c : cols) {
        current[m] += form.finalDemand(rows[m], c);
      }
      groupTotal += current[m];
    }
    for (int m = 0; m < rows.length; m++) {
      double share = fd.target().mode() == Target.Mode.EACH ? 1
          : groupTotal == 0 ? 1.0 / rows.length : current[m] / groupTotal;
      double newValue = switch (fd.verb()) {
        case SET -> fd.amount() * share;
        case SCALE -> current[m] * fd.amount();
        case ADD -> current[m] + fd.amount() * share;
      };
      spreadOverColumns(form, rows[m], cols, current[m], newValue);
    }
  }

  /** Sets the row's total over the category's columns, keeping the columns' proportions. */
  private static void spreadOverColumns(CoefficientForm form, int row, List<Integer> cols,
      double current, double newValue) {
    for (int c : cols) {
      double old = form.finalDemand(row, c);
      double share = current == 0 ? (c == cols.get(0) ? 1 : 0) : old / current;
      form.setFinalDemand(row, c, newValue * share);
    }
  }

  private static void scaleValueAdded(CoefficientForm form, InputOutputTable t,
      Shock.ScaleValueAdded sv) {
    int surplus = -1;
    for (int r = 0; r < t.valueAdded().rowCount(); r++) {
      if (t.valueAdded().rows().get(r).kind() == ValueAddedComponent.Kind.OPERATING_SURPLUS) {
        surplus = r;
        break;
      }
    }
    if (surplus < 0) {
      throw SectoralException.of(ErrorCode.MISSING_BLOCK, List.of("OPERATING_SURPLUS"),
          "Scaling %s needs an operating-surplus row to absorb it in table %s", sv.kind(),
          t.name());
    }
    for (RegionSector key : sv.target().sectors()) {
      int j = t.keys().indexOf(key);
      for (int r = 0; r < t.valueAdded().rowCount(); r++) {
        if (t.valueAdded().rows().get(r).kind() == sv.kind()) {
          double old = form.valueAdded[r][j];
          double delta = old * (sv.factor() - 1);
          form.addValueAdded(r, j, delta);
          form.addValueAdded(surplus, j, -delta);
        }
      }
    }
  }

  /** Builds a scenario with verb methods. */
  public static final class Builder {
    private final String name;
    private final List<Shock> shocks = new ArrayList<>();

    private Builder(String name) {
      this.name = name;
    }

    /** Sets final demand of a category for the target (each, or a total distributed). */
    public Builder setFinalDemand(FinalDemandCategory category, Target target, double value) {
      return add(new Shock.FinalDemand(category, target, Shock.Verb.SET, value));
    }

    /** Multiplies final demand of a category by a factor (1.1 = +10%). */
    public Builder scaleFinalDemand(FinalDemandCategory category, Target target, double factor) {
      return add(new Shock.FinalDemand(category, target, Shock.Verb.SCALE, factor));
    }

    /** Adds an absolute amount (table unit) to final demand of a category. */
    public Builder addFinalDemand(FinalDemandCategory category, Target target, double amount) {
      return add(new Shock.FinalDemand(category, target, Shock.Verb.ADD, amount));
    }

    /**
     * Adds Δ (table unit) to the domestic flow zᵢⱼ at base output; aᵢⱼ is recomputed, and value
     * added of column j absorbs the change (refused if either goes below zero).
     */
    public Builder addFlow(RegionSector from, RegionSector to, double delta) {
      return add(new Shock.AddFlow(from, to, delta));
    }

    /**
     * Adds Δ to the domestic coefficient aᵢⱼ; value added of column j absorbs it. Refused with
     * NEGATIVE_COEFFICIENT if aᵢⱼ would go below zero, NOT_PRODUCTIVE if the economy no longer
     * is, NEGATIVE_VALUE_ADDED if column j's inputs would cost more than its output.
     */
    public Builder addCoefficient(RegionSector from, RegionSector to, double delta) {
      return add(new Shock.Coefficient(from, to, Shock.Verb.ADD, delta));
    }

    /** Multiplies the domestic coefficient aᵢⱼ by a factor ≥ 0 (refused as addCoefficient). */
    public Builder scaleCoefficient(RegionSector from, RegionSector to, double factor) {
      return add(new Shock.Coefficient(from, to, Shock.Verb.SCALE, factor));
    }

    /** Sets the domestic coefficient aᵢⱼ to a value ≥ 0 (refused as addCoefficient). */
    public Builder setCoefficient(RegionSector from, RegionSector to, double value) {
      return add(new Shock.Coefficient(from, to, Shock.Verb.SET, value));
    }

    /**
     * Moves share θ ∈ [0, 1] of imported product k used by the target sectors to domestic supply
     * (NOT_PRODUCTIVE if the economy no longer is).
     */
    public Builder localize(RegionSector product, Target users, double theta) {
      return add(new Shock.Localize(ImmutableList.of(product), users, theta));
    }

    /** Moves share θ of every imported input of the target sectors to domestic supply. */
    public Builder localizeAll(Target users, double theta) {
      return add(new Shock.Localize(ImmutableList.of(), users, theta));
    }

    /** Scales the value-added coefficient of a kind (operating surplus absorbs it). */
    public Builder scaleValueAdded(ValueAddedComponent.Kind kind, Target target, double factor) {
      return add(new Shock.ScaleValueAdded(kind, target, factor));
    }

    /** Adds any shock. */
    public Builder add(Shock shock) {
      shocks.add(checkNotNull(shock, "shock"));
      return this;
    }

    /** The scenario. */
    public Scenario build() {
      return new Scenario(name, ImmutableList.copyOf(shocks));
    }
  }
}
