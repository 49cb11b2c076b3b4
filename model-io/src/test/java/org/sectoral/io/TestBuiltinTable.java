package org.sectoral.io;

import org.sectoral.core.table.InputOutputTable;
import org.sectoral.core.testing.RandomEconomies;

/** A built-in table listed as a service in this module's test resources. */
public final class TestBuiltinTable implements BuiltinTable {
  /** For the service loader. */
  public TestBuiltinTable() {}

  @Override
  public String name() {
    return "random-6";
  }

  @Override
  public String description() {
    return "a seeded random national table of 6 sectors";
  }

  @Override
  public InputOutputTable load() {
    return RandomEconomies.national(6, 8);
  }
}
