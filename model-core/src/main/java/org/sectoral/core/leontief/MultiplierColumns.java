package org.sectoral.core.leontief;

import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.core.table.LabelledVector;
import org.sectoral.core.table.RegionSector;
import org.sectoral.core.table.SatelliteAccount;
import org.sectoral.core.table.Stressor;
import org.sectoral.core.table.ValueAddedComponent;

/** Every published multiplier column of {@link Multipliers#columns()}, Type I solved in one batch. */
final class MultiplierColumns {
  private MultiplierColumns() {}

  /** One measure: its column-name stem, direct coefficients, unit of its effects, and whether it has a ratio. */
  private record Measure(String effectName, String ratioName, double[] direct, String unit) {}

  static ImmutableMap<String, LabelledVector<RegionSector>> of(Multipliers m,
      InputOutputTable t) {
    int n = t.size();
    double[] ones = new double[n];
    Arrays.fill(ones, 1.0);
    List<Measure> measures = new ArrayList<>();
    measures.add(new Measure("output", null, ones, "1"));
    measures.add(new Measure("value_added_effect", "value_added_multiplier",
        m.valueAddedCoefficients(), "1"));
    boolean income = t.hasValueAdded(ValueAddedComponent.Kind.COMPENSATION);
    if (income) {
      measures.add(new Measure("income_effect", "income_multiplier", m.incomeCoefficients(),
          "1"));
    }
    SatelliteAccount jobs = t.satellites().get(Multipliers.EMPLOYMENT_ACCOUNT);
    if (jobs != null) {
      for (Stressor s : jobs.stressors().keys()) {
        String stem = jobs.stressors().size() == 1 ? "employment"
            : "employment_" + s.name();
        measures.add(new Measure(stem + "_effect", stem + "_multiplier",
            m.indicatorCoefficients(jobs.name(), s.name()), s.unit() + " per " + t.unit()));
      }
    }
    double[][] direct = new double[measures.size()][];
    for (int k = 0; k < direct.length; k++) {
      direct[k] = measures.get(k).direct();
    }
    double[][] typeI = m.model().solveTransposedAll(direct);
    ImmutableMap.Builder<String, LabelledVector<RegionSector>> out = ImmutableMap.builder();
    add(out, t, measures, typeI, "_type1");
    if (m.hasTypeII()) {
      ClosedModel closed = m.closedModel();
      double[][] typeII = new double[typeI.length][];
      for (int k = 0; k < typeI.length; k++) {
        typeII[k] = income && k == 2 ? closed.householdIncomeEffects()
            : closed.effects(typeI[k]);
      }
      add(out, t, measures, typeII, "_type2");
    }
    return out.build();
  }

  private static void add(ImmutableMap.Builder<String, LabelledVector<RegionSector>> out,
      InputOutputTable t, List<Measure> measures, double[][] effects, String suffix) {
    for (int k = 0; k < measures.size(); k++) {
      Measure ms = measures.get(k);
      LabelledVector<RegionSector> e = LabelledVector.of(t.keys(), effects[k], ms.unit());
      out.put(ms.effectName() + suffix, e);
      if (ms.ratioName() != null) {
        out.put(ms.ratioName() + suffix, Multipliers.ratio(e, ms.direct()));
      }
    }
  }
}
