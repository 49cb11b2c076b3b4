package org.sectoral.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sectoral.core.leontief.HouseholdClosure;
import org.sectoral.core.leontief.HouseholdIncome;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.core.table.Region;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * Turns {@code --household-income AMOUNT|REG=AMOUNT} and {@code --household-surplus-share
 * S|REG=S} into a {@link HouseholdClosure} for a table; any value out of range, unknown region
 * or ambiguous form is a {@link ParameterException} (exit code 2).
 */
final class ClosureOptions {
  private ClosureOptions() {}

  /** The closure the options ask for; the default closure when none is given. */
  static HouseholdClosure closure(CommandLine cl, InputOutputTable t, List<String> incomes,
      List<String> shares) {
    Map<String, Double> total = parse(cl, t, "--household-income", incomes);
    Map<String, Double> share = parse(cl, t, "--household-surplus-share", shares);
    HouseholdClosure.Builder b = HouseholdClosure.builder();
    for (Region r : t.regions().keys()) {
      HouseholdIncome h = HouseholdIncome.compensation();
      Double s = share.getOrDefault(r.code(), share.get(""));
      if (s != null) {
        if (!(s >= 0 && s <= 1)) {
          throw new ParameterException(cl, "--household-surplus-share must be a share in "
              + "[0, 1], not " + s);
        }
        h = h.withSurplusShare(s);
      }
      Double y = total.getOrDefault(r.code(), total.get(""));
      if (y != null) {
        if (!(Double.isFinite(y) && y > 0)) {
          throw new ParameterException(cl, "--household-income must be a positive amount in "
              + "the table's unit (" + t.unit() + "), not " + y);
        }
        h = h.withTotal(y);
      }
      if (!h.isCompensation()) {
        b.income(r, h);
      }
    }
    return b.build();
  }

  /**
   * Checks the numbers of the options without the table (before it is read): each a number,
   * incomes positive and finite, shares in [0, 1]; regions are checked by {@link #closure}.
   */
  static void checkValues(CommandLine cl, List<String> incomes, List<String> shares) {
    check(cl, "--household-income", incomes);
    check(cl, "--household-surplus-share", shares);
  }

  private static void check(CommandLine cl, String option, List<String> values) {
    if (values == null) {
      return;
    }
    for (String v : values) {
      int eq = v.indexOf('=');
      String number = (eq < 0 ? v : v.substring(eq + 1)).trim();
      double d = number(cl, option, v, number);
      if (option.equals("--household-income") && !(Double.isFinite(d) && d > 0)) {
        throw new ParameterException(cl, option + " must be a positive amount in the table's "
            + "unit, not " + v);
      }
      if (option.equals("--household-surplus-share") && !(d >= 0 && d <= 1)) {
        throw new ParameterException(cl, option + " must be a share in [0, 1], not " + v);
      }
    }
  }

  private static double number(CommandLine cl, String option, String v, String number) {
    try {
      return Double.parseDouble(number);
    } catch (NumberFormatException e) {
      throw new ParameterException(cl, option + " " + v + ": \"" + number
          + "\" is not a number (write digits with a decimal point, no separators)");
    }
  }

  /** Values by region code ("" for the bare form). */
  private static Map<String, Double> parse(CommandLine cl, InputOutputTable t, String option,
      List<String> values) {
    Map<String, Double> out = new LinkedHashMap<>();
    if (values == null) {
      return out;
    }
    for (String v : values) {
      int eq = v.indexOf('=');
      String region = eq < 0 ? "" : v.substring(0, eq).trim();
      String number = (eq < 0 ? v : v.substring(eq + 1)).trim();
      if (eq < 0 && option.equals("--household-income") && !t.isNational()) {
        throw new ParameterException(cl, option + " " + v + ": the table has "
            + t.regions().size() + " regions " + codes(t) + "; give each region's total as "
            + option + " REG=AMOUNT");
      }
      if (eq >= 0 && !t.regions().contains(Region.of(region.isEmpty() ? "?" : region))) {
        throw new ParameterException(cl, option + " " + v + ": region \"" + region
            + "\" is not in the table " + codes(t));
      }
      double d = number(cl, option, v, number);
      if (out.put(region, d) != null) {
        throw new ParameterException(cl, option + " given twice for "
            + (region.isEmpty() ? "the table" : "region " + region));
      }
    }
    return out;
  }

  private static List<String> codes(InputOutputTable t) {
    return t.regions().keys().stream().map(Region::code).toList();
  }
}
