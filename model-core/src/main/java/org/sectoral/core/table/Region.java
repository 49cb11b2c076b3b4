package org.sectoral.core.table;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A region of an input-output system: a country, a province, "rest of world". Identity is the
 * code alone; the name is for display.
 */
public record Region(String code, String name) {
  /** Validates that the code is non-blank. */
  public Region {
    checkNotNull(code, "code");
    checkNotNull(name, "name");
    checkArgument(!code.isBlank(), "Region code is blank");
  }

  /** A region whose name is its code. */
  public static Region of(String code) {
    return new Region(code, code);
  }

  /** A region with a code and a display name. */
  public static Region of(String code, String name) {
    return new Region(code, name);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Region r && r.code.equals(code);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }

  @Override
  public String toString() {
    return code;
  }
}
