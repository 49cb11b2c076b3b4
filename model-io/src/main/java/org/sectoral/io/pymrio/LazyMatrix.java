package org.sectoral.io.pymrio;

import org.sectoral.core.table.KeyIndex;
import org.sectoral.core.table.LabelledMatrix;

/**
 * A matrix held as its values or produced row by row on demand (a derived matrix such as A or L
 * of a world table, streamed to a file without ever being whole in memory).
 */
final class LazyMatrix<R, C> {
  /** Fills rows {@code from} … {@code to − 1} into a row-major panel starting at index 0. */
  @FunctionalInterface
  interface Rows {
    void fill(int from, int to, double[] panel);
  }

  private final KeyIndex<R> rows;
  private final KeyIndex<C> columns;
  private final String unit;
  private final LabelledMatrix<R, C> held;
  private final Rows producer;

  private LazyMatrix(KeyIndex<R> rows, KeyIndex<C> columns, String unit, LabelledMatrix<R, C> held,
      Rows producer) {
    this.rows = rows;
    this.columns = columns;
    this.unit = unit;
    this.held = held;
    this.producer = producer;
  }

  static <R, C> LazyMatrix<R, C> of(LabelledMatrix<R, C> m) {
    return new LazyMatrix<>(m.rows(), m.columns(), m.unit(), m, null);
  }

  static <R, C> LazyMatrix<R, C> derived(KeyIndex<R> rows, KeyIndex<C> columns, String unit,
      Rows producer) {
    return new LazyMatrix<>(rows, columns, unit, null, producer);
  }

  KeyIndex<R> rows() {
    return rows;
  }

  KeyIndex<C> columns() {
    return columns;
  }

  /** The matrix held, or null when the values are produced on demand. */
  LabelledMatrix<R, C> held() {
    return held;
  }

  /** Whether the values are produced on demand rather than held. */
  boolean isDerived() {
    return held == null;
  }

  /** Rows {@code from} … {@code to − 1} into {@code panel} from index 0. */
  void fill(int from, int to, double[] panel) {
    if (held != null) {
      held.copyRows(from, to, panel, 0);
    } else {
      producer.fill(from, to, panel);
    }
  }

  /** The whole matrix (formed now when derived: rows × columns doubles). */
  LabelledMatrix<R, C> matrix() {
    if (held != null) {
      return held;
    }
    double[] all = new double[rows.size() * columns.size()];
    int block = Math.max(1, Math.min(rows.size(), 256));
    double[] panel = new double[block * columns.size()];
    for (int i = 0; i < rows.size(); i += block) {
      int to = Math.min(rows.size(), i + block);
      producer.fill(i, to, panel);
      System.arraycopy(panel, 0, all, i * columns.size(), (to - i) * columns.size());
    }
    return LabelledMatrix.wrapRowMajor(rows, columns, all, unit);
  }
}
