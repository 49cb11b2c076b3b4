package org.sectoral.core.scenario;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.sectoral.core.ErrorCode;
import org.sectoral.core.SectoralArgumentException;
import org.sectoral.core.SectoralException;
import org.sectoral.core.leontief.LeontiefModel;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.core.table.InputOutputTableBuilder;
import org.sectoral.core.table.KeyIndex;
import org.sectoral.core.table.LabelledMatrix;
import org.sectoral.core.table.RegionSector;
import org.sectoral.core.table.SatelliteAccount;
import org.sectoral.core.table.ValueAddedComponent;

/**
 * A table in coefficient form: every input per unit of output (Aᵈ, Aᵐ, net product taxes t,
 * value-added components, satellite stressors) plus final demand Y. Scenario verbs edit this
 * form; {@link #toTable(String)} rebuilds a consistent table with x = (I−Aᵈ)⁻¹·Y·1 and every flow as
 * coefficient × new output (the recompute rule of Miller &amp; Blair 2009, §2.4: the production
 * recipe is fixed, quantities follow demand).
 *
 * <p>A mutable working copy, not shared between threads; the tables it reads and makes are
 * immutable.
 */
public final class CoefficientForm {
  /** A coefficient or value added per unit this far below zero is rounding, not a change. */
  static final double NEGLIGIBLE = 1e-12;

  private final InputOutputTable base;
  private final int n;
  final double[][] domestic; // Aᵈ, n × n
  final double[][] imported; // Aᵐ, k × n (null without imports)
  final double[] taxes; // t per unit of output
  final double[][] valueAdded; // components × n per unit of output
  final double[][] finalDemand; // n × m
  final double[][][] satellites; // per account: stressors × n per unit of output

  private CoefficientForm(InputOutputTable base) {
    this.base = base;
    this.n = base.size();
    double[] x = base.output().toArray();
    this.domestic = perOutput(base.intermediate().toArray(), x);
    this.imported = base.imports().map(m -> perOutput(m.toArray(), x)).orElse(null);
    this.taxes = perOutput(new double[][] {base.productTaxes().toArray()}, x)[0];
    this.valueAdded = perOutput(base.valueAdded().toArray(), x);
    this.finalDemand = base.finalDemand().toArray();
    this.satellites = base.satellites().values().stream()
        .map(s -> perOutput(s.byIndustry().toArray(), x)).toArray(double[][][]::new);
  }

  /** The coefficient form of a table. */
  public static CoefficientForm of(InputOutputTable table) {
    return new CoefficientForm(checkNotNull(table, "table"));
  }

  /** The table this form was made from. */
  public InputOutputTable base() {
    return base;
  }

  /** The keys. */
  public KeyIndex<RegionSector> keys() {
    return base.keys();
  }

  /** Domestic coefficient aᵈᵢⱼ. */
  public double domestic(int i, int j) {
    return domestic[i][j];
  }

  /** Imported coefficient aᵐₖⱼ (0 without an imports block). */
  public double imported(int k, int j) {
    return imported == null ? 0 : imported[k][j];
  }

  /** Sets domestic coefficient aᵈᵢⱼ; the value-added coefficients of column j absorb the change. */
  public CoefficientForm setDomestic(int i, int j, double a) {
    double delta = a - domestic[i][j];
    domestic[i][j] = a;
    absorb(j, delta);
    return this;
  }

  /** Sets imported coefficient aᵐₖⱼ; value added of column j absorbs the change. */
  public CoefficientForm setImported(int k, int j, double a) {
    checkArgument(imported != null, "Table %s has no imports block", base.name());
    double delta = a - imported[k][j];
    imported[k][j] = a;
    absorb(j, delta);
    return this;
  }

  /**
   * Moves a share θ of imported input k of sector j to domestic supply by product k
   * (aᵈₖⱼ += θ·aᵐₖⱼ, aᵐₖⱼ ·= 1 − θ); column totals are unchanged. Needs imports by product with
   * the table's own sectors as products.
   */
  public CoefficientForm localize(int k, int j, double theta) {
    SectoralArgumentException.checkRange(theta >= 0 && theta <= 1, theta, "theta",
        java.util.List.of(), "is outside [0, 1]");
    checkArgument(imported != null && imported.length == n,
        "Localization needs imports by product (%s rows) in table %s", n, base.name());
    double moved = theta * imported[k][j];
    domestic[k][j] += moved;
    imported[k][j] -= moved;
    return this;
  }

  /** Adds to value-added coefficient of component c in column j (per unit of output). */
  public CoefficientForm addValueAdded(int component, int j, double delta) {
    valueAdded[component][j] += delta;
    return this;
  }

  /** Sets final demand yᵢ꜀ (table unit). */
  public CoefficientForm setFinalDemand(int i, int column, double value) {
    finalDemand[i][column] = value;
    return this;
  }

  /** Final demand yᵢ꜀ (table unit). */
  public double finalDemand(int i, int column) {
    return finalDemand[i][column];
  }

