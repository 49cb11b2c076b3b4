package org.sectoral.core.leontief;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * How one region's household income is measured when the model is closed with respect to
 * households: the income generated per unit of output (the household row h_r) and the income
 * total Y that household consumption is divided by (the household column h_c = c / Y).
 *
 * <ul>
 *   <li>{@link #compensation()} (the default): h_r,j = wⱼ/xⱼ with w compensation of employees,
 *       Y = Σⱼ wⱼ over the region (Miller &amp; Blair 2009, §2.5 and §6.1.3: labour income as the
 *       household row, consumption per unit of labour income as the column).
 *   <li>{@link #total(double)}: h_r,j = wⱼ/xⱼ as above, but Y is a given total household income,
 *       larger than compensation because it also holds mixed, property and transfer income. This
 *       is how the Scottish Government computes its published Type II multipliers (input-output
 *       tables 1998–2016: Y = £143,398 million for 2016). Induced effects are then smaller.
 *   <li>{@link #compensationAndSurplus(double)}: h_r,j = (wⱼ + s·gⱼ)/xⱼ with gⱼ gross operating
 *       surplus and mixed income and s ∈ [0, 1] the share of it that reaches households,
 *       Y = Σⱼ (wⱼ + s·gⱼ). Emonts-Holley, Ross &amp; Swales (2021, Economic Systems Research
 *       33(4): 429–445) compare these variants against social-accounting-matrix multipliers.
 * </ul>
 *
 * <p>{@link #withTotal(double)} and {@link #withSurplusShare(double)} combine the two (a stated
 * share of surplus in the row, a given total in the column). Immutable.
 */
public final class HouseholdIncome {
  private static final HouseholdIncome COMPENSATION = new HouseholdIncome(0, Double.NaN);

  private final double surplusShare;
  private final double total; // NaN: the sum of the household row's income

  private HouseholdIncome(double surplusShare, double total) {
    this.surplusShare = surplusShare + 0.0; // no −0.0
    this.total = total;
  }

  /** Income = compensation of employees, in the row and as the total (Miller &amp; Blair's default). */
  public static HouseholdIncome compensation() {
    return COMPENSATION;
  }

  /**
   * Row = compensation per unit of output; total household income Y given (table unit), e.g.
   * {@code total(143_398)} for Scotland 2016 in £ million (the Scottish Government's practice).
   *
   * @throws IllegalArgumentException when the amount is not finite and positive
   */
  public static HouseholdIncome total(double amount) {
    return COMPENSATION.withTotal(amount);
  }

  /**
   * Income = compensation plus a share s of gross operating surplus and mixed income, in the row
   * and as the total.
   *
   * @param share s ∈ [0, 1]
   * @throws IllegalArgumentException when the share is outside [0, 1] or NaN
   */
  public static HouseholdIncome compensationAndSurplus(double share) {
    return COMPENSATION.withSurplusShare(share);
  }

  /** This income with a given total Y (table unit, finite and positive). */
  public HouseholdIncome withTotal(double amount) {
    checkArgument(Double.isFinite(amount) && amount > 0,
        "Total household income must be a finite positive amount, not %s", amount);
    return new HouseholdIncome(surplusShare, amount);
  }

  /** This income with a share s ∈ [0, 1] of operating surplus and mixed income in the row. */
  public HouseholdIncome withSurplusShare(double share) {
    checkArgument(share >= 0 && share <= 1,
        "Share of operating surplus reaching households must be in [0, 1], not %s", share);
    return new HouseholdIncome(share, total);
  }

  /** The share s of gross operating surplus and mixed income counted as household income (0 by default). */
  public double surplusShare() {
    return surplusShare;
  }

  /** The given total household income Y, or empty when Y is the sum of the household row's income. */
  public OptionalDouble total() {
    return Double.isNaN(total) ? OptionalDouble.empty() : OptionalDouble.of(total);
  }

  /** Whether this is the default: compensation alone, no given total. */
  public boolean isCompensation() {
    return surplusShare == 0 && Double.isNaN(total);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof HouseholdIncome h
        && Double.compare(h.surplusShare, surplusShare) == 0
        && Double.compare(h.total, total) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(surplusShare, total);
  }

  /** E.g. {@code "compensation"}, {@code "compensation; total 143398"}. */
  @Override
  public String toString() {
    String row = surplusShare == 0 ? "compensation"
        : String.format(Locale.ROOT, "compensation + %s × operating surplus", surplusShare);
    return Double.isNaN(total) ? row
        : String.format(Locale.ROOT, "%s; given total %s", row, total);
  }
}
