package org.sectoral.examples.vietnam;

import static org.sectoral.examples.vietnam.VietNamAssumptions.inSectorOrder;
import static org.sectoral.examples.vietnam.VietNamAssumptions.vector;

import com.google.common.collect.ImmutableMap;
import org.sectoral.core.table.Region;

/**
 * A pre-merger province of the southeast as it was in 2024: its published GRDP at current
 * prices and the published share of product taxes in it, and the split of its gross value added
 * by sector (percent of GVA; the broad groups follow the published structure, the split inside
 * them is an assumption). Since 1 July 2025 the three form the new Ho Chi Minh City.
 *
 * @param region the province
 * @param grdpBillionVnd GRDP 2024 at current prices, billion VND (published)
 * @param taxPercent product taxes less subsidies, percent of GRDP (published or derived)
 * @param valueAddedPercent sector shares of GVA, percent (sum 100)
 * @param structureSource where the broad structure comes from
 */
public record Province(Region region, double grdpBillionVnd, double taxPercent,
    ImmutableMap<String, Double> valueAddedPercent, Source structureSource) {

  /**
   * Ho Chi Minh City before the merger: GRDP 1,778,000 billion VND; services 65.5%, industry
   * 18.2%, construction 3.5% of GRDP (HCMC Statistics Office); agriculture 0.6% assumed, taxes
   * the rest (12.2%).
   */
  public static final Province HO_CHI_MINH_CITY = new Province(VietNamModels.HCMC, 1_778_000,
      12.2, vector("AGR", 0.7, "MIN", 0.1, "FOOD", 4.0, "TEX", 1.4, "LEA", 0.9, "WOOD", 0.6,
          "CHE", 2.4, "RUB", 1.8, "MET", 0.5, "ELE", 2.6, "ELQ", 1.0, "MAC", 1.8, "VEH", 0.6,
          "OMF", 1.6, "ELY", 1.4, "CON", 4.0, "TRD", 30.0, "SRV", 44.6),
      VietNamSources.HCMC_2024);

  /**
   * Binh Duong: GRDP 520,205 billion VND; industry and construction 64.93%, services 25.08%,
   * agriculture 2.73%, taxes 7.26% of GRDP (provincial People's Committee).
   */
  public static final Province BINH_DUONG = new Province(VietNamModels.BINH_DUONG, 520_205,
      7.26, vector("AGR", 2.94, "MIN", 0.3, "FOOD", 5.5, "TEX", 5.5, "LEA", 6.0, "WOOD", 8.5,
          "CHE", 4.0, "RUB", 4.5, "MET", 3.5, "ELE", 8.5, "ELQ", 4.0, "MAC", 6.0, "VEH", 2.2,
          "OMF", 3.5, "ELY", 2.0, "CON", 6.0, "TRD", 12.0, "SRV", 15.06),
      VietNamSources.BINH_DUONG_2024);

  /**
   * Ba Ria–Vung Tau: GRDP 417,306 billion VND; 2023 structure: oil and gas extraction 35.7%,
   * manufacturing 20.12%, other industry and construction 10.78%, services 18.33%, agriculture
   * 6.46%, taxes the rest (8.61%) (provincial Statistics Office).
   */
  public static final Province BA_RIA_VUNG_TAU = new Province(VietNamModels.BA_RIA_VUNG_TAU,
      417_306, 8.61, vector("AGR", 7.07, "MIN", 39.06, "FOOD", 2.5, "TEX", 0.2, "LEA", 0.1,
          "WOOD", 0.3, "CHE", 6.0, "RUB", 1.0, "MET", 7.0, "ELE", 0.1, "ELQ", 0.2, "MAC", 1.0,
          "VEH", 0.12, "OMF", 3.5, "ELY", 5.0, "CON", 6.8, "TRD", 10.0, "SRV", 10.06),
      VietNamSources.BRVT_2023);

  /** GRDP in million USD at {@link VietNamAssumptions#VND_PER_USD}. */
  public double grdp() {
    return grdpBillionVnd * 1e9 / VietNamAssumptions.VND_PER_USD / 1e6;
  }

  /** Gross value added, million USD: GRDP less product taxes. */
  public double gva() {
    return grdp() * (1 - taxPercent / 100);
  }

  /** Value added by sector, million USD, in sector order. */
  public double[] valueAdded() {
    double[] s = inSectorOrder(valueAddedPercent);
    double sum = 0;
    for (double v : s) {
      sum += v;
    }
    for (int j = 0; j < s.length; j++) {
      s[j] = gva() * s[j] / sum;
    }
    return s;
  }
}
