package org.sectoral.core.internal;

import java.util.stream.IntStream;

/**
 * Residuals r = b − M·x and r = b − M'·x of several vectors in one pass over the rows of M, in
 * double precision (to judge a solve) or accumulated in double-double (to refine one). M is read
 * by panels of {@value #PANEL_ROWS} rows through {@link SystemMatrix#rows}, so no n × n copy is
 * made. Vectors are rows of the arrays (one right-hand side per row). Deterministic: the split
 * into parallel ranges does not depend on the number of cores.
 */
final class Residuals {
  /** Rows of M copied at a time. */
  static final int PANEL_ROWS = 16;
  /** Row ranges worked on in parallel (fixed, so sums do not depend on the machine). */
  static final int RANGES = 8;
  /** Below n²·k of this, one thread does the work. */
  static final long PARALLEL_WORK = 1L << 18;

  private Residuals() {}

  /**
   * b − M·x (or b − M'·x) for every vector, in double precision; new arrays. When M (or A) is
   * stored as Z·d̂⁻¹ ({@link SystemMatrix#columnDivisors()}), Z is read as it is and the vectors
   * are scaled instead: no division per entry.
   */
  static double[][] of(SystemMatrix m, double[][] x, double[][] b, boolean transposed) {
    int n = m.size();
    int k = x.length;
    int ranges = (long) n * n * k < PARALLEL_WORK ? 1 : Math.min(RANGES, n);
    double[][] r = new double[k][n];
    double[] d = m.columnDivisors();
    if (!transposed) {
      double[][] v = d == null ? x : new double[k][];
      if (d != null) {
        for (int c = 0; c < k; c++) { // (Z·d̂⁻¹)·x = Z·(d̂⁻¹x)
          v[c] = new double[n];
          for (int j = 0; j < n; j++) {
            v[c][j] = d[j] == 0 ? 0 : x[c][j] / d[j];
          }
        }
      }
      IntStream.range(0, ranges).parallel().forEach(t -> {
        int from = (int) ((long) t * n / ranges);
        int to = (int) ((long) (t + 1) * n / ranges);
        double[] panel = new double[PANEL_ROWS * n];
        double[] s = new double[4];
        for (int i0 = from; i0 < to; i0 += PANEL_ROWS) {
          int i1 = Math.min(to, i0 + PANEL_ROWS);
          m.flowRows(i0, i1, panel);
          for (int i = i0; i < i1; i++) {
            int o = (i - i0) * n;
            int c = 0;
            for (; c + 3 < k; c += 4) { // four vectors share each load of the row
              dot4(panel, o, v[c], v[c + 1], v[c + 2], v[c + 3], n, s);
              for (int q = 0; q < 4; q++) {
                r[c + q][i] = finish(m, b[c + q][i], x[c + q][i], s[q]);
              }
            }
            for (; c < k; c++) {
              r[c][i] = finish(m, b[c][i], x[c][i], dot(panel, o, v[c], n));
            }
          }
        }
      });
      return r;
    }
    double[][][] partial = new double[ranges][k][n];
    IntStream.range(0, ranges).parallel().forEach(t -> {
      int from = (int) ((long) t * n / ranges);
      int to = (int) ((long) (t + 1) * n / ranges);
      double[] panel = new double[PANEL_ROWS * n];
      double[][] acc = partial[t];
      for (int i0 = from; i0 < to; i0 += PANEL_ROWS) {
        int i1 = Math.min(to, i0 + PANEL_ROWS);
        m.flowRows(i0, i1, panel);
        for (int c = 0; c < k; c++) {
          double[] sc = acc[c];
          double[] xc = x[c];
          int i = i0;
          for (; i + 3 < i1; i += 4) { // four rows per pass over the accumulator
            int o = (i - i0) * n;
            double x0 = xc[i];
            double x1 = xc[i + 1];
            double x2 = xc[i + 2];
            double x3 = xc[i + 3];
            for (int j = 0; j < n; j++) {
              sc[j] += x0 * panel[o + j] + x1 * panel[o + n + j] + x2 * panel[o + 2 * n + j]
                  + x3 * panel[o + 3 * n + j];
            }
          }
          for (; i < i1; i++) {
            int o = (i - i0) * n;
            double xi = xc[i];
            for (int j = 0; j < n; j++) {
              sc[j] += xi * panel[o + j];
            }
          }
        }
      }
    });
    for (int c = 0; c < k; c++) {
      for (int j = 0; j < n; j++) {
        double s = 0;
        for (int t = 0; t < ranges; t++) {
          s += partial[t][c][j];
        }
        if (d != null) { // (Z·d̂⁻¹)'·x = d̂⁻¹(Z'x)
          s = d[j] == 0 ? 0 : s / d[j];
        }
        r[c][j] = finish(m, b[c][j], x[c][j], s);
      }
    }
    return r;
  }

