package org.sectoral.core.table;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.sectoral.core.ErrorCode;
import org.sectoral.core.SectoralException;
import org.sectoral.core.internal.Blocks;

/**
 * An immutable dense matrix of finite numbers with labelled rows and columns and a unit, shaped
 * like Guava's {@code ArrayTable}: a fast {@link #at(int, int)} beside the keyed
 * {@link #get(Object, Object)}.
 *
 * @param <R> the row key type
 * @param <C> the column key type
 */
public final class LabelledMatrix<R, C> {
  private final KeyIndex<R> rows;
  private final KeyIndex<C> columns;
  private final double[] data; // row-major
  private final String unit;

  private LabelledMatrix(KeyIndex<R> rows, KeyIndex<C> columns, double[] data, String unit) {
    this.rows = rows;
    this.columns = columns;
    this.data = data;
    this.unit = unit;
  }

  /**
   * A matrix holding a copy of {@code values} (one array per row).
   *
   * @throws SectoralException {@link ErrorCode#DIMENSION_MISMATCH} when the shape differs from
   *     the keys, {@link ErrorCode#NON_FINITE_VALUE} naming the row and column of a NaN
   */
  public static <R, C> LabelledMatrix<R, C> of(KeyIndex<R> rows, KeyIndex<C> columns,
      double[][] values, String unit) {
    checkNotNull(values, "values");
    if (values.length != rows.size()) {
      throw SectoralException.of(ErrorCode.DIMENSION_MISMATCH, List.of(),
          "Matrix has %d rows for %d row keys", values.length, rows.size());
    }
    int m = columns.size();
    double[] flat = new double[rows.size() * m];
    for (int i = 0; i < values.length; i++) {
      if (values[i].length != m) {
        throw SectoralException.of(ErrorCode.DIMENSION_MISMATCH, List.of(rows.get(i).toString()),
            "Row %s has %d values for %d column keys", rows.get(i), values[i].length, m);
      }
      System.arraycopy(values[i], 0, flat, i * m, m);
    }
    return checked(rows, columns, flat, unit);
  }

  /** A matrix holding a copy of {@code rowMajor}, whose length must be rows × columns. */
  public static <R, C> LabelledMatrix<R, C> ofRowMajor(KeyIndex<R> rows, KeyIndex<C> columns,
      double[] rowMajor, String unit) {
    checkNotNull(rowMajor, "rowMajor");
    if (rowMajor.length != rows.size() * columns.size()) {
      throw SectoralException.of(ErrorCode.DIMENSION_MISMATCH, List.of(),
          "Matrix has %d values for %d × %d keys", rowMajor.length, rows.size(), columns.size());
    }
    return checked(rows, columns, rowMajor.clone(), unit);
  }

  /**
   * A matrix that takes {@code rowMajor} as its storage, without a copy: for readers that fill a
   * world table's n² values once and hand them over (a copy of Z at 9,800 sectors is 0.77 GB).
   * The caller must not keep, read or change the array afterwards; every other factory copies.
   *
   * @throws SectoralException {@link ErrorCode#DIMENSION_MISMATCH} when the length is not
   *     rows × columns, {@link ErrorCode#NON_FINITE_VALUE} naming the row and column of a NaN
   */
  public static <R, C> LabelledMatrix<R, C> wrapRowMajor(KeyIndex<R> rows, KeyIndex<C> columns,
      double[] rowMajor, String unit) {
    checkNotNull(rowMajor, "rowMajor");
    if (rowMajor.length != (long) rows.size() * columns.size()) {
      throw SectoralException.of(ErrorCode.DIMENSION_MISMATCH, List.of(),
          "Matrix has %d values for %d × %d keys", rowMajor.length, rows.size(), columns.size());
    }
    return checked(rows, columns, rowMajor, unit);
  }

  /**
   * Copies rows {@code from} … {@code to − 1} into a row-major panel at {@code offset}, without
   * allocating (for streaming a matrix out row by row).
   */
  public void copyRows(int from, int to, double[] panel, int offset) {
    int m = columns.size();
    System.arraycopy(data, from * m, panel, offset, (to - from) * m);
  }

  /** A matrix of zeros. */
  public static <R, C> LabelledMatrix<R, C> zeros(KeyIndex<R> rows, KeyIndex<C> columns,
      String unit) {
    return new LabelledMatrix<>(rows, columns, new double[rows.size() * columns.size()], unit);
  }

