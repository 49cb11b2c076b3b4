package org.sectoral.core.internal.nativeblas;

import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.IntPointer;
import org.bytedeco.javacpp.Pointer;
import org.bytedeco.openblas.global.openblas;
import org.sectoral.core.internal.dense.DenseLu;

/**
 * LU by OpenBLAS LAPACK dgetrf, solves by dgetrs, inverse by dgetri, all on the
 * {@link NativeBlas} worker thread. The row-major array of M is read as the column-major array of
 * M', so no transposed copy is made: the factors are those of M', a solve with M is dgetrs with
 * trans = 'T' and a solve with M' is trans = 'N', and dgetri of M' yields M⁻¹ row-major. The
 * factors live off the Java heap and are freed when this object is collected.
 */
public final class NativeLu implements DenseLu {
  private static final int COL_MAJOR = openblas.LAPACK_COL_MAJOR;

  private final int n;
  private final DoublePointer factors;
  private final IntPointer ipiv;
  private final double minAbsPivot;

  private NativeLu(int n, DoublePointer factors, IntPointer ipiv, double minAbsPivot) {
    this.n = n;
    this.factors = factors;
    this.ipiv = ipiv;
    this.minAbsPivot = minAbsPivot;
  }

  /** Factorizes the row-major n × n matrix (copied off-heap; the array is not modified). */
  public static NativeLu factor(double[] rowMajor, int n) {
    DoublePointer f = new DoublePointer((long) n * n);
    f.put(rowMajor);
    return factorStaged(f, n);
  }

  /**
   * Off-heap storage for an n × n matrix filled by rows ({@link Staging#put}) or by row
   * segments from several threads ({@link Staging#segments}), then factorized in place
   * ({@link Staging#factor}): the matrix never needs an n × n Java array.
   */
  public static Staging staging(int n) {
    return new Staging(n);
  }

  /** An n × n matrix being copied off the heap. */
  public static final class Staging implements AutoCloseable {
    private final int n;
    private DoublePointer f;

    private Staging(int n) {
      this.n = n;
      this.f = new DoublePointer(Math.max(1L, (long) n * n));
    }

    /** Rows {@code from} … from + count − 1, row-major in {@code panel} from index 0. */
    public void put(int from, double[] panel, int count) {
      f.position((long) from * n).put(panel, 0, count * n);
      f.position(0);
    }

    /** A writer of row segments for one thread (its own view of the storage). */
    public SegmentWriter segments() {
      return new SegmentWriter(new DoublePointer(f), n);
    }

    /** The LU of the rows put; this staging is used up (its storage now holds the factors). */
    public NativeLu factor() {
      DoublePointer m = f;
      f = null;
      return factorStaged(m, n);
    }

    /** Frees the storage unless {@link #factor()} took it. */
    @Override
    public void close() {
      if (f != null) {
        f.close();
        f = null;
      }
    }
  }

  /** Puts segments of rows into a {@link Staging} from one thread. */
  public static final class SegmentWriter {
    private final DoublePointer view;
    private final int n;

    private SegmentWriter(DoublePointer view, int n) {
      this.view = view;
      this.n = n;
    }

    /** Columns {@code col} … col + len − 1 of {@code row}, from {@code panel[offset]}. */
    public void put(int row, int col, double[] panel, int offset, int len) {
      view.position((long) row * n + col).put(panel, offset, len);
    }
  }

  private static NativeLu factorStaged(DoublePointer f, int n) {
    return NativeBlas.call(() -> {
      IntPointer ipiv = new IntPointer(Math.max(1, n));
      int info = n == 0 ? 0 : openblas.LAPACKE_dgetrf(COL_MAJOR, n, n, f, n, ipiv);
      if (info < 0) {
        throw new IllegalStateException("dgetrf: illegal argument " + (-info));
      }
      double min = Double.POSITIVE_INFINITY;
      for (long i = 0; i < n; i++) {
        min = Math.min(min, Math.abs(f.get(i * n + i)));
      }
      return new NativeLu(n, f, ipiv, info > 0 ? 0 : min);
    });
  }

