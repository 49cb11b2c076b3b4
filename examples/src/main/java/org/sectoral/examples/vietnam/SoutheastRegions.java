package org.sectoral.examples.vietnam;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import org.sectoral.core.leontief.LeontiefModel;
import org.sectoral.core.regional.LocationQuotients;
import org.sectoral.core.regional.Regionalization;
import org.sectoral.core.regional.RegionalizationMethod;
import org.sectoral.core.regional.TwoRegionModel;
import org.sectoral.core.table.FinalDemandCategory;
import org.sectoral.core.table.FinalDemandColumn;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.core.table.InputOutputTableBuilder;
import org.sectoral.core.table.LabelledMatrix;
import org.sectoral.core.table.Region;
import org.sectoral.core.table.Sector;
import org.sectoral.core.table.ValueAddedComponent;

/**
 * The southeast as it was and as it is: an interregional table of Ho Chi Minh City, Binh Duong,
 * Ba Ria–Vung Tau (the pre-merger provinces) and the rest of Viet Nam, and a two-region table of
 * the new Ho Chi Minh City (the three together, since 1 July 2025) and the rest of Viet Nam.
 *
 * <p>Each region's own purchases are its FLQ regional coefficients rᴿ (Flegg &amp; Webber 1997;
 * {@link Regionalization}); what region R does not supply itself, (Aᵈ − rᴿ)ᵢⱼ, it buys from
 * the other regions in proportion to their output of product i (a supply-pool assumption, as in
 * the multiregional model of Miller &amp; Blair 2009, §3.4). Columns of the regions add up to
 * the national domestic coefficients; foreign imports, taxes and value added per unit of output
 * are the nation's. Each region's final demand is its row residual (local use plus sales
 * abroad), in one column. With four regions TwoRegionModel's two-way split becomes a four-way
 * one; with two regions the two coincide. Estimates, not survey tables.
 */
public final class SoutheastRegions {
  private final ImmutableList<Region> regions;
  private final InputOutputTable table;
  private final LeontiefModel model;
  private final TwoRegionModel newHcmc;

  private SoutheastRegions(ImmutableList<Region> regions, InputOutputTable table,
      TwoRegionModel newHcmc) {
    this.regions = regions;
    this.table = table;
    this.model = LeontiefModel.of(table);
    this.newHcmc = newHcmc;
  }

