package org.sectoral.examples.vietnam;

import static org.sectoral.examples.vietnam.VietNamSources.BINH_DUONG_2024;
import static org.sectoral.examples.vietnam.VietNamSources.BINH_DUONG_JAN_2024;
import static org.sectoral.examples.vietnam.VietNamSources.BINH_DUONG_Q1_2024;
import static org.sectoral.examples.vietnam.VietNamSources.GDP_2024;
import static org.sectoral.examples.vietnam.VietNamSources.GDP_STRUCTURE_2024;
import static org.sectoral.examples.vietnam.VietNamSources.HCMC_2024;
import static org.sectoral.examples.vietnam.VietNamSources.MERGER_ECONOMY;
import static org.sectoral.examples.vietnam.VietNamSources.SEED_MOIT;
import static org.sectoral.examples.vietnam.VietNamSources.SEED_RHYTHM;
import static org.sectoral.examples.vietnam.VietNamSources.SEED_SOUTHEAST;
import static org.sectoral.examples.vietnam.VietNamSources.SEED_SUPPORTING;

import java.util.ArrayList;
import java.util.List;
import org.sectoral.core.indicator.Indicator;
import org.sectoral.core.indicator.Indicator.Status;
import org.sectoral.core.indicator.IndicatorSet;

/**
 * The published facts behind the Viet Nam model, each an {@link Indicator} with region, sector,
 * period, unit and its source's citation (publisher, headline, date, address; {@link Source}).
 * A figure derived from published ones (a difference, a ratio) says so in its name. Regions use
 * ISO 3166-2 codes: {@code VN} Viet Nam, {@code VN-SG} Ho Chi Minh City, {@code VN-57} Binh
 * Duong, {@code VN-43} Ba Ria–Vung Tau, {@code VN-SG (2025)} the new Ho Chi Minh City.
 */
public final class VietNamFacts {
  /** Viet Nam. */
  public static final String VIET_NAM = "VN";
  /** Ho Chi Minh City (before 1 July 2025). */
  public static final String HCMC = "VN-SG";
  /** Binh Duong province (before 1 July 2025). */
  public static final String BINH_DUONG = "VN-57";
  /** Ba Ria–Vung Tau province (before 1 July 2025). */
  public static final String BA_RIA_VUNG_TAU = "VN-43";
  /** Ho Chi Minh City since 1 July 2025 (with Binh Duong and Ba Ria–Vung Tau). */
  public static final String NEW_HCMC = "VN-SG (2025)";

  /** Name of the domestic value-added share of exports. */
  public static final String DVA_SHARE = "domestic value-added share of exports";
  /** Name of industrial production index growth. */
  public static final String IIP_GROWTH = "industrial production index growth";

  private VietNamFacts() {}

