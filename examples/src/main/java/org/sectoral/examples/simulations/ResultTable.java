package org.sectoral.examples.simulations;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A table of results: title, column headers with units, rows of cells (numbers or text).
 *
 * @param title the caption, stating that values are estimates where they are
 * @param headers column headers
 * @param units unit per column ("" for none)
 * @param rows rows of cells
 */
public record ResultTable(String title, List<String> headers, List<String> units,
    List<List<Object>> rows) {
  /** Validates the shape and freezes the lists. */
  public ResultTable {
    checkArgument(headers.size() == units.size(), "%s units for %s headers", units.size(),
        headers.size());
    List<List<Object>> copy = new ArrayList<>();
    for (List<Object> r : rows) {
      checkArgument(r.size() == headers.size(), "Row %s has %s cells for %s headers", r,
          r.size(), headers.size());
      List<Object> cells = new ArrayList<>();
      for (Object c : r) {
        // no "-0.0" in tables: round-off below 1e-9 shows as 0
        cells.add(c instanceof Double d && Math.abs(d) < 1e-9 ? Double.valueOf(0) : c);
      }
      copy.add(Collections.unmodifiableList(cells));
    }
    headers = ImmutableList.copyOf(headers);
    units = ImmutableList.copyOf(units);
    rows = Collections.unmodifiableList(copy);
  }

  /** A builder of a table with the given title and columns (header, unit pairs). */
  public static Builder builder(String title, String... headerUnitPairs) {
    checkArgument(headerUnitPairs.length % 2 == 0, "Headers and units come in pairs");
    Builder b = new Builder(title);
    for (int i = 0; i < headerUnitPairs.length; i += 2) {
      b.headers.add(headerUnitPairs[i]);
      b.units.add(headerUnitPairs[i + 1]);
    }
    return b;
  }

  /** Builds a {@link ResultTable} row by row. */
  public static final class Builder {
    private final String title;
    private final List<String> headers = new ArrayList<>();
    private final List<String> units = new ArrayList<>();
    private final List<List<Object>> rows = new ArrayList<>();

    private Builder(String title) {
      this.title = title;
    }

    /** Adds a row. */
    public Builder row(Object... cells) {
      rows.add(List.of(cells));
      return this;
    }

    /** The table. */
    public ResultTable build() {
      return new ResultTable(title, headers, units, rows);
    }
  }
}
