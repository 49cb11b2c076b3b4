package org.sectoral.core.internal.dense;

import java.util.stream.IntStream;
import org.sectoral.core.internal.Monitor;

/**
 * Pure-Java LU with partial pivoting, P·M = L·U, right-looking and blocked (Golub &amp; Van
 * Loan 2013, ch. 3, block LU; row interchanges as in LAPACK dgetrf): factor a panel of
 * {@value #NB} columns, solve for the block row of U, then update the trailing matrix in parallel
 * row blocks whose inner loop the JIT vectorizes. Works in place on a row-major array. Cancellation
 * and progress are checked between panels. Transposed solves reuse the same factors
 * (M' = U'·L'·P), so no second factorization is ever made.
 */
public final class BlockedLu implements DenseLu {
  /** Panel width. */
  static final int NB = 64;
  /** Columns per tile of the trailing update (keeps a row tile in L1, the U tile in L2). */
  static final int TILE = 512;
  /** Rows per parallel task in the trailing update. */
  static final int ROWS_PER_TASK = 16;
  /** Right-hand sides per block when forming the inverse. */
  static final int RHS_BLOCK = 16;

  private static final String STAGE = "dense LU (Java)";

  private final int n;
  private final double[] lu; // row-major: strictly lower part L (unit diagonal), upper part U
  private final int[] piv; // row k was swapped with row piv[k] at step k

  private BlockedLu(double[] lu, int n, int[] piv) {
    this.n = n;
    this.lu = lu;
    this.piv = piv;
  }

  /** Factorizes M in place: the array is taken over and overwritten with L and U. */
  public static BlockedLu factorInPlace(double[] a, int n, Monitor monitor) {
    int[] piv = new int[n];
    double[] ubuf = new double[NB * Math.max(1, n)];
    double total = (double) n * n * n;
    for (int k0 = 0; k0 < n; k0 += NB) {
      monitor.check(STAGE);
      int kb = Math.min(NB, n - k0);
      panel(a, n, k0, kb, piv);
      int c0 = k0 + kb;
      if (c0 < n) {
        blockRowOfU(a, n, k0, kb);
        trailingUpdate(a, n, k0, kb, ubuf);
      }
      double left = n - c0;
      monitor.report(STAGE, 1 - left * left * left / total, Double.NaN);
    }
    return new BlockedLu(a, n, piv);
  }

  /** Unblocked LU of columns k0..k0+kb−1, rows k0..n−1, swapping whole rows. */
  private static void panel(double[] a, int n, int k0, int kb, int[] piv) {
    int end = k0 + kb;
    for (int j = k0; j < end; j++) {
      int p = j;
      double max = Math.abs(a[j * n + j]);
      for (int i = j + 1; i < n; i++) {
        double v = Math.abs(a[i * n + j]);
        if (v > max) {
          max = v;
          p = i;
        }
      }
      piv[j] = p;
      if (p != j) {
        swapRows(a, n, j, p);
      }
      double d = a[j * n + j];
      if (d == 0) {
        continue; // exactly singular column: leave it, minAbsPivot reports it
      }
      double inv = 1 / d;
      int jr = j * n;
      for (int i = j + 1; i < n; i++) {
        int ir = i * n;
        double l = a[ir + j] * inv;
        a[ir + j] = l;
        if (l != 0) {
          for (int c = j + 1; c < end; c++) {
            a[ir + c] -= l * a[jr + c];
          }
        }
      }
    }
  }

  private static void swapRows(double[] a, int n, int r1, int r2) {
    int o1 = r1 * n;
    int o2 = r2 * n;
    for (int c = 0; c < n; c++) {
      double t = a[o1 + c];
      a[o1 + c] = a[o2 + c];
      a[o2 + c] = t;
    }
  }

  /** U₁₂ = L₁₁⁻¹·A₁₂, in column tiles processed in parallel. */
  private static void blockRowOfU(double[] a, int n, int k0, int kb) {
    int c0 = k0 + kb;
    int tiles = (n - c0 + TILE - 1) / TILE;
    IntStream.range(0, tiles).parallel().forEach(t -> {
      int from = c0 + t * TILE;
      int to = Math.min(n, from + TILE);
      for (int i = k0 + 1; i < c0; i++) {
        int ir = i * n;
        for (int k = k0; k < i; k++) {
          double l = a[ir + k];
          if (l != 0) {
            int kr = k * n;
            for (int c = from; c < to; c++) {
              a[ir + c] -= l * a[kr + c];
            }
          }
        }
      }
    });
  }

  /** A₂₂ −= L₂₁·U₁₂, U₁₂ packed into its own array so the inner loop vectorizes. */
  private static void trailingUpdate(double[] a, int n, int k0, int kb, double[] u) {
    int c0 = k0 + kb;
    int m = n - c0;
    for (int k = 0; k < kb; k++) {
      System.arraycopy(a, (k0 + k) * n + c0, u, k * m, m);
    }
    int tasks = (m + ROWS_PER_TASK - 1) / ROWS_PER_TASK;
    IntStream.range(0, tasks).parallel().forEach(t -> {
      int r0 = c0 + t * ROWS_PER_TASK;
      int r1 = Math.min(n, r0 + ROWS_PER_TASK);
      for (int from = 0; from < m; from += TILE) {
        int to = Math.min(m, from + TILE);
        for (int i = r0; i < r1; i++) {
          updateRowTile(a, i * n + c0, i * n + k0, kb, u, m, from, to);
        }
      }
    });
  }

