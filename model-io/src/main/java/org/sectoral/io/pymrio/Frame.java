package org.sectoral.io.pymrio;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.sectoral.io.NumberText;
import org.sectoral.io.TableFormatException;
import org.sectoral.io.csv.DelimitedFile;

/**
 * A pandas {@code DataFrame} as written by {@code DataFrame.to_csv(sep="\t")}, which pymrio's
 * {@code save} calls for every table: {@code nHeader} column-label rows, then (with several column
 * levels) one row of index names, then one row per data row whose first {@code nIndex} cells are
 * the row labels.
 *
 * <p>Layout matched against pandas 3.0.6 output for two-level index and columns:
 * <pre>
 * region{TAB}{TAB}r1{TAB}r1
 * sector{TAB}{TAB}a{TAB}b
 * region{TAB}sector{TAB}{TAB}
 * r1{TAB}a{TAB}1.5{TAB}2e-05
 * </pre>
 * and with one column level: {@code region{TAB}sector{TAB}indout}.
 */
record Frame(String source, List<String> indexNames, List<String> columnLevelNames,
    List<List<String>> rowLabels, List<Integer> rowLines, List<List<String>> columnLabels,
    int headerLine, double[][] values) {

  /** Parses a frame with {@code nIndex} index columns and {@code nHeader} header rows. */
  static Frame parse(DelimitedFile file, int nIndex, int nHeader) throws TableFormatException {
    String source = file.source();
    List<DelimitedFile.Row> rows = file.rows();
    if (nIndex < 1 || nHeader < 1) {
      throw TableFormatException.ofSource(source,
          "nr_index_col and nr_header must be at least 1, got " + nIndex + " and " + nHeader);
    }
    if (rows.size() < nHeader) {
      throw TableFormatException.ofSource(source,
          "expected " + nHeader + " header rows, the file has " + rows.size() + " rows");
    }
    DelimitedFile.Row first = rows.get(0);
    int width = first.size();
    int nCols = width - nIndex;
    if (nCols < 1) {
      throw new TableFormatException(source, first.line(), width, first.cell(width - 1),
          "header has " + width + " cells, expected " + nIndex + " index columns and at least one"
              + " data column");
    }
    List<String> levelNames = new ArrayList<>();
    List<List<String>> colLabels = new ArrayList<>();
    for (int c = 0; c < nCols; c++) {
      colLabels.add(new ArrayList<>());
    }
    List<String> indexNames = new ArrayList<>();
    for (int h = 0; h < nHeader; h++) {
      DelimitedFile.Row r = rows.get(h);
      file.requireWidth(r, width);
      levelNames.add(nHeader == 1 ? "" : r.cell(0));
      for (int c = 0; c < nCols; c++) {
        colLabels.get(c).add(r.cell(nIndex + c));
      }
      if (nHeader == 1) {
        indexNames.addAll(r.cells().subList(0, nIndex));
      }
    }
    int next = nHeader;
    if (nHeader > 1 && next < rows.size() && isIndexNameRow(rows.get(next), nIndex)) {
      indexNames.addAll(rows.get(next).cells().subList(0, Math.min(nIndex,
          rows.get(next).size())));
      next++;
    }
    List<List<String>> rowLabels = new ArrayList<>();
    List<Integer> lines = new ArrayList<>();
    double[][] values = new double[rows.size() - next][];
    for (int i = next; i < rows.size(); i++) {
      DelimitedFile.Row r = rows.get(i);
      file.requireWidth(r, width);
      rowLabels.add(List.copyOf(r.cells().subList(0, nIndex)));
      lines.add(r.line());
      double[] v = new double[nCols];
      for (int c = 0; c < nCols; c++) {
        v[c] = file.number(r, nIndex + c, false);
      }
      values[i - next] = v;
    }
    List<List<String>> frozen = new ArrayList<>();
    colLabels.forEach(l -> frozen.add(List.copyOf(l)));
    return new Frame(source, List.copyOf(indexNames), List.copyOf(levelNames),
        List.copyOf(rowLabels), List.copyOf(lines), List.copyOf(frozen), first.line(), values);
  }

  private static boolean isIndexNameRow(DelimitedFile.Row r, int nIndex) {
    for (int i = nIndex; i < r.size(); i++) {
      if (!r.cell(i).isEmpty()) {
        return false;
      }
    }
    return true;
  }

  /** The number of data columns. */
  int columnCount() {
    return columnLabels.size();
  }

  /** The number of data rows. */
  int rowCount() {
    return rowLabels.size();
  }

  /**
   * Formats a frame the way pandas {@code to_csv(sep="\t")} does, with numbers as
   * {@link NumberText} (full precision instead of pymrio's default {@code %.12g}).
   */
  static String format(List<String> indexNames, List<List<String>> rowLabels,
      List<String> columnLevelNames, List<List<String>> columnLabels, double[][] values) {
    StringBuilder sb = new StringBuilder();
    int nIndex = indexNames.size();
    int nCols = columnLabels.size();
    if (columnLevelNames.size() > 1) {
      for (int l = 0; l < columnLevelNames.size(); l++) {
        List<String> line = new ArrayList<>();
        line.add(columnLevelNames.get(l));
        line.addAll(Collections.nCopies(nIndex - 1, ""));
        for (List<String> c : columnLabels) {
          line.add(c.get(l));
        }
        appendLine(sb, line);
      }
      List<String> names = new ArrayList<>(indexNames);
      names.addAll(Collections.nCopies(nCols, ""));
      appendLine(sb, names);
    } else {
      List<String> line = new ArrayList<>(indexNames);
      columnLabels.forEach(c -> line.add(c.get(0)));
      appendLine(sb, line);
    }
    for (int i = 0; i < rowLabels.size(); i++) {
      List<String> line = new ArrayList<>(rowLabels.get(i));
      for (double v : values[i]) {
        line.add(NumberText.format(v));
      }
      appendLine(sb, line);
    }
    return sb.toString();
  }

  private static void appendLine(StringBuilder sb, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        sb.append('\t');
      }
      sb.append(quote(cells.get(i)));
    }
    sb.append('\n');
  }

  /** Quotes a cell as pandas' QUOTE_MINIMAL does: only when it holds a tab, quote or newline. */
  static String quote(String cell) {
    if (cell.indexOf('\t') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0
        && cell.indexOf('\r') < 0) {
      return cell;
    }
    return '"' + cell.replace("\"", "\"\"") + '"';
  }
}
