package org.sectoral.core.leontief;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sectoral.core.ErrorCode;
import org.sectoral.core.SectoralException;
import org.sectoral.core.table.FinalDemandCategory;
import org.sectoral.core.table.FinalDemandColumn;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.core.table.KeyIndex;
import org.sectoral.core.table.LabelledVector;
import org.sectoral.core.table.Region;
import org.sectoral.core.table.RegionSector;
import org.sectoral.core.table.ValueAddedComponent.Kind;

/**
 * The household rows H_r, columns H_c and self-purchases D of a {@link HouseholdClosure} applied
 * to a table (no solves): h_r,j = (wⱼ + s·gⱼ)/xⱼ for region r's industries (0 where xⱼ = 0),
 * h_c,i = c_i,r / Y_r, d_r = purchases from households / Y_r; regions with Y_r ≤ 0 get a zero
 * column. Holds 2R × n doubles.
 */
final class ClosureTerms {
  private final InputOutputTable table;
  private final double[][] rows;
  private final double[][] columns;
  private final double[] self;
  private final ImmutableList<HouseholdTerms> terms;
  private final ImmutableList<Diagnostic> diagnostics;

  private ClosureTerms(InputOutputTable table, double[][] rows, double[][] columns,
      double[] self, List<HouseholdTerms> terms, List<Diagnostic> diagnostics) {
    this.table = table;
    this.rows = rows;
    this.columns = columns;
    this.self = self;
    this.terms = ImmutableList.copyOf(terms);
    this.diagnostics = ImmutableList.copyOf(diagnostics);
  }

  /** Whether the table has what the closure needs (compensation, consumption, some income). */
  static boolean isPossible(java.util.function.Supplier<ClosureTerms> terms) {
    try {
      return terms.get().terms.stream().anyMatch(h -> h.incomeTotal() > 0);
    } catch (SectoralException e) {
      if (e.code() == ErrorCode.MISSING_BLOCK) {
        return false;
      }
      throw e;
    }
  }

  /**
   * The terms of a closure on a table.
   *
   * @throws SectoralException {@link ErrorCode#MISSING_BLOCK}, {@link ErrorCode#UNKNOWN_KEY},
   *     {@link ErrorCode#DIMENSION_MISMATCH} or {@link ErrorCode#NON_FINITE_VALUE}
   */
  static ClosureTerms of(InputOutputTable t, HouseholdClosure c) {
    KeyIndex<Region> regions = t.regions();
    checkRegions(t, c.incomes().keySet(), "income");
    checkRegions(t, c.consumptionVectors().keySet(), "consumption");
    checkRegions(t, c.purchasesFromHouseholds().keySet(), "purchases from households");
    if (!t.hasValueAdded(Kind.COMPENSATION)) {
      throw missing(t, "compensation of employees (value added of kind COMPENSATION)");
    }
    int n = t.size();
    int r = regions.size();
    double[] comp = t.valueAdded(Kind.COMPENSATION).toArray();
    double[] surplus = t.valueAdded(Kind.OPERATING_SURPLUS).toArray();
    double[] x = t.output().toArray();
    double[][] rows = new double[r][n];
    double[] rowIncome = new double[r];
    for (int j = 0; j < n; j++) {
      int g = regions.indexOf(t.keys().get(j).region());
      double s = c.income(regions.get(g)).surplusShare();
      if (s > 0 && !t.hasValueAdded(Kind.OPERATING_SURPLUS)) {
        throw missing(t, "gross operating surplus (value added of kind OPERATING_SURPLUS) for "
            + "a household income with a share of surplus");
      }
      double income = comp[j] + s * surplus[j];
      rowIncome[g] += income;
      rows[g][j] = x[j] == 0 ? 0 : income / x[j];
    }
    double[][] spend = consumption(t, c);
    double[][] columns = new double[r][n];
    double[] self = new double[r];
    List<HouseholdTerms> terms = new ArrayList<>();
    List<Diagnostic> diagnostics = new ArrayList<>();
    for (int g = 0; g < r; g++) {
      Region region = regions.get(g);
      HouseholdIncome inc = c.income(region);
      double y = inc.total().orElse(rowIncome[g]);
      double consumed = 0;
      for (double v : spend[g]) {
        consumed += v;
      }
      double purchases = c.purchasesFromHouseholds(region);
      double perIncome = 0;
      if (y > 0) {
        for (int i = 0; i < n; i++) {
          columns[g][i] = spend[g][i] / y;
        }
        self[g] = purchases / y;
        perIncome = (consumed + purchases) / y;
        if (perIncome >= 1) {
          diagnostics.add(Diagnostic.of(Diagnostic.Code.HOUSEHOLD_SPENDING_AT_OR_ABOVE_INCOME,
              List.of(region.code()), String.format(Locale.ROOT, "households of %s spend %.4g "
                  + "per unit of household income (%s) on the table's output: the closed model "
                  + "is barely productive and induced effects are very large; a given total "
                  + "household income (HouseholdIncome.total) measures income more fully",
                  region.code(), perIncome, inc)));
        }
      } else if (consumed != 0 || purchases != 0) {
        diagnostics.add(Diagnostic.of(Diagnostic.Code.NO_HOUSEHOLD_INCOME,
            List.of(region.code()), String.format(Locale.ROOT, "household income of %s (%s) is "
                + "%.6g: its households induce nothing", region.code(), inc, y)));
      }
      terms.add(new HouseholdTerms(region, inc, rowIncome[g], y, consumed, perIncome));
    }
    return new ClosureTerms(t, rows, columns, self, terms, diagnostics);
  }

