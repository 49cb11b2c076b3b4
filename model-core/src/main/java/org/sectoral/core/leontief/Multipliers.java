package org.sectoral.core.leontief;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Arrays;
import java.util.List;
import org.sectoral.core.ErrorCode;
import org.sectoral.core.SectoralException;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.core.table.LabelledMatrix;
import org.sectoral.core.table.LabelledVector;
import org.sectoral.core.table.RegionSector;
import org.sectoral.core.table.SatelliteAccount;
import org.sectoral.core.table.Stressor;
import org.sectoral.core.table.ValueAddedComponent;

/**
 * Output, GVA, income and employment (or any satellite indicator) multipliers of a table, Type I
 * and Type II, as statistical offices publish them (Miller &amp; Blair 2009, §6.2–6.3; Scottish
 * Government and ONS naming).
 *
 * <p>Two families, for a direct coefficient cⱼ per unit of output (GVA vⱼ/xⱼ, household income
 * hⱼ, employment eⱼ/xⱼ):
 * <ul>
 *   <li><b>effects</b> per unit of final demand, m'ⱼ = Σᵢ cᵢ·Lᵢⱼ: the "income effect",
 *       "employment effect", "GVA effect" of the Scottish Government and ONS; Miller &amp;
 *       Blair's "simple" multipliers; RIMS II "final-demand multipliers";
 *   <li><b>multipliers</b> m'ⱼ / cⱼ, total per unit of direct effect: "income multiplier",
 *       "employment multiplier", "GVA multiplier"; RIMS II "direct-effect multipliers".
 * </ul>
 * The output multiplier is 1'L. Type I uses L = (I−A)⁻¹; Type II the industry rows of the
 * closed inverse L̄ = (I−Ā)⁻¹ under a {@link HouseholdClosure} ({@linkplain
 * HouseholdClosure#compensation() compensation of employees} unless given), except the Type II
 * income effect, which is the household row(s) of L̄ (for Miller &amp; Blair's and SNA tables,
 * where households buy nothing from households, both are the same). Household income per unit of
 * output hⱼ is the closure's row: compensation of employees, plus the stated share of operating
 * surplus when the closure has one.
 *
 * <p><b>Zero output.</b> An industry with zero output (Scotland's tobacco, 2016) has a zero
 * column in A and zero direct coefficients: its output multipliers are 1, its effects 0, and its
 * multipliers (effect ÷ direct coefficient) are defined as 0, as the Scottish Government and ONS
 * publish them; never NaN. Every ratio with a zero direct coefficient is 0 in the same way.
 *
 * <p>Each vector costs one transposed solve; Type II adds nothing per vector once the closure is
 * made (2R + 1 solves for R regions). No inverse is formed. Immutable and thread-safe.
 */
public final class Multipliers {
  /** The satellite account whose stressors are reported as employment (e.g. jobs, FTE). */
  public static final String EMPLOYMENT_ACCOUNT = "employment";

  private final InputOutputTable table;
  private final LeontiefModel open;
  private final HouseholdClosure closure;
  private final Supplier<ClosureTerms> terms; // retried when it throws
  private final Supplier<Boolean> typeII;
  private final Supplier<ClosedModel> closed;
  private final Supplier<ImmutableList<Diagnostic>> diagnostics;

  private Multipliers(InputOutputTable table, LeontiefModel open, HouseholdClosure closure) {
    this.table = table;
    this.open = open;
    this.closure = closure;
    this.terms = Suppliers.memoize(() -> ClosureTerms.of(table, closure));
    this.typeII = Suppliers.memoize(() -> ClosureTerms.isPossible(terms));
    this.closed = Suppliers.memoize(() -> ClosedModel.of(terms.get(), open));
    this.diagnostics = Suppliers.memoize(this::check);
  }

  /** Multipliers of a table's domestic (or multi-region) Leontief model, default closure. */
  public static Multipliers of(InputOutputTable table) {
    return of(table, HouseholdClosure.compensation());
  }

  /** Multipliers of a table with an already made model of the same table (avoids a factorization). */
  public static Multipliers of(InputOutputTable table, LeontiefModel model) {
    return of(table, model, HouseholdClosure.compensation());
  }

  /**
   * Multipliers whose Type II closes the model as {@code closure} says, e.g.
   * {@code Multipliers.of(table, HouseholdClosure.of(HouseholdIncome.total(143_398)))}.
   */
  public static Multipliers of(InputOutputTable table, HouseholdClosure closure) {
    checkNotNull(table, "table");
    return of(table, LeontiefModel.of(table), closure);
  }

  /** As {@link #of(InputOutputTable, HouseholdClosure)} with an already made model of the table. */
  public static Multipliers of(InputOutputTable table, LeontiefModel model,
      HouseholdClosure closure) {
    return new Multipliers(checkNotNull(table, "table"), checkNotNull(model, "model"),
        checkNotNull(closure, "closure"));
  }

