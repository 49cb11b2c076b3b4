package org.sectoral.io.pymrio;

import java.io.IOException;
import java.util.ArrayList;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.List;
import java.util.function.IntFunction;
import org.sectoral.core.CancellationToken;
import org.sectoral.core.ProgressListener;
import org.sectoral.io.text.TextOutput;

/**
 * Writes a frame the way pandas {@code to_csv(sep="\t")} does (the layout {@link Frame} reads),
 * with numbers as {@link org.sectoral.io.NumberText} (full precision instead of pymrio's default
 * {@code %.12g}), rows taken from a {@link LazyMatrix} in panels of {@value #PANEL_ROWS} rows.
 */
final class FrameText {
  static final int PANEL_ROWS = 64;
  /** Panels of at least this many cells are formatted on several threads. */
  static final int PARALLEL_CELLS = 16_384;

  private FrameText() {}

  /** Where a write reports progress and checks for cancellation (per panel). */
  record Watch(String stage, ProgressListener listener, CancellationToken token) {
    static final Watch NONE = new Watch("", ProgressListener.NONE, null);

    Watch named(String newStage) {
      return new Watch(newStage, listener, token);
    }

    void check(int done, int total) {
      if (token != null) {
        token.throwIfCancelled(stage);
      } else if (Thread.currentThread().isInterrupted()) {
        throw new java.util.concurrent.CancellationException(stage + " interrupted");
      }
      if (listener != ProgressListener.NONE && total > 0) {
        listener.progress(stage, done / (double) total, Double.NaN);
      }
    }
  }

  /**
   * Writes the header rows, then each row's labels and the values of {@code m}.
   *
   * @param rowLabels the labels of row i (as many as index names)
   */
  static void write(TextOutput out, List<String> indexNames, IntFunction<List<String>> rowLabels,
      List<String> columnLevelNames, List<List<String>> columnLabels, LazyMatrix<?, ?> m,
      Watch watch) throws IOException {
    header(out, indexNames, columnLevelNames, columnLabels);
    int rows = m.rows().size();
    int cols = m.columns().size();
    double[] panel = new double[Math.max(1, Math.min(rows, PANEL_ROWS)) * cols];
    boolean parallel = ForkJoinPool.getCommonPoolParallelism() > 0
        && (long) Math.min(rows, PANEL_ROWS) * cols >= PARALLEL_CELLS;
    Sink[] sinks = new Sink[Math.min(PANEL_ROWS, 2 * (ForkJoinPool.getCommonPoolParallelism()
        + 1))];
    for (int from = 0; from < rows; from += PANEL_ROWS) {
      watch.check(from, rows);
      int to = Math.min(rows, from + PANEL_ROWS);
      m.fill(from, to, panel);
      if (parallel) {
        rowsInParallel(out, panel, from, to, cols, rowLabels, sinks);
      } else {
        rows(out, panel, from, from, to, cols, rowLabels);
      }
    }
    watch.check(rows, rows);
  }

  /** Formats rows {@code from} … {@code to − 1} (panel row 0 is {@code base}). */
  private static void rows(TextOutput out, double[] panel, int base, int from, int to, int cols,
      IntFunction<List<String>> rowLabels) throws IOException {
    for (int i = from; i < to; i++) {
      for (String label : rowLabels.apply(i)) {
        out.text(quote(label)).ascii('\t');
      }
      int o = (i - base) * cols;
      for (int j = 0; j < cols; j++) {
        if (j > 0) {
          out.ascii('\t');
        }
        out.number(panel[o + j]);
      }
      out.ascii('\n');
    }
  }

  /**
   * Formats a panel's rows in parts on the calling thread and the common fork-join pool, each
   * part into its own buffer, then writes the parts in order: the same bytes as
   * {@link #rows}, in about half the time on two cores.
   */
  private static void rowsInParallel(TextOutput out, double[] panel, int from, int to, int cols,
      IntFunction<List<String>> rowLabels, Sink[] sinks) throws IOException {
    int parts = Math.min(to - from, sinks.length);
    List<ForkJoinTask<Sink>> tasks = new ArrayList<>();
    for (int p = 0; p < parts; p++) {
      int a = from + (to - from) * p / parts;
      int b = from + (to - from) * (p + 1) / parts;
      if (sinks[p] == null) {
        sinks[p] = new Sink();
      }
      Sink sink = sinks[p];
      tasks.add(ForkJoinTask.adapt(() -> {
        sink.n = 0;
        try (TextOutput t = TextOutput.of(sink)) {
          rows(t, panel, from, a, b, cols, rowLabels);
        }
        return sink;
      }));
    }
    ForkJoinTask.invokeAll(tasks);
    for (ForkJoinTask<Sink> t : tasks) {
      Sink b;
      try {
        b = t.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new java.io.InterruptedIOException("writing interrupted");
      } catch (java.util.concurrent.ExecutionException e) {
        if (e.getCause() instanceof IOException io) {
          throw io;
        }
        throw new IllegalStateException(e.getCause());
      }
      out.raw(b.buf, 0, b.n);
    }
  }

  /** A reusable in-memory byte buffer for one part of a panel. */
  private static final class Sink extends java.io.OutputStream {
    byte[] buf = new byte[1 << 16];
    int n;

    @Override
    public void write(int b) {
      ensure(1);
      buf[n++] = (byte) b;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      ensure(len);
      System.arraycopy(b, off, buf, n, len);
      n += len;
    }

    private void ensure(int len) {
      if (n + len > buf.length) {
        buf = java.util.Arrays.copyOf(buf, Math.max(n + len, buf.length * 2));
      }
    }
  }

  private static void header(TextOutput out, List<String> indexNames,
      List<String> columnLevelNames, List<List<String>> columnLabels) throws IOException {
    int nIndex = indexNames.size();
    if (columnLevelNames.size() > 1) {
      for (int l = 0; l < columnLevelNames.size(); l++) {
        out.text(quote(columnLevelNames.get(l)));
        for (int k = 1; k < nIndex; k++) {
          out.ascii('\t');
        }
        for (List<String> c : columnLabels) {
          out.ascii('\t').text(quote(c.get(l)));
        }
        out.ascii('\n');
      }
      for (int k = 0; k < nIndex; k++) {
        out.text(quote(indexNames.get(k))).ascii('\t');
      }
      for (int k = 1; k < columnLabels.size(); k++) {
        out.ascii('\t');
      }
      out.ascii('\n');
    } else {
      for (int k = 0; k < nIndex; k++) {
        out.text(quote(indexNames.get(k))).ascii('\t');
      }
      for (int c = 0; c < columnLabels.size(); c++) {
        if (c > 0) {
          out.ascii('\t');
        }
        out.text(quote(columnLabels.get(c).get(0)));
      }
      out.ascii('\n');
    }
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
