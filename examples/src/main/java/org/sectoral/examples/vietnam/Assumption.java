package org.sectoral.examples.vietnam;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * One stated input of the embedded Viet Nam model: a named constant (a number or a vector by
 * sector, written as text), its unit and its source, or the word "assumption" when it is a
 * modelling choice rather than a published figure.
 *
 * @param name the constant's name in {@link VietNamAssumptions}
 * @param value the value as text (vectors as {@code CODE value, …})
 * @param unit the unit
 * @param source the publisher or "assumption: why"
 */
public record Assumption(String name, String value, String unit, String source) {
  /** Validates the parts. */
  public Assumption {
    checkNotNull(name, "name");
    checkNotNull(value, "value");
    checkNotNull(unit, "unit");
    checkNotNull(source, "source");
  }

  /** Whether this is a modelling assumption rather than a published figure. */
  public boolean isAssumption() {
    return source.startsWith("assumption");
  }
}
