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
 * coefficients per unit of output, final demand Y and output x. Holds about 2 n² doubles for A
 * and the baseline model's factorization.
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
