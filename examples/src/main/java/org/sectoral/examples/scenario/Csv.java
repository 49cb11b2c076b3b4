package org.sectoral.examples.scenario;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import org.sectoral.core.internal.files.AtomicFiles;

/** Small tidy CSV files (RFC 4180 quoting, LF, shortest round-trip numbers), written atomically. */
public final class Csv {
  private Csv() {}

  /** Writes a header and rows; numbers are written with {@link Double#toString}. */
  public static void write(Path file, List<String> header, List<List<Object>> rows) throws IOException {
    AtomicFiles.writeText(file, w -> {
      line(w, header);
      for (List<Object> r : rows) {
        line(w, r);
      }
    });
  }

  private static void line(Writer w, List<?> cells) throws IOException {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        sb.append(',');
      }
      Object c = cells.get(i);
      String s = c instanceof Double d ? Double.toString(d) : String.valueOf(c);
      if (s.contains(",") || s.contains("\"") || s.contains("\n")) {
        s = "\"" + s.replace("\"", "\"\"") + "\"";
      }
      sb.append(s);
    }
    w.write(sb.append('\n').toString());
  }
}
