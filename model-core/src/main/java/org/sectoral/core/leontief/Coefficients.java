package org.sectoral.core.leontief;

import java.util.List;
import org.sectoral.core.ErrorCode;
import org.sectoral.core.SectoralException;
import org.sectoral.core.internal.sparse.CsrMatrix;
import org.sectoral.core.internal.sparse.DenseRows;
import org.sectoral.core.internal.sparse.RowMatrix;
import org.sectoral.core.table.KeyIndex;
import org.sectoral.core.table.LabelledMatrix;
import org.sectoral.core.table.RegionSector;

/**
 * Where a model reads A from without keeping a copy: flows Z with outputs x (aᵢⱼ = zᵢⱼ/xⱼ, 0 when
 * xⱼ = 0), a dense coefficient matrix, or sparse coefficients. The matrices are immutable and
 * shared with the table they came from.
 */
final class Coefficients {
  private final KeyIndex<RegionSector> keys;
  private final int n;
  private final LabelledMatrix<RegionSector, RegionSector> dense; // Z or A; null when sparse
  private final double[] divisor; // x when dense is Z, else null
  private final CsrMatrix sparse; // null when dense
  private final double[] owned; // a row-major A made by the model itself, or null

  private Coefficients(KeyIndex<RegionSector> keys,
      LabelledMatrix<RegionSector, RegionSector> dense, double[] divisor, CsrMatrix sparse,
      double[] owned) {
    this.keys = keys;
    this.n = keys.size();
    this.dense = dense;
    this.divisor = divisor;
    this.sparse = sparse;
    this.owned = owned;
  }

  static Coefficients ofFlows(LabelledMatrix<RegionSector, RegionSector> z, double[] x) {
    return new Coefficients(z.columns(), z, x, null, null);
  }

  static Coefficients ofDense(LabelledMatrix<RegionSector, RegionSector> a) {
    return new Coefficients(a.columns(), a, null, null, null);
  }

  static Coefficients ofSparse(SparseCoefficients a) {
    return new Coefficients(a.keys(), null, null, a.csr(), null);
  }

  /** Coefficients in a row-major array the caller hands over and never modifies again. */
  static Coefficients ofOwnedArray(KeyIndex<RegionSector> keys, double[] rowMajor) {
    return new Coefficients(keys, null, null, null, rowMajor);
  }

  KeyIndex<RegionSector> keys() {
    return keys;
  }

  boolean isSparse() {
    return sparse != null;
  }

  double at(int i, int j) {
    if (owned != null) {
      return owned[i * n + j];
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
    if (owned != null) {
      return owned.clone();
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
