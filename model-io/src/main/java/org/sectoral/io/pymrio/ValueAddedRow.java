package org.sectoral.io.pymrio;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Locale;
import org.sectoral.core.table.ValueAddedComponent;

/**
 * Extension rows of a pymrio system to take as value added: one row of an extension, or every
 * row of it ({@code row} null), with a value-added kind (null: from the row's name, see
 * {@link #kindOf(String)}).
 *
 * @param extension the extension's folder name, e.g. {@code factor_inputs}
 * @param row the row (stressor name, index levels joined by {@code " | "}), or null for all rows
 * @param kind the kind, or null to derive it from the name
 */
public record ValueAddedRow(String extension, String row, ValueAddedComponent.Kind kind) {
  /** Validates the parts. */
  public ValueAddedRow {
    checkNotNull(extension, "extension");
    checkArgument(!extension.isBlank(), "Blank extension");
    checkArgument(row == null || !row.isBlank(), "Blank row");
  }

  /** Every row of an extension, kinds from the row names. */
  public static ValueAddedRow allOf(String extension) {
    return new ValueAddedRow(extension, null, null);
  }

  /** One row of an extension, its kind from its name. */
  public static ValueAddedRow of(String extension, String row) {
    return new ValueAddedRow(extension, checkNotNull(row, "row"), null);
  }

  /**
   * Parses {@code EXTENSION}, {@code EXTENSION:ROW} or {@code EXTENSION:ROW=KIND} (kind one of
   * COMPENSATION, OPERATING_SURPLUS, TAXES_ON_PRODUCTION, OTHER), e.g.
   * {@code factor_inputs:Value Added} or {@code factor_inputs:Compensation of employees=COMPENSATION}.
   * The extension ends at the first ':' (the row may contain ':' and '='; a final
   * {@code =KIND} is a kind only when it names one).
   *
   * @throws IllegalArgumentException for a blank extension or row
   */
  public static ValueAddedRow parse(String spec) {
    checkNotNull(spec, "spec");
    int colon = spec.indexOf(':');
    if (colon < 0) {
      return allOf(spec.trim());
    }
    String extension = spec.substring(0, colon).trim();
    String row = spec.substring(colon + 1);
    ValueAddedComponent.Kind kind = null;
    int eq = row.lastIndexOf('=');
    if (eq >= 0) {
      String k = row.substring(eq + 1).trim().toUpperCase(Locale.ROOT);
      for (ValueAddedComponent.Kind candidate : ValueAddedComponent.Kind.values()) {
        if (candidate.name().equals(k)) {
          kind = candidate;
          row = row.substring(0, eq);
        }
      }
    }
    return new ValueAddedRow(extension, row, kind);
  }

  /**
   * The kind of a value-added row by its name, the rule used when no kind is given: names with
   * "compensation" or "wages" → COMPENSATION; "operating surplus" or "mixed income" →
   * OPERATING_SURPLUS; "tax" and "production" → TAXES_ON_PRODUCTION; else OTHER.
   */
  public static ValueAddedComponent.Kind kindOf(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    if (n.contains("compensation") || n.contains("wages")) {
      return ValueAddedComponent.Kind.COMPENSATION;
    }
    if (n.contains("operating surplus") || n.contains("mixed income")) {
      return ValueAddedComponent.Kind.OPERATING_SURPLUS;
    }
    if (n.contains("tax") && n.contains("production")) {
      return ValueAddedComponent.Kind.TAXES_ON_PRODUCTION;
    }
    return ValueAddedComponent.Kind.OTHER;
  }

  @Override
  public String toString() {
    return extension + (row == null ? "" : ":" + row) + (kind == null ? "" : "=" + kind);
  }
}
