package org.sectoral.core.leontief;

import java.util.List;
import org.sectoral.core.ErrorCode;
import org.sectoral.core.SectoralException;
import org.sectoral.core.internal.RowSource;
import org.sectoral.core.internal.SystemMatrix;
import org.sectoral.core.internal.sparse.CsrMatrix;
import org.sectoral.core.internal.sparse.DenseRows;
import org.sectoral.core.internal.sparse.RowMatrix;
import org.sectoral.core.table.KeyIndex;
import org.sectoral.core.table.LabelledMatrix;
import org.sectoral.core.table.RegionSector;

/**
 * Where a model reads A from without keeping a copy: flows Z with outputs x (aᵢⱼ = zᵢⱼ/xⱼ, 0 when
 * xⱼ = 0), a dense coefficient matrix, sparse coefficients, or the allocation coefficients
 * bᵢⱼ = aᵢⱼ·xⱼ/xᵢ of other coefficients. The matrices are immutable and shared with the table they
 * came from; {@link #system()} lets the solver check residuals against them.
 */
final class Coefficients {
  private final KeyIndex<RegionSector> keys;
  private final int n;
  private final LabelledMatrix<RegionSector, RegionSector> dense; // Z or A; null when sparse
  private final double[] divisor; // x when dense is Z, else null
  private final CsrMatrix sparse; // null when dense
  private final Coefficients technical; // A of the allocation coefficients B, or null
  private final double[] output; // x of the allocation coefficients B, or null

  private Coefficients(KeyIndex<RegionSector> keys,
      LabelledMatrix<RegionSector, RegionSector> dense, double[] divisor, CsrMatrix sparse,
      Coefficients technical, double[] output) {
    this.keys = keys;
    this.n = keys.size();
    this.dense = dense;
    this.divisor = divisor;
    this.sparse = sparse;
    this.technical = technical;
    this.output = output;
  }

  static Coefficients ofFlows(LabelledMatrix<RegionSector, RegionSector> z, double[] x) {
    return new Coefficients(z.columns(), z, x, null, null, null);
  }

  static Coefficients ofDense(LabelledMatrix<RegionSector, RegionSector> a) {
    return new Coefficients(a.columns(), a, null, null, null, null);
  }

  static Coefficients ofSparse(SparseCoefficients a) {
    return new Coefficients(a.keys(), null, null, a.csr(), null, null);
  }

  /**
   * Allocation coefficients B = x̂⁻¹·A·x̂, bᵢⱼ = aᵢⱼ·xⱼ/xᵢ (0 when xᵢ = 0), computed from A and x
   * whenever they are read (Miller &amp; Blair §12.1).
   */
  static Coefficients ofAllocation(Coefficients a, double[] x) {
    return new Coefficients(a.keys, null, null, null, a, x);
  }

  /**
   * I − A seen by rows of A for residual checks (no copy: rows are read from the source, with
   * every aᵢⱼ computed exactly as {@link #toDense()} computes it).
   */
  SystemMatrix system() {
    Coefficients self = this;
    return new SystemMatrix() {
      @Override
      public int size() {
        return n;
      }

      @Override
      public boolean identityMinus() {
        return true;
      }

      @Override
      public void rows(int from, int to, double[] panel) {
        self.rows(from, to, panel, 0);
      }

      @Override
      public double[] columnDivisors() {
        return sparse == null && technical == null ? divisor : null;
      }

      @Override
      public void flowRows(int from, int to, double[] panel) {
        if (columnDivisors() != null) {
          dense.copyRows(from, to, panel, 0);
        } else {
          self.rows(from, to, panel, 0);
        }
      }
    };
  }

  /** Rows from … to − 1 of A into a row-major panel, starting at {@code offset}. */
  void rows(int from, int to, double[] panel, int offset) {
    for (int i = from; i < to; i++) {
      int o = offset + (i - from) * n;
      if (sparse != null) {
        sparse.copyRow(i, panel, o);
      } else if (technical != null) {
        technical.rows(i, i + 1, panel, o);
        double xi = output[i];
        for (int j = 0; j < n; j++) {
          // as LeontiefModel made B before: b_ij = a_ij x_j / x_i
          panel[o + j] = xi == 0 ? 0 : panel[o + j] * output[j] / xi;
        }
      } else {
        dense.copyRows(i, i + 1, panel, o);
        if (divisor != null) {
          for (int j = 0; j < n; j++) {
            double d = divisor[j];
            panel[o + j] = d == 0 ? 0 : panel[o + j] / d;
          }
        }
      }
    }
  }


  KeyIndex<RegionSector> keys() {
    return keys;
  }

  boolean isSparse() {
    return sparse != null;
  }

  double at(int i, int j) {
    if (technical != null) {
      return output[i] == 0 ? 0 : technical.at(i, j) * output[j] / output[i];
    }
    if (sparse != null) {
      return sparse.get(i, j);
    }
    double v = dense.at(i, j);
    if (divisor == null) {
      return v;
    }
    return divisor[j] == 0 ? 0 : v / divisor[j];
  }

  /** A new dense row-major copy of A (n² doubles). */
  double[] toDense() {
    if (technical != null) {
      double[] b = new double[n * n];
      rows(0, n, b, 0);
      return b;
    }
    if (sparse != null) {
      double[] a = new double[n * n];
      sparse.forEach((i, j, v) -> a[i * n + j] = v);
      return a;
    }
    double[] a = dense.toRowMajorArray();
    if (divisor != null) {
      for (int i = 0; i < n; i++) {
        int o = i * n;
        for (int j = 0; j < n; j++) {
          a[o + j] = divisor[j] == 0 ? 0 : a[o + j] / divisor[j];
        }
      }
    }
    return a;
  }

