package org.sectoral.io.pymrio;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.sectoral.io.TableFormatException;
import org.sectoral.io.text.CellReader;
import org.sectoral.io.text.TextChunk;
import org.sectoral.io.text.TextChunks;

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
 *
 * <p>Read as a stream: the numbers go from the file's bytes into one row-major array (rows ×
 * columns doubles, sized for a square matrix when asked), the labels are the only strings. The
 * values are handed over once with {@link #take} (a frame is read, aligned and dropped).
 */
final class Frame {
  final String source;
  final List<String> indexNames;
  final List<String> columnLevelNames;
  final List<List<String>> rowLabels;
  final List<List<String>> columnLabels;
  final int headerLine;
  private int[] rowLines;
  private double[] values;
  private int rows;

  private Frame(String source, List<String> indexNames, List<String> columnLevelNames,
      List<List<String>> columnLabels, int headerLine) {
    this.source = source;
    this.indexNames = indexNames;
    this.columnLevelNames = columnLevelNames;
    this.columnLabels = columnLabels;
    this.headerLine = headerLine;
    this.rowLabels = new ArrayList<>();
  }

  /**
   * Reads a frame with {@code nIndex} index columns and {@code nHeader} header rows.
   *
   * @param square whether the frame should be square (Z, A, L): the value array is then sized
   *     for as many rows as columns at once
   */
  static Frame read(CellReader r, int nIndex, int nHeader, boolean square) throws IOException {
    String source = r.source();
    if (nIndex < 1 || nHeader < 1) {
      throw TableFormatException.ofSource(source,
          "nr_index_col and nr_header must be at least 1, got " + nIndex + " and " + nHeader);
    }
    r.first();
    int width = r.size();
    int nCols = width - nIndex;
    int headerLine = r.line();
    if (nCols < 1) {
      throw new TableFormatException(source, r.line(), width, r.text(width - 1),
          "header has " + width + " cells, expected " + nIndex + " index columns and at least one"
              + " data column");
    }
    List<String> levelNames = new ArrayList<>();
    List<List<String>> colLabels = new ArrayList<>();
    for (int c = 0; c < nCols; c++) {
      colLabels.add(new ArrayList<>(nHeader));
    }
    List<String> indexNames = new ArrayList<>();
    for (int h = 0; h < nHeader; h++) {
      if (h > 0 && !r.next()) {
        throw TableFormatException.ofSource(source,
            "expected " + nHeader + " header rows, the file has " + h + " rows");
      }
      r.requireWidth(width);
      levelNames.add(nHeader == 1 ? "" : r.text(0));
      for (int c = 0; c < nCols; c++) {
        colLabels.get(c).add(r.text(nIndex + c));
      }
      if (nHeader == 1) {
        for (int i = 0; i < nIndex; i++) {
          indexNames.add(r.text(i));
        }
      }
    }
    boolean more = r.next();
    if (nHeader > 1 && more && isIndexNameRow(r, nIndex)) {
      for (int i = 0; i < Math.min(nIndex, r.size()); i++) {
        indexNames.add(r.text(i));
      }
      more = r.next();
    }
    List<List<String>> frozen = new ArrayList<>();
    colLabels.forEach(l -> frozen.add(List.copyOf(l)));
    Frame f = new Frame(source, List.copyOf(indexNames), List.copyOf(levelNames),
        List.copyOf(frozen), headerLine);
    f.rowLines = new int[16];
    f.values = square ? allocate(source, headerLine, (long) nCols * nCols, nCols)
        : new double[Math.min(nCols * 16, 1 << 20) / nCols * nCols];
    if (more) {
      r.requireWidth(width);
      f.addRow(r, nIndex, nCols);
      if (PARSERS > 1) {
        f.readInParallel(r, nIndex, width);
      } else {
        while (r.next()) {
          r.requireWidth(width);
          f.addRow(r, nIndex, nCols);
        }
      }
    }
    return f;
  }

  /** Threads that parse data rows: the processors, at most 8. */
  private static final int PARSERS = Math.min(8, Runtime.getRuntime().availableProcessors());
  private static final int CHUNK_BYTES = 2 << 20;

  /** The rows of one chunk, parsed on a worker thread (with the chunk's text, to reuse). */
  private record Rows(List<List<String>> labels, int[] lines, double[] values, int count,
      byte[] text) {}

  /**
   * Reads the remaining rows in chunks of whole lines parsed on {@link #PARSERS} threads, then
   * appended in order: the same rows and the same first error as reading them one by one. A
   * chunk holding a quote (a quoted cell may span lines) and all after it are read one by one.
   */
  private void readInParallel(CellReader r, int nIndex, int width) throws IOException {
    int nCols = width - nIndex;
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(
        PARSERS, task -> {
          Thread t = new Thread(task, "sectoral-parse");
          t.setDaemon(true);
          return t;
        });
    java.util.ArrayDeque<java.util.concurrent.Future<Rows>> pending = new java.util.ArrayDeque<>();
    java.util.ArrayDeque<byte[]> freeText = new java.util.ArrayDeque<>();
    java.util.ArrayDeque<double[]> freeValues = new java.util.ArrayDeque<>();
    try {
      TextChunks chunks = TextChunks.after(r);
      TextChunk c;
      while ((c = chunks.next(CHUNK_BYTES, freeText.poll())) != null) {
        if (c.quoted()) {
          while (!pending.isEmpty()) {
            append(await(pending.poll()), nCols, freeText, freeValues);
          }
          try (CellReader rest = chunks.rest(c)) {
            while (rest.next()) {
              rest.requireWidth(width);
              addRow(rest, nIndex, nCols);
            }
          }
          return;
        }
        TextChunk chunk = c;
        double[] values = freeValues.poll();
        pending.add(pool.submit(() -> parse(chunk, values, r, nIndex, width)));
        while (pending.size() > 2 * PARSERS) {
          append(await(pending.poll()), nCols, freeText, freeValues);
        }
      }
      while (!pending.isEmpty()) {
        append(await(pending.poll()), nCols, freeText, freeValues);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private Rows parse(TextChunk c, double[] reuse, CellReader parent, int nIndex, int width)
      throws IOException {
    int nCols = width - nIndex;
    List<List<String>> labels = new ArrayList<>();
    int[] lines = new int[64];
    // sized by the buffer's capacity (the same for every reused buffer), so arrays are reused
    int estimate = Math.max(nCols, (int) Math.min(Integer.MAX_VALUE - 8L,
        (long) c.bytes().length / 2 / nCols * nCols));
    double[] v = reuse != null && reuse.length >= estimate ? reuse : new double[estimate];
    int count = 0;
    try (CellReader r = c.reader(parent.source(), parent.delimiter(), parent.limits())) {
      while (r.next()) {
        r.requireWidth(width);
        if (count == lines.length) {
          lines = Arrays.copyOf(lines, count * 2);
        }
        if ((long) (count + 1) * nCols > v.length) {
          v = Arrays.copyOf(v, (int) Math.min(Integer.MAX_VALUE - 8L, (long) v.length * 2));
        }
        List<String> l = new ArrayList<>(nIndex);
        for (int i = 0; i < nIndex; i++) {
          l.add(r.text(i));
        }
        labels.add(l);
        lines[count] = r.line();
        int o = count * nCols;
        for (int k = 0; k < nCols; k++) {
          v[o + k] = r.number(nIndex + k, false);
        }
        count++;
      }
    }
    return new Rows(labels, lines, v, count, c.bytes());
  }

  private static Rows await(java.util.concurrent.Future<Rows> f) throws IOException {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new java.util.concurrent.CancellationException("reading interrupted");
    } catch (java.util.concurrent.ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw io;
      }
      if (cause instanceof RuntimeException re) {
        throw re;
      }
      throw new IllegalStateException(cause);
    }
  }

  private void append(Rows rs, int nCols, java.util.ArrayDeque<byte[]> freeText,
      java.util.ArrayDeque<double[]> freeValues) throws TableFormatException {
    freeText.add(rs.text());
    if (rs.count() == 0) {
      freeValues.add(rs.values());
      return;
    }
    if (rows + rs.count() > rowLines.length) {
      rowLines = Arrays.copyOf(rowLines, Math.max(rows + rs.count(), rowLines.length * 2));
    }
    long need = (long) (rows + rs.count()) * nCols;
    if (need > values.length) {
      double[] grown = allocate(source, rs.lines()[0], Math.max(need, Math.min(
          (long) values.length * 2, Integer.MAX_VALUE - 8L) / nCols * nCols), nCols);
      System.arraycopy(values, 0, grown, 0, rows * nCols);
      values = grown;
    }
    System.arraycopy(rs.values(), 0, values, rows * nCols, rs.count() * nCols);
    System.arraycopy(rs.lines(), 0, rowLines, rows, rs.count());
    rowLabels.addAll(rs.labels());
    rows += rs.count();
    freeValues.add(rs.values());
  }

  private void addRow(CellReader r, int nIndex, int nCols) throws TableFormatException {
    if (rows == rowLines.length) {
      rowLines = Arrays.copyOf(rowLines, rows * 2);
    }
    long need = (long) (rows + 1) * nCols;
    if (need > values.length) {
      double[] grown = allocate(source, r.line(), Math.max(need, Math.min(
          (long) values.length * 2, Integer.MAX_VALUE - 8L) / nCols * nCols), nCols);
      System.arraycopy(values, 0, grown, 0, rows * nCols);
      values = grown;
    }
    List<String> labels = new ArrayList<>(nIndex);
    for (int i = 0; i < nIndex; i++) {
      labels.add(r.text(i));
    }
    rowLabels.add(labels);
    rowLines[rows] = r.line();
    int o = rows * nCols;
    double[] v = values;
    for (int c = 0; c < nCols; c++) {
      v[o + c] = r.number(nIndex + c, false);
    }
    rows++;
  }

  /**
   * An array of {@code count} doubles, or a located error (not an OutOfMemoryError) when the
   * table cannot fit in one array or in the heap.
   */
  static double[] allocate(String source, int line, long count, int columns)
      throws TableFormatException {
    if (count > Integer.MAX_VALUE - 8L) {
      throw new TableFormatException(source, line, 0, "", String.format(java.util.Locale.ROOT,
          "%,d columns: a table of %,d values is more than one Java array holds", columns,
          count));
    }
    try {
      return new double[(int) count];
    } catch (OutOfMemoryError e) {
      throw new TableFormatException(source, line, 0, "", String.format(java.util.Locale.ROOT,
          "%,d columns: %,d values (%.2f GiB) do not fit in the memory left to Java (maximum"
              + " heap %.2f GiB; raise it with -Xmx, e.g. SECTORAL_JAVA_OPTS=-Xmx8g)", columns,
          count, count * 8.0 / (1L << 30), Runtime.getRuntime().maxMemory() / (double) (1L << 30)));
    }
  }

  private static boolean isIndexNameRow(CellReader r, int nIndex) {
    for (int i = nIndex; i < r.size(); i++) {
      if (!r.isEmpty(i)) {
        return false;
      }
    }
    return true;
  }

  String source() {
    return source;
  }

  List<String> indexNames() {
    return indexNames;
  }

  List<String> columnLevelNames() {
    return columnLevelNames;
  }

  List<List<String>> rowLabels() {
    return rowLabels;
  }

  List<List<String>> columnLabels() {
    return columnLabels;
  }

  int headerLine() {
    return headerLine;
  }

  /** The number of data columns. */
  int columnCount() {
    return columnLabels.size();
  }

  /** The number of data rows. */
  int rowCount() {
    return rows;
  }

  /** The 1-based line of data row {@code i}. */
  int rowLine(int i) {
    return rowLines[i];
  }

  /** The value at data row {@code i}, column {@code c}. */
  double at(int i, int c) {
    return values[i * columnLabels.size() + c];
  }

  /**
   * The values with rows and columns permuted, out[i][j] = values[rows[i]][cols[j]], row-major;
   * the frame's own array when it can be (identity rows, exact size: columns are permuted in
   * place). The frame must not be used afterwards.
   */
  double[] take(int[] rowOrder, int[] colOrder) throws TableFormatException {
    int m = columnLabels.size();
    boolean identityRows = rowOrder.length == rows && isIdentity(rowOrder);
    boolean identityCols = colOrder.length == m && isIdentity(colOrder);
    double[] v = values;
    values = null;
    if (identityRows && (long) rows * m == v.length && colOrder.length == m) {
      if (!identityCols) {
        double[] scratch = new double[m];
        for (int i = 0; i < rows; i++) {
          System.arraycopy(v, i * m, scratch, 0, m);
          for (int j = 0; j < m; j++) {
            v[i * m + j] = scratch[colOrder[j]];
          }
        }
      }
      return v;
    }
    double[] out = allocate(source, headerLine, (long) rowOrder.length * colOrder.length, m);
    int k = colOrder.length;
    for (int i = 0; i < rowOrder.length; i++) {
      int o = rowOrder[i] * m;
      for (int j = 0; j < k; j++) {
        out[i * k + j] = v[o + colOrder[j]];
      }
    }
    return out;
  }

  private static boolean isIdentity(int[] p) {
    for (int i = 0; i < p.length; i++) {
      if (p[i] != i) {
        return false;
      }
    }
    return true;
  }
}
