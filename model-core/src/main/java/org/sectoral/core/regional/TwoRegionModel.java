package org.sectoral.core.regional;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import java.util.List;
import org.sectoral.core.ErrorCode;
import org.sectoral.core.SectoralException;
import org.sectoral.core.leontief.LeontiefModel;
import org.sectoral.core.table.FinalDemandCategory;
import org.sectoral.core.table.FinalDemandColumn;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.core.table.InputOutputTableBuilder;
import org.sectoral.core.table.KeyIndex;
import org.sectoral.core.table.LabelledMatrix;
import org.sectoral.core.table.LabelledVector;
import org.sectoral.core.table.Region;
import org.sectoral.core.table.RegionSector;
import org.sectoral.core.table.Sector;
import org.sectoral.core.table.ValueAddedComponent;

/**
 * A two-region table, a province P and the rest of the country S, built from a national table
 * with imports, the province's output and a location-quotient method (Miller &amp; Blair 2009,
 * §8.3 and ch. 3 for the interregional model).
 *
 * <p>Output: xᴾ is given and xˢ = x − xᴾ, so the two regions add up to national output exactly.
 * Coefficient blocks, with Aᵈ the national domestic coefficients:
 * <pre>
 *   [ Aᴾᴾ  Aᴾˢ ]   [ rᴾ        Aᵈ − rˢ ]
 *   [ Aˢᴾ  Aˢˢ ] = [ Aᵈ − rᴾ   rˢ      ]
 * </pre>
 * where rᴾ is the province's regionalization and rˢ that of the rest of the country by the same
 * method against the same nation (quotients from xˢ and x; its λ* is close to 1 because the rest
 * is most of the country). Assumption: each region buys what it does not supply itself from the
 * other region, so each national flow zᵈᵢⱼ is split four ways and the blocks add up to Zᵈ.
 * Foreign imports, product taxes and value added are the nation's per unit of output. Final
 * demand of each region's products is the row residual xᴿ − Σ Zᴿ·, in one column {@code FD}
 * (category OTHER) of the producing region: the two add up to national final demand. It can be
 * negative when the quotients send the other region more purchases than the region produces;
 * check {@link #table()} before using it.
 *
 * <p>Because the columns of the two regions' blocks add up to the national column, the total
 * (own + spillover) output multiplier of each region-sector equals the national multiplier of
 * its sector: μ' = [m', m'] solves μ' = 1' + μ'A when m' = 1' + m'Aᵈ.
 */
public final class TwoRegionModel {
  private final Regionalization province;
  private final Regionalization rest;
  private final InputOutputTable table;
  private final LeontiefModel model;
  private final Supplier<LabelledMatrix<Region, RegionSector>> byRegion;

  private TwoRegionModel(Regionalization province, Regionalization rest, InputOutputTable table) {
    this.province = province;
    this.rest = rest;
    this.table = table;
    this.model = LeontiefModel.of(table);
    this.byRegion = Suppliers.memoize(this::multipliersByRegion);
  }

  /**
   * The two-region model.
   *
   * @param national a national table with imports
   * @param province the province P (first region)
   * @param restOfCountry the rest of the country S (second region)
   * @param provinceOutput xᴾ by sector, in table order and unit
   * @throws SectoralException {@link ErrorCode#INCONSISTENT_TARGETS} naming the sectors whose
   *     provincial output is negative or above national output, or when the province is the
   *     whole country
   */
  public static TwoRegionModel of(InputOutputTable national, Region province,
      Region restOfCountry, double[] provinceOutput, RegionalizationMethod method) {
    checkNotNull(national, "national");
    checkNotNull(province, "province");
    checkNotNull(restOfCountry, "restOfCountry");
    checkNotNull(provinceOutput, "provinceOutput");
    checkNotNull(method, "method");
    checkArgument(!province.equals(restOfCountry), "Both regions are %s", province);
    Regionalization.requireNational(national);
    double[] x = national.output().toArray();
    LocationQuotients.checkSizes(national.sectors(), provinceOutput, x, "output");
    int n = x.length;
    double[] xs = new double[n];
    for (int i = 0; i < n; i++) {
      xs[i] = x[i] - provinceOutput[i];
    }
    Regionalization p = Regionalization.of(national, province,
        LocationQuotients.of(national.sectors(), provinceOutput, x), method);
    Regionalization s = Regionalization.of(national, restOfCountry,
        LocationQuotients.of(national.sectors(), xs, x), method);
    return new TwoRegionModel(p, s, build(national, province, restOfCountry, provinceOutput, xs,
        p, s));
  }

