package org.sectoral.io.scenario;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.sectoral.io.TableFormatException;

/**
 * A JSON document read token by token into a tree, with the line and column where each value
 * starts, keyed by its JSON path ({@code analyses[2].shocks[0].value}; {@code ""} for the
 * root). Duplicate keys are errors.
 */
final class LocatedJson {
  private static final JsonFactory FACTORY = JsonFactory.builder().build();

  private final JsonNode root;
  private final Map<String, JsonLocation> locations;

  private LocatedJson(JsonNode root, Map<String, JsonLocation> locations) {
    this.root = root;
    this.locations = locations;
  }

  /** Parses {@code bytes} (UTF-8 JSON) from {@code source}; syntax errors carry line and column. */
  static LocatedJson parse(byte[] bytes, String source) throws TableFormatException {
    Map<String, JsonLocation> locations = new HashMap<>();
    try (JsonParser p = FACTORY.createParser(bytes)) {
      if (p.nextToken() == null) {
        throw TableFormatException.ofSource(source, "empty file (a JSON object expected)");
      }
      JsonNode root = value(p, "", locations, source);
      if (p.nextToken() != null) {
        JsonLocation l = p.currentTokenLocation();
        throw new TableFormatException(source, l.getLineNr(), l.getColumnNr(), "",
            "not valid JSON: more after the end of the document");
      }
      return new LocatedJson(root, locations);
    } catch (JsonProcessingException e) {
      JsonLocation l = e.getLocation();
      throw new TableFormatException(source, l == null ? 0 : l.getLineNr(),
          l == null ? 0 : l.getColumnNr(), "", "not valid JSON: " + e.getOriginalMessage());
    } catch (TableFormatException e) {
      throw e;
    } catch (IOException e) {
      throw TableFormatException.ofSource(source, "not readable: " + e.getMessage());
    }
  }

  private static JsonNode value(JsonParser p, String path, Map<String, JsonLocation> at,
      String source) throws IOException {
    at.put(path, p.currentTokenLocation());
    JsonNodeFactory f = JsonNodeFactory.instance;
    JsonToken t = p.currentToken();
    switch (t) {
      case START_OBJECT -> {
        ObjectNode o = f.objectNode();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String key = p.currentName();
          String child = path.isEmpty() ? key : path + "." + key;
          JsonLocation keyAt = p.currentTokenLocation();
          if (o.has(key)) {
            throw new TableFormatException(source, keyAt.getLineNr(), keyAt.getColumnNr(), "",
                child + ": key given twice");
          }
          p.nextToken();
          o.set(key, value(p, child, at, source));
        }
        return o;
      }
      case START_ARRAY -> {
        ArrayNode a = f.arrayNode();
        int i = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
          a.add(value(p, path + "[" + i++ + "]", at, source));
        }
        return a;
      }
      case VALUE_STRING -> {
        return f.textNode(p.getText());
      }
      case VALUE_NUMBER_INT -> {
        return p.getNumberType() == JsonParser.NumberType.INT ? f.numberNode(p.getIntValue())
            : p.getNumberType() == JsonParser.NumberType.LONG ? f.numberNode(p.getLongValue())
            : f.numberNode(p.getBigIntegerValue());
      }
      case VALUE_NUMBER_FLOAT -> {
        return f.numberNode(p.getDoubleValue());
      }
      case VALUE_TRUE, VALUE_FALSE -> {
        return f.booleanNode(t == JsonToken.VALUE_TRUE);
      }
      case VALUE_NULL -> {
        return f.nullNode();
      }
      default -> throw new TableFormatException(source, p.currentTokenLocation().getLineNr(),
          p.currentTokenLocation().getColumnNr(), "", "not valid JSON: unexpected " + t);
    }
  }

  JsonNode root() {
    return root;
  }

  /** Where the value at {@code path} starts, or null when the path has no value. */
  JsonLocation location(String path) {
    return locations.get(path);
  }
}
