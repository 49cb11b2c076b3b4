package org.sectoral.examples.vietnam;

import java.util.List;
import org.sectoral.core.ErrorCode;
import org.sectoral.core.SectoralException;

/**
 * The 2024 margins of the national table (million USD): output, value added, product taxes,
 * exports and imports by product, and the final-demand totals, from {@link Targets2024} and
 * the assumption values ({@link VietNamInputs}). GDP = ΣVA + ΣT = households + government + investment + exports −
 * imports holds by construction: investment (with inventories and the statistical
 * discrepancy) is the residual.
 */
final class Margins {
  final double[] x;
  final double[] valueAdded;
  final double[] taxes;
  final double[] exports;
  final double[] imports;
  final double households;
  final double government;
  final double investment;

  private Margins(double[] x, double[] valueAdded, double[] taxes, double[] exports,
      double[] imports, double households, double government, double investment) {
    this.x = x;
    this.valueAdded = valueAdded;
    this.taxes = taxes;
    this.exports = exports;
    this.imports = imports;
    this.households = households;
    this.government = government;
    this.investment = investment;
  }

  String unit() {
    return VietNamAssumptions.UNIT;
  }

  /**
   * The margins, with the template's value-added ratios and tax rates where needed.
   *
   * @param in the assumption values (value added by sector, ratios, export shares, exports and
   *     imports by product, government consumption)
   */
  static Margins of(OecdTemplate t, VietNamInputs in) {
    int n = VietNamSectors.ALL.size();
    double[] pct = in.inSectorOrder("VALUE_ADDED_PERCENT_OF_GDP");
    double[] ratios = in.inSectorOrder("VALUE_ADDED_RATIOS");
    double[] share = in.inSectorOrder("EXPORT_SHARE_OF_OUTPUT");
    double[] tv = t.perOutput(t.valueAdded());
    double[] tt = t.perOutput(t.taxes());
    double[] e = exports(in);
    double[] va = new double[n];
    double[] x = new double[n];
    for (int j = 0; j < n; j++) {
      va[j] = Targets2024.GDP * pct[j] / 100;
      if (share[j] > 0) {
        x[j] = e[j] / share[j];
      } else {
        x[j] = va[j] / (ratios[j] > 0 ? ratios[j] : tv[j]);
        x[j] = Math.max(x[j], e[j] / in.scalar("MAX_EXPORT_SHARE"));
      }
    }
    double[] taxes = new double[n];
    double raw = 0;
    for (int j = 0; j < n; j++) {
      taxes[j] = tt[j] * x[j];
      raw += taxes[j];
    }
    for (int j = 0; j < n; j++) {
      taxes[j] *= Targets2024.taxes() / raw;
      if (x[j] - va[j] - taxes[j] <= 0) {
        throw SectoralException.of(ErrorCode.INCONSISTENT_TARGETS,
            List.of(VietNamSectors.ALL.get(j).code()),
            "Sector %s: value added and taxes exceed output", VietNamSectors.ALL.get(j).code());
      }
    }
    double[] m = in.inSectorOrder("GOODS_IMPORTS");
    double[] ms = in.inSectorOrder("SERVICES_IMPORTS");
    double totalE = 0;
    double totalM = 0;
    for (int i = 0; i < n; i++) {
      m[i] += ms[i];
      totalE += e[i];
      totalM += m[i];
    }
    double hh = Targets2024.HOUSEHOLD_CONSUMPTION_SHARE * Targets2024.GDP;
    double gov = in.scalar("GOVERNMENT_SHARE_OF_GDP") * Targets2024.GDP;
    double inv = Targets2024.GDP - hh - gov - totalE + totalM;
    return new Margins(x, va, taxes, e, m, hh, gov, inv);
  }

  /** Exports by product: the four published groups, the other goods, services. */
  static double[] exports(VietNamInputs in) {
    double[] e = in.inSectorOrder("OTHER_GOODS_EXPORTS");
    double[] s = in.inSectorOrder("SERVICES_EXPORTS");
    for (int i = 0; i < e.length; i++) {
      e[i] += s[i];
    }
    e[VietNamSectors.indexOf(VietNamSectors.ELE)] = Targets2024.EXPORTS_COMPUTERS
        + Targets2024.EXPORTS_PHONES;
    e[VietNamSectors.indexOf(VietNamSectors.TEX)] = Targets2024.EXPORTS_TEXTILES;
    e[VietNamSectors.indexOf(VietNamSectors.LEA)] = Targets2024.EXPORTS_FOOTWEAR;
    e[VietNamSectors.indexOf(VietNamSectors.WOOD)] = Targets2024.EXPORTS_WOOD;
    return e;
  }
}
