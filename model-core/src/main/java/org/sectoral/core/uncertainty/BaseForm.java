package org.sectoral.core.uncertainty;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import org.sectoral.core.leontief.LeontiefModel;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.core.table.KeyIndex;
import org.sectoral.core.table.RegionSector;
import org.sectoral.core.table.SatelliteAccount;

/**
 * The baseline table in coefficient form, computed once per Monte Carlo (and once per Spark
 * executor) and shared read-only by every draw: A (row-major), Aᵐ, t, V and satellite
 * coefficients per unit of output, final demand Y (also summed by region) and output x. Holds
 * about 2 n² doubles for A and the baseline model's factorization.
 */
final class BaseForm {
  final InputOutputTable table;
  final KeyIndex<RegionSector> keys;
  final int n;
  final double[] x;
  final double[] a; // n × n row-major
  final double[][] imported; // k × n, null without imports
  final double[] taxes;
  final double[][] valueAdded; // components × n
  final double[][] finalDemand; // n × m
  final double[][][] satellites; // account → stressors × n
  final Supplier<LeontiefModel> model;
  final int[] finalDemandRegion; // region index of each final-demand column
  private final Supplier<double[][]> finalDemandByRegion;

  BaseForm(InputOutputTable table) {
    this.table = table;
    this.keys = table.keys();
    this.n = table.size();
    this.x = table.output().toArray();
    double[] z = table.intermediate().toRowMajorArray();
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        z[i * n + j] = x[j] == 0 ? 0 : z[i * n + j] / x[j];
      }
    }
    this.a = z;
    this.imported = table.imports().map(m -> perOutput(m.toArray(), x)).orElse(null);
    this.taxes = perOutput(new double[][] {table.productTaxes().toArray()}, x)[0];
    this.valueAdded = perOutput(table.valueAdded().toArray(), x);
    this.finalDemand = table.finalDemand().toArray();
    this.satellites = table.satellites().values().stream()
        .map(s -> perOutput(s.byIndustry().toArray(), x)).toArray(double[][][]::new);
    this.model = Suppliers.memoize(() -> LeontiefModel.of(table));
    this.finalDemandRegion = table.finalDemandColumns().keys().stream()
        .mapToInt(c -> table.regions().indexOf(c.region())).toArray();
    this.finalDemandByRegion = Suppliers.memoize(() -> byRegion(finalDemand));
  }

  /**
   * Stressors of final demand F_Y of an account summed per region of the column, k × R (zeros
   * without F_Y).
   */
  double[][] finalDemandStressorsByRegion(int account) {
    SatelliteAccount s = table.satellites().values().asList().get(account);
    double[][] out = new double[s.stressors().size()][table.regions().size()];
    s.byFinalDemand().ifPresent(fy -> {
      for (int c = 0; c < fy.columnCount(); c++) {
        int r = table.regions().indexOf(fy.columns().get(c).region());
        for (int q = 0; q < out.length; q++) {
          out[q][r] += fy.at(q, c);
        }
      }
    });
    return out;
  }

  /** Y summed by the region of each column, R × n (pymrio's Y_agg, transposed). */
  double[][] finalDemandByRegion(double[][] y) {
    return y == finalDemand ? finalDemandByRegion.get() : byRegion(y);
  }

  private double[][] byRegion(double[][] y) {
    double[][] out = new double[table.regions().size()][n];
    for (int i = 0; i < n; i++) {
      double[] row = y[i];
      for (int c = 0; c < row.length; c++) {
        out[finalDemandRegion[c]][i] += row[c];
      }
    }
    return out;
  }

  /** The position of a satellite account. */
  int satelliteIndex(String account) {
    int k = 0;
    for (SatelliteAccount s : table.satellites().values()) {
      if (s.name().equals(account)) {
        return k;
      }
      k++;
    }
    table.satellite(account); // throws MISSING_BLOCK naming the account
    return -1;
  }

  static double[][] perOutput(double[][] flows, double[] x) {
    double[][] out = new double[flows.length][];
    for (int r = 0; r < flows.length; r++) {
      out[r] = new double[x.length];
      for (int j = 0; j < x.length; j++) {
        out[r][j] = x[j] == 0 ? 0 : flows[r][j] / x[j];
      }
    }
    return out;
  }
}
