package org.sectoral.examples.vietnam;

import org.sectoral.core.table.InputOutputTable;

/** Test helpers shared across packages. */
public final class VietNamModelTestSupport {
  private VietNamModelTestSupport() {}

  /** Domestic value-added content v·(I − Aᵈ)⁻¹ by the Neumann series. */
  public static double[] content(InputOutputTable t) {
    return VietNamModelTest.domesticContentBySeries(t);
  }
}
