package org.sectoral.core.table;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A sector (industry or product group) of an input-output table: a code such as {@code "C26"}, a
 * display name and an optional classification reference such as {@code "ISIC Rev.4 26"}
 * (empty when unknown). Identity is the code alone.
 */
public record Sector(String code, String name, String classification) {
  /** Validates that the code is non-blank. */
  public Sector {
    checkNotNull(code, "code");
    checkNotNull(name, "name");
    checkNotNull(classification, "classification");
    checkArgument(!code.isBlank(), "Sector code is blank");
  }

  /** A sector whose name is its code. */
  public static Sector of(String code) {
    return new Sector(code, code, "");
  }

  /** A sector with a code and a display name. */
  public static Sector of(String code, String name) {
    return new Sector(code, name, "");
  }

  /** A sector with a code, a display name and a classification reference. */
  public static Sector of(String code, String name, String classification) {
    return new Sector(code, name, classification);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Sector s && s.code.equals(code);
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
