package org.sectoral.io.layout;

import java.util.List;
import org.sectoral.io.TableFormatException;
import org.sectoral.io.csv.DelimitedFile;

/** Reads numeric blocks of a {@link DelimitedFile} by row and column index, with located errors. */
public final class Blocks {
  private Blocks() {}

  /** The numbers of {@code rows} × {@code cols} (0-based cell indices), rows in list order. */
  public static double[][] block(DelimitedFile file, List<DelimitedFile.Row> rows, int[] cols,
      boolean emptyAsZero) throws TableFormatException {
    double[][] out = new double[rows.size()][];
    for (int i = 0; i < rows.size(); i++) {
      out[i] = row(file, rows.get(i), cols, emptyAsZero);
    }
    return out;
  }

  /** The numbers of one row at the given 0-based cell indices. */
  public static double[] row(DelimitedFile file, DelimitedFile.Row row, int[] cols,
      boolean emptyAsZero) throws TableFormatException {
    double[] out = new double[cols.length];
    for (int j = 0; j < cols.length; j++) {
      out[j] = file.number(row, cols[j], emptyAsZero);
    }
    return out;
  }

  /** The numbers of one 0-based cell index down the rows. */
  public static double[] column(DelimitedFile file, List<DelimitedFile.Row> rows, int col,
      boolean emptyAsZero) throws TableFormatException {
    double[] out = new double[rows.size()];
    for (int i = 0; i < rows.size(); i++) {
      out[i] = file.number(rows.get(i), col, emptyAsZero);
    }
    return out;
  }

  /** The indices from {@code from} (inclusive) to {@code to} (exclusive). */
  public static int[] range(int from, int to) {
    int[] r = new int[Math.max(0, to - from)];
    for (int i = 0; i < r.length; i++) {
      r[i] = from + i;
    }
    return r;
  }

  /** Row sums of a block plus the given extra columns. */
  public static double[] rowTotals(double[][] z, List<double[]> columns) {
    double[] t = new double[z.length];
    for (int i = 0; i < z.length; i++) {
      for (double v : z[i]) {
        t[i] += v;
      }
      for (double[] c : columns) {
        t[i] += c[i];
      }
    }
    return t;
  }

  /**
   * Checks that every row has the header's width.
   *
   * @throws TableFormatException at the first ragged row
   */
  public static void requireWidth(DelimitedFile file, List<DelimitedFile.Row> rows, int width)
      throws TableFormatException {
    for (DelimitedFile.Row r : rows) {
      file.requireWidth(r, width);
    }
  }

  /**
   * Checks that a header row has at least {@code min} cells, hinting at a wrong delimiter when
   * the only cell contains ';' or a tab.
   *
   * @throws TableFormatException at the header line, column 1
   */
  public static void requireHeaderWidth(DelimitedFile file, DelimitedFile.Row header, int min)
      throws TableFormatException {
    if (header.size() >= min) {
      return;
    }
    String only = header.cell(0);
    String hint = "";
    for (char d : new char[] {';', '\t', ','}) {
      if (d != file.delimiter() && only.indexOf(d) >= 0) {
        hint = String.format(java.util.Locale.ROOT, "; the line contains '%s': is the delimiter "
            + "'%s' right?", d == '\t' ? "\\t" : String.valueOf(d), file.delimiter());
        break;
      }
    }
    throw new TableFormatException(file.source(), header.line(), 1, only, "header has "
        + header.size() + " cells, expected at least " + min + hint);
  }
}
