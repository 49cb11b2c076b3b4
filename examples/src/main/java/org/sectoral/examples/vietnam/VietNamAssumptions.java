package org.sectoral.examples.vietnam;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Map;

/**
 * Every number the embedded Viet Nam model is built from that is not a published fact of
 * {@link VietNamFacts}: splits of published totals, shares, priors and settings, each a named
 * constant. Each is listed by {@link #all()} with its title, unit, plausible range and source
 * (a published figure, a figure derived from one, or "assumption"), and in
 * {@code docs/vietnam-model.md}. Vectors are keyed by sector code ({@link VietNamSectors}).
 * Monetary values are million USD of 2024.
 */
public final class VietNamAssumptions {
  private VietNamAssumptions() {}

  /** The unit of every monetary value in the model tables. */
  public static final String UNIT = "million USD";

  /** VND per USD in 2024: GDP in VND over GDP in USD as published (11,512 trillion / 476.3 bn). */
  public static final double VND_PER_USD = 24_170;

  /**
   * Gross value added by sector, percent of GDP. The group totals are published (agriculture
   * 11.86, industry and construction 37.64, services 42.36); the split inside industry and
   * construction and inside services is an assumption.
   */
  public static final ImmutableMap<String, Double> VALUE_ADDED_PERCENT_OF_GDP = vector(
      "AGR", 11.86, "MIN", 3.2, "FOOD", 4.0, "TEX", 2.2, "LEA", 1.2, "WOOD", 1.4, "CHE", 1.5,
      "RUB", 0.9, "MET", 1.3, "ELE", 4.6, "ELQ", 0.9, "MAC", 2.4, "VEH", 1.0, "OMF", 3.0,
      "ELY", 3.6, "CON", 6.44, "TRD", 15.5, "SRV", 26.86);

  /**
   * Value added per unit of output where Viet Nam differs clearly from the template (the other
   * sectors keep the template's ratio, unless output is set by exports).
   */
  public static final ImmutableMap<String, Double> VALUE_ADDED_RATIOS = vector(
      "AGR", 0.55, "MIN", 0.60);

  /**
   * Exports as a share of output for the sectors whose output is set by their published exports
   * (xⱼ = eⱼ / share): electronics, textiles &amp; garments, leather &amp; footwear, wood.
   */
  public static final ImmutableMap<String, Double> EXPORT_SHARE_OF_OUTPUT = vector(
      "TEX", 0.80, "LEA", 0.90, "WOOD", 0.65, "ELE", 0.92);

  /** Largest export share of output of any other goods sector (output is raised to respect it). */
  public static final double MAX_EXPORT_SHARE = 0.85;

  /**
   * Goods exports of the sectors without a published figure here, million USD; together with
   * the four published groups they add up to the published total of 405,530.
   */
  public static final ImmutableMap<String, Double> OTHER_GOODS_EXPORTS = vector(
      "AGR", 22_000, "MIN", 3_000, "FOOD", 32_000, "CHE", 9_000, "RUB", 10_000, "MET", 15_000,
      "ELQ", 22_000, "MAC", 42_000, "VEH", 15_000, "OMF", 21_690);

  /** Exports of services, million USD (transport and trade; tourism and other services). */
  public static final ImmutableMap<String, Double> SERVICES_EXPORTS = vector(
      "TRD", 12_000, "SRV", 13_000);

  /**
   * Imports of goods by product, million USD, adding up to the published 380,760; the
   * electronics row is the published 107,000 for computers, electronics and components plus
   * 10,000 assumed for phone parts, textiles the 25,000 VITAS estimate; the rest is assumed.
   */
  public static final ImmutableMap<String, Double> GOODS_IMPORTS = vector(
      "AGR", 16_760, "MIN", 24_000, "FOOD", 12_000, "TEX", 25_000, "LEA", 7_000, "WOOD", 3_000,
      "CHE", 36_000, "RUB", 10_000, "MET", 30_000, "ELE", 117_000, "ELQ", 15_000, "MAC", 53_000,
      "VEH", 10_000, "OMF", 22_000);

  /** Imports of services, million USD (freight and trade services; other services). */
  public static final ImmutableMap<String, Double> SERVICES_IMPORTS = vector(
      "TRD", 15_000, "SRV", 15_000);

  /** Government final consumption, share of GDP. */
  public static final double GOVERNMENT_SHARE_OF_GDP = 0.07;

