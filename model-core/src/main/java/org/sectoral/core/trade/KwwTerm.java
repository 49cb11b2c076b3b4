package org.sectoral.core.trade;

/**
 * The nine terms of the Koopman, Wang &amp; Wei (2014, AER 104(2), eq. 36 and Figure 1)
 * decomposition of a country's gross exports, with the names used by the {@code decompr} R
 * package.
 */
public enum KwwTerm {
  /** T1: domestic value added in final goods exports. */
  T1("DVA_FIN", "Domestic value added in final goods exports"),
  /** T2: domestic value added in intermediates absorbed by the direct importer. */
  T2("DVA_INT", "Domestic value added in intermediate exports absorbed by direct importers"),
  /** T3: domestic value added in intermediates re-exported to third countries. */
  T3("DVA_INTrex", "Domestic value added in intermediates re-exported to third countries"),
  /** T4: domestic value added returning home in final imports. */
  T4("RDV_FIN", "Domestic value added in intermediate exports returning via final imports"),
  /** T5: domestic value added returning home in intermediate imports. */
  T5("RDV_INT",
      "Domestic value added in intermediate exports returning via intermediate imports"),
  /** T6: double-counted domestic value added (two-way trade in intermediates). */
  T6("DDC", "Double-counted domestic value added in intermediate exports"),
  /** T7: foreign value added in final goods exports. */
  T7("FVA_FIN", "Foreign value added in final goods exports"),
  /** T8: foreign value added in intermediate exports. */
  T8("FVA_INT", "Foreign value added in intermediate exports"),
  /** T9: double-counted foreign value added. */
  T9("FDC", "Double-counted foreign value added in intermediate exports");

  private final String label;
  private final String description;

  KwwTerm(String label, String description) {
    this.label = label;
    this.description = description;
  }

  /** The short label used by {@code decompr} and WWZ (2013), e.g. {@code DVA_FIN}. */
  public String label() {
    return label;
  }

  /** What the term measures. */
  public String description() {
    return description;
  }
}
