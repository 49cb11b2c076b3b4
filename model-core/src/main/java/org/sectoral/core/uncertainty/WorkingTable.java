package org.sectoral.core.uncertainty;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import org.sectoral.core.leontief.LeontiefModel;
import org.sectoral.core.table.FinalDemandColumn;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.core.table.InputOutputTableBuilder;
import org.sectoral.core.table.LabelledMatrix;
import org.sectoral.core.table.SatelliteAccount;
import org.sectoral.core.table.ValueAddedComponent;

/**
 * One draw's copy-on-write coefficient form. Perturbations edit A, V, Y or satellite
 * coefficients; {@link #rebuild} then gives the draw's state, each part made only when asked
 * for: the Leontief model (one factorization of I − A), output x and a consistent table, with
 * the recompute rule of {@code org.sectoral.core.scenario.CoefficientForm} (Miller &amp; Blair
 * 2009, §2.4): the production recipe is fixed, output follows, x = (I−A)⁻¹·Y·1, every flow is
 * coefficient × new output. A result that needs only A, Y and the stressor coefficients (the
 * footprints of {@link ResultFunctions#footprints}) never builds the table. Untouched draws give
 * back the baseline table and model themselves.
 */
final class WorkingTable {
  final BaseForm base;
  private double[] a;
  private double[][] valueAdded;
  private double[][] finalDemand;
  private double[][][] satellites;
  private boolean outputChanged;

  WorkingTable(BaseForm base) {
    this.base = base;
  }

  int size() {
    return base.n;
  }

  /** A, copied from the baseline on first write; output then follows A. */
  double[] coefficients() {
    if (a == null) {
      a = base.a.clone();
    }
    outputChanged = true;
    return a;
  }

  /**
   * An array to write every entry of A into (the current A must be read first: before the first
   * write this is a fresh array, not a copy of the baseline); output then follows A.
   */
  double[] coefficientsToOverwrite() {
    if (a == null) {
      a = new double[base.a.length];
    }
    outputChanged = true;
    return a;
  }

  /**
   * A with the same output as before (a perturbation that keeps every row and column total of
   * the flows, such as RAS to the old margins), copied on first write.
   */
  double[] coefficientsKeepingOutput() {
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

  /** Y, copied on first write; output then follows Y. */
  double[][] finalDemand() {
    if (finalDemand == null) {
      finalDemand = deepCopy(base.finalDemand);
    }
    outputChanged = true;
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

  /** The state of this draw (its parts are made on first use). */
  Rebuilt rebuild(String name) {
    return new Rebuilt(this, name);
  }

  /**
   * A drawn state: A, Y and stressor coefficients as drawn, and the model, output and table
   * made from them on first use (thread-safe). Holds A (n² doubles) and, once asked for, the
   * factorization and the table.
   */
  static final class Rebuilt {
    final BaseForm base;
    private final double[] a;
    private final double[][] valueAdded;
    private final double[][] finalDemand;
    private final double[][][] satellites;
    private final boolean outputChanged;
    private final Supplier<LeontiefModel> model;
    private final Supplier<double[]> output;
    private final Supplier<InputOutputTable> table;

    private Rebuilt(WorkingTable w, String name) {
      this.base = w.base;
      this.a = w.a;
      this.valueAdded = w.valueAdded;
      this.finalDemand = w.finalDemand;
      this.satellites = w.satellites;
      this.outputChanged = w.outputChanged;
      this.model = a == null ? base.model : Suppliers.memoize(() -> LeontiefModel.ofCoefficients(
          LabelledMatrix.ofRowMajor(base.keys, base.keys, a, "1")));
      this.output = Suppliers.memoize(this::solveOutput);
      this.table = a == null && valueAdded == null && finalDemand == null && satellites == null
          ? Suppliers.ofInstance(base.table) : Suppliers.memoize(() -> buildTable(name));
    }

    /** The draw's Leontief model (factorized on first use; the baseline's when A is untouched). */
    Supplier<LeontiefModel> model() {
      return model;
    }

    /** The draw's table (built on first use). */
    InputOutputTable table() {
      return table.get();
    }

    /** The draw's table, as a supplier. */
    Supplier<InputOutputTable> tableSupplier() {
      return table;
    }

    /** Y of the draw, n × columns (read only). */
    double[][] finalDemand() {
      return finalDemand == null ? base.finalDemand : finalDemand;
    }

    /** Whether Y differs from the baseline's. */
    boolean finalDemandChanged() {
      return finalDemand != null;
    }

    /** Stressor coefficients per unit of output of an account (read only). */
    double[][] satellite(int account) {
      return satellites == null ? base.satellites[account] : satellites[account];
    }

    private double[] solveOutput() {
      if (!outputChanged) {
        return base.x;
      }
      double[][] y = finalDemand();
      double[] f = new double[base.n];
      for (int i = 0; i < base.n; i++) {
        for (double v : y[i]) {
          f[i] += v;
        }
      }
      return model.get().solve(f);
    }

    private InputOutputTable buildTable(String name) {
      if (a == null && valueAdded == null && finalDemand == null) {
        InputOutputTableBuilder b = base.table.toBuilder().clearSatellites();
        addSatellites(b, base.x);
        return b.build();
      }
      double[] coef = a == null ? base.a : a;
      int n = base.n;
      double[] x = output.get();
      double[][] z = new double[n][n];
      for (int i = 0; i < n; i++) {
        double[] row = z[i];
        int o = i * n;
        for (int j = 0; j < n; j++) {
          row[j] = coef[o + j] * x[j];
        }
      }
      InputOutputTable t = base.table;
      // a fresh builder: toBuilder() would copy the baseline's Z only to replace it
      InputOutputTableBuilder b = InputOutputTable.builder().name(name).unit(t.unit())
          .regions(t.regions().keys()).sectors(t.sectors().keys()).intermediate(z).output(x)
          .productTaxes(times(new double[][] {base.taxes}, x)[0]);
      if (base.imported != null) {
        b.imports(t.imports().get().rows().keys(), times(base.imported, x));
      }
      double[][] y = finalDemand();
      for (int c = 0; c < t.finalDemandColumns().size(); c++) {
        double[] col = new double[n];
        for (int i = 0; i < n; i++) {
          col[i] = y[i][c];
        }
        b.finalDemand(t.finalDemandColumns().get(c), col);
      }
      t.importedFinalDemand().ifPresent(m -> {
        for (int c = 0; c < m.columnCount(); c++) {
          FinalDemandColumn col = m.columns().get(c);
          b.importedFinalDemand(col, m.columnArray(c));
        }
      });
      double[][] va = times(valueAdded == null ? base.valueAdded : valueAdded, x);
      for (int r = 0; r < va.length; r++) {
        ValueAddedComponent comp = t.valueAdded().rows().get(r);
        b.valueAdded(comp.code(), comp.kind(), va[r]);
      }
      addSatellites(b, x);
      // the baseline's own tolerances (a published table rounded to 0.1 keeps its gaps)
      return b.balanceTolerance(Math.max(1e-8, t.balanceReport().tolerance()),
          Math.max(1e-8, t.balanceReport().absoluteTolerance())).build();
    }

    private void addSatellites(InputOutputTableBuilder b, double[] x) {
      int k = 0;
      for (SatelliteAccount s : base.table.satellites().values()) {
        double[][] rows = times(satellite(k), x);
        for (int r = 0; r < rows.length; r++) {
          b.satellite(s.name(), s.stressors().get(r), rows[r]);
        }
        k++;
      }
    }
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
