package org.sectoral.core.testing;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * Slow, obvious dense algebra for recomputing results in tests: explicit inverses through
 * commons-math3 and full matrix products. Never used by production code.
 */
public final class Dense {
  private Dense() {}

  /** The explicit inverse of a square matrix. */
  public static double[][] inverse(double[][] m) {
    RealMatrix a = new Array2DRowRealMatrix(m, true);
    return new LUDecomposition(a).getSolver().getInverse().getData();
  }

  /** The Leontief inverse (I − A)⁻¹ formed explicitly. */
  public static double[][] leontief(double[][] a) {
    int n = a.length;
    double[][] m = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        m[i][j] = (i == j ? 1 : 0) - a[i][j];
      }
    }
    return inverse(m);
  }

  /** The product a·b. */
  public static double[][] times(double[][] a, double[][] b) {
    int n = a.length;
    int k = b.length;
    int m = b[0].length;
    double[][] c = new double[n][m];
    for (int i = 0; i < n; i++) {
      for (int p = 0; p < k; p++) {
        double v = a[i][p];
        for (int j = 0; j < m; j++) {
          c[i][j] += v * b[p][j];
        }
      }
    }
    return c;
  }

  /** The product a·v. */
  public static double[] times(double[][] a, double[] v) {
    double[] out = new double[a.length];
    for (int i = 0; i < a.length; i++) {
      for (int j = 0; j < v.length; j++) {
        out[i] += a[i][j] * v[j];
      }
    }
    return out;
  }

  /** The row vector v'·a. */
  public static double[] times(double[] v, double[][] a) {
    double[] out = new double[a[0].length];
    for (int i = 0; i < a.length; i++) {
      for (int j = 0; j < out.length; j++) {
        out[j] += v[i] * a[i][j];
      }
    }
    return out;
  }

  /** The sub-matrix of rows [r0, r1) and columns [c0, c1). */
  public static double[][] block(double[][] a, int r0, int r1, int c0, int c1) {
    double[][] b = new double[r1 - r0][c1 - c0];
    for (int i = r0; i < r1; i++) {
      System.arraycopy(a[i], c0, b[i - r0], 0, c1 - c0);
    }
    return b;
  }

  /** Technical coefficients Z·x̂⁻¹ (zero columns for zero output). */
  public static double[][] coefficients(double[][] z, double[] x) {
    int n = x.length;
    double[][] a = new double[z.length][n];
    for (int i = 0; i < z.length; i++) {
      for (int j = 0; j < n; j++) {
        a[i][j] = x[j] == 0 ? 0 : z[i][j] / x[j];
      }
    }
    return a;
  }

  /** The sum of all entries. */
  public static double sum(double[] v) {
    double s = 0;
    for (double d : v) {
      s += d;
    }
    return s;
  }
}
