package org.sectoral.charts;

import org.sectoral.core.table.InputOutputTable;

/** Gives tests in other packages the illustrative {@link TestEconomy}. */
public final class TestEconomyAccess {
  private TestEconomyAccess() {}

  /** The illustrative 4-sector table. */
  public static InputOutputTable table() {
    return TestEconomy.table();
  }
}
