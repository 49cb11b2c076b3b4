package org.sectoral.core.internal.sparse;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Arrays;

/**
 * A square sparse matrix in compressed sparse row form (Saad 2003, §3.4): row i holds the
 * column indices {@code col[rowStart[i]..rowStart[i+1])} in increasing order and their values.
 * Immutable; 12 bytes per non-zero plus 4 per row.
 */
public final class CsrMatrix implements RowMatrix {
  private final int n;
  private final int[] rowStart;
  private final int[] col;
  private final double[] val;
  private final double[] diag;

  private CsrMatrix(int n, int[] rowStart, int[] col, double[] val) {
    this.n = n;
    this.rowStart = rowStart;
    this.col = col;
    this.val = val;
    this.diag = new double[n];
    for (int i = 0; i < n; i++) {
      for (int p = rowStart[i]; p < rowStart[i + 1]; p++) {
        if (col[p] == i) {
          diag[i] = val[p];
        }
      }
    }
  }

  /** The non-zeros of a dense row-major n × n array. */
  public static CsrMatrix fromDense(double[] rowMajor, int n) {
    int nnz = 0;
    for (double v : rowMajor) {
      if (v != 0) {
        nnz++;
      }
    }
    int[] start = new int[n + 1];
    int[] col = new int[nnz];
    double[] val = new double[nnz];
    int p = 0;
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        double v = rowMajor[i * n + j];
        if (v != 0) {
          col[p] = j;
          val[p++] = v;
        }
      }
      start[i + 1] = p;
    }
    return new CsrMatrix(n, start, col, val);
  }

  /**
   * From coordinate triplets (row, column, value), in any order; duplicates are summed and zeros
   * dropped. The arrays are not kept.
   */
  public static CsrMatrix fromTriplets(int n, int[] rows, int[] cols, double[] vals, int count) {
    checkArgument(count <= rows.length && count <= cols.length && count <= vals.length,
        "count %s exceeds the arrays", count);
    int[] start = new int[n + 1];
    for (int k = 0; k < count; k++) {
      checkArgument(rows[k] >= 0 && rows[k] < n && cols[k] >= 0 && cols[k] < n,
          "Entry (%s, %s) outside %s × %s", rows[k], cols[k], n, n);
      start[rows[k] + 1]++;
    }
    for (int i = 0; i < n; i++) {
      start[i + 1] += start[i];
    }
    int[] next = Arrays.copyOf(start, n);
    int[] col = new int[count];
    double[] val = new double[count];
    for (int k = 0; k < count; k++) {
      int p = next[rows[k]]++;
      col[p] = cols[k];
      val[p] = vals[k];
    }
    // sort each row by column, sum duplicates, drop zeros, compact
    int[] outStart = new int[n + 1];
    int q = 0;
    for (int i = 0; i < n; i++) {
      int from = start[i];
      int to = start[i + 1];
      sortRow(col, val, from, to);
      int p = from;
      while (p < to) {
        int c = col[p];
        double s = 0;
        while (p < to && col[p] == c) {
          s += val[p++];
        }
        if (s != 0) {
          col[q] = c;
          val[q++] = s;
        }
      }
      outStart[i + 1] = q;
    }
    return new CsrMatrix(n, outStart, Arrays.copyOf(col, q), Arrays.copyOf(val, q));
  }

  private static void sortRow(int[] col, double[] val, int from, int to) {
    for (int i = from + 1; i < to; i++) { // insertion sort: rows arrive nearly sorted
      int c = col[i];
      double v = val[i];
      int j = i - 1;
      while (j >= from && col[j] > c) {
        col[j + 1] = col[j];
        val[j + 1] = val[j];
        j--;
      }
      col[j + 1] = c;
      val[j + 1] = v;
    }
  }

  @Override
  public int size() {
    return n;
  }

  @Override
  public double diagonal(int i) {
    return diag[i];
  }

  @Override
  public double rowDot(int i, double[] x) {
    double s = 0;
    for (int p = rowStart[i], end = rowStart[i + 1]; p < end; p++) {
      s += val[p] * x[col[p]];
    }
    return s;
  }

  @Override
  public void addScaledRow(int i, double alpha, double[] s) {
    for (int p = rowStart[i], end = rowStart[i + 1]; p < end; p++) {
      s[col[p]] += alpha * val[p];
    }
  }

  /** Writes row i densely into {@code dest[offset … offset + n)} (zeros included). */
  public void copyRow(int i, double[] dest, int offset) {
    Arrays.fill(dest, offset, offset + n, 0);
    for (int p = rowStart[i], end = rowStart[i + 1]; p < end; p++) {
      dest[offset + col[p]] = val[p];
    }
  }

  /** The entry aᵢⱼ (binary search in row i). */
  public double get(int i, int j) {
    int p = Arrays.binarySearch(col, rowStart[i], rowStart[i + 1], j);
    return p >= 0 ? val[p] : 0;
  }

  /** Column sums Σᵢ aᵢⱼ. */
  public double[] columnSums() {
    double[] s = new double[n];
    for (int p = 0; p < col.length; p++) {
      s[col[p]] += val[p];
    }
    return s;
  }

  /** Calls the consumer for each stored entry, row by row. */
  public void forEach(EntryConsumer consumer) {
    for (int i = 0; i < n; i++) {
      for (int p = rowStart[i]; p < rowStart[i + 1]; p++) {
        consumer.accept(i, col[p], val[p]);
      }
    }
  }

  /** Receives one stored entry. */
  @FunctionalInterface
  public interface EntryConsumer {
    /** Entry (i, j) with value v. */
    void accept(int i, int j, double v);
  }

  /** A' in compressed rows (a new matrix). */
  public CsrMatrix transpose() {
    int[] start = new int[n + 1];
    for (int c : col) {
      start[c + 1]++;
    }
    for (int i = 0; i < n; i++) {
      start[i + 1] += start[i];
    }
    int[] next = Arrays.copyOf(start, n);
    int[] tcol = new int[col.length];
    double[] tval = new double[val.length];
    for (int i = 0; i < n; i++) {
      for (int p = rowStart[i]; p < rowStart[i + 1]; p++) {
        int q = next[col[p]]++;
        tcol[q] = i;
        tval[q] = val[p];
      }
    }
    return new CsrMatrix(n, start, tcol, tval);
  }

  @Override
  public long storedEntries() {
    return col.length;
  }

  /** Stored entries / n². */
  public double density() {
    return n == 0 ? 0 : col.length / ((double) n * n);
  }
}