  /**
   * Prior share of each product's intermediate use that is imported, before balancing:
   * electricity, water and construction are bought at home, trade and services almost so,
   * goods according to how much Viet Nam imports them. Balancing to the import and output
   * margins moves these; a zero stays zero.
   */
  public static final ImmutableMap<String, Double> PRIOR_IMPORT_SHARES = vector(
      "AGR", 0.15, "MIN", 0.40, "FOOD", 0.15, "TEX", 0.50, "LEA", 0.50, "WOOD", 0.20,
      "CHE", 0.70, "RUB", 0.40, "MET", 0.60, "ELE", 0.70, "ELQ", 0.50, "MAC", 0.60, "VEH", 0.50,
      "OMF", 0.35, "ELY", 0.0, "CON", 0.0, "TRD", 0.02, "SRV", 0.05);

  /** Prior imported share of investment goods (machinery, equipment, vehicles). */
  public static final ImmutableMap<String, Double> PRIOR_CAPITAL_IMPORT_SHARES = vector(
      "ELE", 0.70, "ELQ", 0.70, "MAC", 0.70, "VEH", 0.60);

  /** Prior imported share of household purchases, as a fraction of the intermediate prior. */
  public static final double PRIOR_CONSUMER_IMPORT_FACTOR = 0.5;

  /** Target domestic value-added content of exports of textiles &amp; garments (fact). */
  public static final double DVA_TARGET_TEXTILES = 0.50;
  /** Target domestic value-added content of exports of electronics (fact). */
  public static final double DVA_TARGET_ELECTRONICS = 0.37;

  /**
   * Share of OECD industry D13T15 that is leather &amp; footwear: Lefaso's 27.04 over VITAS's 44.0
   * plus 27.04 billion USD of 2024 exports.
   */
  public static final double LEATHER_SHARE_OF_D13T15 = 0.38;

  /** Compensation of employees (wages and the labour income of the self-employed), share of GVA. */
  public static final double LABOUR_SHARE = 0.45;

  /**
   * Share of operating surplus and mixed income that reaches households, for the household
   * income of Type II multipliers: household income = compensation + this share × operating
   * surplus, which makes household income equal to the survey's 5.4 million VND per person per
   * month (about 57% of GDP). This is the proposed closure; see
   * {@link VietNamModel#householdIncome()}.
   */
  public static final double HOUSEHOLD_SHARE_OF_SURPLUS = 0.31;

  /** Employed persons in 2024: GDP 476.3 bn USD over 9,182 USD per worker. */
  public static final double EMPLOYMENT = 51_900_000;

  /**
   * Shares of employment by sector: the broad 2023 shares are published (agriculture 26.9%,
   * industry and construction 33.5%, services 39.6%); the split is an assumption.
   */
  public static final ImmutableMap<String, Double> EMPLOYMENT_SHARES = vector(
      "AGR", 0.269, "MIN", 0.005, "FOOD", 0.030, "TEX", 0.059, "LEA", 0.029, "WOOD", 0.016,
      "CHE", 0.005, "RUB", 0.009, "MET", 0.004, "ELE", 0.020, "ELQ", 0.007, "MAC", 0.023,
      "VEH", 0.007, "OMF", 0.018, "ELY", 0.007, "CON", 0.096, "TRD", 0.215, "SRV", 0.181);

  /** Origins of imports, in report order. */
  public static final ImmutableList<String> ORIGINS = ImmutableList.of("China", "Korea",
      "Japan", "Taiwan", "ASEAN", "United States", "EU", "Rest of world");

  /** Default origin shares of imported intermediate products (China, Korea, …, RoW). */
  public static final double[] DEFAULT_ORIGIN_SHARES =
      {0.36, 0.18, 0.07, 0.07, 0.12, 0.04, 0.04, 0.12};

  /**
   * Origin shares of imported products that differ from the default; electronics from the
   * published shares of China (32.3%), Korea (29.9%) and Taiwan (12.9%) in 2024 imports of
   * computers and components, the rest assumed.
   */
  public static final ImmutableMap<String, double[]> ORIGIN_SHARES = ImmutableMap.of(
      "ELE", new double[] {0.323, 0.299, 0.08, 0.129, 0.08, 0.03, 0.02, 0.039},
      "TEX", new double[] {0.58, 0.11, 0.04, 0.08, 0.06, 0.03, 0.02, 0.08},
      "LEA", new double[] {0.52, 0.08, 0.03, 0.09, 0.08, 0.06, 0.04, 0.10},
      "MIN", new double[] {0.10, 0.02, 0.02, 0.00, 0.30, 0.05, 0.01, 0.50},
      "AGR", new double[] {0.15, 0.01, 0.01, 0.01, 0.25, 0.20, 0.05, 0.32});