  @Override
  public int size() {
    return n;
  }

  @Override
  public double minAbsPivot() {
    return minAbsPivot;
  }

  @Override
  public double[] solve(double[] b) {
    return solve(b, (byte) 'T');
  }

  @Override
  public double[] solveTransposed(double[] c) {
    return solve(c, (byte) 'N');
  }

  @Override
  public double[][] solveAll(double[][] rhs) {
    return solveMany(rhs, (byte) 'T');
  }

  @Override
  public double[][] solveTransposedAll(double[][] rhs) {
    return solveMany(rhs, (byte) 'N');
  }

  /**
   * All right-hand sides in one dgetrs call (nrhs = k, level-3 BLAS): each row of {@code rhs}
   * is a column of the column-major n × k right-hand side.
   */
  private double[][] solveMany(double[][] rhs, byte trans) {
    int k = rhs.length;
    if (n == 0 || k == 0) {
      double[][] out = new double[k][];
      for (int i = 0; i < k; i++) {
        out[i] = new double[0];
      }
      return out;
    }
    return NativeBlas.call(() -> {
      try (DoublePointer b = new DoublePointer((long) n * k)) {
        for (int c = 0; c < k; c++) {
          b.position((long) c * n).put(rhs[c], 0, n);
        }
        b.position(0);
        int info = openblas.LAPACKE_dgetrs(COL_MAJOR, trans, n, k, factors, n, ipiv, b, n);
        if (info != 0) {
          throw new IllegalStateException("dgetrs: info " + info);
        }
        double[][] out = new double[k][n];
        for (int c = 0; c < k; c++) {
          b.position((long) c * n).get(out[c], 0, n);
        }
        b.position(0);
        return out;
      }
    });
  }

  private double[] solve(double[] rhs, byte trans) {
    if (n == 0) {
      return new double[0];
    }
    return NativeBlas.call(() -> {
      try (DoublePointer b = new DoublePointer(rhs)) {
        int info = openblas.LAPACKE_dgetrs(COL_MAJOR, trans, n, 1, factors, n, ipiv, b, n);
        if (info != 0) {
          throw new IllegalStateException("dgetrs: info " + info);
        }
        double[] x = new double[n];
        b.get(x);
        return x;
      }
    });
  }

  /**
   * LAPACK dgecon on the factors: they are those of M', so its ∞-norm estimate is ‖M⁻¹‖₁; the
   * norm of the matrix is passed as 1, so that rcond = 1/‖M⁻¹‖₁.
   */
  @Override
  public double inverseNorm1Estimate() {
    if (n == 0) {
      return 0;
    }
    return NativeBlas.call(() -> {
      try (DoublePointer rcond = new DoublePointer(1)) {
        int info = openblas.LAPACKE_dgecon(COL_MAJOR, (byte) 'I', n, factors, n, 1.0, rcond);
        if (info != 0) {
          throw new IllegalStateException("dgecon: info " + info);
        }
        double rc = rcond.get(0);
        return rc > 0 ? 1 / rc : Double.POSITIVE_INFINITY;
      }
    });
  }

  @Override
  public double[] inverse() {
    return NativeBlas.call(() -> {
      try (DoublePointer w = new DoublePointer((long) n * n)) {
        Pointer.memcpy(w, factors, (long) n * n * Double.BYTES);
        int info = n == 0 ? 0 : openblas.LAPACKE_dgetri(COL_MAJOR, n, w, n, ipiv);
        if (info != 0) {
          throw new IllegalStateException("dgetri: info " + info);
        }
        double[] inv = new double[n * n];
        w.get(inv);
        return inv;
      }
    });
  }

  @Override
  public String name() {
    return "native-openblas";
  }
}
