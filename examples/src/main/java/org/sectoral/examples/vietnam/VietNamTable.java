package org.sectoral.examples.vietnam;

import org.sectoral.core.table.InputOutputTable;
import org.sectoral.io.BuiltinTable;

/**
 * The built-in table {@code builtin:vietnam-southeast-2024}: the national table of
 * {@link VietNamModels#southeast2024()}, Viet Nam's 2024 economy in 18 sectors, calibrated to
 * published figures (an estimate). Register it explicitly
 * ({@code BuiltinTables.of(new VietNamTable())}) or let {@code BuiltinTables.discover()} find it
 * (it is listed in {@code META-INF/services/org.sectoral.io.BuiltinTable}).
 */
public final class VietNamTable implements BuiltinTable {
  /** The name after {@code builtin:}. */
  public static final String NAME = "vietnam-southeast-2024";

  /** For explicit registration and the service loader. */
  public VietNamTable() {}

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "Viet Nam 2024, 18 sectors, calibrated to published figures (an estimate)";
  }

  @Override
  public InputOutputTable load() {
    return VietNamModels.southeast2024().national();
  }
}
