package org.sectoral.core.leontief;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.sectoral.core.table.LabelledVector;
import org.sectoral.core.table.Region;
import org.sectoral.core.table.RegionSector;

/**
 * How the model is closed with respect to households for Type II multipliers and induced effects
 * (Miller &amp; Blair 2009, §2.5 and §6.1.3): Ā = [[A, H_c], [H_r, D]] with one household row and
 * column per region r, where
 * <ul>
 *   <li>the row h_r,j is household income generated per unit of output of region r's industry j,
 *       and the column h_c,i = c_i,r / Y_r is region r's household consumption of the table's
 *       output i per unit of its household income Y_r, both as {@link HouseholdIncome} says
 *       (compensation of employees by default);
 *   <li>c_r is the sum of region r's final-demand columns of category HOUSEHOLDS, unless a
 *       consumption vector is {@linkplain Builder#consumption given};
 *   <li>D is diagonal: households' purchases from households per unit of income (Miller &amp;
 *       Blair's x_{n+1,n+1}, e.g. domestic services in their textbook example), 0 unless
 *       {@linkplain Builder#purchasesFromHouseholds given}. SNA tables record domestic services
 *       as an industry ("activities of households as employers"), so for them it stays 0.
 * </ul>
 *
 * <p>The default, {@link #compensation()}, is the textbook closure (income = compensation of
 * employees) and what {@link Multipliers#of(org.sectoral.core.table.InputOutputTable)} uses.
 * Statistical offices that publish Type II multipliers often divide consumption by total household
 * income instead (the Scottish Government: {@code HouseholdClosure.of(HouseholdIncome.total(143_398))}
 * for 2016), which gives smaller, more plausible induced effects. Immutable; keys are regions,
 * checked against a table when the closure is applied.
 */
public final class HouseholdClosure {
  private static final HouseholdClosure COMPENSATION = new HouseholdClosure(
      HouseholdIncome.compensation(), ImmutableMap.of(), ImmutableMap.of(), ImmutableMap.of());

  private final HouseholdIncome defaultIncome;
  private final ImmutableMap<Region, HouseholdIncome> incomes;
  private final ImmutableMap<Region, LabelledVector<RegionSector>> consumption;
  private final ImmutableMap<Region, Double> purchasesFromHouseholds;

  private HouseholdClosure(HouseholdIncome defaultIncome,
      ImmutableMap<Region, HouseholdIncome> incomes,
      ImmutableMap<Region, LabelledVector<RegionSector>> consumption,
      ImmutableMap<Region, Double> purchases) {
    this.defaultIncome = defaultIncome;
    this.incomes = incomes;
    this.consumption = consumption;
    this.purchasesFromHouseholds = purchases;
  }

  /**
   * The default closure: in every region household income = compensation of employees and
   * consumption = the HOUSEHOLDS final-demand columns (Miller &amp; Blair 2009, §6.1.3).
   */
  public static HouseholdClosure compensation() {
    return COMPENSATION;
  }

  /**
   * Every region's household income measured the same way, consumption from the HOUSEHOLDS
   * columns. A {@linkplain HouseholdIncome#total given total} is one region's figure: for a
   * multi-region table name each region with {@link Builder#income(Region, HouseholdIncome)}.
   */
  public static HouseholdClosure of(HouseholdIncome income) {
    return builder().income(income).build();
  }

  /** A builder starting from the default closure. */
  public static Builder builder() {
    return new Builder();
  }

  /** The household income of a region: as given for it, else the default for all regions. */
  public HouseholdIncome income(Region region) {
    return incomes.getOrDefault(checkNotNull(region, "region"), defaultIncome);
  }

  /** The income measure of regions not named in {@link #incomes()}. */
  public HouseholdIncome defaultIncome() {
    return defaultIncome;
  }

  /** Income measures given for named regions. */
  public ImmutableMap<Region, HouseholdIncome> incomes() {
    return incomes;
  }

