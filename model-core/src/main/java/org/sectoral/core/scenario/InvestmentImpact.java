package org.sectoral.core.scenario;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sectoral.core.ErrorCode;
import org.sectoral.core.SectoralArgumentException;
import org.sectoral.core.leontief.Effects;
import org.sectoral.core.leontief.HouseholdClosure;
import org.sectoral.core.leontief.ImpactAnalysis;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.core.table.LabelledVector;
import org.sectoral.core.table.RegionSector;

/**
 * The impact of an investment project (IMPLAN-style report; Miller &amp; Blair 2009, §6.2): a
 * capital spending vector by supplying sector (e.g. 60% construction, 40% machinery) with the
 * share of each bought at home; the domestic part is a final-demand change Δf whose direct,
 * indirect and induced effects on output, value added, income, jobs and imports follow from
 * {@link ImpactAnalysis}; the imported part is a direct import of capital goods.
 */
public final class InvestmentImpact {
  private final LabelledVector<RegionSector> spending;
  private final LabelledVector<RegionSector> domesticSpending;
  private final double directImports;
  private final ImmutableMap<String, Effects> effects;

  private InvestmentImpact(LabelledVector<RegionSector> spending,
      LabelledVector<RegionSector> domestic, double directImports,
      ImmutableMap<String, Effects> effects) {
    this.spending = spending;
    this.domesticSpending = domestic;
    this.directImports = directImports;
    this.effects = effects;
  }

  /**
   * Analyses a project.
   *
   * @param table the (national or provincial) table
   * @param spending capital spending by supplying sector, table unit
   * @param domesticShares share of each sector's spending supplied at home, in [0, 1]
   * @throws SectoralArgumentException DIMENSION_MISMATCH naming {@code spending} or
   *     {@code domesticShares} when keyed otherwise than the table, OUT_OF_RANGE naming
   *     {@code domesticShares} and the sector for a share outside [0, 1]
   */
  public static InvestmentImpact of(InputOutputTable table, LabelledVector<RegionSector> spending,
      LabelledVector<RegionSector> domesticShares) {
    return of(table, spending, domesticShares, HouseholdClosure.compensation());
  }

  /**
   * Analyses a project with induced effects under a household closure (e.g. a given total
   * household income, {@code HouseholdClosure.of(HouseholdIncome.total(amount))}).
   *
   * @param table the (national or provincial) table
   * @param spending capital spending by supplying sector, table unit
   * @param domesticShares share of each sector's spending supplied at home, in [0, 1]
   * @param closure how households are made endogenous for the induced effects
   */
  public static InvestmentImpact of(InputOutputTable table, LabelledVector<RegionSector> spending,
      LabelledVector<RegionSector> domesticShares, HouseholdClosure closure) {
    checkNotNull(table, "table");
    checkNotNull(closure, "closure");
    checkNotNull(spending, "spending");
    checkNotNull(domesticShares, "domesticShares");
    if (!spending.index().equals(table.keys())) {
      throw SectoralArgumentException.of(ErrorCode.DIMENSION_MISMATCH, "spending", List.of(),
          "Spending keys differ from the table's");
    }
    if (!domesticShares.index().equals(table.keys())) {
      throw SectoralArgumentException.of(ErrorCode.DIMENSION_MISMATCH, "domesticShares",
          List.of(), "Domestic share keys differ from the table's");
    }
    double[] dom = new double[table.size()];
    double imports = 0;
    for (int i = 0; i < dom.length; i++) {
      double s = domesticShares.at(i);
      SectoralArgumentException.checkRange(s >= 0 && s <= 1, s, "domesticShares",
          List.of(table.keys().get(i).toString()), "is outside [0, 1]");
      dom[i] = spending.at(i) * s;
      imports += spending.at(i) - dom[i];
    }
    LabelledVector<RegionSector> df = LabelledVector.of(table.keys(), dom, spending.unit());
    return new InvestmentImpact(spending, df, imports, ImpactAnalysis.of(table, closure).impact(df));
  }

  /** The spending vector. */
  public LabelledVector<RegionSector> spending() {
    return spending;
  }

  /** The part of spending bought at home (the final-demand change). */
  public LabelledVector<RegionSector> domesticSpending() {
    return domesticSpending;
  }

  /** Capital goods imported directly (table unit). */
  public double directImports() {
    return directImports;
  }

  /** Effects by measure (output, value added, income, imports, account/stressor). */
  public ImmutableMap<String, Effects> effects() {
    return effects;
  }

  /** One row of the report: a measure's direct, indirect, induced and total effect. */
  public record Row(String measure, String unit, double direct, double indirect, double induced,
      double total) {
    @Override
    public String toString() {
      return String.format(Locale.ROOT, "%-24s %14.3f %14.3f %14.3f %14.3f %s", measure, direct,
          indirect, induced, total, unit);
    }
  }

  /**
   * The IMPLAN-style summary: one row per measure; the imports row adds the directly imported
   * capital goods to the direct effect.
   */
  public ImmutableList<Row> report() {
    List<Row> rows = new ArrayList<>();
    for (Effects e : effects.values()) {
      double direct = e.directSum();
      if (e.measure().equals(ImpactAnalysis.IMPORTS)) {
        direct += directImports;
      }
      rows.add(new Row(e.measure(), e.unit(), direct, e.indirectSum(), e.inducedSum(),
          direct + e.indirectSum() + e.inducedSum()));
    }
    return ImmutableList.copyOf(rows);
  }
}