  /**
   * I − A as a new dense row-major array (n² doubles), with the column sums Σᵢ aᵢⱼ of A into
   * {@code sums}: the same numbers as {@link #toDense()}, {@link #checkedColumnSums} and
   * negating with 1 added on the diagonal, in one pass over Z instead of three when A is read
   * from flows.
   *
   * @throws SectoralException {@link ErrorCode#NON_FINITE_VALUE} naming the column
   */
  double[] identityMinusDense(double[] sums) {
    double[] m;
    if (divisor == null || dense == null) {
      m = toDense();
      System.arraycopy(checkedColumnSums(m), 0, sums, 0, n);
      for (int i = 0; i < m.length; i++) {
        m[i] = -m[i];
      }
    } else {
      m = dense.toRowMajorArray();
      double[] d = divisor;
      for (int i = 0; i < n; i++) {
        int o = i * n;
        for (int j = 0; j < n; j++) {
          double a = d[j] == 0 ? 0 : m[o + j] / d[j];
          sums[j] += a;
          m[o + j] = -a;
        }
      }
      checkFinite(sums);
    }
    for (int i = 0; i < n; i++) {
      m[i * n + i] += 1;
    }
    return m;
  }

  /** Whether A is read from flows Z and outputs x (aᵢⱼ = zᵢⱼ/xⱼ). */
  boolean isFlows() {
    return dense != null && divisor != null;
  }

  /**
   * I − A of flows by rows, for a factorization that copies them where it wants them, with the
   * column sums Σᵢ aᵢⱼ of A into {@code sums} as the rows go by: the same numbers, in the same
   * order, as {@link #identityMinusDense}, without an n × n array. Its
   * {@link RowSource#finish()} throws {@link ErrorCode#NON_FINITE_VALUE} naming the column.
   */
  RowSource identityMinusRows(double[] sums) {
    if (!isFlows()) {
      throw new IllegalStateException("not flows");
    }
    return new RowSource() {
      @Override
      public void rows(int from, int to, double[] panel) {
        columns(from, to, 0, n, panel);
      }

      @Override
      public boolean byColumns() {
        return true;
      }

      @Override
      public void columns(int from, int to, int colFrom, int colTo, double[] panel) {
        dense.copyRows(from, to, panel, 0);
        double[] d = divisor;
        for (int i = from; i < to; i++) {
          int o = (i - from) * n;
          for (int j = colFrom; j < colTo; j++) { // each sum gets its rows in order
            double a = d[j] == 0 ? 0 : panel[o + j] / d[j];
            sums[j] += a;
            panel[o + j] = -a;
          }
          if (i >= colFrom && i < colTo) {
            panel[o + i] += 1;
          }
        }
      }

      @Override
      public void finish() {
        checkFinite(sums);
      }
    };
  }

  /** Names the first non-finite coefficient of a column whose sum is not finite. */
  private void checkFinite(double[] sums) {
    for (int j = 0; j < n; j++) {
      if (!Double.isFinite(sums[j])) {
        for (int i = 0; i < n; i++) {
          double v = at(i, j);
          if (!Double.isFinite(v)) {
            throw SectoralException.of(ErrorCode.NON_FINITE_VALUE,
                List.of(keys.get(j).toString()), "Coefficient (%s, %s) is %s", keys.get(i),
                keys.get(j), v);
          }
        }
      }
    }
  }

  /** The sparse form, or null for a dense source. */
  CsrMatrix sparse() {
    return sparse;
  }

  /**
   * Column sums Σᵢ aᵢⱼ of a dense row-major A, after checking every coefficient is finite.
   *
   * @throws SectoralException {@link ErrorCode#NON_FINITE_VALUE} naming the column
   */
  double[] checkedColumnSums(double[] a) {
    double[] s = new double[n];
    for (int i = 0; i < n; i++) {
      int o = i * n;
      for (int j = 0; j < n; j++) {
        s[j] += a[o + j];
      }
    }
    for (int j = 0; j < n; j++) {
      if (!Double.isFinite(s[j])) {
        for (int i = 0; i < n; i++) {
          double v = a[i * n + j];
          if (!Double.isFinite(v)) {
            throw SectoralException.of(ErrorCode.NON_FINITE_VALUE,
                List.of(keys.get(j).toString()), "Coefficient (%s, %s) is %s", keys.get(i),
                keys.get(j), v);
          }
        }
      }
    }
    return s;
  }

  /** Whether every entry of a dense row-major A is ≥ 0. */
  static boolean nonNegative(double[] a) {
    for (double v : a) {
      if (v < 0) {
        return false;
      }
    }
    return true;
  }

  /** Whether every stored coefficient of a sparse A is ≥ 0. */
  static boolean nonNegative(CsrMatrix a) {
    boolean[] ok = {true};
    a.forEach((i, j, v) -> ok[0] &= v >= 0);
    return ok[0];
  }

  /** Dense A by rows for iterative sweeps: CSR when at most {@code threshold} is non-zero. */
  static RowMatrix rows(double[] a, int n, double threshold) {
    long nnz = 0;
    for (double v : a) {
      if (v != 0) {
        nnz++;
      }
    }
    return nnz <= threshold * n * (double) n ? CsrMatrix.fromDense(a, n) : DenseRows.wrap(a, n);
  }
}
