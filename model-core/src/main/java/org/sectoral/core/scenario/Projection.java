package org.sectoral.core.scenario;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Arrays;
import java.util.List;
import org.sectoral.core.ErrorCode;
import org.sectoral.core.SectoralArgumentException;
import org.sectoral.core.internal.Roots;
import org.sectoral.core.leontief.LeontiefModel;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.core.table.RegionSector;

/**
 * Multi-year projection with the input-output structure carrying indirect effects: final
 * demand of each sector grows at a constant annual rate, fₜ = f₀ ⊙ (1 + g)^(t − t₀), and
 * output xₜ = (I−A)⁻¹·fₜ, value added and satellite indicators follow with fixed coefficients
 * (Miller &amp; Blair 2009, §2.4; a fixed-coefficient projection, no technical change).
 *
 * <p>Rates can be solved for targets: the common extra rate for a group of sectors that makes
 * the group's share of value added reach a target in a target year (e.g. industry and
 * construction at 64% by 2030), or that makes the group's output grow by a target in the first
 * year (e.g. an industrial production index target of +8.7%).
 */
public final class Projection {
  private final InputOutputTable base;
  private final LeontiefModel model;
  private final int baseYear;

  private Projection(InputOutputTable base, int baseYear) {
    this.base = base;
    this.model = LeontiefModel.of(base);
    this.baseYear = baseYear;
  }

  /** A projection from a base table of a given year. */
  public static Projection of(InputOutputTable base, int baseYear) {
    return new Projection(checkNotNull(base, "base"), baseYear);
  }

  /** The base table. */
  public InputOutputTable base() {
    return base;
  }

  /**
   * Projects to {@code lastYear} with annual final-demand growth rates by sector (0.07 = 7%).
   *
   * @throws SectoralArgumentException DIMENSION_MISMATCH naming {@code rates} when there is not
   *     one per sector; OUT_OF_RANGE naming {@code rates} and the sector for a rate of −100 % or
   *     less (NON_FINITE_VALUE for NaN or infinity), or {@code lastYear} before the base year
   */
  public ProjectionResult run(double[] rates, int lastYear) {
    checkRates(rates);
    if (lastYear < baseYear) {
      throw SectoralArgumentException.of(ErrorCode.OUT_OF_RANGE, "lastYear", List.of(),
          "Last year %s is before the base year %s", lastYear, baseYear);
    }
    int years = lastYear - baseYear + 1;
    double[] f0 = base.finalDemandTotal().toArray();
    double[][] x = new double[years][];
    for (int y = 0; y < years; y++) {
      double[] f = new double[f0.length];
      for (int i = 0; i < f.length; i++) {
        f[i] = f0[i] * Math.pow(1 + rates[i], y);
      }
      x[y] = y == 0 ? base.output().toArray() : model.solve(f);
    }
    return new ProjectionResult(base, baseYear, rates.clone(), x);
  }

  /** A uniform rate for every sector. */
  public ProjectionResult run(double rate, int lastYear) {
    double[] r = new double[base.size()];
    Arrays.fill(r, rate);
    return run(r, lastYear);
  }

  /**
   * The extra annual rate r added to {@code baseRates} for the sectors of {@code group} such that
   * the group's share of total value added equals {@code share} in {@code year}.
   *
   * @throws org.sectoral.core.SectoralException INCONSISTENT_TARGETS when no rate in
   *     [−50%, +100%] reaches the share
   * @throws SectoralArgumentException OUT_OF_RANGE naming {@code valueAddedShare} outside
   *     (0, 1), {@code year} not after the base year or an empty {@code group}; the rates are
   *     checked as by {@link #run(double[], int)}
   */
  public double rateForValueAddedShare(double[] baseRates, List<RegionSector> group,
      double share, int year) {
    SectoralArgumentException.checkRange(share > 0 && share < 1, share, "valueAddedShare",
        List.of(), "is outside (0, 1)");
    if (year <= baseYear) {
      throw SectoralArgumentException.of(ErrorCode.OUT_OF_RANGE, "year", List.of(),
          "Target year %s is not after the base year %s", year, baseYear);
    }
    checkRates(baseRates);
    boolean[] in = membership(group);
    return Roots.brent(r -> run(withExtra(baseRates, in, r), year)
        .valueAddedShare(group)[year - baseYear] - share, -0.5, 1.0, "value-added share " + share);
  }

  /**
   * The extra annual rate r for the group such that the group's value added (at base-year
   * coefficients, i.e. a value-added-weighted volume index) grows by {@code growth} in the first
   * projected year.
   *
   * @throws SectoralArgumentException OUT_OF_RANGE naming {@code firstYearGrowth} at or below
   *     −100 % or an empty {@code group}; the rates are checked as by {@link #run(double[], int)}
   */
  public double rateForFirstYearGrowth(double[] baseRates, List<RegionSector> group,
      double growth) {
    SectoralArgumentException.checkRange(growth > -1, growth, "firstYearGrowth", List.of(),
        "is a fall of 100 % or more");
    checkRates(baseRates);
    boolean[] in = membership(group);
    return Roots.brent(r -> {
      ProjectionResult p = run(withExtra(baseRates, in, r), baseYear + 1);
      double v0 = p.groupValueAdded(group, 0);
      double v1 = p.groupValueAdded(group, 1);
      return v1 / v0 - 1 - growth;
    }, -0.5, 1.0, "first-year growth " + growth);
  }

  private void checkRates(double[] rates) {
    checkNotNull(rates, "rates");
    if (rates.length != base.size()) {
      throw SectoralArgumentException.of(ErrorCode.DIMENSION_MISMATCH, "rates", List.of(),
          "%s growth rates for %s sectors", rates.length, base.size());
    }
    for (int i = 0; i < rates.length; i++) {
      SectoralArgumentException.checkRange(rates[i] > -1, rates[i], "rates",
          List.of(base.keys().get(i).toString()), "is a fall of 100 % or more a year");
    }
  }

  private boolean[] membership(List<RegionSector> group) {
    checkNotNull(group, "group");
    if (group.isEmpty()) {
      throw SectoralArgumentException.of(ErrorCode.OUT_OF_RANGE, "group", List.of(),
          "The target group has no sector");
    }
    boolean[] in = new boolean[base.size()];
    for (RegionSector k : group) {
      in[base.keys().indexOf(k)] = true;
    }
    return in;
  }

  private static double[] withExtra(double[] rates, boolean[] in, double extra) {
    double[] r = rates.clone();
    for (int i = 0; i < r.length; i++) {
      if (in[i]) {
        r[i] += extra;
      }
    }
    return r;
  }
}
