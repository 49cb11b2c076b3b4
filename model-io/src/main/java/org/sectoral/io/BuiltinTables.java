package org.sectoral.io;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.function.Supplier;
import org.sectoral.core.table.InputOutputTable;

/**
 * An immutable, explicitly built registry of {@link BuiltinTable}s, resolving references
 * {@code builtin:NAME}. No static self-registration: start from {@link #none()} or
 * {@link #of}, add with {@link #with}; {@link #discover()} looks implementations up with
 * {@link ServiceLoader} only when asked (as Jackson's {@code ObjectMapper.findModules}).
 *
 * <pre>{@code
 * BuiltinTables builtins = BuiltinTables.of(BuiltinTables.table("two-sector",
 *     "Miller & Blair's two-sector example", MyTables::twoSector));
 * InputOutputTable t = builtins.load("builtin:two-sector");
 * }</pre>
 */
public final class BuiltinTables {
  /** The prefix of a reference to a built-in table. */
  public static final String PREFIX = "builtin:";
  private static final BuiltinTables NONE = new BuiltinTables(Map.of());

  private final Map<String, BuiltinTable> tables;

  private BuiltinTables(Map<String, BuiltinTable> tables) {
    this.tables = tables;
  }

  /** The empty registry. */
  public static BuiltinTables none() {
    return NONE;
  }

  /** A registry of these tables (names must be unique and well formed). */
  public static BuiltinTables of(BuiltinTable... tables) {
    return of(List.of(tables));
  }

  /** A registry of these tables (names must be unique and well formed). */
  public static BuiltinTables of(List<? extends BuiltinTable> tables) {
    checkNotNull(tables, "tables");
    Map<String, BuiltinTable> map = new LinkedHashMap<>();
    for (BuiltinTable t : tables) {
      checkNotNull(t, "table");
      checkArgument(t.name().matches("[a-z0-9]+(-[a-z0-9]+)*"),
          "Built-in table name %s: lower-case letters, digits and single hyphens", t.name());
      checkArgument(map.put(t.name(), t) == null, "Built-in table %s registered twice",
          t.name());
    }
    return new BuiltinTables(Collections.unmodifiableMap(map));
  }

  /** Every {@link BuiltinTable} listed as a service on the context class loader's class path. */
  public static BuiltinTables discover() {
    return discover(Thread.currentThread().getContextClassLoader());
  }

  /** Every {@link BuiltinTable} listed as a service to {@code loader}, in class-path order. */
  public static BuiltinTables discover(ClassLoader loader) {
    List<BuiltinTable> found = new ArrayList<>();
    ServiceLoader.load(BuiltinTable.class, loader).forEach(found::add);
    return of(found);
  }

  /** A built-in table from a name, a description and a function that makes the table. */
  public static BuiltinTable table(String name, String description,
      Supplier<InputOutputTable> load) {
    checkNotNull(name, "name");
    checkNotNull(description, "description");
    checkNotNull(load, "load");
    return new BuiltinTable() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public String description() {
        return description;
      }

      @Override
      public InputOutputTable load() {
        return load.get();
      }

      @Override
      public String toString() {
        return PREFIX + name;
      }
    };
  }

  /** This registry and {@code more} (names must stay unique). */
  public BuiltinTables with(BuiltinTables more) {
    checkNotNull(more, "more");
    List<BuiltinTable> all = new ArrayList<>(tables.values());
    all.addAll(more.tables.values());
    return of(all);
  }

  /** This registry and one more table. */
  public BuiltinTables with(BuiltinTable table) {
    return with(of(table));
  }

  /** The registered tables, in order. */
  public List<BuiltinTable> tables() {
    return List.copyOf(tables.values());
  }

  /** The references of the registered tables ({@code builtin:NAME}), in order. */
  public List<String> references() {
    return tables.keySet().stream().map(n -> PREFIX + n).toList();
  }

  /** Whether {@code reference} starts with {@value #PREFIX} (registered or not). */
  public static boolean isReference(String reference) {
    return checkNotNull(reference, "reference").startsWith(PREFIX);
  }

  /** The table of a name (without the prefix) or a reference {@code builtin:NAME}. */
  public Optional<BuiltinTable> byName(String nameOrReference) {
    checkNotNull(nameOrReference, "nameOrReference");
    String name = isReference(nameOrReference) ? nameOrReference.substring(PREFIX.length())
        : nameOrReference;
    return Optional.ofNullable(tables.get(name));
  }

  /**
   * Loads the table of a reference {@code builtin:NAME}.
   *
   * @throws TableFormatException naming the reference and the known tables when none has that
   *     name
   */
  public InputOutputTable load(String reference) throws TableFormatException {
    checkArgument(isReference(reference), "Not a built-in reference: %s", reference);
    return byName(reference).orElseThrow(() -> TableFormatException.ofSource(reference,
        "no built-in table of that name; " + (tables.isEmpty() ? "none is registered"
            : "known: " + String.join(", ", references())))).load();
  }

  @Override
  public String toString() {
    return "BuiltinTables" + references();
  }
}