  /**
   * Rebuilds a consistent table: x = (I−Aᵈ)⁻¹·Y·1, flows = coefficients × x, same keys, units,
   * final demand Y. Edits the economy cannot carry are refused, in this order.
   *
   * @throws SectoralException NEGATIVE_COEFFICIENT naming the row and column of a domestic or
   *     imported coefficient edited below zero (and below its base value); NOT_PRODUCTIVE when
   *     the edited Aᵈ is not productive; NEGATIVE_VALUE_ADDED naming the sectors whose value
   *     added per unit of output the edits pushed below zero (and below its base value);
   *     NEGATIVE_OUTPUT when final demand drives output below zero
   */
  public InputOutputTable toTable(String name) {
    checkCoefficients();
    KeyIndex<RegionSector> keys = base.keys();
    LeontiefModel model = LeontiefModel.ofCoefficients(
        LabelledMatrix.of(keys, keys, domestic, "1"));
    double[] f = new double[n];
    for (int i = 0; i < n; i++) {
      for (double v : finalDemand[i]) {
        f[i] += v;
      }
    }
    double[] x = model.solve(f);
    checkValueAdded();
    InputOutputTableBuilder b = base.toBuilder().name(name).clearFinalDemand().clearValueAdded()
        .clearSatellites().intermediate(times(domestic, x)).output(x)
        .productTaxes(times(new double[][] {taxes}, x)[0]);
    if (imported != null) {
      b.imports(base.imports().get().rows().keys(), times(imported, x));
    }
    for (int c = 0; c < base.finalDemandColumns().size(); c++) {
      double[] col = new double[n];
      for (int i = 0; i < n; i++) {
        col[i] = finalDemand[i][c];
      }
      b.finalDemand(base.finalDemandColumns().get(c), col);
    }
    base.importedFinalDemand().ifPresent(m -> {
      for (int c = 0; c < m.columnCount(); c++) {
        b.importedFinalDemand(m.columns().get(c), m.columnArray(c));
      }
    });
    double[][] va = times(valueAdded, x);
    for (int r = 0; r < va.length; r++) {
      ValueAddedComponent comp = base.valueAdded().rows().get(r);
      b.valueAdded(comp.code(), comp.kind(), va[r]);
    }
    int a = 0;
    for (SatelliteAccount s : base.satellites().values()) {
      double[][] rows = times(satellites[a++], x);
      for (int r = 0; r < rows.length; r++) {
        b.satellite(s.name(), s.stressors().get(r), rows[r]);
      }
    }
    return b.balanceTolerance(Math.max(1e-8, base.balanceReport().tolerance())).build();
  }

  private void checkCoefficients() {
    double[] x = base.output().toArray();
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        double before = x[j] == 0 ? 0 : base.intermediate().at(i, j) / x[j];
        if (domestic[i][j] < -NEGLIGIBLE && domestic[i][j] < before) {
          throw SectoralException.of(ErrorCode.NEGATIVE_COEFFICIENT,
              List.of(keys().get(i).toString(), keys().get(j).toString()),
              "Domestic coefficient (%s, %s) edited below zero: %s", keys().get(i),
              keys().get(j), domestic[i][j]);
        }
      }
    }
    if (imported != null) {
      LabelledMatrix<?, RegionSector> m = base.imports().get();
      for (int k = 0; k < imported.length; k++) {
        for (int j = 0; j < n; j++) {
          double before = x[j] == 0 ? 0 : m.at(k, j) / x[j];
          if (imported[k][j] < -NEGLIGIBLE && imported[k][j] < before) {
            throw SectoralException.of(ErrorCode.NEGATIVE_COEFFICIENT,
                List.of(m.rows().get(k).toString(), keys().get(j).toString()),
                "Imported coefficient (%s, %s) edited below zero: %s", m.rows().get(k),
                keys().get(j), imported[k][j]);
          }
        }
      }
    }
  }

  /** Refuses value added per unit of output that the edits pushed below zero. */
  private void checkValueAdded() {
    double[] x = base.output().toArray();
    double[] total = base.valueAddedTotal().toArray();
    List<String> negative = new ArrayList<>();
    List<String> values = new ArrayList<>();
    for (int j = 0; j < n; j++) {
      double v = 0;
      for (double[] row : valueAdded) {
        v += row[j];
      }
      double before = x[j] == 0 ? 0 : total[j] / x[j];
      if (v < -NEGLIGIBLE && v < before - NEGLIGIBLE) {
        negative.add(keys().get(j).toString());
        values.add(String.format(Locale.ROOT, "%s: %.4g", keys().get(j), v));
      }
    }
    if (!negative.isEmpty()) {
      throw SectoralException.of(ErrorCode.NEGATIVE_VALUE_ADDED, negative,
          "Value added per unit of output pushed below zero in %s: inputs would cost more "
              + "than the output", values);
    }
  }

  private void absorb(int j, double delta) {
    // value added of column j takes up the change, spread over components by their shares
    double total = 0;
    for (double[] row : valueAdded) {
      total += row[j];
    }
    for (double[] row : valueAdded) {
      row[j] -= total == 0 ? delta / valueAdded.length : delta * row[j] / total;
    }
  }

  private static double[][] perOutput(double[][] flows, double[] x) {
    double[][] out = new double[flows.length][];
    for (int r = 0; r < flows.length; r++) {
      out[r] = new double[flows[r].length];
      for (int j = 0; j < x.length; j++) {
        out[r][j] = x[j] == 0 ? 0 : flows[r][j] / x[j];
      }
    }
    return out;
  }

  private static double[][] times(double[][] coef, double[] x) {
    double[][] out = new double[coef.length][];
    for (int r = 0; r < coef.length; r++) {
      out[r] = Arrays.copyOf(coef[r], coef[r].length);
      for (int j = 0; j < x.length; j++) {
        out[r][j] *= x[j];
      }
    }
    return out;
  }
}
