package org.sectoral.core.price;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import org.sectoral.core.ErrorCode;
import org.sectoral.core.SectoralArgumentException;
import org.sectoral.core.SectoralException;
import org.sectoral.core.internal.SquareSolver;
import org.sectoral.core.leontief.LeontiefModel;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.core.table.LabelledMatrix;
import org.sectoral.core.table.LabelledVector;
import org.sectoral.core.table.RegionSector;
import org.sectoral.core.table.Sector;

/**
 * The Leontief price model (cost push; Miller &amp; Blair 2009, §2.6): unit prices
 * p' = (v + t + pₘ'·Aᵐ)·(I−Aᵈ)⁻¹, with value added v, net product taxes t and imported inputs
 * Aᵐ at import prices pₘ, all per unit of output. Prices are indices, 1 in the base year.
 *
 * <p>Quantities are fixed (no substitution); each question is one transposed solve.
 */
public final class PriceModel {
  private final InputOutputTable table;
  private final LeontiefModel model;
  private final double[] v;
  private final double[] t;
  private final double[][] am; // k × n, or null

  private PriceModel(InputOutputTable table, LeontiefModel model) {
    this.table = table;
    this.model = model;
    double[] x = table.output().toArray();
    this.v = perOutput(table.valueAddedTotal().toArray(), x);
    this.t = perOutput(table.productTaxes().toArray(), x);
    this.am = table.imports().map(m -> {
      double[][] a = m.toArray();
      for (double[] row : a) {
        System.arraycopy(perOutput(row, x), 0, row, 0, row.length);
      }
      return a;
    }).orElse(null);
  }

  /** The price model of a table's domestic (or multi-region) block. */
  public static PriceModel of(InputOutputTable table) {
    checkNotNull(table, "table");
    return new PriceModel(table, LeontiefModel.of(table));
  }

  /** Base-year prices p' = (v + t + 1'Aᵐ)·L, equal to 1 for every sector with output. */
  public LabelledVector<RegionSector> basePrices() {
    return LabelledVector.of(table.keys(), model.solveTransposed(primaryCost(null)), "index");
  }

  /**
   * Price changes Δp' = Δv'·L from changes of value added per unit of output Δv (e.g. a wage rise
   * of 5% in sector j: Δvⱼ = 0.05·wⱼ/xⱼ).
   *
   * @throws SectoralArgumentException DIMENSION_MISMATCH naming {@code deltaValueAdded} when
   *     keyed otherwise than the table
   */
  public LabelledVector<RegionSector> costPush(LabelledVector<RegionSector> deltaValueAdded) {
    checkNotNull(deltaValueAdded, "deltaValueAdded");
    if (!deltaValueAdded.index().equals(table.keys())) {
      throw SectoralArgumentException.of(ErrorCode.DIMENSION_MISMATCH, "deltaValueAdded",
          List.of(), "Value-added changes keyed otherwise than the table's sectors");
    }
    return LabelledVector.of(table.keys(), model.solveTransposed(deltaValueAdded.toArray()),
        "index change");
  }

  /**
   * Price changes from relative changes of import prices by imported product, Δp' = Δpₘ'·Aᵐ·L.
   *
   * @throws SectoralArgumentException DIMENSION_MISMATCH naming {@code relativeChange} when not
   *     keyed by the imported products, OUT_OF_RANGE naming it and the product for a fall below
   *     −100 % (a negative price)
   */
  public LabelledVector<RegionSector> importPriceChange(LabelledVector<Sector> relativeChange) {
    checkNotNull(relativeChange, "relativeChange");
    LabelledMatrix<Sector, RegionSector> imports = table.requireImports();
    if (!relativeChange.index().equals(imports.rows())) {
      throw SectoralArgumentException.of(ErrorCode.DIMENSION_MISMATCH, "relativeChange",
          List.of(), "Import price changes must be keyed by the table's imported products %s",
          imports.rows());
    }
    for (int k = 0; k < relativeChange.size(); k++) {
      SectoralArgumentException.checkRange(relativeChange.at(k) >= -1, relativeChange.at(k),
          "relativeChange", List.of(relativeChange.keys().get(k).toString()),
          "is a fall of more than 100 %: a negative price");
    }
    double[] c = new double[table.size()];
    for (int k = 0; k < am.length; k++) {
      for (int j = 0; j < c.length; j++) {
        c[j] += relativeChange.at(k) * am[k][j];
      }
    }
    return LabelledVector.of(table.keys(), model.solveTransposed(c), "index change");
  }

