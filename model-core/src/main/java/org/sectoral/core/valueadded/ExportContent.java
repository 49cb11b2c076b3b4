package org.sectoral.core.valueadded;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import org.sectoral.core.ErrorCode;
import org.sectoral.core.SectoralException;
import org.sectoral.core.leontief.LeontiefModel;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.core.table.LabelledMatrix;
import org.sectoral.core.table.LabelledVector;
import org.sectoral.core.table.RegionSector;
import org.sectoral.core.table.Sector;

/**
 * Value added in the exports of a national table with an imports block (Hummels, Ishii &amp; Yi
 * 2001; OECD TiVA "EXGR_DVA" for a single-country table; Miller &amp; Blair 2009, §6.5).
 *
 * <p>With domestic coefficients Aᵈ = Zᵈ·x̂⁻¹, imported coefficients Aᵐ = Zᵐ·x̂⁻¹, value added
 * v = 1'V·x̂⁻¹, net product taxes t = t·x̂⁻¹ and Lᵈ = (I−Aᵈ)⁻¹, one unit of final demand (or of
 * exports) for sector j's product embodies
 * <ul>
 *   <li>domestic value-added content dⱼ = (v·Lᵈ)ⱼ,
 *   <li>import content mⱼ = (1'·Aᵐ·Lᵈ)ⱼ, by imported product (Aᵐ·Lᵈ)ₖⱼ,
 *   <li>net-product-tax content τⱼ = (t·Lᵈ)ⱼ,
 * </ul>
 * and dⱼ + mⱼ + τⱼ = 1 because 1'Aᵈ + 1'Aᵐ + t + v = 1' column by column.
 *
 * <p><b>Product taxes</b> are not counted as domestic value added: value added is at basic
 * prices, as in the OECD TiVA database, and taxes less subsidies on products are reported as
 * their own content. {@link #domesticShareIncludingTaxes()} adds them for readers who count
 * them as domestic income. The domestic value-added share of exports is Σⱼ dⱼ·eⱼ / Σⱼ eⱼ.
 * Zero-output sectors have zero coefficients and so zero content (not 1).
 */
public final class ExportContent {
  private final InputOutputTable table;
  private final LabelledVector<RegionSector> domestic;
  private final LabelledVector<RegionSector> imported;
  private final LabelledVector<RegionSector> taxes;
  private final com.google.common.base.Supplier<LabelledMatrix<Sector, RegionSector>>
      importedByProduct;

  private ExportContent(InputOutputTable table, LeontiefModel model) {
    this.table = table;
    LabelledMatrix<Sector, RegionSector> zm = table.requireImports();
    double[] x = table.output().toArray();
    double[] v = perOutput(table.valueAddedTotal().toArray(), x);
    double[] t = perOutput(table.productTaxes().toArray(), x);
    double[] d = model.solveTransposed(v);
    double[] tau = model.solveTransposed(t);
    double[] m = model.solveTransposed(perOutput(zm.columnSums().toArray(), x));
    this.domestic = LabelledVector.of(table.keys(), d, "1");
    this.imported = LabelledVector.of(table.keys(), m, "1");
    this.taxes = LabelledVector.of(table.keys(), tau, "1");
    this.importedByProduct = com.google.common.base.Suppliers.memoize(() -> {
      double[][] byProduct = new double[zm.rowCount()][];
      for (int p = 0; p < byProduct.length; p++) {
        byProduct[p] = model.solveTransposed(perOutput(zm.rowArray(p), x));
      }
      return LabelledMatrix.of(zm.rows(), table.keys(), byProduct, "1");
    });
  }

  /**
   * The content of a national table with an imports block.
   *
   * @throws SectoralException {@link ErrorCode#MISSING_BLOCK} without imports,
   *     {@link ErrorCode#DIMENSION_MISMATCH} for a multi-region table
   */
  public static ExportContent of(InputOutputTable table) {
    checkNotNull(table, "table");
    return of(table, LeontiefModel.of(table));
  }

