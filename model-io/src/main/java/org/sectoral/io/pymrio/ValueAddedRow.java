package org.sectoral.io.pymrio;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Locale;
import org.sectoral.core.table.ValueAddedComponent;

/**
 * Extension rows of a pymrio system to take into the table as value added (by default), net
 * product taxes or imported intermediate use: one row of an extension, or every row of it
 * ({@code row} null), with a value-added kind (null: from the row's name, see
 * {@link #kindOf(String)}).
 *
 * @param extension the extension's folder name, e.g. {@code factor_inputs}
 * @param row the row (stressor name, index levels joined by {@code " | "}), or null for all rows
 * @param target where the rows go in the table
 * @param kind the value-added kind, or null to derive it from the name (value added only)
 */
public record ValueAddedRow(String extension, String row, Target target,
    ValueAddedComponent.Kind kind) {
  /** Where mapped rows go in the table. */
  public enum Target {
    /** Value added V, one component per row. */
    VALUE_ADDED,
    /** Net taxes on products t (mapped rows are added up). */
    PRODUCT_TAXES,
    /** Imported intermediate use Zᵐ, one imported product per row (F_Y: imported final use). */
    IMPORTS
  }

  /** Validates the parts. */
  public ValueAddedRow {
    checkNotNull(extension, "extension");
    checkArgument(!extension.isBlank(), "Blank extension");
    checkArgument(row == null || !row.isBlank(), "Blank row");
    checkNotNull(target, "target");
    checkArgument(kind == null || target == Target.VALUE_ADDED, "A kind is for value added");
  }

  /** Every row of an extension as value added, kinds from the row names. */
  public static ValueAddedRow allOf(String extension) {
    return new ValueAddedRow(extension, null, Target.VALUE_ADDED, null);
  }

  /** One row of an extension as value added, its kind from its name. */
  public static ValueAddedRow of(String extension, String row) {
    return new ValueAddedRow(extension, checkNotNull(row, "row"), Target.VALUE_ADDED, null);
  }

  /** One row of an extension as net taxes on products, or as imported intermediate use. */
  public static ValueAddedRow of(String extension, String row, Target target) {
    return new ValueAddedRow(extension, checkNotNull(row, "row"), target, null);
  }

  /**
   * Parses {@code EXTENSION}, {@code EXTENSION:ROW} or {@code EXTENSION:ROW=WHAT}, where WHAT is
   * a value-added kind (COMPENSATION, OPERATING_SURPLUS, TAXES_ON_PRODUCTION, OTHER),
   * PRODUCT_TAXES or IMPORTS, e.g. {@code factor_inputs:Value Added},
   * {@code factor_inputs:Compensation of employees=COMPENSATION} or
   * {@code factor_inputs:TLS=PRODUCT_TAXES}. The extension ends at the first ':' (the row may
   * contain ':' and '='; a final {@code =WHAT} counts only when it names one of these).
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
    int eq = row.lastIndexOf('=');
    if (eq >= 0) {
      String what = row.substring(eq + 1).trim().toUpperCase(Locale.ROOT);
      String name = row.substring(0, eq);
      for (Target t : Target.values()) {
        if (t != Target.VALUE_ADDED && t.name().equals(what)) {
          return new ValueAddedRow(extension, name, t, null);
        }
      }
      for (ValueAddedComponent.Kind k : ValueAddedComponent.Kind.values()) {
        if (k.name().equals(what)) {
          return new ValueAddedRow(extension, name, Target.VALUE_ADDED, k);
        }
      }
    }
    return new ValueAddedRow(extension, row, Target.VALUE_ADDED, null);
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
    return extension + (row == null ? "" : ":" + row) + (target != Target.VALUE_ADDED
        ? "=" + target : kind == null ? "" : "=" + kind);
  }
}
