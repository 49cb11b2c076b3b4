package org.sectoral.io.scenario;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sectoral.io.TableFormatException;

/**
 * The keys each object of a scenario file may have, as {@code scenario.schema.json} lists them
 * (a test compares the two), and the check of a whole file against them when it is read.
 */
final class ScenarioKeys {
  /** Keys of the file's top-level object. */
  static final Set<String> FILE = ImmutableSet.of("$schema", "description", "table",
      "households", "analyses");
  /** Keys of a {@code "households"} object. */
  static final Set<String> HOUSEHOLDS = ImmutableSet.of("income", "surplusShare");
  /** Keys of a projection's {@code "target"}. */
  static final Set<String> TARGET = ImmutableSet.of("group", "valueAddedShare", "year",
      "firstYearGrowth");
  /** Keys of a price analysis's {@code "exogenous"}. */
  static final Set<String> EXOGENOUS = ImmutableSet.of("sector", "change",
      "passThroughToImports");

  /** Keys of each analysis type (besides {@code type}, {@code name}, {@code description}). */
  static final Map<String, Set<String>> ANALYSES = ImmutableMap.<String, Set<String>>builder()
      .put("scenario", ImmutableSet.of("shocks"))
      .put("localization", ImmutableSet.of("sectors", "thetas"))
      .put("investment", ImmutableSet.of("spending", "domesticShares", "households"))
      .put("projection", ImmutableSet.of("baseYear", "lastYear", "rate", "rates", "target"))
      .put("price", ImmutableSet.of("exogenous", "costPush"))
      .put("productionIndex", ImmutableSet.of("subSectors", "weights", "periods", "indices",
          "growth", "total", "prior", "priorStrength"))
      .put("regional", ImmutableSet.of("region", "regionalOutput", "method", "delta"))
      .put("sda", ImmutableSet.of("compareWith"))
      .build();

  /** Keys every analysis may have. */
  static final Set<String> COMMON = ImmutableSet.of("type", "name", "description");

  /** Keys of each shock verb (besides {@code verb}). */
  static final Map<String, Set<String>> SHOCKS = ImmutableMap.<String, Set<String>>builder()
      .put("setFinalDemand", ImmutableSet.of("category", "sectors", "mode", "value"))
      .put("scaleFinalDemand", ImmutableSet.of("category", "sectors", "mode", "value"))
      .put("addFinalDemand", ImmutableSet.of("category", "sectors", "mode", "value"))
      .put("addFlow", ImmutableSet.of("from", "to", "value"))
      .put("addCoefficient", ImmutableSet.of("from", "to", "value"))
      .put("scaleCoefficient", ImmutableSet.of("from", "to", "value"))
      .put("setCoefficient", ImmutableSet.of("from", "to", "value"))
      .put("localize", ImmutableSet.of("sectors", "products", "theta"))
      .put("scaleValueAdded", ImmutableSet.of("kind", "sectors", "value"))
      .build();

  private ScenarioKeys() {}

  /** The allowed keys of an analysis of a type. */
  static Set<String> analysis(String type) {
    return ImmutableSet.<String>builder().addAll(COMMON).addAll(ANALYSES.get(type)).build();
  }

  /** The allowed keys of a shock of a verb. */
  static Set<String> shock(String verb) {
    return ImmutableSet.<String>builder().add("verb").addAll(SHOCKS.get(verb)).build();
  }

  /**
   * Checks the structure of a whole file: every object has only its keys, {@code analyses} is
   * an array of objects with a known {@code type}, each shock has a known {@code verb}.
   */
  static void check(JsonSpec root) throws TableFormatException {
    root.onlyKeys(FILE, "the scenario file");
    if (root.has("households")) {
      root.object("households").onlyKeys(HOUSEHOLDS, "households");
    }
    if (root.has("table")) {
      root.text("table");
    }
    if (root.has("description")) {
      root.text("description");
    }
    List<JsonSpec> analyses = root.objects("analyses");
    for (JsonSpec a : analyses) {
      String type = a.text("type");
      if (!ANALYSES.containsKey(type)) {
        throw a.error("type", "unknown analysis type \"" + type + "\"; one of "
            + String.join(", ", ANALYSES.keySet()));
      }
      a.onlyKeys(analysis(type), "a " + type + " analysis");
      a.text("name", type);
      if (a.has("description")) {
        a.text("description");
      }
      switch (type) {
        case "scenario" -> {
          for (JsonSpec s : a.objects("shocks")) {
            String verb = s.text("verb");
            if (!SHOCKS.containsKey(verb)) {
              throw s.error("verb", "unknown verb \"" + verb + "\"; one of "
                  + String.join(", ", SHOCKS.keySet()));
            }
            s.onlyKeys(shock(verb), "a " + verb + " shock");
          }
        }
        case "investment" -> {
          if (a.has("households")) {
            a.object("households").onlyKeys(HOUSEHOLDS, "households");
          }
        }
        case "projection" -> {
          if (a.has("target")) {
            a.object("target").onlyKeys(TARGET, "a projection target");
          }
        }
        case "price" -> {
          if (a.has("exogenous")) {
            a.object("exogenous").onlyKeys(EXOGENOUS, "an exogenous price change");
          }
        }
        default -> { }
      }
    }
  }
}
