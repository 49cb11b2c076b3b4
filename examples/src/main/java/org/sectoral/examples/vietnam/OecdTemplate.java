package org.sectoral.examples.vietnam;

import java.util.List;
import org.sectoral.core.table.FinalDemandCategory;
import org.sectoral.core.table.FinalDemandColumn;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.core.table.Sector;

/**
 * An OECD total-flows table (ttl) aggregated to the 18 Viet Nam sectors: flows Z (domestic and
 * imported together), output, taxes, value added and final demand by kind. OECD industry D13T15
 * is split into textiles &amp; garments and leather &amp; footwear by an assumed output share σ: flows
 * zᵢⱼ of the pair are split by σ along rows and columns, so both parts keep the coefficients of
 * D13T15. Arrays are in {@link VietNamSectors#ALL} order.
 *
 * @param z total intermediate flows Z
 * @param output gross output x
 * @param taxes net product taxes t
 * @param valueAdded value added (incl. any discrepancy row)
 * @param exports exports (EXPO + CONS_NONRES)
 * @param imports total imports by product (−IMPO)
 * @param households household and NPISH consumption
 * @param government government consumption
 * @param investment gross capital formation and inventories
 * @param otherUse other final use (e.g. direct purchases abroad by residents)
 */
record OecdTemplate(double[][] z, double[] output, double[] taxes, double[] valueAdded,
    double[] exports, double[] imports, double[] households, double[] government,
    double[] investment, double[] otherUse) {

  /** Aggregates and splits a table read by the OECD reader. */
  static OecdTemplate of(InputOutputTable oecd, double leatherShare) {
    return ofGroups(groups(oecd), leatherShare);
  }

  /** An OECD table aggregated to the model's industry groups (textiles and leather together). */
  static InputOutputTable groups(InputOutputTable oecd) {
    return VietNamSectors.oecdConcordance().aggregate(oecd);
  }

  /** Splits a table already aggregated to the groups ({@link #groups}). */
  static OecdTemplate ofGroups(InputOutputTable agg, double leatherShare) {
    List<Sector> src = agg.sectors().keys();
    int m = src.size();
    int n = VietNamSectors.ALL.size();
    // source group index → (target index, share) pairs
    int[][] to = new int[m][];
    double[][] share = new double[m][];
    for (int k = 0; k < m; k++) {
      String code = src.get(k).code();
      if (code.equals(VietNamSectors.TEXTILES_AND_LEATHER)) {
        to[k] = new int[] {VietNamSectors.indexOf(VietNamSectors.TEX),
            VietNamSectors.indexOf(VietNamSectors.LEA)};
        share[k] = new double[] {1 - leatherShare, leatherShare};
      } else {
        to[k] = new int[] {VietNamSectors.indexOf(code)};
        share[k] = new double[] {1};
      }
    }
    double[][] z = new double[n][n];
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < m; j++) {
        double flow = agg.intermediate().at(i, j);
        for (int a = 0; a < to[i].length; a++) {
          for (int b = 0; b < to[j].length; b++) {
            z[to[i][a]][to[j][b]] += flow * share[i][a] * share[j][b];
          }
        }
      }
    }
    double[] exports = new double[m];
    double[] imports = new double[m];
    double[] hh = new double[m];
    double[] gov = new double[m];
    double[] inv = new double[m];
    double[] other = new double[m];
    List<FinalDemandColumn> cols = agg.finalDemandColumns().keys();
    for (int c = 0; c < cols.size(); c++) {
      FinalDemandColumn col = cols.get(c);
      FinalDemandCategory cat = col.category();
      for (int i = 0; i < m; i++) {
        double y = agg.finalDemand().at(i, c);
        if (col.code().equals("IMPO")) {
          imports[i] -= y;
        } else if (cat == FinalDemandCategory.EXPORTS) {
          exports[i] += y;
        } else if (cat == FinalDemandCategory.HOUSEHOLDS || cat == FinalDemandCategory.NPISH) {
          hh[i] += y;
        } else if (cat == FinalDemandCategory.GOVERNMENT) {
          gov[i] += y;
        } else if (cat == FinalDemandCategory.INVESTMENT
            || cat == FinalDemandCategory.INVENTORIES) {
          inv[i] += y;
        } else {
          other[i] += y;
        }
      }
    }
    return new OecdTemplate(z, split(agg.output().toArray(), to, share, n),
        split(agg.productTaxes().toArray(), to, share, n),
        split(agg.valueAddedTotal().toArray(), to, share, n), split(exports, to, share, n),
        split(imports, to, share, n), split(hh, to, share, n), split(gov, to, share, n),
        split(inv, to, share, n), split(other, to, share, n));
  }

  private static double[] split(double[] v, int[][] to, double[][] share, int n) {
    double[] out = new double[n];
    for (int k = 0; k < v.length; k++) {
      for (int a = 0; a < to[k].length; a++) {
        out[to[k][a]] += v[k] * share[k][a];
      }
    }
    return out;
  }

  /** Total technical coefficients A = Z·x̂⁻¹ (domestic + imported). */
  double[][] coefficients() {
    int n = output.length;
    double[][] a = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        a[i][j] = output[j] == 0 ? 0 : z[i][j] / output[j];
      }
    }
    return a;
  }

  /** Per unit of output: values[j] / x[j] (0 where x is 0). */
  double[] perOutput(double[] values) {
    double[] out = new double[values.length];
    for (int j = 0; j < out.length; j++) {
      out[j] = output[j] == 0 ? 0 : values[j] / output[j];
    }
    return out;
  }
}