  /** The content using an already made domestic model of the same table. */
  public static ExportContent of(InputOutputTable table, LeontiefModel domesticModel) {
    checkNotNull(table, "table");
    if (!table.isNational()) {
      throw SectoralException.of(ErrorCode.DIMENSION_MISMATCH, List.of(table.name()),
          "Export content needs a national table; %s has %d regions (use the TiVA analysis)",
          table.name(), table.regions().size());
    }
    table.requireImports();
    return new ExportContent(table, checkNotNull(domesticModel, "domesticModel"));
  }

  /** Domestic value-added content per unit of final demand dⱼ = (v·Lᵈ)ⱼ (dimensionless). */
  public LabelledVector<RegionSector> domesticValueAdded() {
    return domestic;
  }

  /** Import content per unit of final demand mⱼ = (1'·Aᵐ·Lᵈ)ⱼ (dimensionless). */
  public LabelledVector<RegionSector> importContent() {
    return imported;
  }

  /** Net-product-tax content per unit of final demand τⱼ = (t·Lᵈ)ⱼ (dimensionless). */
  public LabelledVector<RegionSector> taxContent() {
    return taxes;
  }

  /**
   * Import content by imported product × sector of final demand, Aᵐ·Lᵈ (dimensionless); one
   * transposed solve per imported product, computed on first call.
   */
  public LabelledMatrix<Sector, RegionSector> importContentByProduct() {
    return importedByProduct.get();
  }

  /** Domestic value added embodied in each sector's exports dⱼ·eⱼ (table unit). */
  public LabelledVector<RegionSector> domesticValueAddedInExports() {
    return times(domestic, table.exports());
  }

  /** Imports embodied in each sector's exports mⱼ·eⱼ (foreign value added; table unit). */
  public LabelledVector<RegionSector> foreignValueAddedInExports() {
    return times(imported, table.exports());
  }

  /** Net product taxes embodied in each sector's exports τⱼ·eⱼ (table unit). */
  public LabelledVector<RegionSector> taxesInExports() {
    return times(taxes, table.exports());
  }

  /**
   * The domestic value-added share of total exports Σⱼ dⱼ·eⱼ / Σⱼ eⱼ.
   *
   * @throws SectoralException {@link ErrorCode#MISSING_BLOCK} when the table has no exports
   */
  public double domesticShareOfExports() {
    double e = requireExports();
    return domesticValueAddedInExports().sum() / e;
  }

  /** The foreign (import) content share of total exports Σⱼ mⱼ·eⱼ / Σⱼ eⱼ. */
  public double foreignShareOfExports() {
    double e = requireExports();
    return foreignValueAddedInExports().sum() / e;
  }

  /** The domestic share counting net product taxes as domestic: Σⱼ (dⱼ + τⱼ)·eⱼ / Σⱼ eⱼ. */
  public double domesticShareIncludingTaxes() {
    double e = requireExports();
    return (domesticValueAddedInExports().sum() + taxesInExports().sum()) / e;
  }

  private double requireExports() {
    double e = table.exports().sum();
    if (e == 0) {
      throw SectoralException.of(ErrorCode.MISSING_BLOCK, List.of(table.name()),
          "Table %s has no exports (final demand of category EXPORTS)", table.name());
    }
    return e;
  }

  private static LabelledVector<RegionSector> times(LabelledVector<RegionSector> share,
      LabelledVector<RegionSector> e) {
    double[] out = new double[share.size()];
    for (int j = 0; j < out.length; j++) {
      out[j] = share.at(j) * e.at(j);
    }
    return LabelledVector.of(share.index(), out, e.unit());
  }

  private static double[] perOutput(double[] values, double[] x) {
    double[] out = new double[values.length];
    for (int j = 0; j < out.length; j++) {
      out[j] = x[j] == 0 ? 0 : values[j] / x[j];
    }
    return out;
  }
}
