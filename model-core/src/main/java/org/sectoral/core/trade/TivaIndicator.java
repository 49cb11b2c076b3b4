package org.sectoral.core.trade;

/**
 * The OECD Trade in Value Added indicators computed by {@link TivaIndicators}, with the codes of
 * the OECD TiVA database (Guide to OECD's Trade in Value Added Indicators, 2018 edition §4–5).
 * The formulas are stated on {@link TivaIndicators}.
 */
public enum TivaIndicator {
  /** Gross exports to other regions' intermediate and final use (money). */
  EXGR("Gross exports", false, true),
  /** Domestic value-added content of gross exports (money). */
  EXGR_DVA("Domestic value added content of gross exports", false, true),
  /** Direct domestic industry value-added content of gross exports (money). */
  EXGR_DDC("Direct domestic industry value added content of gross exports", false, true),
  /** Indirect domestic content of gross exports, from domestic upstream industries (money). */
  EXGR_IDC("Indirect domestic content of gross exports", false, true),
  /** Re-imported domestic value-added content of gross exports (money). */
  EXGR_RIM("Re-imported domestic value added content of gross exports", false, true),
  /** Foreign value-added content of gross exports (money). */
  EXGR_FVA("Foreign value added content of gross exports", false, true),
  /** Domestic value-added share of gross exports (percent). */
  EXGR_DVASH("Domestic value added share of gross exports", true, true),
  /** Foreign value-added share of gross exports (percent). */
  EXGR_FVASH("Foreign value added share of gross exports", true, true),
  /** Domestic value added embodied in foreign final demand (money; by source industry). */
  FFD_DVA("Domestic value added embodied in foreign final demand", false, true),
  /** Domestic value added embodied in domestic final demand (money; by source industry). */
  DXD_DVA("Domestic value added embodied in domestic final demand", false, true),
  /** Foreign value added embodied in domestic final demand (money; country only). */
  DFD_FVA("Foreign value added embodied in domestic final demand", false, false),
  /** Backward participation in GVCs: foreign value added in domestic exports (money). */
  DEXFVAP("Backward participation in GVCs: foreign value added embodied in exports", false,
      true),
  /** Forward participation in GVCs: domestic value added in foreign exports (money). */
  FEXDVAP("Forward participation in GVCs: domestic value added embodied in foreign exports",
      false, true);

  private final String description;
  private final boolean percent;
  private final boolean byIndustry;

  TivaIndicator(String description, boolean percent, boolean byIndustry) {
    this.description = description;
    this.percent = percent;
    this.byIndustry = byIndustry;
  }

  /** The OECD's description of the indicator. */
  public String description() {
    return description;
  }

  /** Whether the indicator is a percentage (otherwise it is in the table's money unit). */
  public boolean isPercent() {
    return percent;
  }

  /** Whether the indicator is defined per country × industry as well as per country. */
  public boolean hasIndustryBreakdown() {
    return byIndustry;
  }
}
