package org.sectoral.io.scenario;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.core.table.RegionSector;
import org.sectoral.io.TableFormatException;

/**
 * Typed access to one JSON object of a scenario file; every error names the file, the line and
 * column, and the JSON path (e.g. {@code analyses[2].shocks[0].value}).
 */
final class JsonSpec {
  private final String source;
  private final String path;
  private final JsonNode node;
  private final LocatedJson doc;

  JsonSpec(String source, String path, JsonNode node, LocatedJson doc) {
    this.source = source;
    this.path = path;
    this.node = node;
    this.doc = doc;
  }

  /** The root object of a parsed document. */
  static JsonSpec root(String source, LocatedJson doc) {
    return new JsonSpec(source, "", doc.root(), doc);
  }

  String path() {
    return path;
  }

  /** An error about {@code field} of this object, at the field's value (or the object's start). */
  TableFormatException error(String field, String problem) {
    String at = child(field);
    JsonLocation l = doc.location(at);
    if (l == null) {
      l = doc.location(path);
    }
    return new TableFormatException(source, l == null ? 0 : l.getLineNr(),
        l == null ? 0 : l.getColumnNr(), "", at + ": " + problem);
  }

  /**
   * An error about this object as a whole, at its start: {@code problem} follows its JSON path
   * (e.g. {@code analyses[2] (Park): [OUT_OF_RANGE] …}).
   */
  TableFormatException errorHere(String problem) {
    JsonLocation l = doc.location(path);
    return new TableFormatException(source, l == null ? 0 : l.getLineNr(),
        l == null ? 0 : l.getColumnNr(), "", path + problem);
  }

  /** Where this object starts, {@code file:line:column: path}, for messages. */
  String where() {
    return errorHere("").getMessage();
  }

  private String child(String field) {
    return path.isEmpty() ? field : path + "." + field;
  }

  /** Whether this value is a JSON object. */
  boolean isObject() {
    return node.isObject();
  }

  /** The field names of this object, in order. */
  List<String> keys() {
    List<String> out = new ArrayList<>();
    node.fieldNames().forEachRemaining(out::add);
    return out;
  }

  /** Fails at the first key not in {@code allowed}, naming the allowed keys. */
  void onlyKeys(Set<String> allowed, String what) throws TableFormatException {
    for (String k : keys()) {
      if (!allowed.contains(k)) {
        throw error(k, "unknown key \"" + k + "\" in " + what + "; allowed: "
            + String.join(", ", allowed));
      }
    }
  }

  boolean has(String field) {
    return node.has(field) && !node.get(field).isNull();
  }

  String text(String field) throws TableFormatException {
    JsonNode n = node.get(field);
    if (n == null || !n.isTextual()) {
      throw error(field, n == null ? "missing (text expected)" : "text expected, got " + n);
    }
    return n.asText();
  }

  String text(String field, String fallback) throws TableFormatException {
    return has(field) ? text(field) : fallback;
  }

  double number(String field) throws TableFormatException {
    JsonNode n = node.get(field);
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
    if (!node.get(field).isBoolean()) {
      throw error(field, "true or false expected, got " + node.get(field));
    }
    return node.get(field).asBoolean();
  }

  int integer(String field) throws TableFormatException {
    JsonNode n = node.get(field);
    if (n == null || !n.canConvertToInt() || !n.isIntegralNumber()) {
      throw error(field, n == null ? "missing (whole number expected)"
          : "whole number expected, got " + n);
    }
    return n.asInt();
  }

  double[] numbers(String field) throws TableFormatException {
    JsonNode n = node.get(field);
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
    JsonNode n = node.get(field);
    if (n == null || !n.isArray()) {
      throw error(field, "array of arrays of numbers expected");
    }
    double[][] out = new double[n.size()][];
    for (int i = 0; i < out.length; i++) {
      out[i] = new JsonSpec(source, path, n, doc).numbersAt(i, field);
    }
    return out;
  }

  private double[] numbersAt(int i, String field) throws TableFormatException {
    JsonNode row = node.get(i);
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
    JsonNode n = node.get(field);
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
    JsonNode n = node.get(field);
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
    JsonNode n = node.get(field);
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
    JsonNode n = node.get(field);
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
    JsonNode n = node.get(field);
    if (n == null || !n.isObject()) {
      throw error(field, "object expected");
    }
    return new JsonSpec(source, child(field), n, doc);
  }

  List<JsonSpec> objects(String field) throws TableFormatException {
    JsonNode n = node.get(field);
    if (n == null || !n.isArray()) {
      throw error(field, "array of objects expected");
    }
    List<JsonSpec> out = new ArrayList<>();
    for (int i = 0; i < n.size(); i++) {
      if (!n.get(i).isObject()) {
        throw error(field + "[" + i + "]", "object expected");
      }
      out.add(new JsonSpec(source, child(field) + "[" + i + "]", n.get(i), doc));
    }
    return out;
  }
}