  /** FLQ parameter δ for every region (Flegg &amp; Tohmo 2013: typically 0.2–0.35). */
  public static final double FLQ_DELTA = 0.3;

  /** Share of each industrial sector's output produced by foreign-invested (FDI) firms. */
  public static final ImmutableMap<String, Double> FDI_OUTPUT_SHARES = vector(
      "MIN", 0.10, "FOOD", 0.35, "TEX", 0.60, "LEA", 0.70, "WOOD", 0.45, "CHE", 0.45,
      "RUB", 0.55, "MET", 0.45, "ELE", 0.95, "ELQ", 0.75, "MAC", 0.55, "VEH", 0.55,
      "OMF", 0.35, "ELY", 0.10);

  /** Share of each sector's exports made by FDI firms; electronics 0.99 is published. */
  public static final ImmutableMap<String, Double> FDI_EXPORT_SHARES = vector(
      "AGR", 0.05, "MIN", 0.10, "FOOD", 0.45, "TEX", 0.65, "LEA", 0.80, "WOOD", 0.50,
      "CHE", 0.65, "RUB", 0.70, "MET", 0.55, "ELE", 0.99, "ELQ", 0.90, "MAC", 0.80,
      "VEH", 0.75, "OMF", 0.50, "ELY", 0.0);

  /** Import share of the inputs of domestically owned firms in the split sectors. */
  public static final double DOMESTIC_FIRM_IMPORT_SHARE = 0.25;

  /** Sectors split into FDI and domestic firms for the value-added content. */
  public static final ImmutableList<String> OWNERSHIP_SPLIT_SECTORS =
      ImmutableList.of("ELE", "TEX", "LEA");

  /** Annual final-demand growth in Binh Duong's baseline projection (near 2024 GRDP growth). */
  public static final double BINH_DUONG_BASE_GROWTH = 0.075;

  /** Capital spending of the mechanical supporting-industry park, trillion VND (fact). */
  public static final double PARK_TRILLION_VND = 26;
  /** Split of the park's spending by supplying sector. */
  public static final ImmutableMap<String, Double> PARK_SPENDING_SPLIT = vector(
      "CON", 0.45, "MAC", 0.30, "ELQ", 0.10, "ELE", 0.05, "SRV", 0.10);
  /** Share of each part of the park's spending bought in Viet Nam. */
  public static final ImmutableMap<String, Double> PARK_DOMESTIC_SHARES = vector(
      "CON", 1.0, "MAC", 0.35, "ELQ", 0.40, "ELE", 0.20, "SRV", 0.90);
  /** The park's yearly output of mechanical parts per unit of its capital spending. */
  public static final double PARK_OUTPUT_PER_INVESTMENT = 1.0;
  /** The industries whose imported mechanical parts the park replaces. */
  public static final ImmutableList<String> PARK_CUSTOMERS =
      ImmutableList.of("MAC", "ELQ", "VEH", "ELE", "CON");

  /**
   * Export growth over comparable months: Binh Duong's January–February 2024 exports against
   * January–February 2023, both periods containing the Tet holiday (fact).
   */
  public static final double EXPORT_SURGE = 0.0617;
  /** January 2024 alone against January 2023 (Tet fell in January 2023): inflated (fact). */
  public static final double JANUARY_IIP_RISE = 0.278;
  /** Sectors whose exports rise in the surge. */
  public static final ImmutableList<String> SURGE_SECTORS =
      ImmutableList.of("WOOD", "TEX", "LEA", "ELE");

  /** The list of every constant with its title, value, unit, range and source. */
  public static ImmutableList<Assumption> all() {
    return ALL.get();
  }

  private static final com.google.common.base.Supplier<ImmutableList<Assumption>> ALL =
      com.google.common.base.Suppliers.memoize(AssumptionList::build);

  /** A vector in sector order; sectors missing from {@code shares} are 0. */
  public static double[] inSectorOrder(Map<String, Double> shares) {
    double[] v = new double[VietNamSectors.ALL.size()];
    shares.forEach((code, value) -> v[VietNamSectors.indexOf(code)] = value);
    return v;
  }

  static ImmutableMap<String, Double> vector(Object... pairs) {
    ImmutableMap.Builder<String, Double> b = ImmutableMap.builder();
    for (int i = 0; i < pairs.length; i += 2) {
      b.put((String) pairs[i], ((Number) pairs[i + 1]).doubleValue());
    }
    return b.build();
  }
}