  /** The open (Type I) model. */
  public LeontiefModel model() {
    return open;
  }

  /** The household closure of Type II. */
  public HouseholdClosure closure() {
    return closure;
  }

  /** Whether Type II multipliers are available (compensation, household consumption and income exist). */
  public boolean hasTypeII() {
    return typeII.get();
  }

  /**
   * Output multipliers: Type I 1'L (column sums of the Leontief inverse); Type II the column
   * sums of the n industry rows of L̄ (dimensionless). 1 for a zero-output industry.
   *
   * @throws SectoralException for Type II: {@link ErrorCode#MISSING_BLOCK} when the table cannot
   *     be closed, {@link ErrorCode#NOT_PRODUCTIVE} when the closed model is not productive
   */
  public LabelledVector<RegionSector> output(MultiplierType type) {
    double[] ones = new double[table.size()];
    Arrays.fill(ones, 1.0);
    return LabelledVector.of(table.keys(), effects(type, ones), "1");
  }

  /** GVA effects v'L: gross value added at basic prices per unit of final demand ("GVA effect"). */
  public LabelledVector<RegionSector> valueAddedEffects(MultiplierType type) {
    return LabelledVector.of(table.keys(), effects(type, valueAddedCoefficients()), "1");
  }

  /** GVA multipliers (v'L)ⱼ / vⱼ: total per unit of direct value added ("GVA multiplier"). */
  public LabelledVector<RegionSector> valueAdded(MultiplierType type) {
    return ratio(valueAddedEffects(type), valueAddedCoefficients());
  }

  /**
   * Income effects: household income per unit of final demand ("income effect"; ONS
   * "employment cost effect"): Type I h'L, Type II the household row(s) of L̄ summed over regions.
   */
  public LabelledVector<RegionSector> incomeEffects(MultiplierType type) {
    checkNotNull(type, "type");
    double[] e = type == MultiplierType.TYPE_I ? open.solveTransposed(incomeCoefficients())
        : closed.get().householdIncomeEffects();
    return LabelledVector.of(table.keys(), e, "1");
  }

  /** Income multipliers (income effect)ⱼ / hⱼ ("income multiplier"; Miller &amp; Blair Type I/II income multipliers). */
  public LabelledVector<RegionSector> income(MultiplierType type) {
    return ratio(incomeEffects(type), incomeCoefficients());
  }

  /**
   * Employment effects: the single stressor of the satellite account {@value #EMPLOYMENT_ACCOUNT}
   * per unit of final demand ("employment effect", e.g. FTE per £1 million).
   *
   * @throws SectoralException {@link ErrorCode#MISSING_BLOCK} without that account or when it
   *     has more than one stressor (then use {@link #indicatorEffects})
   */
  public LabelledVector<RegionSector> employmentEffects(MultiplierType type) {
    return indicatorEffects(type, EMPLOYMENT_ACCOUNT, employmentStressor());
  }

  /** Employment multipliers (employment effect)ⱼ / eⱼ ("employment multiplier"). */
  public LabelledVector<RegionSector> employment(MultiplierType type) {
    return indicator(type, EMPLOYMENT_ACCOUNT, employmentStressor());
  }

