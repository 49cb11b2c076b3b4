package org.sectoral.examples.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.core.table.RegionSector;
import org.sectoral.io.TableFormatException;

/**
 * Typed access to one JSON object of a scenario file; every error names the file and the JSON
 * path (e.g. {@code analyses[2].shocks[0].value}). The fields that were asked for (read, or
 * asked whether present) are the ones known there: {@link #checkKnownKeys()} refuses any other
 * key, a misspelt one included, with the keys that are allowed in its place.
 */
final class JsonSpec {
  private final String source;
  private final String path;
  private final JsonNode node;
  private final Set<String> asked = new LinkedHashSet<>();
  private final List<JsonSpec> children = new ArrayList<>();

  JsonSpec(String source, String path, JsonNode node) {
    this.source = source;
    this.path = path;
    this.node = node;
  }

  /**
   * Refuses a key of this object, or of the objects read from it, that was never asked for.
   *
   * @throws TableFormatException naming the key's JSON path and the keys allowed there
   */
  void checkKnownKeys() throws TableFormatException {
    checkOwnKeys();
    for (JsonSpec c : children) {
      c.checkKnownKeys();
    }
  }

  /** As {@link #checkKnownKeys()} for this object's own keys only. */
  void checkOwnKeys() throws TableFormatException {
    if (node.isObject()) {
      for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
        String key = it.next();
        if (!asked.contains(key)) {
          throw error(key, "unknown key; allowed here: " + String.join(", ", asked));
        }
      }
    }
  }

  /** Records {@code field} as known here and returns its node (null when absent). */
  private JsonNode get(String field) {
    asked.add(field);
    return node.get(field);
  }

  String path() {
    return path;
  }

  TableFormatException error(String field, String problem) {
    return TableFormatException.ofSource(source, (path.isEmpty() ? "" : path + ".") + field + ": "
        + problem);
  }

  boolean has(String field) {
    JsonNode n = get(field);
    return n != null && !n.isNull();
  }

  String text(String field) throws TableFormatException {
    JsonNode n = get(field);
    if (n == null || !n.isTextual()) {
      throw error(field, n == null ? "missing (text expected)" : "text expected, got " + n);
    }
    return n.asText();
  }

  String text(String field, String fallback) throws TableFormatException {
    return has(field) ? text(field) : fallback;
  }

  double number(String field) throws TableFormatException {
    JsonNode n = get(field);
    if (n == null || !n.isNumber()) {
      throw error(field, n == null ? "missing (number expected)" : "number expected, got " + n);
    }
    return n.asDouble();
  }

  double number(String field, double fallback) throws TableFormatException {
    return has(field) ? number(field) : fallback;
  }

  boolean bool(String field, boolean fallback) throws TableFormatException {
    if (!has(field)) {
      return fallback;
    }
    JsonNode n = get(field);
    if (!n.isBoolean()) {
      throw error(field, "true or false expected, got " + n);
    }
    return n.asBoolean();
  }

  int integer(String field) throws TableFormatException {
    JsonNode n = get(field);
    if (n == null || !n.canConvertToInt() || !n.isIntegralNumber()) {
      throw error(field, n == null ? "missing (whole number expected)"
          : "whole number expected, got " + n);
    }
    return n.asInt();
  }

  double[] numbers(String field) throws TableFormatException {
    JsonNode n = get(field);
    if (n == null || !n.isArray()) {
      throw error(field, n == null ? "missing (array of numbers expected)"
          : "array of numbers expected");
    }
    double[] out = new double[n.size()];
    for (int i = 0; i < out.length; i++) {
      if (!n.get(i).isNumber()) {
        throw error(field + "[" + i + "]", "number expected, got " + n.get(i));
      }
      out[i] = n.get(i).asDouble();
    }
    return out;
  }

  double[][] matrix(String field) throws TableFormatException {
    JsonNode n = get(field);
    if (n == null || !n.isArray()) {
      throw error(field, "array of arrays of numbers expected");
    }
    double[][] out = new double[n.size()][];
    for (int i = 0; i < out.length; i++) {
      out[i] = numbersAt(n, i, field);
    }
    return out;
  }

  private double[] numbersAt(JsonNode rows, int i, String field) throws TableFormatException {
    JsonNode row = rows.get(i);
    if (row == null || !row.isArray()) {
      throw error(field + "[" + i + "]", "array of numbers expected");
    }
    double[] out = new double[row.size()];
    for (int j = 0; j < out.length; j++) {
      if (!row.get(j).isNumber()) {
        throw error(field + "[" + i + "][" + j + "]", "number expected, got " + row.get(j));
      }
      out[j] = row.get(j).asDouble();
    }
    return out;
  }

  List<String> texts(String field) throws TableFormatException {
    JsonNode n = get(field);
    if (n == null || !n.isArray()) {
      throw error(field, "array of text expected");
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n.size(); i++) {
      if (!n.get(i).isTextual()) {
        throw error(field + "[" + i + "]", "text expected, got " + n.get(i));
      }
      out.add(n.get(i).asText());
    }
    return out;
  }

  /** An object of sector reference → number, e.g. {@code {"C26": 600}}, in the table's keys. */
  Map<RegionSector, Double> sectorNumbers(String field, InputOutputTable t)
      throws TableFormatException {
    JsonNode n = get(field);
    if (n == null || !n.isObject()) {
      throw error(field, "object of sector → number expected");
    }
    Map<RegionSector, Double> out = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext();) {
      Map.Entry<String, JsonNode> e = it.next();
      if (!e.getValue().isNumber()) {
        throw error(field + "." + e.getKey(), "number expected, got " + e.getValue());
      }
      out.put(sector(field, e.getKey(), t), e.getValue().asDouble());
    }
    return out;
  }

  /** A number (key "") or an object of key → number, e.g. region code → amount. */
  Map<String, Double> numberOrNumbers(String field) throws TableFormatException {
    JsonNode n = get(field);
    Map<String, Double> out = new LinkedHashMap<>();
    if (n != null && n.isNumber()) {
      out.put("", n.asDouble());
      return out;
    }
    if (n == null || !n.isObject()) {
      throw error(field, "a number or an object of region → number expected");
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext();) {
      Map.Entry<String, JsonNode> e = it.next();
      if (!e.getValue().isNumber()) {
        throw error(field + "." + e.getKey(), "number expected, got " + e.getValue());
      }
      out.put(e.getKey(), e.getValue().asDouble());
    }
    return out;
  }

  /** Sectors of a field: a list of references or the text "all". */
  List<RegionSector> sectors(String field, InputOutputTable t) throws TableFormatException {
    JsonNode n = get(field);
    if (n != null && n.isTextual() && n.asText().equals("all")) {
      return t.keys().keys();
    }
    List<RegionSector> out = new ArrayList<>();
    for (String ref : texts(field)) {
      out.add(sector(field, ref, t));
    }
    if (out.isEmpty()) {
      throw error(field, "no sectors");
    }
    return out;
  }

  /** One sector reference: {@code CODE} in a national table, {@code REGION/CODE} in any. */
  RegionSector sector(String field, String ref, InputOutputTable t) throws TableFormatException {
    try {
      int slash = ref.indexOf('/');
      return slash < 0 ? t.key(ref) : t.key(ref.substring(0, slash), ref.substring(slash + 1));
    } catch (RuntimeException e) {
      throw error(field, "unknown sector \"" + ref + "\" (use a sector code of the table, or "
          + "REGION/CODE in a multi-region table)");
    }
  }

  JsonSpec object(String field) throws TableFormatException {
    JsonNode n = get(field);
    if (n == null || !n.isObject()) {
      throw error(field, "object expected");
    }
    JsonSpec child = new JsonSpec(source, (path.isEmpty() ? "" : path + ".") + field, n);
    children.add(child);
    return child;
  }

  List<JsonSpec> objects(String field) throws TableFormatException {
    JsonNode n = get(field);
    if (n == null || !n.isArray()) {
      throw error(field, "array of objects expected");
    }
    List<JsonSpec> out = new ArrayList<>();
    for (int i = 0; i < n.size(); i++) {
      if (!n.get(i).isObject()) {
        throw error(field + "[" + i + "]", "object expected");
      }
      JsonSpec child = new JsonSpec(source,
          (path.isEmpty() ? "" : path + ".") + field + "[" + i + "]", n.get(i));
      children.add(child);
      out.add(child);
    }
    return out;
  }
}
