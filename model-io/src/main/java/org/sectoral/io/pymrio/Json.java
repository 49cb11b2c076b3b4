package org.sectoral.io.pymrio;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.sectoral.io.TableFormatException;

/** The small JSON files of a pymrio folder, read and written with Jackson. */
final class Json {
  static final ObjectMapper MAPPER = new ObjectMapper();

  private Json() {}

  /** Reads a JSON object, reporting syntax errors at their line and column. */
  static ObjectNode readObject(String source, byte[] bytes) throws TableFormatException {
    JsonNode n;
    try {
      n = MAPPER.readTree(bytes);
    } catch (JsonProcessingException e) {
      JsonLocation l = e.getLocation();
      throw new TableFormatException(source, l == null ? 0 : l.getLineNr(),
          l == null ? 0 : l.getColumnNr(), "", "malformed JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw TableFormatException.ofSource(source, "not readable: " + e.getMessage());
    }
    if (n == null || n.isMissingNode()) {
      throw TableFormatException.ofSource(source, "file is empty");
    }
    if (!n.isObject()) {
      throw new TableFormatException(source, 1, 1, "", "expected a JSON object");
    }
    return (ObjectNode) n;
  }

  /** A text field, or an error naming it. */
  static String text(String source, JsonNode node, String field, String where)
      throws TableFormatException {
    JsonNode v = node.get(field);
    if (v == null || v.isNull() || !v.isValueNode()) {
      throw TableFormatException.ofSource(source, "missing field \"" + field + "\" in " + where);
    }
    return v.asText();
  }

  /** An integer given as a number or a string (pymrio writes "2"). */
  static int integer(String source, JsonNode node, String field, String where)
      throws TableFormatException {
    String t = text(source, node, field, where);
    try {
      return Integer.parseInt(t.trim());
    } catch (NumberFormatException e) {
      throw TableFormatException.ofSource(source, "field \"" + field + "\" in " + where
          + " is not an integer: " + t);
    }
  }

  /** JSON indented by four spaces with {@code "key": value}, like Python's json.dump(indent=4). */
  static byte[] write(JsonNode node) throws IOException {
    DefaultIndenter four = new DefaultIndenter("    ", "\n");
    DefaultPrettyPrinter pp = new DefaultPrettyPrinter()
        .withSeparators(Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
        .withObjectIndenter(four).withArrayIndenter(four);
    String s = MAPPER.writer(pp).writeValueAsString(node) + "\n";
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