  /**
   * Prices after an exogenous relative change of one sector's price (e.g. an electricity tariff
   * rise of 8%): pₖ = 1 + change is fixed, every other price follows its costs,
   * p'₋ₖ = (pₖ·aₖ,₋ₖ + w'₋ₖ)·(I − A₋ₖ₋ₖ)⁻¹ with w the primary and imported cost per unit.
   * With {@code passThroughToImports} the imported product of the same code costs 1 + change too
   * (needs imports by product).
   *
   * @return new price indices of every sector (the shocked one at 1 + change)
   * @throws SectoralArgumentException OUT_OF_RANGE naming {@code relativeChange} and the sector
   *     for a fall of more than 100 % (a negative price; NON_FINITE_VALUE for NaN or infinity)
   */
  public LabelledVector<RegionSector> exogenousPriceChange(RegionSector sector,
      double relativeChange, boolean passThroughToImports) {
    checkNotNull(sector, "sector");
    SectoralArgumentException.checkRange(relativeChange >= -1, relativeChange, "relativeChange",
        List.of(sector.toString()), "is a fall of more than 100 %: a negative price");
    int n = table.size();
    int k = table.keys().indexOf(sector);
    double[] importPrices = null;
    if (passThroughToImports) {
      LabelledMatrix<Sector, RegionSector> imports = table.requireImports();
      if (!imports.rows().contains(sector.sector())) {
        throw SectoralException.of(ErrorCode.MISSING_BLOCK, List.of(sector.toString()),
            "Pass-through needs imports of product %s by product", sector.sector());
      }
      importPrices = new double[imports.rowCount()];
      java.util.Arrays.fill(importPrices, 1.0);
      importPrices[imports.rows().indexOf(sector.sector())] = 1 + relativeChange;
    }
    double[] w = primaryCost(importPrices);
    double pk = 1 + relativeChange;
    int m = n - 1;
    double[] reduced = new double[m * m];
    double[] rhs = new double[m];
    for (int s = 0, rs = 0; s < n; s++) {
      if (s == k) {
        continue;
      }
      rhs[rs] = w[s] + pk * model.coefficient(k, s);
      for (int i = 0, ri = 0; i < n; i++) {
        if (i == k) {
          continue;
        }
        // transposed system: (I − A_SS)' p_S = rhs
        reduced[rs * m + ri] = (rs == ri ? 1 : 0) - model.coefficient(i, s);
        ri++;
      }
      rs++;
    }
    double[] p = new double[n];
    p[k] = pk;
    if (m > 0) {
      double[] ps = SquareSolver.factor(reduced, m).solve(rhs);
      for (int s = 0, rs = 0; s < n; s++) {
        if (s != k) {
          p[s] = ps[rs++];
        }
      }
    }
    return LabelledVector.of(table.keys(), p, "index");
  }

  /** v + t + pₘ'Aᵐ per unit of output (pₘ = 1 when null). */
  private double[] primaryCost(double[] importPrices) {
    double[] c = new double[table.size()];
    for (int j = 0; j < c.length; j++) {
      c[j] = v[j] + t[j];
      if (am != null) {
        for (int k = 0; k < am.length; k++) {
          c[j] += (importPrices == null ? 1 : importPrices[k]) * am[k][j];
        }
      }
    }
    return c;
  }

  private static double[] perOutput(double[] values, double[] x) {
    double[] out = new double[values.length];
    for (int j = 0; j < out.length; j++) {
      out[j] = x[j] == 0 ? 0 : values[j] / x[j];
    }
    return out;
  }
}
