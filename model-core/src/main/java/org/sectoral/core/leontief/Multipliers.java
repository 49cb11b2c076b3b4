package org.sectoral.core.leontief;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import java.util.Arrays;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.core.table.LabelledVector;
import org.sectoral.core.table.RegionSector;
import org.sectoral.core.table.SatelliteAccount;
import org.sectoral.core.table.ValueAddedComponent;

/**
 * Output, value-added, income and indicator (e.g. employment) multipliers of a table, Type I and
 * Type II (Miller &amp; Blair 2009, §6.2–6.3; ONS and RIMS II naming).
 *
 * <p>Two families:
 * <ul>
 *   <li><b>effects</b> per unit of final demand, m'ⱼ = Σᵢ cᵢ·Lᵢⱼ with cᵢ the direct coefficient
 *       per unit of output (value added vᵢ/xᵢ, compensation wᵢ/xᵢ, jobs eᵢ/xᵢ): the ONS "effects",
 *       Miller &amp; Blair's "simple" multipliers, RIMS II "final-demand multipliers";
 *   <li><b>multipliers</b> as ratios mⱼ / cⱼ, total per unit of direct effect: the ONS "Type I
 *       multipliers", RIMS II "direct-effect multipliers" (0 where cⱼ = 0).
 * </ul>
 * Each vector costs one transposed solve; no inverse is formed. Type II uses the household
 * closure, restricted to the n industry rows.
 */
public final class Multipliers {
  private final InputOutputTable table;
  private final LeontiefModel open;
  private final Supplier<LeontiefModel> closed;

  private Multipliers(InputOutputTable table, LeontiefModel open) {
    this.table = table;
    this.open = open;
    this.closed = Suppliers.memoize(() -> HouseholdClosure.close(table, open));
  }

  /** Multipliers of a table's domestic (or multi-region) Leontief model. */
  public static Multipliers of(InputOutputTable table) {
    return new Multipliers(checkNotNull(table, "table"), LeontiefModel.of(table));
  }

  /** Multipliers of a table with an already made model of the same table (avoids a factorization). */
  public static Multipliers of(InputOutputTable table, LeontiefModel model) {
    return new Multipliers(checkNotNull(table, "table"), checkNotNull(model, "model"));
  }

  /** The open (Type I) model. */
  public LeontiefModel model() {
    return open;
  }

  /** Whether Type II multipliers are available (compensation and household consumption exist). */
  public boolean hasTypeII() {
    return HouseholdClosure.isPossible(table);
  }

  /**
   * Output multipliers: Type I 1'L (column sums of the Leontief inverse); Type II the column
   * sums of the n industry rows of L̄ (dimensionless).
   */
  public LabelledVector<RegionSector> output(MultiplierType type) {
    double[] ones = new double[table.size()];
    Arrays.fill(ones, 1.0);
    return LabelledVector.of(table.keys(), effects(type, ones), "1");
  }

  /** Value-added effects v'L: gross value added per unit of final demand (ONS "GVA effects"). */
  public LabelledVector<RegionSector> valueAddedEffects(MultiplierType type) {
    return LabelledVector.of(table.keys(), effects(type, valueAddedCoefficients()), "1");
  }

  /** Value-added multipliers (v'L)ⱼ / vⱼ: total per unit of direct value added (ONS "GVA multiplier"). */
  public LabelledVector<RegionSector> valueAdded(MultiplierType type) {
    return ratio(valueAddedEffects(type), valueAddedCoefficients());
  }

  /** Income effects w'L: compensation of employees per unit of final demand (ONS "employment cost effects"). */
  public LabelledVector<RegionSector> incomeEffects(MultiplierType type) {
    return LabelledVector.of(table.keys(), effects(type, compensationCoefficients()), "1");
  }

  /** Income multipliers (w'L)ⱼ / wⱼ (ONS "employment cost multiplier"; Miller &amp; Blair Type I/II income multipliers). */
  public LabelledVector<RegionSector> income(MultiplierType type) {
    return ratio(incomeEffects(type), compensationCoefficients());
  }

  /**
   * Indicator effects e'L: a satellite stressor (jobs, emissions) per unit of final demand, in
   * the stressor's unit per table unit (e.g. thousand persons per million USD).
   */
  public LabelledVector<RegionSector> indicatorEffects(MultiplierType type, String account,
      String stressor) {
    double[] e = indicatorCoefficients(account, stressor);
    SatelliteAccount s = table.satellite(account);
    String unit = s.stressors().get(s.stressors().indexOf(
        org.sectoral.core.table.Stressor.of(stressor, ""))).unit() + " per " + table.unit();
    return LabelledVector.of(table.keys(), effects(type, e), unit);
  }

  /** Indicator multipliers (e'L)ⱼ / eⱼ, e.g. Type I or II employment multipliers (dimensionless). */
  public LabelledVector<RegionSector> indicator(MultiplierType type, String account,
      String stressor) {
    return ratio(indicatorEffects(type, account, stressor),
        indicatorCoefficients(account, stressor));
  }

  /** Value added per unit of output vⱼ = (1'V)ⱼ / xⱼ (0 for zero output). */
  public double[] valueAddedCoefficients() {
    return perOutput(table.valueAddedTotal().toArray());
  }

  /** Compensation per unit of output wⱼ / xⱼ (0 for zero output). */
  public double[] compensationCoefficients() {
    return perOutput(table.valueAdded(ValueAddedComponent.Kind.COMPENSATION).toArray());
  }

  /** Stressor per unit of output eⱼ / xⱼ (0 for zero output). */
  public double[] indicatorCoefficients(String account, String stressor) {
    SatelliteAccount s = table.satellite(account);
    int row = s.stressors().indexOf(org.sectoral.core.table.Stressor.of(stressor, ""));
    return perOutput(s.byIndustry().rowArray(row));
  }

  /** c'L (Type I) or the first n entries of (c, 0)'L̄ (Type II). */
  double[] effects(MultiplierType type, double[] c) {
    checkNotNull(type, "type");
    if (type == MultiplierType.TYPE_I) {
      return open.solveTransposed(c);
    }
    LeontiefModel m = closed.get();
    double[] padded = Arrays.copyOf(c, m.size());
    return Arrays.copyOf(m.solveTransposed(padded), c.length);
  }

  /** The closed (Type II) model, households last. */
  LeontiefModel closedModel() {
    return closed.get();
  }

  private double[] perOutput(double[] values) {
    double[] out = new double[values.length];
    for (int j = 0; j < values.length; j++) {
      double x = table.output().at(j);
      out[j] = x == 0 ? 0 : values[j] / x;
    }
    return out;
  }

  private static LabelledVector<RegionSector> ratio(LabelledVector<RegionSector> effects,
      double[] direct) {
    double[] r = new double[direct.length];
    for (int j = 0; j < r.length; j++) {
      r[j] = direct[j] == 0 ? 0 : effects.at(j) / direct[j];
    }
    return LabelledVector.of(effects.index(), r, "1");
  }
}
