package org.sectoral.examples.vietnam;

/**
 * The published 2024 macro figures the national table is calibrated to, million USD of 2024
 * unless stated. Each names its source in {@link VietNamFacts}; the year is 2024 because it is
 * the last year with published figures for the pre-merger provinces and the year of the
 * articles' facts (2025 full-year estimates exist: GDP +8.02%, exports about 475 billion USD).
 */
public final class Targets2024 {
  private Targets2024() {}

  /** GDP at current prices: 11,512 trillion VND = 476.3 billion USD (GSO). */
  public static final double GDP = 476_300;
  /** Agriculture, forestry and fishery, percent of GDP (GSO). */
  public static final double AGRICULTURE_PERCENT = 11.86;
  /** Industry and construction, percent of GDP (GSO). */
  public static final double INDUSTRY_CONSTRUCTION_PERCENT = 37.64;
  /** Services, percent of GDP (GSO). */
  public static final double SERVICES_PERCENT = 42.36;
  /** Product taxes less subsidies, percent of GDP: the rest of the three published shares. */
  public static final double TAXES_PERCENT =
      100 - AGRICULTURE_PERCENT - INDUSTRY_CONSTRUCTION_PERCENT - SERVICES_PERCENT;
  /** Household final consumption, share of GDP (national accounts, 2024). */
  public static final double HOUSEHOLD_CONSUMPTION_SHARE = 0.536;

  /** Exports of goods (GSO). */
  public static final double GOODS_EXPORTS = 405_530;
  /** Imports of goods (GSO). */
  public static final double GOODS_IMPORTS = 380_760;
  /** Computers, electronic products and components: 107,750 in 2025 less the 35,150 rise. */
  public static final double EXPORTS_COMPUTERS = 72_600;
  /** Phones and components (Customs, via the Ministry of Industry and Trade). */
  public static final double EXPORTS_PHONES = 53_900;
  /** Textiles and garments incl. yarn and fabrics (VITAS estimate). */
  public static final double EXPORTS_TEXTILES = 44_000;
  /** Footwear 23,240 plus bags and suitcases 3,800 (Lefaso). */
  public static final double EXPORTS_FOOTWEAR = 27_040;
  /** Timber and wood products incl. wooden furniture (Forestry Department estimate). */
  public static final double EXPORTS_WOOD = 16_300;
  /** Imports of computers, electronic products and components (estimate from 11 months). */
  public static final double IMPORTS_COMPUTERS = 107_000;
  /** Textile and garment inputs imported (VITAS estimate). */
  public static final double IMPORTS_TEXTILES = 25_000;

  /** Gross value added: GDP less product taxes. */
  public static double gva() {
    return GDP * (1 - TAXES_PERCENT / 100);
  }

  /** Product taxes less subsidies. */
  public static double taxes() {
    return GDP * TAXES_PERCENT / 100;
  }
}
