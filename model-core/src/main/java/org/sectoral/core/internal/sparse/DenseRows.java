package org.sectoral.core.internal.sparse;

/** A dense row-major matrix seen as {@link RowMatrix}. The array is shared, never modified. */
public final class DenseRows implements RowMatrix {
  private final int n;
  private final double[] a;

  private DenseRows(double[] rowMajor, int n) {
    this.n = n;
    this.a = rowMajor;
  }

  /** Wraps a row-major n × n array (not copied: the caller must not modify it). */
  public static DenseRows wrap(double[] rowMajor, int n) {
    return new DenseRows(rowMajor, n);
  }

  @Override
  public int size() {
    return n;
  }

  @Override
  public double diagonal(int i) {
    return a[i * n + i];
  }

  @Override
  public double rowDot(int i, double[] x) {
    int o = i * n;
    double s = 0;
    for (int j = 0; j < n; j++) {
      s += a[o + j] * x[j];
    }
    return s;
  }

  @Override
  public void addScaledRow(int i, double alpha, double[] s) {
    int o = i * n;
    for (int j = 0; j < n; j++) {
      s[j] += alpha * a[o + j];
    }
  }

  @Override
  public long storedEntries() {
    return (long) n * n;
  }
}
