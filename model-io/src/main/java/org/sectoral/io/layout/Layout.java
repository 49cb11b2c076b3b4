package org.sectoral.io.layout;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.sectoral.core.table.FinalDemandCategory;
import org.sectoral.core.table.ValueAddedComponent;

/**
 * An immutable description of one published table layout: the codes of its final-demand columns
 * (each with its {@link FinalDemandCategory}), of its value-added rows (each with its
 * {@link ValueAddedComponent.Kind}), and of named single codes such as the output row, keyed by a
 * role the reader documents (e.g. {@code "output"} → {@code "OUTPUT"}).
 *
 * <p>A publisher renaming a code is a one-line change: {@code layout.toBuilder().code("output",
 * "TOTAL").build()}. Readers report a missing code as "expected … "CODE" not found".
 */
public final class Layout {
  private final String name;
  private final ImmutableMap<String, FinalDemandCategory> finalDemand;
  private final ImmutableMap<String, ValueAddedComponent.Kind> valueAdded;
  private final ImmutableMap<String, String> codes;

  private Layout(Builder b) {
    this.name = b.name;
    this.finalDemand = ImmutableMap.copyOf(b.finalDemand);
    this.valueAdded = ImmutableMap.copyOf(b.valueAdded);
    this.codes = ImmutableMap.copyOf(b.codes);
  }

  /** A builder for a layout named e.g. {@code "OECD IOT 2023 ttl"}. */
  public static Builder builder(String name) {
    return new Builder(name);
  }

  /** A builder holding this layout's codes, to rename or add some. */
  public Builder toBuilder() {
    Builder b = new Builder(name);
    b.finalDemand.putAll(finalDemand);
    b.valueAdded.putAll(valueAdded);
    b.codes.putAll(codes);
    return b;
  }

  /** The layout's name, used in messages. */
  public String name() {
    return name;
  }

  /** Final-demand column codes in file order, each with its category. */
  public ImmutableMap<String, FinalDemandCategory> finalDemand() {
    return finalDemand;
  }

  /** Value-added row codes in file order, each with its kind. */
  public ImmutableMap<String, ValueAddedComponent.Kind> valueAdded() {
    return valueAdded;
  }

  /** All named single codes by role. */
  public ImmutableMap<String, String> codes() {
    return codes;
  }

  /**
   * The code playing a role, e.g. {@code code("output")}.
   *
   * @throws IllegalArgumentException when the layout does not define the role
   */
  public String code(String role) {
    String c = codes.get(role);
    checkArgument(c != null, "Layout %s has no code for role %s (has %s)", name, role,
        codes.keySet());
    return c;
  }

  @Override
  public String toString() {
    return "Layout[" + name + "]";
  }

  /** Collects the codes of a {@link Layout}. */
  public static final class Builder {
    private final String name;
    private final Map<String, FinalDemandCategory> finalDemand = new LinkedHashMap<>();
    private final Map<String, ValueAddedComponent.Kind> valueAdded = new LinkedHashMap<>();
    private final Map<String, String> codes = new LinkedHashMap<>();

    private Builder(String name) {
      this.name = checkNotNull(name, "name");
    }

    /** Adds (or re-categorises) a final-demand column code. */
    public Builder finalDemand(String code, FinalDemandCategory category) {
      finalDemand.put(checkNotNull(code, "code"), checkNotNull(category, "category"));
      return this;
    }

    /** Renames a final-demand column code, keeping its place and category. */
    public Builder renameFinalDemand(String oldCode, String newCode) {
      checkArgument(finalDemand.containsKey(oldCode), "No final-demand code %s in %s", oldCode,
          finalDemand.keySet());
      Map<String, FinalDemandCategory> copy = new LinkedHashMap<>();
      finalDemand.forEach((k, v) -> copy.put(k.equals(oldCode) ? newCode : k, v));
      finalDemand.clear();
      finalDemand.putAll(copy);
      return this;
    }

    /** Removes a final-demand column code (a layout variant without that column). */
    public Builder removeFinalDemand(String code) {
      finalDemand.remove(code);
      return this;
    }

    /** Adds (or re-kinds) a value-added row code. */
    public Builder valueAdded(String code, ValueAddedComponent.Kind kind) {
      valueAdded.put(checkNotNull(code, "code"), checkNotNull(kind, "kind"));
      return this;
    }

    /** Renames a value-added row code, keeping its place and kind. */
    public Builder renameValueAdded(String oldCode, String newCode) {
      checkArgument(valueAdded.containsKey(oldCode), "No value-added code %s in %s", oldCode,
          valueAdded.keySet());
      Map<String, ValueAddedComponent.Kind> copy = new LinkedHashMap<>();
      valueAdded.forEach((k, v) -> copy.put(k.equals(oldCode) ? newCode : k, v));
      valueAdded.clear();
      valueAdded.putAll(copy);
      return this;
    }

    /** Sets the code that plays a role (e.g. {@code "output"}). */
    public Builder code(String role, String code) {
      codes.put(checkNotNull(role, "role"), checkNotNull(code, "code"));
      return this;
    }

    /** Freezes the layout. */
    public Layout build() {
      return new Layout(this);
    }
  }
}