  /**
   * Indicator effects e'L: a satellite stressor (jobs, emissions) per unit of final demand, in
   * the stressor's unit per table unit (e.g. thousand persons per million USD).
   */
  public LabelledVector<RegionSector> indicatorEffects(MultiplierType type, String account,
      String stressor) {
    double[] e = indicatorCoefficients(account, stressor);
    SatelliteAccount s = table.satellite(account);
    String unit = s.stressors().get(s.stressors().indexOf(Stressor.of(stressor, ""))).unit()
        + " per " + table.unit();
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

  /**
   * Household income per unit of output hⱼ = (wⱼ + s·gⱼ) / xⱼ with s the closure's share of
   * operating surplus for the industry's region (0 by default: compensation alone; 0 for zero
   * output).
   */
  public double[] incomeCoefficients() {
    double[] w = table.valueAdded(ValueAddedComponent.Kind.COMPENSATION).toArray();
    double[] g = table.valueAdded(ValueAddedComponent.Kind.OPERATING_SURPLUS).toArray();
    for (int j = 0; j < w.length; j++) {
      w[j] += closure.income(table.keys().get(j).region()).surplusShare() * g[j];
    }
    return perOutput(w);
  }

  /** Stressor per unit of output eⱼ / xⱼ (0 for zero output). */
  public double[] indicatorCoefficients(String account, String stressor) {
    SatelliteAccount s = table.satellite(account);
    int row = s.stressors().indexOf(Stressor.of(stressor, ""));
    return perOutput(s.byIndustry().rowArray(row));
  }

  /**
   * Each region's household terms under the closure: income generated, the income total
   * consumption is divided by, consumption and spending per unit of income.
   *
   * @throws SectoralException as {@link #output} for Type II, except NOT_PRODUCTIVE
   */
  public ImmutableList<HouseholdTerms> householdTerms() {
    return terms.get().terms();
  }

  /**
   * Warnings about the Type II closure ({@link Diagnostic.Code}): household spending at or above
   * income, Type II output multipliers below Type I, regions without household income. Empty
   * when the table has no Type II.
   *
   * @throws SectoralException {@link ErrorCode#NOT_PRODUCTIVE} when the closed model is not
   *     productive (an error, not a warning)
   */
  public ImmutableList<Diagnostic> diagnostics() {
    return diagnostics.get();
  }

  /**
   * The closed coefficients Ā = [[A, H_c], [H_r, D]], households last with sector code
   * {@code HOUSEHOLDS} in each region: a dense (n + R)² matrix for inspection (the multipliers
   * never form it).
   */
  public LabelledMatrix<RegionSector, RegionSector> closedCoefficients() {
    return closed.get().coefficients();
  }

  /**
   * Every published column in one call, in the order statistical offices print them, keyed by
   * the column names of {@code multipliers.csv}: {@code output_type1},
   * {@code value_added_effect_type1} (GVA effect), {@code value_added_multiplier_type1} (GVA
   * multiplier), then with compensation {@code income_effect_type1},
   * {@code income_multiplier_type1}, then for each stressor of the account
   * {@value #EMPLOYMENT_ACCOUNT} {@code employment_effect_type1}, {@code
   * employment_multiplier_type1} (with {@code employment_<stressor>_…} when it has several), and,
   * when {@link #hasTypeII()}, the same with {@code _type2}.
   */
  public ImmutableMap<String, LabelledVector<RegionSector>> columns() {
    return MultiplierColumns.of(this, table);
  }

  /** c'L (Type I) or c'·L̄₁₁, the first n entries of (c, 0)'L̄ (Type II). */
  double[] effects(MultiplierType type, double[] c) {
    checkNotNull(type, "type");
    double[] typeI = open.solveTransposed(c);
    return type == MultiplierType.TYPE_I ? typeI : closed.get().effects(typeI);
  }

  /** The closed (Type II) model. */
  ClosedModel closedModel() {
    return closed.get();
  }

  private String employmentStressor() {
    SatelliteAccount s = table.satellite(EMPLOYMENT_ACCOUNT);
    if (s.stressors().size() != 1) {
      throw SectoralException.of(ErrorCode.MISSING_BLOCK, List.of(EMPLOYMENT_ACCOUNT),
          "Account %s of table %s has %d stressors %s, not one: name the stressor with "
              + "indicatorEffects", EMPLOYMENT_ACCOUNT, table.name(), s.stressors().size(),
          s.stressors());
    }
    return s.stressors().get(0).name();
  }

  private ImmutableList<Diagnostic> check() {
    if (!hasTypeII()) {
      return ImmutableList.of();
    }
    ImmutableList.Builder<Diagnostic> out = ImmutableList.builder();
    out.addAll(closed.get().terms().diagnostics());
    LabelledVector<RegionSector> one = output(MultiplierType.TYPE_I);
    LabelledVector<RegionSector> two = output(MultiplierType.TYPE_II);
    List<String> below = new java.util.ArrayList<>();
    double worst = 0;
    for (int j = 0; j < one.size(); j++) {
      double gap = one.at(j) - two.at(j);
      if (gap > 1e-9 * Math.max(1, Math.abs(one.at(j)))) {
        below.add(table.keys().get(j).toString());
        worst = Math.max(worst, gap);
      }
    }
    if (!below.isEmpty()) {
      out.add(Diagnostic.of(Diagnostic.Code.TYPE_II_BELOW_TYPE_I, below, String.format(
          java.util.Locale.ROOT, "Type II output multipliers are below Type I in %d sectors "
              + "(by up to %.4g): %s; the table has negative household consumption, "
              + "compensation or surplus entries", below.size(), worst,
          below.size() > 10 ? below.subList(0, 10) + " …" : below)));
    }
    return out.build();
  }

  private double[] perOutput(double[] values) {
    double[] out = new double[values.length];
    for (int j = 0; j < values.length; j++) {
      double x = table.output().at(j);
      out[j] = x == 0 ? 0 : values[j] / x;
    }
    return out;
  }

  static LabelledVector<RegionSector> ratio(LabelledVector<RegionSector> effects,
      double[] direct) {
    double[] r = new double[direct.length];
    for (int j = 0; j < r.length; j++) {
      r[j] = direct[j] == 0 ? 0 : effects.at(j) / direct[j];
    }
    return LabelledVector.of(effects.index(), r, "1");
  }
}
