package org.sectoral.io.scenario;

import java.util.Map;
import org.sectoral.core.leontief.HouseholdClosure;
import org.sectoral.core.leontief.HouseholdIncome;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.core.table.Region;
import org.sectoral.io.TableFormatException;

/**
 * The {@code "households"} object of a scenario file (top level, or in an analysis to override
 * it): how Type II closes the model for induced effects. {@code "income"}: total household income
 * in the table's unit (a number for a national table, or an object region → amount);
 * {@code "surplusShare"}: the share in [0, 1] of operating surplus counted as household income
 * (a number, or region → share). Without it, household income is compensation of employees.
 */
final class Households {
  private Households() {}

  /** The closure of {@code spec.households}, or the default when absent. */
  static HouseholdClosure closure(JsonSpec spec, InputOutputTable t) throws TableFormatException {
    if (!spec.has("households")) {
      return HouseholdClosure.compensation();
    }
    JsonSpec h = spec.object("households");
    Map<String, Double> income = h.has("income") ? h.numberOrNumbers("income") : Map.of();
    Map<String, Double> share = h.has("surplusShare") ? h.numberOrNumbers("surplusShare")
        : Map.of();
    if (income.containsKey("") && !t.isNational()) {
      throw h.error("income", "the table has several regions: give an object of region code → "
          + "total household income");
    }
    for (Map.Entry<String, Double> e : income.entrySet()) {
      if (!(Double.isFinite(e.getValue()) && e.getValue() > 0)) {
        throw h.error(key("income", e.getKey()), "must be a positive amount in the table's unit");
      }
    }
    for (Map.Entry<String, Double> e : share.entrySet()) {
      if (!(e.getValue() >= 0 && e.getValue() <= 1)) {
        throw h.error(key("surplusShare", e.getKey()), "must be a share in [0, 1]");
      }
    }
    for (String r : concat(income, share)) {
      if (!r.isEmpty() && !t.regions().contains(Region.of(r))) {
        throw h.error(r, "unknown region \"" + r + "\"");
      }
    }
    HouseholdClosure.Builder b = HouseholdClosure.builder();
    for (Region r : t.regions().keys()) {
      HouseholdIncome hi = HouseholdIncome.compensation();
      Double s = share.getOrDefault(r.code(), share.get(""));
      if (s != null) {
        hi = hi.withSurplusShare(s);
      }
      Double y = income.getOrDefault(r.code(), income.get(""));
      if (y != null) {
        hi = hi.withTotal(y);
      }
      if (!hi.isCompensation()) {
        b.income(r, hi);
      }
    }
    return b.build();
  }

  private static String key(String field, String region) {
    return region.isEmpty() ? field : field + "." + region;
  }

  private static java.util.Set<String> concat(Map<String, Double> a, Map<String, Double> b) {
    java.util.Set<String> s = new java.util.LinkedHashSet<>(a.keySet());
    s.addAll(b.keySet());
    return s;
  }
}