  /** bᵢ − xᵢ + (A·x)ᵢ when M = I − A, else bᵢ − (M·x)ᵢ. */
  private static double finish(SystemMatrix m, double b, double x, double product) {
    return m.identityMinus() ? b - x + product : b - product;
  }

  private static void dot4(double[] row, int o, double[] x0, double[] x1, double[] x2,
      double[] x3, int n, double[] out) {
    double s0 = 0;
    double s1 = 0;
    double s2 = 0;
    double s3 = 0;
    for (int j = 0; j < n; j++) {
      double v = row[o + j];
      s0 += v * x0[j];
      s1 += v * x1[j];
      s2 += v * x2[j];
      s3 += v * x3[j];
    }
    out[0] = s0;
    out[1] = s1;
    out[2] = s2;
    out[3] = s3;
  }

  private static double dot(double[] row, int o, double[] x, int n) {
    double s0 = 0;
    double s1 = 0;
    double s2 = 0;
    double s3 = 0;
    int j = 0;
    for (; j + 3 < n; j += 4) {
      s0 += row[o + j] * x[j];
      s1 += row[o + j + 1] * x[j + 1];
      s2 += row[o + j + 2] * x[j + 2];
      s3 += row[o + j + 3] * x[j + 3];
    }
    for (; j < n; j++) {
      s0 += row[o + j] * x[j];
    }
    return (s0 + s1) + (s2 + s3);
  }

  /**
   * b − M·x (or b − M'·x) for every vector, each sum accumulated in double-double (exact
   * products by fused multiply-add, error-free additions: Ogita, Rump &amp; Oishi 2005, Dot2) and
   * rounded once: as accurate as if computed in twice the working precision, which is what
   * iterative refinement needs to improve the forward error of an ill-conditioned solve
   * (Higham 2002, §12.1). Vectors run in parallel.
   */
  static double[][] extended(SystemMatrix m, double[][] x, double[][] b, boolean transposed) {
    int n = m.size();
    double[][] r = new double[x.length][];
    IntStream.range(0, x.length).parallel().forEach(c -> r[c] = transposed
        ? extendedTransposed(m, x[c], b[c], n) : extendedPlain(m, x[c], b[c], n));
    return r;
  }

  private static double[] extendedPlain(SystemMatrix m, double[] x, double[] b, int n) {
    boolean id = m.identityMinus();
    double sign = id ? 1 : -1;
    double[] r = new double[n];
    double[] panel = new double[PANEL_ROWS * n];
    for (int i0 = 0; i0 < n; i0 += PANEL_ROWS) {
      int i1 = Math.min(n, i0 + PANEL_ROWS);
      m.rows(i0, i1, panel);
      for (int i = i0; i < i1; i++) {
        int o = (i - i0) * n;
        double hi = b[i];
        double lo = 0;
        if (id) { // − xᵢ, exactly
          double s = hi - x[i];
          double bb = s - hi;
          lo += (hi - (s - bb)) + (-x[i] - bb);
          hi = s;
        }
        for (int j = 0; j < n; j++) {
          double p = sign * panel[o + j] * x[j];
          double e = Math.fma(sign * panel[o + j], x[j], -p);
          double s = hi + p;
          double bb = s - hi;
          lo += ((hi - (s - bb)) + (p - bb)) + e;
          hi = s;
        }
        r[i] = hi + lo;
      }
    }
    return r;
  }

  private static double[] extendedTransposed(SystemMatrix m, double[] x, double[] b, int n) {
    boolean id = m.identityMinus();
    double sign = id ? 1 : -1;
    double[] hi = b.clone();
    double[] lo = new double[n];
    if (id) {
      for (int j = 0; j < n; j++) {
        double s = hi[j] - x[j];
        double bb = s - hi[j];
        lo[j] += (hi[j] - (s - bb)) + (-x[j] - bb);
        hi[j] = s;
      }
    }
    double[] panel = new double[PANEL_ROWS * n];
    for (int i0 = 0; i0 < n; i0 += PANEL_ROWS) {
      int i1 = Math.min(n, i0 + PANEL_ROWS);
      m.rows(i0, i1, panel);
      for (int i = i0; i < i1; i++) {
        double xi = sign * x[i];
        if (xi == 0) {
          continue;
        }
        int o = (i - i0) * n;
        for (int j = 0; j < n; j++) {
          double p = panel[o + j] * xi;
          double e = Math.fma(panel[o + j], xi, -p);
          double s = hi[j] + p;
          double bb = s - hi[j];
          lo[j] += ((hi[j] - (s - bb)) + (p - bb)) + e;
          hi[j] = s;
        }
      }
    }
    for (int j = 0; j < n; j++) {
      hi[j] += lo[j];
    }
    return hi;
  }

  /** ‖v‖∞ (NaN when v holds NaN). */
  static double normInf(double[] v) {
    double m = 0;
    for (double e : v) {
      double a = Math.abs(e);
      if (!(a <= m)) {
        m = a; // also takes NaN and keeps it
        if (Double.isNaN(a)) {
          return a;
        }
      }
    }
    return m;
  }
}
