package org.sectoral.core.table;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/** A row of a satellite account: an indicator such as employment or CO2, with its unit. */
public record Stressor(String name, String unit) {
  /** Validates that the name is non-blank. */
  public Stressor {
    checkNotNull(name, "name");
    checkNotNull(unit, "unit");
    checkArgument(!name.isBlank(), "Stressor name is blank");
  }

  /** A stressor with a name and unit, e.g. {@code Stressor.of("employment", "thousand persons")}. */
  public static Stressor of(String name, String unit) {
    return new Stressor(name, unit);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Stressor s && s.name.equals(name);
  }

  @Override
  public int hashCode() {
    return name.hashCode();
  }

  @Override
  public String toString() {
    return name;
  }
}