  private static <R, C> LabelledMatrix<R, C> checked(KeyIndex<R> rows, KeyIndex<C> columns,
      double[] flat, String unit) {
    checkNotNull(unit, "unit");
    int m = columns.size();
    if (flat.length >= Blocks.PARALLEL_WORK && IntStream.range(0, 64).parallel().allMatch(t -> {
      for (int k = (int) ((long) t * flat.length / 64),
          e = (int) ((long) (t + 1) * flat.length / 64); k < e; k++) {
        if (!Double.isFinite(flat[k])) {
          return false;
        }
      }
      return true;
    })) {
      return new LabelledMatrix<>(rows, columns, flat, unit); // all finite, checked in parallel
    }
    for (int k = 0; k < flat.length; k++) {
      if (!Double.isFinite(flat[k])) {
        R r = rows.get(k / m);
        C c = columns.get(k % m);
        throw SectoralException.of(ErrorCode.NON_FINITE_VALUE, List.of(r.toString(), c.toString()),
            "Value at row %s, column %s is %s", r, c, flat[k]);
      }
    }
    return new LabelledMatrix<>(rows, columns, flat, unit);
  }

  /** The row labels. */
  public KeyIndex<R> rows() {
    return rows;
  }

  /** The column labels. */
  public KeyIndex<C> columns() {
    return columns;
  }

  /** The number of rows. */
  public int rowCount() {
    return rows.size();
  }

  /** The number of columns. */
  public int columnCount() {
    return columns.size();
  }

  /** The unit of every value. */
  public String unit() {
    return unit;
  }

  /** This matrix with another unit; the values are shared (they never change). */
  public LabelledMatrix<R, C> withUnit(String newUnit) {
    return new LabelledMatrix<>(rows, columns, data, checkNotNull(newUnit, "unit"));
  }

  /** The value at row {@code i}, column {@code j}. */
  public double at(int i, int j) {
    return data[i * columns.size() + j];
  }

  /**
   * The value at a row and column key.
   *
   * @throws SectoralException {@link ErrorCode#UNKNOWN_KEY} when a key is absent
   */
  public double get(R row, C column) {
    return at(rows.indexOf(row), columns.indexOf(column));
  }

  /** One row as a vector over the column keys. */
  public LabelledVector<C> row(R key) {
    int i = rows.indexOf(key);
    int m = columns.size();
    return LabelledVector.of(columns, Arrays.copyOfRange(data, i * m, (i + 1) * m), unit);
  }

  /** One column as a vector over the row keys. */
  public LabelledVector<R> column(C key) {
    return LabelledVector.of(rows, columnArray(columns.indexOf(key)), unit);
  }

  /** Row sums Z·1, labelled by row. */
  public LabelledVector<R> rowSums() {
    int m = columns.size();
    double[] s = new double[rows.size()];
    Blocks.run(s.length, data.length, (from, to) -> {
      for (int i = from; i < to; i++) {
        double acc = 0;
        for (int j = 0; j < m; j++) {
          acc += data[i * m + j];
        }
        s[i] = acc;
      }
    });
    return LabelledVector.of(rows, s, unit);
  }

  /** Column sums 1'·Z, labelled by column. */
  public LabelledVector<C> columnSums() {
    int m = columns.size();
    int n = rows.size();
    double[] s = new double[m];
    // blocks of columns in parallel: each sum still adds its column's values in row order
    Blocks.run(m, data.length, (from, to) -> {
      for (int i = 0; i < n; i++) {
        int o = i * m;
        for (int j = from; j < to; j++) {
          s[j] += data[o + j];
        }
      }
    });
    return LabelledVector.of(columns, s, unit);
  }

  /** The sum of every value. */
  public double sum() {
    double s = 0;
    for (double v : data) {
      s += v;
    }
    return s;
  }

  /** The transpose, with rows and columns swapped. */
  public LabelledMatrix<C, R> transpose() {
    int n = rows.size();
    int m = columns.size();
    double[] t = new double[data.length];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < m; j++) {
        t[j * n + i] = data[i * m + j];
      }
    }
    return new LabelledMatrix<>(columns, rows, t, unit);
  }

  /** A copy of the values, one array per row. */
  public double[][] toArray() {
    int m = columns.size();
    double[][] out = new double[rows.size()][];
    for (int i = 0; i < out.length; i++) {
      out[i] = Arrays.copyOfRange(data, i * m, (i + 1) * m);
    }
    return out;
  }

  /** A copy of the values in row-major order. */
  public double[] toRowMajorArray() {
    return data.clone();
  }

  /** A copy of column {@code j}. */
  public double[] columnArray(int j) {
    int m = columns.size();
    double[] c = new double[rows.size()];
    for (int i = 0; i < c.length; i++) {
      c[i] = data[i * m + j];
    }
    return c;
  }

  /** A copy of row {@code i}. */
  public double[] rowArray(int i) {
    int m = columns.size();
    return Arrays.copyOfRange(data, i * m, (i + 1) * m);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LabelledMatrix<?, ?> x && x.rows.equals(rows) && x.columns.equals(columns)
        && x.unit.equals(unit) && Arrays.equals(x.data, data);
  }

  @Override
  public int hashCode() {
    return (rows.hashCode() * 31 + columns.hashCode()) * 31 + Arrays.hashCode(data);
  }

  @Override
  public String toString() {
    return "LabelledMatrix[" + rows.size() + " × " + columns.size() + ", " + unit + "]";
  }
}
