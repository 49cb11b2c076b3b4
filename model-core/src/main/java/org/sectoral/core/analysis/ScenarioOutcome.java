package org.sectoral.core.analysis;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The outcome of one analysis of a scenario file: its name, its type ({@code scenario},
 * {@code localization}, {@code investment}, {@code projection}, {@code price},
 * {@code productionIndex}, {@code regional}, {@code sda}), its key numbers (a summary of
 * {@link Double}, {@link Integer} or {@link String} values, in order) and its tidy tables (e.g.
 * {@code comparison} with {@code region, sector, measure, baseline, scenario, change}).
 * Immutable. Scenario files are read and run by {@code org.sectoral.io.scenario} in model-io.
 */
public final class ScenarioOutcome {
  private final String name;
  private final String type;
  private final String description;
  private final ImmutableMap<String, Object> summary;
  private final ImmutableList<ResultTable> tables;

  private ScenarioOutcome(String name, String type, String description,
      ImmutableMap<String, Object> summary, ImmutableList<ResultTable> tables) {
    this.name = name;
    this.type = type;
    this.description = description;
    this.summary = summary;
    this.tables = tables;
  }

  /** An outcome without a description (see {@link #of(String, String, String, Map, List)}). */
  public static ScenarioOutcome of(String name, String type, Map<String, ?> summary,
      List<ResultTable> tables) {
    return of(name, type, "", summary, tables);
  }

  /**
   * An outcome.
   *
   * @param description what the analysis studies, from the file ({@code ""} for none)
   * @param summary key numbers in order; values {@link Double}, {@link Integer} or
   *     {@link String}
   * @param tables the tidy tables (distinct names)
   */
  public static ScenarioOutcome of(String name, String type, String description,
      Map<String, ?> summary, List<ResultTable> tables) {
    checkNotNull(name, "name");
    checkNotNull(description, "description");
    checkNotNull(type, "type");
    for (Object v : summary.values()) {
      checkArgument(v instanceof Double || v instanceof Integer || v instanceof String,
          "Summary value %s is not a double, an integer or text", v);
    }
    checkArgument(tables.stream().map(ResultTable::name).distinct().count() == tables.size(),
        "Tables with the same name: %s", tables);
    return new ScenarioOutcome(name, type, description, ImmutableMap.copyOf(summary),
        ImmutableList.copyOf(tables));
  }

  /** The analysis's name (its type when the file gives none). */
  public String name() {
    return name;
  }

  /** The analysis type as written in the file, e.g. {@code investment}. */
  public String type() {
    return type;
  }

  /** What the analysis studies, as the file describes it ({@code ""} when it does not). */
  public String description() {
    return description;
  }

  /** Key numbers by label, in order (e.g. {@code "total output"} → 1234.5). */
  public ImmutableMap<String, Object> summary() {
    return summary;
  }

  /** The tidy tables, in order. */
  public ImmutableList<ResultTable> tables() {
    return tables;
  }

  /** The tidy table of a name. */
  public Optional<ResultTable> table(String tableName) {
    checkNotNull(tableName, "tableName");
    return tables.stream().filter(t -> t.name().equals(tableName)).findFirst();
  }

  @Override
  public String toString() {
    return "ScenarioOutcome{" + name + " (" + type + "), " + summary + "}";
  }
}