  /**
   * The regions' tables.
   *
   * @param national the national table with imports
   * @param provinces the pre-merger provinces in order
   * @param outputs each province's output by sector, same order
   * @param flq the regionalization of every region (FLQ with the model's δ)
   */
  static SoutheastRegions of(InputOutputTable national, List<Province> provinces,
      List<double[]> outputs, RegionalizationMethod flq) {
    int n = national.size();
    int k = provinces.size() + 1;
    double[] xn = national.output().toArray();
    List<Region> regions = new ArrayList<>();
    List<double[]> x = new ArrayList<>();
    double[] rest = xn.clone();
    double[] merged = new double[n];
    for (int p = 0; p < provinces.size(); p++) {
      regions.add(provinces.get(p).region());
      x.add(outputs.get(p));
      for (int j = 0; j < n; j++) {
        rest[j] -= outputs.get(p)[j];
        merged[j] += outputs.get(p)[j];
      }
    }
    for (int j = 0; j < n; j++) {
      checkArgument(rest[j] > 0, "Provinces produce all of sector %s", j);
    }
    regions.add(VietNamModels.REST_OF_VIET_NAM);
    x.add(rest);
    List<LabelledMatrix<?, ?>> own = new ArrayList<>();
    for (int r = 0; r < k; r++) {
      own.add(Regionalization.of(national, regions.get(r),
          LocationQuotients.of(national.sectors(), x.get(r), xn), flq).regionalCoefficients());
    }
    double[][] ad = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        ad[i][j] = national.intermediate().at(i, j) / xn[j];
      }
    }
    int size = k * n;
    double[][] z = new double[size][size];
    double[] x2 = new double[size];
    for (int r = 0; r < k; r++) {
      for (int j = 0; j < n; j++) {
        double xr = x.get(r)[j];
        x2[r * n + j] = xr;
        for (int i = 0; i < n; i++) {
          double local = own.get(r).at(i, j);
          z[r * n + i][r * n + j] = local * xr;
          double pool = 0;
          for (int s = 0; s < k; s++) {
            pool += s == r ? 0 : x.get(s)[i];
          }
          for (int s = 0; s < k; s++) {
            if (s != r && pool > 0) {
              z[s * n + i][r * n + j] = (ad[i][j] - local) * xr * x.get(s)[i] / pool;
            }
          }
        }
      }
    }
    InputOutputTableBuilder b = InputOutputTable.builder()
        .name("Southeast provinces and the rest of Viet Nam, from " + national.name())
        .unit(national.unit()).regions(regions).sectors(national.sectors().keys())
        .intermediate(z).output(x2).balanceTolerance(1e-9);
    for (int r = 0; r < k; r++) {
      double[] fd = new double[size];
      for (int i = r * n; i < (r + 1) * n; i++) {
        fd[i] = x2[i];
        for (int j = 0; j < size; j++) {
          fd[i] -= z[i][j];
        }
      }
      b.finalDemand(FinalDemandColumn.of(regions.get(r), "FD", FinalDemandCategory.OTHER), fd);
    }
    LabelledMatrix<Sector, ?> zm = national.requireImports();
    double[][] imports = new double[zm.rowCount()][size];
    for (int p = 0; p < imports.length; p++) {
      for (int c = 0; c < size; c++) {
        imports[p][c] = zm.at(p, c % n) / xn[c % n] * x2[c];
      }
    }
    b.imports(zm.rows().keys(), imports).productTaxes(scale(national.productTaxes().toArray(),
        xn, x2));
    for (int c = 0; c < national.valueAdded().rowCount(); c++) {
      ValueAddedComponent comp = national.valueAdded().rows().get(c);
      b.valueAdded(comp.code(), comp.kind(), scale(national.valueAdded().rowArray(c), xn, x2));
    }
    double[] jobs = national.satellite(NationalTable.EMPLOYMENT).byIndustry().rowArray(0);
    b.satellite(NationalTable.EMPLOYMENT, NationalTable.JOBS, scale(jobs, xn, x2));
    TwoRegionModel two = TwoRegionModel.of(national, VietNamModels.NEW_HCMC,
        VietNamModels.REST_OF_VIET_NAM, merged, flq);
    return new SoutheastRegions(ImmutableList.copyOf(regions), b.build(), two);
  }

  private static double[] scale(double[] values, double[] xn, double[] x2) {
    int n = xn.length;
    double[] out = new double[x2.length];
    for (int c = 0; c < x2.length; c++) {
      out[c] = xn[c % n] == 0 ? 0 : values[c % n] / xn[c % n] * x2[c];
    }
    return out;
  }

  /** The regions: Ho Chi Minh City, Binh Duong, Ba Ria–Vung Tau, rest of Viet Nam. */
  public ImmutableList<Region> regions() {
    return regions;
  }

  /** The interregional table (region-major keys, the national sectors in each region). */
  public InputOutputTable table() {
    return table;
  }

  /** The interregional Leontief model. */
  public LeontiefModel model() {
    return model;
  }

  /** The new Ho Chi Minh City against the rest of Viet Nam. */
  public TwoRegionModel newHcmc() {
    return newHcmc;
  }

  /**
   * Output arising in each region (in {@link #regions()} order) from a final-demand change for
   * the products of one region, Δx = L·Δf summed by region (table unit).
   *
   * @param from the region whose products are demanded
   * @param bySector the change by sector, national sector order
   */
  public double[] outputByRegion(Region from, double[] bySector) {
    return byRegion(from, bySector, null);
  }

  /** Value added arising in each region from the same change (table unit). */
  public double[] valueAddedByRegion(Region from, double[] bySector) {
    double[] v = table.valueAddedTotal().toArray();
    double[] x = table.output().toArray();
    double[] perUnit = new double[v.length];
    for (int c = 0; c < v.length; c++) {
      perUnit[c] = x[c] == 0 ? 0 : v[c] / x[c];
    }
    return byRegion(from, bySector, perUnit);
  }

  private double[] byRegion(Region from, double[] bySector, double[] weights) {
    int n = table.sectors().size();
    int r = regions.indexOf(from);
    checkArgument(r >= 0, "No region %s", from);
    double[] df = new double[table.size()];
    System.arraycopy(bySector, 0, df, r * n, n);
    double[] dx = model.solve(df);
    double[] out = new double[regions.size()];
    for (int c = 0; c < dx.length; c++) {
      out[c / n] += dx[c] * (weights == null ? 1 : weights[c]);
    }
    return out;
  }
}
