package org.sectoral.core.internal;

import org.sectoral.core.leontief.LeontiefModel;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.core.testing.RandomEconomies;

/**
 * Run by {@link NativeAbsentTest} inside a class loader without JavaCPP or OpenBLAS: what a
 * project depending on model-core alone gets. Uses only what such a project would call.
 */
public final class PureJavaProbe {
  private PureJavaProbe() {}

  /**
   * The backend chosen for a 150-sector model, the solver's description, and the largest
   * relative residual of x = L·f over the sectors (from the model's own solve).
   */
  public static String run() {
    int n = 150;
    InputOutputTable table = RandomEconomies.national(n, 11);
    LeontiefModel model = LeontiefModel.of(table);
    double[] x = table.output().toArray();
    double[] y = table.finalDemandTotal().toArray();
    double[] solved = model.output(table.finalDemandTotal()).toArray();
    double worst = 0;
    for (int i = 0; i < n; i++) {
      worst = Math.max(worst, Math.abs(solved[i] - x[i]) / Math.max(1, Math.abs(x[i])));
    }
    return Backend.AUTO.resolve(n) + " " + worst + " " + (y.length == n);
  }
}