  /** Household consumption by region (R × n): given vectors, else the HOUSEHOLDS columns. */
  private static double[][] consumption(InputOutputTable t, HouseholdClosure c) {
    KeyIndex<Region> regions = t.regions();
    int n = t.size();
    double[][] spend = new double[regions.size()][];
    boolean any = false;
    for (int g = 0; g < regions.size(); g++) {
      Region region = regions.get(g);
      LabelledVector<RegionSector> given = c.consumption(region).orElse(null);
      if (given != null) {
        if (!given.index().equals(t.keys())) {
          throw SectoralException.of(ErrorCode.DIMENSION_MISMATCH, List.of(region.code()),
              "Household consumption given for %s has %d keys, not the %d region-sectors of "
                  + "table %s in their order", region.code(), given.size(), n, t.name());
        }
        spend[g] = given.toArray();
        any = true;
      } else {
        spend[g] = new double[n];
      }
    }
    KeyIndex<FinalDemandColumn> cols = t.finalDemandColumns();
    for (int k = 0; k < cols.size(); k++) {
      FinalDemandColumn col = cols.get(k);
      if (col.category() != FinalDemandCategory.HOUSEHOLDS) {
        continue;
      }
      int g = regions.indexOf(col.region());
      if (c.consumption(col.region()).isPresent()) {
        continue;
      }
      any = true;
      for (int i = 0; i < n; i++) {
        spend[g][i] += t.finalDemand().at(i, k);
      }
    }
    if (!any) {
      throw missing(t, "household consumption (final demand of category HOUSEHOLDS, or a "
          + "consumption vector given with the closure)");
    }
    for (int g = 0; g < spend.length; g++) {
      for (int i = 0; i < n; i++) {
        if (!Double.isFinite(spend[g][i])) {
          throw SectoralException.of(ErrorCode.NON_FINITE_VALUE,
              List.of(t.keys().get(i).toString()), "Household consumption of %s from %s is %s",
              regions.get(g).code(), t.keys().get(i), spend[g][i]);
        }
      }
    }
    return spend;
  }

  private static void checkRegions(InputOutputTable t, Set<Region> named, String what) {
    for (Region r : named) {
      if (!t.regions().contains(r)) {
        throw SectoralException.of(ErrorCode.UNKNOWN_KEY, List.of(r.code()),
            "Household closure names %s for region %s, which is not in table %s (regions %s)",
            what, r.code(), t.name(), t.regions());
      }
    }
  }

  private static SectoralException missing(InputOutputTable t, String what) {
    return SectoralException.of(ErrorCode.MISSING_BLOCK, List.of(t.name()),
        "Type II needs %s in table %s", what, t.name());
  }

  InputOutputTable table() {
    return table;
  }

  int regionCount() {
    return rows.length;
  }

  Region region(int g) {
    return table.regions().get(g);
  }

  /** H_r, R × n (shared; do not modify). */
  double[][] rows() {
    return rows;
  }

  /** H_cᵀ, R × n (shared; do not modify). */
  double[][] columns() {
    return columns;
  }

  /** d_r. */
  double selfPurchase(int g) {
    return self[g];
  }

  /** Σ_r h_r,j: household income generated per unit of output of each industry. */
  double[] incomeCoefficients() {
    double[] h = new double[table.size()];
    for (double[] row : rows) {
      for (int j = 0; j < h.length; j++) {
        h[j] += row[j];
      }
    }
    return h;
  }

  ImmutableList<HouseholdTerms> terms() {
    return terms;
  }

  ImmutableList<Diagnostic> diagnostics() {
    return diagnostics;
  }

  /** E.g. {@code "SCO 0.4018"}, for messages. */
  String spendingSummary() {
    StringBuilder s = new StringBuilder();
    for (HouseholdTerms h : terms) {
      s.append(s.length() == 0 ? "" : ", ").append(h.region().code()).append(' ')
          .append(String.format(Locale.ROOT, "%.4g", h.spendingPerIncome()));
    }
    return s.toString();
  }
}
