package org.sectoral.core.analysis;

import org.sectoral.core.table.InputOutputTable;

/**
 * The results an {@link Analysis} can compute. Each part is computed only for the tables it
 * applies to ({@link #appliesTo}); a part asked for that does not apply is left out, not an
 * error.
 */
public enum AnalysisPart {
  /**
   * Type I and Type II multipliers and effects: output, GVA, income, employment
   * ({@link org.sectoral.core.leontief.Multipliers#columns()}); every table.
   */
  MULTIPLIERS("multipliers"),
  /** Rasmussen–Hirschman linkages and key sectors (Miller &amp; Blair §12.2); every table. */
  LINKAGES("linkages"),
  /**
   * Domestic value-added, import and tax content of each sector's output, and the domestic
   * value added in exports (Hummels, Ishii &amp; Yi 2001): national tables with an imports block.
   */
  VALUE_ADDED_CONTENT("value_added_content"),
  /**
   * pymrio's footprint accounts (S, M, D_cba, D_pba, D_imp, D_exp) of every satellite account:
   * tables with satellite accounts.
   */
  FOOTPRINTS("footprints"),
  /** OECD TiVA indicators per country: multi-region tables. */
  TIVA("tiva"),
  /** The Koopman–Wang–Wei decomposition of gross exports: multi-region tables. */
  KWW("kww");

  private final String id;

  AnalysisPart(String id) {
    this.id = id;
  }

  /**
   * The part's name in files and messages: the stem of its CSV file ({@code multipliers},
   * {@code linkages}, {@code value_added_content}, {@code tiva}, {@code kww}), or
   * {@code footprints}.
   */
  public String id() {
    return id;
  }

  /** Whether this part can be computed for {@code table}. */
  public boolean appliesTo(InputOutputTable table) {
    return switch (this) {
      case MULTIPLIERS, LINKAGES -> true;
      case VALUE_ADDED_CONTENT -> table.isNational() && table.imports().isPresent();
      case FOOTPRINTS -> !table.satellites().isEmpty();
      case TIVA, KWW -> !table.isNational();
    };
  }
}
