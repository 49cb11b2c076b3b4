package org.sectoral.core.table;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A row of the value-added block: a code (e.g. {@code COMP}) and its {@link Kind}. Net taxes on
 * products are not value added; tables hold them in a row of their own.
 */
public record ValueAddedComponent(String code, Kind kind) {
  /** The SNA components of gross value added at basic prices. */
  public enum Kind {
    /** Compensation of employees (labour income). */
    COMPENSATION,
    /** Gross operating surplus and mixed income. */
    OPERATING_SURPLUS,
    /** Other taxes less subsidies on production. */
    TAXES_ON_PRODUCTION,
    /** Value added not split into components, or any other component. */
    OTHER
  }

  /** Validates the parts. */
  public ValueAddedComponent {
    checkNotNull(code, "code");
    checkNotNull(kind, "kind");
    checkArgument(!code.isBlank(), "Value-added code is blank");
  }

  /** A component with a code and kind. */
  public static ValueAddedComponent of(String code, Kind kind) {
    return new ValueAddedComponent(code, kind);
  }

  @Override
  public String toString() {
    return code;
  }
}
