package org.sectoral.bench;

import org.sectoral.core.leontief.LeontiefModel;
import org.sectoral.core.leontief.SolverOptions;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.core.table.LabelledMatrix;
import org.sectoral.core.table.LabelledVector;
import org.sectoral.core.table.RegionSector;
import org.sectoral.core.table.SatelliteAccount;
import org.sectoral.core.table.Stressor;

/**
 * The end-to-end question pymrio's {@code calc_all} answers for a satellite account, asked the
 * cheap way: stressor intensities s = F·x̂⁻¹, multipliers m' = s'·L by one transposed solve per
 * stressor (never forming L), footprints of each final-demand column m'·Y (Miller &amp; Blair
 * 2009, §10.2).
 */
public final class Footprints {
  private Footprints() {}

  /** Footprints [stressor][final-demand column] of the table's first satellite account. */
  public static double[][] of(InputOutputTable table, SolverOptions options) {
    LeontiefModel model = LeontiefModel.of(table, options);
    SatelliteAccount account = table.satellites().values().iterator().next();
    LabelledMatrix<Stressor, RegionSector> f = account.byIndustry();
    LabelledMatrix<RegionSector, ?> y = table.finalDemand();
    double[] x = table.output().toArray();
    int n = x.length;
    double[][] out = new double[f.rowCount()][y.columnCount()];
    for (int k = 0; k < f.rowCount(); k++) {
      double[] s = new double[n];
      for (int j = 0; j < n; j++) {
        s[j] = x[j] == 0 ? 0 : f.at(k, j) / x[j];
      }
      LabelledVector<RegionSector> m = model.multipliers(
          LabelledVector.of(model.keys(), s, f.rows().get(k).unit() + " per " + table.unit()),
          f.rows().get(k).unit() + " per " + table.unit());
      for (int c = 0; c < y.columnCount(); c++) {
        double sum = 0;
        for (int i = 0; i < n; i++) {
          sum += m.at(i) * y.at(i, c);
        }
        out[k][c] = sum;
      }
    }
    return out;
  }
}