  /** The given consumption vector of a region's households, if any (else the HOUSEHOLDS columns). */
  public Optional<LabelledVector<RegionSector>> consumption(Region region) {
    return Optional.ofNullable(consumption.get(checkNotNull(region, "region")));
  }

  /** Regions with a given consumption vector. */
  public ImmutableMap<Region, LabelledVector<RegionSector>> consumptionVectors() {
    return consumption;
  }

  /** Households' purchases from households of a region (table unit; 0 unless given). */
  public double purchasesFromHouseholds(Region region) {
    return purchasesFromHouseholds.getOrDefault(checkNotNull(region, "region"), 0.0);
  }

  /** Regions with given purchases from households. */
  public ImmutableMap<Region, Double> purchasesFromHouseholds() {
    return purchasesFromHouseholds;
  }

  /** Whether this is {@link #compensation()}, the default closure. */
  public boolean isDefault() {
    return equals(COMPENSATION);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof HouseholdClosure c && c.defaultIncome.equals(defaultIncome)
        && c.incomes.equals(incomes) && c.consumption.equals(consumption)
        && c.purchasesFromHouseholds.equals(purchasesFromHouseholds);
  }

  @Override
  public int hashCode() {
    return Objects.hash(defaultIncome, incomes, consumption, purchasesFromHouseholds);
  }

  /** E.g. {@code "household income: compensation; SCO: compensation; given total 143398.0"}. */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("household income: ").append(defaultIncome);
    incomes.forEach((r, i) -> s.append(String.format(Locale.ROOT, "; %s: %s", r.code(), i)));
    consumption.keySet().forEach(r -> s.append("; ").append(r.code())
        .append(": given consumption vector"));
    purchasesFromHouseholds.forEach((r, d) -> s.append(String.format(Locale.ROOT,
        "; %s: purchases from households %s", r.code(), d)));
    return s.toString();
  }

  /** Collects the options of a {@link HouseholdClosure}; {@link #build()} freezes them. */
  public static final class Builder {
    private HouseholdIncome defaultIncome = HouseholdIncome.compensation();
    private final Map<Region, HouseholdIncome> incomes = new LinkedHashMap<>();
    private final Map<Region, LabelledVector<RegionSector>> consumption = new LinkedHashMap<>();
    private final Map<Region, Double> purchases = new LinkedHashMap<>();

    private Builder() {}

    /** The income measure of every region not named otherwise. */
    public Builder income(HouseholdIncome income) {
      this.defaultIncome = checkNotNull(income, "income");
      return this;
    }

    /** The income measure of one region (e.g. its given total household income). */
    public Builder income(Region region, HouseholdIncome income) {
      incomes.put(checkNotNull(region, "region"), checkNotNull(income, "income"));
      return this;
    }

    /**
     * A region's household consumption by supplying industry (table unit, keyed by the table's
     * region-sectors; checked against the table when applied) instead of its HOUSEHOLDS columns.
     */
    public Builder consumption(Region region, LabelledVector<RegionSector> vector) {
      consumption.put(checkNotNull(region, "region"), checkNotNull(vector, "vector"));
      return this;
    }

    /**
     * A region's households' purchases from households (table unit, ≥ 0), divided by its
     * household income like consumption: Miller &amp; Blair's household-to-household cell.
     */
    public Builder purchasesFromHouseholds(Region region, double amount) {
      checkArgument(Double.isFinite(amount) && amount >= 0,
          "Purchases from households must be finite and non-negative, not %s", amount);
      purchases.put(checkNotNull(region, "region"), amount + 0.0);
      return this;
    }

    /** The closure. */
    public HouseholdClosure build() {
      return new HouseholdClosure(defaultIncome, ImmutableMap.copyOf(incomes),
          ImmutableMap.copyOf(consumption), ImmutableMap.copyOf(purchases));
    }
  }
}
