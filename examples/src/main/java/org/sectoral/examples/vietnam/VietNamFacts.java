package org.sectoral.examples.vietnam;

import java.util.ArrayList;
import java.util.List;
import org.sectoral.core.indicator.Indicator;
import org.sectoral.core.indicator.Indicator.Status;
import org.sectoral.core.indicator.IndicatorSet;

/**
 * The published facts behind the Viet Nam model, each an {@link Indicator} with region, sector,
 * period, unit and source. Regions use ISO 3166-2 codes: {@code VN} Viet Nam, {@code VN-SG} Ho
 * Chi Minh City, {@code VN-57} Binh Duong. Query them, e.g.
 * {@code facts().of(BINH_DUONG, 2024)}.
 */
public final class VietNamFacts {
  /** Viet Nam. */
  public static final String VIET_NAM = "VN";
  /** Ho Chi Minh City. */
  public static final String HCMC = "VN-SG";
  /** Binh Duong province. */
  public static final String BINH_DUONG = "VN-57";

  /** Name of the domestic value-added share of exports. */
  public static final String DVA_SHARE = "domestic value-added share of exports";
  /** Name of industrial production index growth. */
  public static final String IIP_GROWTH = "industrial production index growth";

  private static final String TIVA = "OECD TiVA, as reported by Viet Nam's Ministry of "
      + "Industry and Trade (MOIT); cited in issue 6";
  private static final String GSO = "General Statistics Office of Viet Nam (GSO) and press "
      + "reports; cited in issue 6";
  private static final String HCMC_STAT = "Ho Chi Minh City Statistics Office, as reported in "
      + "the press; cited in issue 6";
  private static final String BD_STAT = "Binh Duong Statistics Office / provincial People's "
      + "Committee, as reported in the press; cited in issue 6";

  private VietNamFacts() {}

  /** Every fact. */
  public static IndicatorSet all() {
    List<Indicator> f = new ArrayList<>();
    f.add(fact(VIET_NAM, "TEX", "TiVA latest", DVA_SHARE, 50, "%", TIVA));
    f.add(fact(VIET_NAM, "ELE", "TiVA latest", DVA_SHARE, 37, "%", TIVA));
    f.add(fact(VIET_NAM, "", "recent", "industry share of GDP", 18, "%", GSO));
    f.add(fact(VIET_NAM, "", "recent", "main origins of foreign inputs: China and Korea", 1,
        "flag", TIVA));
    f.add(fact(VIET_NAM, "C", "recent", "manufacturing enterprises", 80_000, "enterprises", GSO));
    f.add(fact(HCMC, "B-E", "recent", "industry share of GRDP", 17.8, "%", HCMC_STAT));
    f.add(fact(HCMC, "G-U", "recent", "services share of GRDP", 65.6, "%", HCMC_STAT));
    f.add(fact(HCMC, "B-E", "2024-01..08", IIP_GROWTH, 6.4, "%", HCMC_STAT));
    f.add(fact(HCMC, "B", "2024-01..08", IIP_GROWTH, 51.4, "%", HCMC_STAT));
    f.add(fact(HCMC, "C", "2024-01..08", IIP_GROWTH, 6.1, "%", HCMC_STAT));
    f.add(fact(HCMC, "D", "2024-01..08", IIP_GROWTH, 6.7, "%", HCMC_STAT));
    f.add(fact(HCMC, "RUB", "2024-01..08", IIP_GROWTH, 41.2, "%", HCMC_STAT));
    f.add(fact(HCMC, "WOOD", "2024-01..08", IIP_GROWTH, 34.9, "%", HCMC_STAT));
    f.add(fact(HCMC, "CHE", "2024-01..08", IIP_GROWTH, 18.9, "%", HCMC_STAT));
    f.add(fact(HCMC, "C", "2024-01..08", "manufacturing consumption index growth", 9.7, "%",
        HCMC_STAT));
    f.add(fact(BINH_DUONG, "B-E", "2024", "industrial enterprises", 9_000, "enterprises",
        BD_STAT));
    f.add(fact(BINH_DUONG, "B-E", "2024", "FDI share of industrial enterprises", 25, "%",
        BD_STAT));
    f.add(fact(BINH_DUONG, "B-E", "2024", "FDI share of industrial production value", 57, "%",
        BD_STAT));
    f.add(fact(BINH_DUONG, "", "2024", "FDI share of export turnover", 80, "%", BD_STAT));
    f.add(fact(BINH_DUONG, "", "2024", "industrial parks", 28, "parks", BD_STAT));
    f.add(fact(BINH_DUONG, "", "2024", "industrial park area", 7_000, "ha", BD_STAT));
    f.add(fact(BINH_DUONG, "", "2024", "industrial park occupancy", 93, "% (more than)",
        BD_STAT));
    f.add(fact(BINH_DUONG, "B-E", "2024-01", IIP_GROWTH, 27.8, "% year on year", BD_STAT));
    f.add(fact(BINH_DUONG, "C", "2024-01", IIP_GROWTH, 27.2, "% year on year", BD_STAT));
    f.add(fact(BINH_DUONG, "B-E", "2024", "IIP growth target", 8.7, "%", BD_STAT));
    f.add(fact(BINH_DUONG, "B-F", "2030", "industry & construction share target", 64, "%",
        BD_STAT));
    f.add(fact(BINH_DUONG, "MAC", "2024", "mechanical supporting-industry park investment", 26,
        "trillion VND (~1 billion USD)", BD_STAT));
    return IndicatorSet.of(f);
  }

  private static Indicator fact(String region, String sector, String period, String name,
      double value, String unit, String source) {
    return new Indicator(region, sector, period, name, value, unit, source, Status.PUBLISHED);
  }
}
