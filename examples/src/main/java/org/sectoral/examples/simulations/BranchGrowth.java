package org.sectoral.examples.simulations;

import java.util.List;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.examples.vietnam.SoutheastRegions;
import org.sectoral.examples.vietnam.VietNamSectors;

/**
 * Output growth of some of a region's branches read through the interregional model: the
 * direct change Δx = ĝ·x of the growing branches, their value added v·Δx and imported inputs
 * m·Δx at fixed coefficients, and the output their suppliers must add, Δx⁺ = L·A·Δx (Miller &amp;
 * Blair 2009, §2.3: the inputs the extra output needs, and those inputs' own inputs), by region.
 *
 * @param regions region names in model order
 * @param directOutput Δx of the region's sectors (sector order)
 * @param directValueAdded v·Δx by sector
 * @param directImports imported inputs m·Δx by sector
 * @param upstreamOutput supplier output by region
 * @param upstreamValueAdded supplier value added by region
 * @param upstreamImports supplier imported inputs, all regions
 */
record BranchGrowth(List<String> regions, double[] directOutput, double[] directValueAdded,
    double[] directImports, double[] upstreamOutput, double[] upstreamValueAdded,
    double upstreamImports) {

  /** Growth rates by sector of region {@code region} applied to its output in the model. */
  static BranchGrowth of(SoutheastRegions s, int region, double[] growth) {
    InputOutputTable t = s.table();
    int n = VietNamSectors.ALL.size();
    int size = t.size();
    double[] x = t.output().toArray();
    double[] va = t.valueAddedTotal().toArray();
    double[] imp = t.requireImports().columnSums().toArray();
    double[] dx = new double[size];
    double[] dOut = new double[n];
    double[] dVa = new double[n];
    double[] dImp = new double[n];
    for (int j = 0; j < n; j++) {
      int c = region * n + j;
      dx[c] = growth[j] * x[c];
      dOut[j] = dx[c];
      dVa[j] = x[c] == 0 ? 0 : va[c] / x[c] * dx[c];
      dImp[j] = x[c] == 0 ? 0 : imp[c] / x[c] * dx[c];
    }
    double[] demand = new double[size];
    for (int i = 0; i < size; i++) {
      for (int c = 0; c < size; c++) {
        if (dx[c] != 0) {
          demand[i] += t.intermediate().at(i, c) / x[c] * dx[c];
        }
      }
    }
    double[] up = s.model().solve(demand);
    int k = s.regions().size();
    double[] upOut = new double[k];
    double[] upVa = new double[k];
    double upImp = 0;
    for (int c = 0; c < size; c++) {
      upOut[c / n] += up[c];
      upVa[c / n] += x[c] == 0 ? 0 : va[c] / x[c] * up[c];
      upImp += x[c] == 0 ? 0 : imp[c] / x[c] * up[c];
    }
    return new BranchGrowth(s.regions().stream().map(r -> r.name()).toList(), dOut, dVa, dImp,
        upOut, upVa, upImp);
  }

  static double sum(double[] v) {
    double s = 0;
    for (double d : v) {
      s += d;
    }
    return s;
  }
}
