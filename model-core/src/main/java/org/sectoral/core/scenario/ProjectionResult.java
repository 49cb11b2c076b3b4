package org.sectoral.core.scenario;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.core.table.KeyIndex;
import org.sectoral.core.table.LabelledMatrix;
import org.sectoral.core.table.RegionSector;
import org.sectoral.core.table.SatelliteAccount;
import org.sectoral.core.table.Stressor;

/**
 * Projected paths by year: output xₜ, and every measure of {@link ScenarioResult} (value added,
 * income, imports, satellite rows) as fixed coefficient × xₜ, each a year × sector matrix.
 */
public final class ProjectionResult {
  private final InputOutputTable base;
  private final int baseYear;
  private final double[] rates;
  private final double[][] output; // [year][sector]

  ProjectionResult(InputOutputTable base, int baseYear, double[] rates, double[][] output) {
    this.base = base;
    this.baseYear = baseYear;
    this.rates = rates;
    this.output = output;
  }

  /** The years, base year first. */
  public ImmutableList<Integer> years() {
    List<Integer> y = new ArrayList<>();
    for (int t = 0; t < output.length; t++) {
      y.add(baseYear + t);
    }
    return ImmutableList.copyOf(y);
  }

  /** The annual final-demand growth rates used, by sector. */
  public double[] rates() {
    return rates.clone();
  }

  /**
   * A measure by year × sector: {@link ScenarioResult#OUTPUT}, {@link ScenarioResult#VALUE_ADDED},
   * {@link ScenarioResult#INCOME}, {@link ScenarioResult#IMPORTS} or {@code account/stressor}.
   */
  public LabelledMatrix<Integer, RegionSector> series(String measure) {
    double[] perUnit = ScenarioResult.measure(base, measure).toArray();
    String unit = ScenarioResult.measure(base, measure).unit();
    double[][] out = new double[output.length][perUnit.length];
    for (int j = 0; j < perUnit.length; j++) {
      double x0 = base.output().at(j);
      double c = x0 == 0 ? 0 : perUnit[j] / x0;
      for (int t = 0; t < output.length; t++) {
        out[t][j] = c * output[t][j];
      }
    }
    return LabelledMatrix.of(KeyIndex.of(years()), base.keys(), out, unit);
  }

  /** The total of a measure by year. */
  public double[] total(String measure) {
    return series(measure).rowSums().toArray();
  }

  /** The group's share of total value added by year. */
  public double[] valueAddedShare(List<RegionSector> group) {
    double[] total = total(ScenarioResult.VALUE_ADDED);
    double[] share = new double[total.length];
    for (int t = 0; t < share.length; t++) {
      share[t] = groupValueAdded(group, t) / total[t];
    }
    return share;
  }

  /** The group's value added in year index t (0 = base year). */
  double groupValueAdded(List<RegionSector> group, int t) {
    double s = 0;
    for (RegionSector k : group) {
      int j = base.keys().indexOf(k);
      double x0 = base.output().at(j);
      s += x0 == 0 ? 0 : base.valueAddedTotal().at(j) / x0 * output[t][j];
    }
    return s;
  }

  /** Satellite measures available, as {@code account/stressor}. */
  public ImmutableList<String> indicators() {
    List<String> m = new ArrayList<>();
    for (SatelliteAccount s : base.satellites().values()) {
      for (Stressor st : s.stressors().keys()) {
        m.add(s.name() + "/" + st.name());
      }
    }
    return ImmutableList.copyOf(m);
  }
}
