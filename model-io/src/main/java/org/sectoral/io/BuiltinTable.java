package org.sectoral.io;

import org.sectoral.core.table.InputOutputTable;

/**
 * A table that ships inside a library and is named {@code builtin:NAME} wherever a table is read
 * ({@link TableLoader}, the {@code "table"} of a scenario file, the command line). Register it
 * explicitly with {@link BuiltinTables#of}; to let {@link BuiltinTables#discover()} find it,
 * list the implementing class (public, with a public no-argument constructor) in
 * {@code META-INF/services/org.sectoral.io.BuiltinTable}.
 */
public interface BuiltinTable {
  /** The name after {@code builtin:}, e.g. {@code vietnam-southeast-2024}: lower case, digits, hyphens. */
  String name();

  /** One line saying what the table is and whether its numbers are estimates. */
  String description();

  /** Builds (or reads) the table; may take a while and is not cached here. */
  InputOutputTable load();
}
