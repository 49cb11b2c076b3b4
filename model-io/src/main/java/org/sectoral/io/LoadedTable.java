package org.sectoral.io;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.io.pymrio.PymrioSystem;

/**
 * A table as a {@link TableLoader} read it: the table, where it came from, the pymrio system it
 * was read from (pymrio folders and EXIOBASE 3 archives, whose extensions, names and population
 * an analysis keeps), and warnings to show before any result (e.g. an OECD total-flows table).
 * Immutable.
 */
public final class LoadedTable {
  private final InputOutputTable table;
  private final String source;
  private final PymrioSystem pymrio;
  private final ImmutableList<String> warnings;

  private LoadedTable(InputOutputTable table, String source, PymrioSystem pymrio,
      List<String> warnings) {
    this.table = table;
    this.source = source;
    this.pymrio = pymrio;
    this.warnings = ImmutableList.copyOf(warnings);
  }

  /** A loaded table with its source, optional pymrio system (null for none) and warnings. */
  public static LoadedTable of(InputOutputTable table, String source, PymrioSystem pymrio,
      List<String> warnings) {
    return new LoadedTable(checkNotNull(table, "table"), checkNotNull(source, "source"), pymrio,
        checkNotNull(warnings, "warnings"));
  }

  /** The table. */
  public InputOutputTable table() {
    return table;
  }

  /** The reference it was read from: a path, or {@code builtin:NAME}. */
  public String source() {
    return source;
  }

  /** The pymrio system the table was read from, for pymrio folders and EXIOBASE 3 archives. */
  public Optional<PymrioSystem> pymrio() {
    return Optional.ofNullable(pymrio);
  }

  /** Warnings about the table, one sentence each. */
  public ImmutableList<String> warnings() {
    return warnings;
  }

  @Override
  public String toString() {
    return "LoadedTable{" + source + ", " + table.name() + ", warnings " + warnings + "}";
  }
}
