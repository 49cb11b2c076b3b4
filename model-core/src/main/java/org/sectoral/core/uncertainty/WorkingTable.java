package org.sectoral.core.uncertainty;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import org.sectoral.core.leontief.LeontiefModel;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.core.table.InputOutputTableBuilder;
import org.sectoral.core.table.LabelledMatrix;
import org.sectoral.core.table.SatelliteAccount;
import org.sectoral.core.table.ValueAddedComponent;

/**
 * One draw's copy-on-write coefficient form. Perturbations edit A, V, Y or satellite
 * coefficients; {@link #rebuild()} then makes one consistent table with the recompute rule of
 * {@code org.sectoral.core.scenario.CoefficientForm} (Miller &amp; Blair 2009, §2.4): the
 * production recipe is fixed, output follows, x = (I−A)⁻¹·Y·1, every flow is coefficient × new
 * output. Untouched draws give back the baseline table and model themselves.
 */
final class WorkingTable {
  final BaseForm base;
  private double[] a;
  private double[][] valueAdded;
  private double[][] finalDemand;
  private double[][][] satellites;

  WorkingTable(BaseForm base) {
    this.base = base;
  }

  int size() {
    return base.n;
  }

  /** A, copied from the baseline on first write. */
  double[] coefficients() {
    if (a == null) {
      a = base.a.clone();
    }
    return a;
  }

  /** Current A (read-only view: the baseline's until written). */
  double[] currentCoefficients() {
    return a == null ? base.a : a;
  }

  /** V per unit of output, copied on first write. */
  double[][] valueAdded() {
    if (valueAdded == null) {
      valueAdded = deepCopy(base.valueAdded);
    }
    return valueAdded;
  }

  /** Y, copied on first write. */
  double[][] finalDemand() {
    if (finalDemand == null) {
      finalDemand = deepCopy(base.finalDemand);
    }
    return finalDemand;
  }

  /** Stressors per unit of output of one account, copied on first write. */
  double[][] satellite(int account) {
    if (satellites == null) {
      satellites = base.satellites.clone();
    }
    if (satellites[account] == base.satellites[account]) {
      satellites[account] = deepCopy(base.satellites[account]);
    }
    return satellites[account];
  }

  /**
   * Value added of column j absorbs a change Δ of its input coefficients, spread over the
   * components by their shares (equally when they sum to zero), so columns still sum to one.
   */
  void absorb(int j, double delta) {
    double[][] va = valueAdded();
    double total = 0;
    for (double[] row : va) {
      total += row[j];
    }
    for (double[] row : va) {
      row[j] -= total == 0 ? delta / va.length : delta * row[j] / total;
    }
  }

  /** The table and model of this draw. */
  Rebuilt rebuild(String name) {
    if (a == null && valueAdded == null && finalDemand == null && satellites == null) {
      return new Rebuilt(base.table, base.model);
    }
    if (a == null && valueAdded == null && finalDemand == null) {
      InputOutputTableBuilder b = base.table.toBuilder().clearSatellites();
      addSatellites(b, base.x);
      return new Rebuilt(b.build(), base.model);
    }
    double[] coef = currentCoefficients();
    int n = base.n;
    LeontiefModel model = a == null ? base.model.get()
        : LeontiefModel.ofCoefficients(LabelledMatrix.ofRowMajor(base.keys, base.keys, coef,
            "1"));
    double[][] y = finalDemand == null ? base.finalDemand : finalDemand;
    double[] f = new double[n];
    for (int i = 0; i < n; i++) {
      for (double v : y[i]) {
        f[i] += v;
      }
    }
    double[] x = model.solve(f);
    double[] z = new double[n * n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        z[i * n + j] = coef[i * n + j] * x[j];
      }
    }
    InputOutputTable t = base.table;
    InputOutputTableBuilder b = t.toBuilder().name(name).clearFinalDemand().clearValueAdded()
        .clearSatellites().intermediate(toRows(z, n)).output(x)
        .productTaxes(times(new double[][] {base.taxes}, x)[0]);
    if (base.imported != null) {
      b.imports(t.imports().get().rows().keys(), times(base.imported, x));
    }
    for (int c = 0; c < t.finalDemandColumns().size(); c++) {
      double[] col = new double[n];
      for (int i = 0; i < n; i++) {
        col[i] = y[i][c];
      }
      b.finalDemand(t.finalDemandColumns().get(c), col);
    }
    t.importedFinalDemand().ifPresent(m -> {
      for (int c = 0; c < m.columnCount(); c++) {
        b.importedFinalDemand(m.columns().get(c), m.columnArray(c));
      }
    });
    double[][] va = times(valueAdded == null ? base.valueAdded : valueAdded, x);
    for (int r = 0; r < va.length; r++) {
      ValueAddedComponent comp = t.valueAdded().rows().get(r);
      b.valueAdded(comp.code(), comp.kind(), va[r]);
    }
    addSatellites(b, x);
    InputOutputTable rebuilt = b.balanceTolerance(Math.max(1e-8,
        t.balanceReport().tolerance())).build();
    Supplier<LeontiefModel> m = a == null ? base.model : Suppliers.ofInstance(model);
    return new Rebuilt(rebuilt, m);
  }

  private void addSatellites(InputOutputTableBuilder b, double[] x) {
    int k = 0;
    for (SatelliteAccount s : base.table.satellites().values()) {
      double[][] coef = satellites == null ? base.satellites[k] : satellites[k];
      double[][] rows = times(coef, x);
      for (int r = 0; r < rows.length; r++) {
        b.satellite(s.name(), s.stressors().get(r), rows[r]);
      }
      k++;
    }
  }

  /** A rebuilt draw: its table and model. */
  record Rebuilt(InputOutputTable table, Supplier<LeontiefModel> model) {}

  private static double[][] toRows(double[] rowMajor, int n) {
    double[][] out = new double[n][];
    for (int i = 0; i < n; i++) {
      out[i] = java.util.Arrays.copyOfRange(rowMajor, i * n, (i + 1) * n);
    }
    return out;
  }

  private static double[][] times(double[][] coef, double[] x) {
    double[][] out = new double[coef.length][];
    for (int r = 0; r < coef.length; r++) {
      out[r] = new double[x.length];
      for (int j = 0; j < x.length; j++) {
        out[r][j] = coef[r][j] * x[j];
      }
    }
    return out;
  }

  private static double[][] deepCopy(double[][] m) {
    double[][] out = new double[m.length][];
    for (int i = 0; i < m.length; i++) {
      out[i] = m[i].clone();
    }
    return out;
  }
}