  private static InputOutputTable build(InputOutputTable national, Region pr, Region sr,
      double[] xp, double[] xs, Regionalization p, Regionalization s) {
    int n = xp.length;
    double[] x2 = new double[2 * n];
    System.arraycopy(xp, 0, x2, 0, n);
    System.arraycopy(xs, 0, x2, n, n);
    LabelledMatrix<RegionSector, RegionSector> ad = p.nationalCoefficients();
    LabelledMatrix<RegionSector, RegionSector> rp = p.regionalCoefficients();
    LabelledMatrix<RegionSector, RegionSector> rs = s.regionalCoefficients();
    double[][] z = new double[2 * n][2 * n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        z[i][j] = rp.at(i, j) * xp[j];
        z[n + i][j] = (ad.at(i, j) - rp.at(i, j)) * xp[j];
        z[i][n + j] = (ad.at(i, j) - rs.at(i, j)) * xs[j];
        z[n + i][n + j] = rs.at(i, j) * xs[j];
      }
    }
    double[] fdP = new double[2 * n];
    double[] fdS = new double[2 * n];
    for (int i = 0; i < 2 * n; i++) {
      double row = x2[i];
      for (int j = 0; j < 2 * n; j++) {
        row -= z[i][j];
      }
      (i < n ? fdP : fdS)[i] = row;
    }
    double[] xn = national.output().toArray();
    LabelledMatrix<Sector, RegionSector> zm = national.requireImports();
    double[][] imports = new double[zm.rowCount()][2 * n];
    for (int k = 0; k < imports.length; k++) {
      double[] am = ProvincialModel.perOutput(zm.rowArray(k), xn);
      for (int j = 0; j < 2 * n; j++) {
        imports[k][j] = am[j % n] * x2[j];
      }
    }
    InputOutputTableBuilder b = InputOutputTable.builder()
        .name(pr.code() + " + " + sr.code() + " from " + national.name()).unit(national.unit())
        .regions(List.of(pr, sr)).sectors(national.sectors().keys()).intermediate(z)
        .finalDemand(FinalDemandColumn.of(pr, "FD", FinalDemandCategory.OTHER), fdP)
        .finalDemand(FinalDemandColumn.of(sr, "FD", FinalDemandCategory.OTHER), fdS)
        .imports(zm.rows().keys(), imports)
        .productTaxes(scaled(ProvincialModel.perOutput(national.productTaxes().toArray(), xn),
            x2))
        .output(x2).balanceTolerance(1e-9);
    for (int c = 0; c < national.valueAdded().rowCount(); c++) {
      ValueAddedComponent comp = national.valueAdded().rows().get(c);
      b.valueAdded(comp.code(), comp.kind(), scaled(
          ProvincialModel.perOutput(national.valueAdded().rowArray(c), xn), x2));
    }
    return b.build();
  }

  private static double[] scaled(double[] perUnit, double[] x2) {
    int n = perUnit.length;
    double[] out = new double[x2.length];
    for (int j = 0; j < x2.length; j++) {
      out[j] = perUnit[j % n] * x2[j];
    }
    return out;
  }

  /** The province's regionalization (rᴾ, Aᵈ − rᴾ, foreign Aᵐ). */
  public Regionalization province() {
    return province;
  }

  /** The rest of the country's regionalization (rˢ, Aᵈ − rˢ, foreign Aᵐ). */
  public Regionalization restOfCountry() {
    return rest;
  }

  /** The balanced two-region table (regions province, rest; the national sectors in each). */
  public InputOutputTable table() {
    return table;
  }

  /** The interregional Leontief model of {@link #table()}. */
  public LeontiefModel model() {
    return model;
  }

  /**
   * Output multipliers split by the region where output arises: entry (R, j) = Σ over the
   * sectors i of region R of Lᵢⱼ, for final demand of region-sector j (dimensionless). For a
   * province column, the province row is the own-region multiplier and the rest row the
   * spillover into the rest of the country (Miller &amp; Blair 2009, ch. 3 and ch. 6). One
   * transposed solve per region, on first call.
   */
  public LabelledMatrix<Region, RegionSector> outputMultipliersByRegion() {
    return byRegion.get();
  }

  private LabelledMatrix<Region, RegionSector> multipliersByRegion() {
    KeyIndex<Region> regions = table.regions();
    int size = table.size();
    int n = table.sectors().size();
    double[][] m = new double[regions.size()][];
    for (int r = 0; r < regions.size(); r++) {
      double[] indicator = new double[size];
      for (int i = r * n; i < (r + 1) * n; i++) {
        indicator[i] = 1;
      }
      m[r] = model.solveTransposed(indicator);
    }
    return LabelledMatrix.of(regions, table.keys(), m, "1");
  }

  /**
   * Provincial output multipliers with interregional feedback: output arising in the province
   * per unit of final demand for each province sector (dimensionless, keyed by province).
   */
  public LabelledVector<RegionSector> provinceOutputMultipliers() {
    return provinceColumns(0);
  }

  /**
   * Spillover multipliers: output arising in the rest of the country per unit of final demand
   * for each province sector (dimensionless, keyed by province).
   */
  public LabelledVector<RegionSector> spilloverMultipliers() {
    return provinceColumns(1);
  }

  private LabelledVector<RegionSector> provinceColumns(int regionRow) {
    LabelledMatrix<Region, RegionSector> m = outputMultipliersByRegion();
    int n = table.sectors().size();
    double[] out = new double[n];
    for (int j = 0; j < n; j++) {
      out[j] = m.at(regionRow, j);
    }
    return LabelledVector.of(province.regionalCoefficients().rows(), out, "1");
  }

  @Override
  public String toString() {
    return "TwoRegionModel[" + table.name() + ", " + province.method() + "]";
  }
}