  /** Every fact. */
  public static IndicatorSet all() {
    List<Indicator> f = new ArrayList<>();
    f.add(fact(VIET_NAM, "", "2024", "GDP at current prices", 476.3, "billion USD",
        GDP_STRUCTURE_2024));
    f.add(fact(VIET_NAM, "", "2024", "GDP growth", 7.09, "%", GDP_2024));
    f.add(fact(VIET_NAM, "A", "2024", "agriculture, forestry & fishery share of GDP", 11.86, "%",
        GDP_STRUCTURE_2024));
    f.add(fact(VIET_NAM, "B-F", "2024", "industry & construction share of GDP", 37.64, "%",
        GDP_STRUCTURE_2024));
    f.add(fact(VIET_NAM, "G-U", "2024", "services share of GDP", 42.36, "%",
        GDP_STRUCTURE_2024));
    f.add(fact(VIET_NAM, "", "2024", "labour productivity", 9_182, "USD per worker",
        GDP_STRUCTURE_2024));
    f.add(fact(VIET_NAM, "", "2024", "household final consumption share of GDP", 53.6, "%",
        VietNamSources.HOUSEHOLD_CONSUMPTION));
    f.add(fact(VIET_NAM, "", "2024", "goods exports", 405.53, "billion USD", GDP_2024));
    f.add(fact(VIET_NAM, "", "2024", "goods imports", 380.76, "billion USD", GDP_2024));
    f.add(fact(VIET_NAM, "C26", "2025", "exports of computers, electronics & components", 107.75,
        "billion USD (+35.15 on 2024, so 72.60 in 2024)", VietNamSources.ELECTRONICS_EXPORTS));
    f.add(fact(VIET_NAM, "C26", "2024", "exports of phones & components", 53.9, "billion USD",
        VietNamSources.PHONE_EXPORTS));
    f.add(fact(VIET_NAM, "C13-14", "2024", "textile & garment exports (estimate)", 44.0,
        "billion USD", VietNamSources.TEXTILES));
    f.add(fact(VIET_NAM, "C13-14", "2024", "textile & garment imports (estimate)", 25.0,
        "billion USD", VietNamSources.TEXTILES));
    f.add(fact(VIET_NAM, "C15", "2024", "footwear, bags & leather exports", 27.04, "billion USD",
        VietNamSources.FOOTWEAR));
    f.add(fact(VIET_NAM, "C16", "2024", "timber & wood product exports (estimate)", 16.3,
        "billion USD", VietNamSources.WOOD));
    f.add(fact(VIET_NAM, "C26", "2024", "imports of computers, electronics & components "
        + "(estimate)", 107, "billion USD", VietNamSources.ELECTRONICS_IMPORTS));
    f.add(fact(VIET_NAM, "C26", "2024", "FDI firms' share of electronics exports", 99,
        "% (up to)", VietNamSources.ELECTRONICS_FDI));
    f.add(fact(VIET_NAM, "", "2024-01..06", "FDI sector share of exports", 71.9, "%",
        VietNamSources.TRADE_H1_2024));
    f.add(fact(VIET_NAM, "", "2024-01..09", "employed persons (average)", 51.5, "million",
        VietNamSources.LABOUR_2024));
    f.add(fact(VIET_NAM, "", "2024-07..09", "informal share of employment", 63.9, "%",
        VietNamSources.INFORMAL_2024));
    f.add(fact(VIET_NAM, "", "2023", "employed in agriculture / industry & construction / "
        + "services", 13.8, "million (17.2 / 20.3)", VietNamSources.LABOUR_2023));
    f.add(fact(VIET_NAM, "", "2024", "income per person (household survey)", 5.4,
        "million VND per month", VietNamSources.VHLSS_2024));
    f.add(fact(VIET_NAM, "TEX", "TiVA latest", DVA_SHARE, 50, "% (just over)", SEED_MOIT));
    f.add(fact(VIET_NAM, "ELE", "TiVA latest", DVA_SHARE, 37, "%", SEED_MOIT));
    f.add(fact(VIET_NAM, "", "recent", "main origins of foreign inputs: China and Korea", 1,
        "flag", SEED_MOIT));
    f.add(fact(VIET_NAM, "", "recent", "industry share of GDP", 18, "% (about)", SEED_MOIT));
    f.add(fact(VIET_NAM, "C", "recent", "manufacturing enterprises", 80_000, "enterprises "
        + "(nearly)", SEED_MOIT));
    f.add(fact(HCMC, "", "2024", "GRDP at current prices", 1_778_000, "billion VND", HCMC_2024));
    f.add(fact(HCMC, "G-U", "2024", "services share of GRDP", 65.5, "%", HCMC_2024));
    f.add(fact(HCMC, "B-E", "2024", "industry share of GRDP", 18.2, "%", HCMC_2024));
    f.add(fact(HCMC, "F", "2024", "construction share of GRDP", 3.5, "%", HCMC_2024));
    f.add(fact(HCMC, "B-E", "recent", "industry share of GRDP (article)", 17.8, "%",
        SEED_SOUTHEAST));
    f.add(fact(HCMC, "G-U", "recent", "services share of GRDP (article)", 65.6, "%",
        SEED_SOUTHEAST));
    f.add(fact(HCMC, "B-E", "2024-01..08", IIP_GROWTH, 6.4, "%", SEED_SOUTHEAST));
    f.add(fact(HCMC, "B", "2024-01..08", IIP_GROWTH, 51.4, "%", SEED_SOUTHEAST));
    f.add(fact(HCMC, "C", "2024-01..08", IIP_GROWTH, 6.1, "%", SEED_SOUTHEAST));
    f.add(fact(HCMC, "D", "2024-01..08", IIP_GROWTH, 6.7, "%", SEED_SOUTHEAST));
    f.add(fact(HCMC, "RUB", "2024-01..08", IIP_GROWTH, 41.2, "%", SEED_SOUTHEAST));
    f.add(fact(HCMC, "WOOD", "2024-01..08", IIP_GROWTH, 34.9, "%", SEED_SOUTHEAST));
    f.add(fact(HCMC, "CHE", "2024-01..08", IIP_GROWTH, 18.9, "%", SEED_SOUTHEAST));
    f.add(fact(HCMC, "C", "2024-01..08", "manufacturing consumption index growth", 9.7, "%",
        SEED_SOUTHEAST));
    f.add(fact(BINH_DUONG, "", "2024", "GRDP at current prices", 520_205, "billion VND",
        VietNamSources.SOUTHEAST_GRDP_2024));
    f.add(fact(BINH_DUONG, "B-F", "2024", "industry & construction share of GRDP", 64.93, "%",
        BINH_DUONG_2024));
    f.add(fact(BINH_DUONG, "G-U", "2024", "services share of GRDP", 25.08, "%",
        BINH_DUONG_2024));
    f.add(fact(BINH_DUONG, "B-E", "2024", "IIP growth (year)", 7.6, "% (estimate)",
        BINH_DUONG_2024));
    f.add(fact(BINH_DUONG, "", "2024", "goods exports", 34.5, "billion USD", BINH_DUONG_2024));
    f.add(fact(BINH_DUONG, "B-E", "2024", "industrial enterprises", 9_000, "enterprises (about)",
        SEED_RHYTHM));
    f.add(fact(BINH_DUONG, "B-E", "2024", "FDI share of industrial enterprises", 25, "% (about)",
        SEED_RHYTHM));
    f.add(fact(BINH_DUONG, "B-E", "2024", "FDI share of industrial production value", 57,
        "% (over)", SEED_RHYTHM));
    f.add(fact(BINH_DUONG, "", "2024", "FDI share of export turnover", 80, "% (about)",
        SEED_RHYTHM));
    f.add(fact(BINH_DUONG, "", "2024", "industrial parks", 28, "parks", SEED_SOUTHEAST));
    f.add(fact(BINH_DUONG, "", "2024", "industrial park area", 7_000, "ha", SEED_SOUTHEAST));
    f.add(fact(BINH_DUONG, "", "2024", "industrial park occupancy", 93, "% (more than)",
        SEED_SOUTHEAST));
    f.add(fact(BINH_DUONG, "B-E", "2024-01", IIP_GROWTH, 27.8, "% on January 2023 (Tet in "
        + "January 2023, February 2024)", SEED_RHYTHM));
    f.add(fact(BINH_DUONG, "C", "2024-01", IIP_GROWTH, 27.2, "% on January 2023", SEED_RHYTHM));
    f.add(fact(BINH_DUONG, "B-E", "2024-01", "IIP growth on December 2023", 99.29, "%",
        BINH_DUONG_JAN_2024));
    f.add(fact(BINH_DUONG, "", "2024-01..02", "export growth on January–February 2023", 6.17,
        "%", BINH_DUONG_JAN_2024));
    f.add(fact(BINH_DUONG, "B-E", "2024-01..03", IIP_GROWTH, 3.87, "% on Q1 2023",
        BINH_DUONG_Q1_2024));
    f.add(fact(BINH_DUONG, "B-E", "2024", "IIP growth target", 8.7, "%", SEED_RHYTHM));
    f.add(fact(BINH_DUONG, "B-F", "2030", "industry & construction share target", 64, "%",
        SEED_SOUTHEAST));
    f.add(fact(BINH_DUONG, "MAC", "2023", "mechanical supporting-industry park investment", 26,
        "trillion VND (about 1 billion USD)", SEED_SUPPORTING));
    f.add(fact(BA_RIA_VUNG_TAU, "", "2024", "GRDP at current prices", 417_306, "billion VND",
        VietNamSources.SOUTHEAST_GRDP_2024));
    f.add(fact(BA_RIA_VUNG_TAU, "B06", "2023", "oil and gas extraction share of GRDP", 35.7,
        "%", VietNamSources.BRVT_2023));
    f.add(fact(NEW_HCMC, "", "2025-07-01", "Binh Duong and Ba Ria–Vung Tau merged into Ho Chi "
        + "Minh City (Resolution 202/2025/QH15 of 12 June 2025)", 1, "flag",
        VietNamSources.MERGER_RESOLUTION));
    f.add(fact(NEW_HCMC, "", "2024", "combined GRDP of the three", 2.71, "million billion VND",
        MERGER_ECONOMY));
    f.add(fact(NEW_HCMC, "", "2024", "combined GRDP share of GDP", 24, "% (nearly)",
        MERGER_ECONOMY));
    return IndicatorSet.of(f);
  }

  private static Indicator fact(String region, String sector, String period, String name,
      double value, String unit, Source source) {
    return new Indicator(region, sector, period, name, value, unit, source.citation(),
        Status.PUBLISHED);
  }
}