  private static void updateRowTile(double[] a, int ai, int li, int kb, double[] u, int m,
      int from, int to) {
    int k = 0;
    for (; k + 3 < kb; k += 4) {
      double l0 = a[li + k];
      double l1 = a[li + k + 1];
      double l2 = a[li + k + 2];
      double l3 = a[li + k + 3];
      int u0 = k * m;
      int u1 = u0 + m;
      int u2 = u1 + m;
      int u3 = u2 + m;
      for (int c = from; c < to; c++) {
        a[ai + c] -= l0 * u[u0 + c] + l1 * u[u1 + c] + l2 * u[u2 + c] + l3 * u[u3 + c];
      }
    }
    for (; k < kb; k++) {
      double l = a[li + k];
      int uk = k * m;
      for (int c = from; c < to; c++) {
        a[ai + c] -= l * u[uk + c];
      }
    }
  }

  @Override
  public int size() {
    return n;
  }

  @Override
  public double minAbsPivot() {
    double min = Double.POSITIVE_INFINITY;
    for (int i = 0; i < n; i++) {
      min = Math.min(min, Math.abs(lu[i * n + i]));
    }
    return min;
  }

  @Override
  public double[] solve(double[] b) {
    double[] x = b.clone();
    for (int k = 0; k < n; k++) {
      swap(x, k, piv[k]);
    }
    for (int i = 1; i < n; i++) { // L·y = P·b
      int ir = i * n;
      double s = x[i];
      for (int k = 0; k < i; k++) {
        s -= lu[ir + k] * x[k];
      }
      x[i] = s;
    }
    for (int i = n - 1; i >= 0; i--) { // U·x = y
      int ir = i * n;
      double s = x[i];
      for (int k = i + 1; k < n; k++) {
        s -= lu[ir + k] * x[k];
      }
      x[i] = s / lu[ir + i];
    }
    return x;
  }

  @Override
  public double[] solveTransposed(double[] c) {
    double[] z = c.clone();
    transposedInPlace(z, 0, 0);
    return z;
  }

  /** Solves M'·y = z in place in z[off..off+n), skipping leading zeros from index first. */
  private void transposedInPlace(double[] z, int off, int first) {
    for (int k = first; k < n; k++) { // U'·w = c, row k of U is column k of U'
      int kr = k * n;
      double zk = z[off + k] / lu[kr + k];
      z[off + k] = zk;
      if (zk != 0) {
        for (int i = k + 1; i < n; i++) {
          z[off + i] -= zk * lu[kr + i];
        }
      }
    }
    for (int k = n - 1; k > 0; k--) { // L'·v = w
      int kr = k * n;
      double vk = z[off + k];
      if (vk != 0) {
        for (int i = 0; i < k; i++) {
          z[off + i] -= vk * lu[kr + i];
        }
      }
    }
    for (int k = n - 1; k >= 0; k--) { // y = P'·v
      swap(z, off + k, off + piv[k]);
    }
  }

  @Override
  public double[] inverse() {
    // Row i of M⁻¹ is y' with M'·y = eᵢ. Rows are solved in blocks of RHS_BLOCK that share each
    // row of L and U while it is in cache; blocks run in parallel.
    double[] inv = new double[n * n];
    int blocks = (n + RHS_BLOCK - 1) / RHS_BLOCK;
    IntStream.range(0, blocks).parallel().forEach(b -> {
      int i0 = b * RHS_BLOCK;
      int i1 = Math.min(n, i0 + RHS_BLOCK);
      for (int i = i0; i < i1; i++) {
        inv[i * n + i] = 1;
      }
      transposedBlock(inv, i0, i1);
    });
    return inv;
  }

  /** Solves M'·yᵢ = eᵢ for rows i0..i1−1 of z in place (row i holds eᵢ on entry). */
  private void transposedBlock(double[] z, int i0, int i1) {
    for (int k = i0; k < n; k++) { // U' pass: row i is zero before column i
      int kr = k * n;
      double ukk = lu[kr + k];
      int last = Math.min(i1, k + 1);
      for (int i = i0; i < last; i++) {
        int off = i * n;
        double zk = z[off + k] / ukk;
        z[off + k] = zk;
        if (zk != 0) {
          for (int c = k + 1; c < n; c++) {
            z[off + c] -= zk * lu[kr + c];
          }
        }
      }
    }
    for (int k = n - 1; k > 0; k--) { // L' pass
      int kr = k * n;
      for (int i = i0; i < i1; i++) {
        int off = i * n;
        double vk = z[off + k];
        if (vk != 0) {
          for (int c = 0; c < k; c++) {
            z[off + c] -= vk * lu[kr + c];
          }
        }
      }
    }
    for (int i = i0; i < i1; i++) {
      int off = i * n;
      for (int k = n - 1; k >= 0; k--) {
        swap(z, off + k, off + piv[k]);
      }
    }
  }

  private static void swap(double[] x, int i, int j) {
    if (i != j) {
      double t = x[i];
      x[i] = x[j];
      x[j] = t;
    }
  }

  @Override
  public String name() {
    return "java-blocked";
  }
}
