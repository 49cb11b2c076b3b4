package org.sectoral.examples.simulations;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;

/** A small JSON writer for {@link SimulationResult} (strings escaped, numbers in ROOT locale). */
final class Json {
  private Json() {}

  static void write(SimulationResult r, Path dir, Writer out) throws IOException {
    StringBuilder b = new StringBuilder(4096);
    b.append("{\n  \"simulation\": ").append(str(r.name()))
        .append(",\n  \"question\": ").append(str(r.question()))
        .append(",\n  \"answer\": ").append(str(r.answer()))
        .append(",\n  \"keyNumber\": ").append(num(r.keyNumber()))
        .append(",\n  \"status\": ").append(str(r.label()))
        .append(",\n  \"assumptions\": [");
    strings(b, r.assumptions());
    b.append("],\n  \"charts\": [");
    strings(b, r.charts().stream().map(p -> dir.relativize(p).toString().replace('\\', '/'))
        .toList());
    b.append("],\n  \"tables\": [");
    for (int t = 0; t < r.tables().size(); t++) {
      ResultTable table = r.tables().get(t);
      b.append(t == 0 ? "\n    {" : ",\n    {").append("\"title\": ").append(str(table.title()))
          .append(", \"headers\": [");
      strings(b, table.headers());
      b.append("], \"units\": [");
      strings(b, table.units());
      b.append("],\n     \"rows\": [");
      for (int i = 0; i < table.rows().size(); i++) {
        b.append(i == 0 ? "\n      [" : ",\n      [");
        List<Object> row = table.rows().get(i);
        for (int c = 0; c < row.size(); c++) {
          Object cell = row.get(c);
          b.append(c == 0 ? "" : ", ").append(cell instanceof Number n ? num(n.doubleValue())
              : str(String.valueOf(cell)));
        }
        b.append(']');
      }
      b.append("]}");
    }
    b.append("]\n}\n");
    out.write(b.toString());
  }

  private static void strings(StringBuilder b, List<String> values) {
    for (int i = 0; i < values.size(); i++) {
      b.append(i == 0 ? "" : ", ").append(str(values.get(i)));
    }
  }

  private static String num(double v) {
    return Double.isFinite(v) ? Outputs.number(v) : "null";
  }

  static String str(String s) {
    StringBuilder b = new StringBuilder(s.length() + 2).append('"');
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (c < 0x20) {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }
}
