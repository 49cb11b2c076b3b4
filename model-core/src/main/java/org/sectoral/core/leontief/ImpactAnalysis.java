package org.sectoral.core.leontief;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.sectoral.core.ErrorCode;
import org.sectoral.core.SectoralException;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.core.table.LabelledVector;
import org.sectoral.core.table.RegionSector;
import org.sectoral.core.table.SatelliteAccount;
import org.sectoral.core.table.Stressor;

/**
 * Impacts of a final-demand change Δf (Miller &amp; Blair 2009, §6.2): output Δx = L·Δf split into
 * direct (Δf), indirect (L·Δf − Δf) and induced (L̄₁₁·Δf − L·Δf, households endogenous under the
 * {@link HouseholdClosure} of the multipliers) effects; value added, income (household income
 * per unit of output as the closure measures it: compensation of employees by default) and every
 * satellite stressor follow from their coefficients per unit of output. Linear in Δf. Immutable
 * and thread-safe; one solve per impact (the closure reuses the open model's factorization).
 */
public final class ImpactAnalysis {
  /** Measure name of gross output. */
  public static final String OUTPUT = "output";
  /** Measure name of gross value added. */
  public static final String VALUE_ADDED = "value added";
  /** Measure name of household income (compensation of employees unless the closure adds surplus). */
  public static final String INCOME = "income";
  /** Measure name of imported intermediate inputs (national tables with an imports block). */
  public static final String IMPORTS = "imports";

  private final InputOutputTable table;
  private final Multipliers multipliers;

  private ImpactAnalysis(InputOutputTable table, Multipliers multipliers) {
    this.table = table;
    this.multipliers = multipliers;
  }

  /** An analysis of a table's Leontief model. */
  public static ImpactAnalysis of(InputOutputTable table) {
    return new ImpactAnalysis(checkNotNull(table, "table"), Multipliers.of(table));
  }

  /**
   * An analysis whose induced effects close the model as {@code closure} says, e.g.
   * {@code ImpactAnalysis.of(table, HouseholdClosure.of(HouseholdIncome.total(143_398)))}.
   */
  public static ImpactAnalysis of(InputOutputTable table, HouseholdClosure closure) {
    return new ImpactAnalysis(checkNotNull(table, "table"), Multipliers.of(table, closure));
  }

  /** An analysis reusing multipliers (their factorizations and closure) of the same table. */
  public static ImpactAnalysis of(InputOutputTable table, Multipliers multipliers) {
    return new ImpactAnalysis(checkNotNull(table, "table"), checkNotNull(multipliers, "m"));
  }

  /** The multipliers (model and household closure) the analysis uses. */
  public Multipliers multipliers() {
    return multipliers;
  }

  /** The table analysed. */
  public InputOutputTable table() {
    return table;
  }

  /**
   * The impacts of a final-demand change by sector, in the table's unit.
   *
   * @return effects keyed by measure: {@link #OUTPUT}, {@link #VALUE_ADDED}, {@link #INCOME}
   *     (when the table has compensation), {@link #IMPORTS} (when it has an imports block) and
   *     {@code "account/stressor"} for each satellite row
   */
  public ImmutableMap<String, Effects> impact(LabelledVector<RegionSector> deltaF) {
    checkNotNull(deltaF, "deltaF");
    if (!deltaF.index().equals(table.keys())) {
      throw SectoralException.of(ErrorCode.DIMENSION_MISMATCH, List.of(),
          "Final-demand change has %d keys, table %s has %d", deltaF.size(), table.name(),
          table.size());
    }
    int n = table.size();
    double[] df = deltaF.toArray();
    double[] typeI = multipliers.model().solve(df);
    double[] typeII = null;
    if (multipliers.hasTypeII()) {
      typeII = multipliers.closedModel().solve(typeI);
    }
    ImmutableMap.Builder<String, Effects> out = ImmutableMap.builder();
    double[] ones = new double[n];
    Arrays.fill(ones, 1.0);
    String unit = table.unit();
    out.put(OUTPUT, effects(OUTPUT, ones, df, typeI, typeII, unit));
    out.put(VALUE_ADDED, effects(VALUE_ADDED, multipliers.valueAddedCoefficients(), df, typeI,
        typeII, unit));
    if (table.hasValueAdded(org.sectoral.core.table.ValueAddedComponent.Kind.COMPENSATION)) {
      out.put(INCOME, effects(INCOME, multipliers.incomeCoefficients(), df, typeI, typeII,
          unit));
    }
    if (table.imports().isPresent()) {
      double[] perUnit = table.imports().get().columnSums().toArray();
      for (int j = 0; j < n; j++) {
        perUnit[j] = table.output().at(j) == 0 ? 0 : perUnit[j] / table.output().at(j);
      }
      out.put(IMPORTS, effects(IMPORTS, perUnit, df, typeI, typeII, unit));
    }
    for (SatelliteAccount s : table.satellites().values()) {
      for (Stressor st : s.stressors().keys()) {
        String name = s.name() + "/" + st.name();
        out.put(name, effects(name, multipliers.indicatorCoefficients(s.name(), st.name()), df,
            typeI, typeII, st.unit()));
      }
    }
    return out.build();
  }

  private Effects effects(String measure, double[] coef, double[] df, double[] typeI,
      double[] typeII, String unit) {
    int n = coef.length;
    double[] direct = new double[n];
    double[] indirect = new double[n];
    double[] induced = typeII == null ? null : new double[n];
    for (int i = 0; i < n; i++) {
      direct[i] = coef[i] * df[i];
      indirect[i] = coef[i] * (typeI[i] - df[i]);
      if (induced != null) {
        induced[i] = coef[i] * (typeII[i] - typeI[i]);
      }
    }
    return new Effects(measure, LabelledVector.of(table.keys(), direct, unit),
        LabelledVector.of(table.keys(), indirect, unit),
        Optional.ofNullable(induced).map(v -> LabelledVector.of(table.keys(), v, unit)));
  }
}
