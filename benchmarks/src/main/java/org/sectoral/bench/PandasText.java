package org.sectoral.bench;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Rewrites the numbers of a pymrio folder written by Sectoral the way pymrio's own
 * {@code save_all} writes them: Python's {@code "%.12g"} (12 significant digits, trailing zeros
 * dropped, {@code 1.5e-05}, zeros as {@code 0}), so the reader can be timed on pymrio's text.
 */
public final class PandasText {
  private static final MathContext TWELVE = new MathContext(12, RoundingMode.HALF_EVEN);

  private PandasText() {}

  /** Python's {@code "%.12g" % v} for a finite double. */
  public static String g12(double v) {
    if (v == 0) {
      return 1 / v < 0 ? "-0" : "0";
    }
    BigDecimal d = new BigDecimal(v).round(TWELVE);
    int x = d.precision() - d.scale() - 1;
    if (x < -4 || x >= 12) {
      String m = d.movePointLeft(x).stripTrailingZeros().toPlainString();
      int e = Math.abs(x);
      return m + "e" + (x < 0 ? "-" : "+") + (e < 10 ? "0" : "") + e;
    }
    return d.stripTrailingZeros().toPlainString();
  }

  /** Rewrites every number cell of every {@code .txt} file under {@code folder} in place. */
  public static void rewrite(Path folder) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.walk(folder)) {
      files = s.filter(p -> p.toString().endsWith(".txt")).toList();
    }
    for (Path f : files) {
      List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
      StringBuilder out = new StringBuilder();
      for (String line : lines) {
        String[] cells = line.split("\t", -1);
        for (int i = 0; i < cells.length; i++) {
          if (i > 0) {
            out.append('\t');
          }
          out.append(isNumber(cells[i]) ? g12(Double.parseDouble(cells[i])) : cells[i]);
        }
        out.append('\n');
      }
      Files.writeString(f, out, StandardCharsets.UTF_8);
    }
  }

  private static boolean isNumber(String cell) {
    if (cell.isEmpty()) {
      return false;
    }
    for (int i = 0; i < cell.length(); i++) {
      char c = cell.charAt(i);
      if (!(c >= '0' && c <= '9' || c == '.' || c == '-' || c == 'E' || c == 'e')) {
        return false;
      }
    }
    return Character.isDigit(cell.charAt(cell.length() - 1));
  }
}
