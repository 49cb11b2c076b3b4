package org.sectoral.examples.vietnam;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Every number the embedded Viet Nam model is built from, each a named constant with its source
 * or the word "assumption". Vectors are keyed by sector code ({@link VietNamSectors}). The
 * published facts themselves (with periods and regions) are in {@link VietNamFacts}; the
 * constants here that come from a fact say so. Listed by {@link #all()} and in
 * {@code docs/vietnam-model.md}.
 */
public final class VietNamAssumptions {
  private VietNamAssumptions() {}

  /** The unit of every monetary value in the model tables. */
  public static final String UNIT = "million USD";

  /** Viet Nam's gross value added at basic prices in 2024, million USD. */
  public static final double NATIONAL_GVA = 430_000;
  /** Source of {@link #NATIONAL_GVA}. */
  static final String NATIONAL_GVA_SOURCE = "assumption: GDP 2024 about 476 billion USD "
      + "(GSO, World Bank) less about 10% net product taxes, rounded";

  /** VND per USD, 2024 average (for the 26-trillion-VND park). */
  public static final double VND_PER_USD = 25_000;

  /**
   * Sector shares of national gross value added. Manufacturing sums to 0.18, reading the
   * issue's "industry ~18% of GDP" as manufacturing industry; the split within manufacturing
   * and the other sectors are assumptions.
   */
  public static final ImmutableMap<String, Double> NATIONAL_VA_SHARES = vector(
      "AGR", 0.13, "MIN", 0.035, "FOOD", 0.026, "TEX", 0.022, "LEA", 0.013, "WOOD", 0.015,
      "CHE", 0.015, "RUB", 0.010, "MET", 0.008, "ELE", 0.037, "ELQ", 0.006, "MAC", 0.012,
      "VEH", 0.006, "OMF", 0.010, "ELY", 0.040, "CON", 0.070, "TRD", 0.200, "SRV", 0.345);

  /**
   * Share of leather &amp; footwear in OECD industry D13T15 (the rest is textiles &amp;
   * garments).
   */
  public static final double LEATHER_SHARE_OF_D13T15 = 0.38;

  /**
   * Default share of imported supply in each sector's intermediate inputs; the calibration
   * replaces TEX and ELE (its starting values here).
   */
  public static final ImmutableMap<String, Double> DEFAULT_IMPORT_SHARES = vector(
      "AGR", 0.15, "MIN", 0.15, "FOOD", 0.25, "TEX", 0.40, "LEA", 0.45, "WOOD", 0.30,
      "CHE", 0.45, "RUB", 0.45, "MET", 0.45, "ELE", 0.40, "ELQ", 0.50, "MAC", 0.50,
      "VEH", 0.55, "OMF", 0.35, "ELY", 0.20, "CON", 0.25, "TRD", 0.12, "SRV", 0.10);

  /**
   * Share of the use of some products that is imported whatever the user, before the user's
   * import share applies (Viet Nam imports most chemicals and steel intermediates; without it
   * the template's chemical intensity would exceed Viet Nam's chemical output).
   */
  public static final ImmutableMap<String, Double> PRODUCT_IMPORT_FLOORS = vector(
      "CHE", 0.5, "MET", 0.3);

  /** Target domestic value-added content of exports of textiles &amp; garments (fact). */
  public static final double DVA_TARGET_TEXTILES = 0.50;
  /** Target domestic value-added content of exports of electronics (fact). */
  public static final double DVA_TARGET_ELECTRONICS = 0.37;

  /** Exports as a share of each sector's final demand for domestic output. */
  public static final ImmutableMap<String, Double> EXPORT_SHARES = vector(
      "AGR", 0.35, "MIN", 0.40, "FOOD", 0.45, "TEX", 0.85, "LEA", 0.90, "WOOD", 0.80,
      "CHE", 0.45, "RUB", 0.60, "MET", 0.50, "ELE", 0.95, "ELQ", 0.70, "MAC", 0.50,
      "VEH", 0.30, "OMF", 0.30, "ELY", 0.01, "CON", 0.00, "TRD", 0.15, "SRV", 0.10);

  /** Share of domestic (non-export) final demand that is investment (GFCF). */
  public static final ImmutableMap<String, Double> INVESTMENT_SHARES = vector(
      "AGR", 0.05, "MIN", 0.0, "FOOD", 0.0, "TEX", 0.0, "LEA", 0.0, "WOOD", 0.30,
      "CHE", 0.0, "RUB", 0.05, "MET", 0.10, "ELE", 0.30, "ELQ", 0.50, "MAC", 0.70,
      "VEH", 0.50, "OMF", 0.10, "ELY", 0.0, "CON", 0.95, "TRD", 0.05, "SRV", 0.05);

  /** Share of domestic (non-export) final demand that is government consumption. */
  public static final ImmutableMap<String, Double> GOVERNMENT_SHARES = vector(
      "AGR", 0.0, "MIN", 0.0, "FOOD", 0.0, "TEX", 0.0, "LEA", 0.0, "WOOD", 0.0,
      "CHE", 0.05, "RUB", 0.0, "MET", 0.0, "ELE", 0.0, "ELQ", 0.0, "MAC", 0.0,
      "VEH", 0.0, "OMF", 0.0, "ELY", 0.0, "CON", 0.0, "TRD", 0.0, "SRV", 0.35);

  /** Compensation of employees as a share of gross value added, every sector. */
  public static final double LABOUR_SHARE = 0.45;

  /** Employed persons in Viet Nam, 2024. */
  public static final double EMPLOYMENT = 51_900_000;

  /** Shares of employment by sector. */
  public static final ImmutableMap<String, Double> EMPLOYMENT_SHARES = vector(
      "AGR", 0.265, "MIN", 0.004, "FOOD", 0.025, "TEX", 0.045, "LEA", 0.030, "WOOD", 0.012,
      "CHE", 0.005, "RUB", 0.008, "MET", 0.004, "ELE", 0.018, "ELQ", 0.006, "MAC", 0.015,
      "VEH", 0.006, "OMF", 0.016, "ELY", 0.006, "CON", 0.092, "TRD", 0.200, "SRV", 0.243);

  /** Origins of imports, in report order. */
  public static final ImmutableList<String> ORIGINS = ImmutableList.of("China", "Korea",
      "Japan", "Taiwan", "ASEAN", "United States", "EU", "Rest of world");

  /** Default origin shares of imported intermediate products (China, Korea, …, RoW). */
  public static final double[] DEFAULT_ORIGIN_SHARES =
      {0.36, 0.18, 0.07, 0.07, 0.12, 0.04, 0.04, 0.12};

  /** Origin shares of imported products that differ from the default. */
  public static final ImmutableMap<String, double[]> ORIGIN_SHARES = ImmutableMap.of(
      "ELE", new double[] {0.32, 0.30, 0.08, 0.13, 0.08, 0.03, 0.02, 0.04},
      "TEX", new double[] {0.58, 0.11, 0.04, 0.08, 0.06, 0.03, 0.02, 0.08},
      "LEA", new double[] {0.52, 0.08, 0.03, 0.09, 0.08, 0.06, 0.04, 0.10},
      "MIN", new double[] {0.10, 0.02, 0.02, 0.00, 0.30, 0.05, 0.01, 0.50},
      "AGR", new double[] {0.15, 0.01, 0.01, 0.01, 0.25, 0.20, 0.05, 0.32});

  /** FLQ parameter δ for both provinces (Flegg &amp; Tohmo 2013: typically 0.2–0.35). */
  public static final double FLQ_DELTA = 0.3;

  /** Ho Chi Minh City's gross value added in 2024, million USD. */
  public static final double HCMC_GVA = 62_000;
  /** Binh Duong's gross value added in 2024, million USD. */
  public static final double BINH_DUONG_GVA = 18_500;

  /**
   * Ho Chi Minh City's sector shares of GVA: industry (B–E) 0.20 and services 0.737 are the
   * facts 17.8% and 65.6% of GRDP divided by 0.89 (assuming net product taxes are 11% of GRDP);
   * the split within industry and services and the rest are assumptions.
   */
  public static final ImmutableMap<String, Double> HCMC_VA_SHARES = vector(
      "AGR", 0.007, "MIN", 0.002, "FOOD", 0.036, "TEX", 0.014, "LEA", 0.009, "WOOD", 0.005,
      "CHE", 0.022, "RUB", 0.018, "MET", 0.005, "ELE", 0.022, "ELQ", 0.009, "MAC", 0.015,
      "VEH", 0.006, "OMF", 0.021, "ELY", 0.016, "CON", 0.056, "TRD", 0.280, "SRV", 0.457);

  /**
   * Binh Duong's sector shares of GVA: industry and construction 0.60 (assumption: the issue
   * says only "dominant"; replace with the Binh Duong Statistics Office figure).
   */
  public static final ImmutableMap<String, Double> BINH_DUONG_VA_SHARES = vector(
      "AGR", 0.030, "MIN", 0.002, "FOOD", 0.058, "TEX", 0.046, "LEA", 0.048, "WOOD", 0.078,
      "CHE", 0.034, "RUB", 0.039, "MET", 0.029, "ELE", 0.048, "ELQ", 0.029, "MAC", 0.039,
      "VEH", 0.015, "OMF", 0.020, "ELY", 0.030, "CON", 0.085, "TRD", 0.150, "SRV", 0.220);

  /** Share of each industrial sector's output produced by foreign-invested (FDI) firms. */
  public static final ImmutableMap<String, Double> FDI_OUTPUT_SHARES = vector(
      "MIN", 0.10, "FOOD", 0.35, "TEX", 0.60, "LEA", 0.70, "WOOD", 0.45, "CHE", 0.45,
      "RUB", 0.55, "MET", 0.45, "ELE", 0.95, "ELQ", 0.75, "MAC", 0.55, "VEH", 0.55,
      "OMF", 0.35, "ELY", 0.10);

  /** Share of each sector's exports made by FDI firms (0 outside industry). */
  public static final ImmutableMap<String, Double> FDI_EXPORT_SHARES = vector(
      "MIN", 0.10, "FOOD", 0.45, "TEX", 0.70, "LEA", 0.85, "WOOD", 0.55, "CHE", 0.65,
      "RUB", 0.75, "MET", 0.60, "ELE", 0.98, "ELQ", 0.90, "MAC", 0.75, "VEH", 0.80,
      "OMF", 0.50, "ELY", 0.0);

  /** Import share of the inputs of domestically owned firms in the split sectors. */
  public static final double DOMESTIC_FIRM_IMPORT_SHARE = 0.35;

  /** Sectors split into FDI and domestic firms for the value-added content. */
  public static final ImmutableList<String> OWNERSHIP_SPLIT_SECTORS =
      ImmutableList.of("ELE", "TEX", "LEA");

  /** Annual final-demand growth in Binh Duong's baseline projection. */
  public static final double BINH_DUONG_BASE_GROWTH = 0.08;

  /** Capital spending of the mechanical supporting-industry park, trillion VND (fact). */
  public static final double PARK_TRILLION_VND = 26;
  /** Split of the park's spending by supplying sector. */
  public static final ImmutableMap<String, Double> PARK_SPENDING_SPLIT = vector(
      "CON", 0.45, "MAC", 0.30, "ELQ", 0.10, "ELE", 0.05, "SRV", 0.10);
  /** Share of each part of the park's spending bought in Viet Nam. */
  public static final ImmutableMap<String, Double> PARK_DOMESTIC_SHARES = vector(
      "CON", 1.0, "MAC", 0.35, "ELQ", 0.40, "ELE", 0.20, "SRV", 0.90);

  /** January 2024 rise applied to exports of the surge sectors (Binh Duong IIP, fact). */
  public static final double EXPORT_SURGE = 0.278;
  /** Sectors whose exports rise in the surge. */
  public static final ImmutableList<String> SURGE_SECTORS =
      ImmutableList.of("WOOD", "TEX", "LEA", "ELE");

  /** The list of every constant with its value, unit and source. */
  public static ImmutableList<Assumption> all() {
    List<Assumption> a = new ArrayList<>();
    a.add(new Assumption("NATIONAL_GVA", num(NATIONAL_GVA), UNIT, NATIONAL_GVA_SOURCE));
    a.add(new Assumption("VND_PER_USD", num(VND_PER_USD), "VND/USD",
        "assumption: 2024 average rate, rounded (about 24,000–25,500 during 2024)"));
    a.add(new Assumption("NATIONAL_VA_SHARES", text(NATIONAL_VA_SHARES), "share of GVA",
        "assumption, with manufacturing = 0.18 from the fact 'industry ~18% of GDP' (issue 6) "
            + "read as manufacturing industry; GSO reports a larger industry share, check"));
    a.add(new Assumption("LEATHER_SHARE_OF_D13T15", num(LEATHER_SHARE_OF_D13T15),
        "share of output", "assumption: rough ratio of footwear & bags to textile & garment "
            + "export values"));
    a.add(new Assumption("DEFAULT_IMPORT_SHARES", text(DEFAULT_IMPORT_SHARES),
        "share of inputs", "assumption: Viet Nam's processing industries import most "
            + "components; TEX and ELE are solved by calibration"));
    a.add(new Assumption("PRODUCT_IMPORT_FLOORS", text(PRODUCT_IMPORT_FLOORS),
        "share of use", "assumption: Viet Nam imports most chemical and steel intermediates"));
    a.add(new Assumption("DVA_TARGET_TEXTILES", num(DVA_TARGET_TEXTILES), "share",
        "fact: OECD TiVA as reported by Viet Nam's MOIT (issue 6)"));
    a.add(new Assumption("DVA_TARGET_ELECTRONICS", num(DVA_TARGET_ELECTRONICS), "share",
        "fact: OECD TiVA as reported by Viet Nam's MOIT (issue 6)"));
    a.add(new Assumption("EXPORT_SHARES", text(EXPORT_SHARES), "share of final demand",
        "assumption: processing sectors export most of their output"));
    a.add(new Assumption("INVESTMENT_SHARES", text(INVESTMENT_SHARES),
        "share of domestic final demand", "assumption"));
    a.add(new Assumption("GOVERNMENT_SHARES", text(GOVERNMENT_SHARES),
        "share of domestic final demand", "assumption; the rest is household consumption"));
    a.add(new Assumption("LABOUR_SHARE", num(LABOUR_SHARE), "share of GVA",
        "assumption: compensation of employees about 45% of GVA"));
    a.add(new Assumption("EMPLOYMENT", num(EMPLOYMENT), "persons",
        "assumption: about 52 million employed (GSO labour force survey 2024, rounded)"));
    a.add(new Assumption("EMPLOYMENT_SHARES", text(EMPLOYMENT_SHARES), "share of employment",
        "assumption: broad GSO structure (agriculture about a quarter), split by judgement"));
    a.add(new Assumption("ORIGIN_SHARES", "default " + arr(DEFAULT_ORIGIN_SHARES) + "; "
        + ORIGIN_SHARES.entrySet().stream().map(e -> e.getKey() + " " + arr(e.getValue()))
            .collect(Collectors.joining("; ")), "share of imports, " + ORIGINS,
        "assumption: 'foreign inputs mainly from China and Korea' (issue 6)"));
    a.add(new Assumption("FLQ_DELTA", num(FLQ_DELTA), "1",
        "assumption: Flegg & Tohmo (2013) find δ about 0.2–0.35 for regions"));
    a.add(new Assumption("HCMC_GVA", num(HCMC_GVA), UNIT,
        "assumption: GRDP about 1,700 trillion VND in 2024 less net product taxes"));
    a.add(new Assumption("HCMC_VA_SHARES", text(HCMC_VA_SHARES), "share of GVA",
        "industry 17.8% and services 65.6% of GRDP (fact, issue 6) over 0.89; rest assumption"));
    a.add(new Assumption("BINH_DUONG_GVA", num(BINH_DUONG_GVA), UNIT,
        "assumption: GRDP about 500 trillion VND in 2024 less net product taxes"));
    a.add(new Assumption("BINH_DUONG_VA_SHARES", text(BINH_DUONG_VA_SHARES), "share of GVA",
        "assumption: industry & construction 0.60 ('dominant', issue 6)"));
    a.add(new Assumption("FDI_OUTPUT_SHARES", text(FDI_OUTPUT_SHARES), "share of output",
        "assumption: FDI dominates electronics; used nationally and for Binh Duong"));
    a.add(new Assumption("FDI_EXPORT_SHARES", text(FDI_EXPORT_SHARES), "share of exports",
        "assumption: FDI firms export more of their output than domestic firms"));
    a.add(new Assumption("DOMESTIC_FIRM_IMPORT_SHARE", num(DOMESTIC_FIRM_IMPORT_SHARE),
        "share of inputs", "assumption: domestic firms buy more local inputs than FDI firms"));
    a.add(new Assumption("BINH_DUONG_BASE_GROWTH", num(BINH_DUONG_BASE_GROWTH), "per year",
        "assumption: baseline final-demand growth"));
    a.add(new Assumption("PARK_TRILLION_VND", num(PARK_TRILLION_VND), "trillion VND",
        "fact: planned mechanical supporting-industry park in Binh Duong (issue 6)"));
    a.add(new Assumption("PARK_SPENDING_SPLIT", text(PARK_SPENDING_SPLIT), "share",
        "assumption: construction and equipment of an industrial park"));
    a.add(new Assumption("PARK_DOMESTIC_SHARES", text(PARK_DOMESTIC_SHARES), "share",
        "assumption: most machinery and electronics are imported"));
    a.add(new Assumption("EXPORT_SURGE", num(EXPORT_SURGE), "growth",
        "fact: Binh Duong IIP +27.8% year on year, January 2024 (issue 6), used as the size "
            + "of the export rise"));
    a.add(new Assumption("SURGE_SECTORS", String.join(" ", SURGE_SECTORS), "",
        "issue 6: wood, textiles, footwear, electronics"));
    return ImmutableList.copyOf(a);
  }

  /** A vector in sector order; sectors missing from {@code shares} are 0. */
  public static double[] inSectorOrder(Map<String, Double> shares) {
    double[] v = new double[VietNamSectors.ALL.size()];
    shares.forEach((code, value) -> v[VietNamSectors.indexOf(code)] = value);
    return v;
  }

  private static ImmutableMap<String, Double> vector(Object... pairs) {
    ImmutableMap.Builder<String, Double> b = ImmutableMap.builder();
    for (int i = 0; i < pairs.length; i += 2) {
      b.put((String) pairs[i], ((Number) pairs[i + 1]).doubleValue());
    }
    return b.build();
  }

  private static String text(Map<String, Double> v) {
    return v.entrySet().stream().map(e -> e.getKey() + " " + num(e.getValue()))
        .collect(Collectors.joining(", "));
  }

  private static String arr(double[] v) {
    return java.util.Arrays.stream(v).mapToObj(VietNamAssumptions::num)
        .collect(Collectors.joining("/"));
  }

  static String num(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.format(Locale.ROOT, "%,.0f", v)
        : String.format(Locale.ROOT, "%s", v);
  }
}
