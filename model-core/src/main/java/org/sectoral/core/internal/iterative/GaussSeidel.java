package org.sectoral.core.internal.iterative;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import java.util.List;
import org.sectoral.core.ErrorCode;
import org.sectoral.core.SectoralException;
import org.sectoral.core.internal.LinearSolver;
import org.sectoral.core.internal.Monitor;
import org.sectoral.core.internal.sparse.RowMatrix;

/**
 * Solves (I−A)·x = f and (I−A)'·y = c by Gauss–Seidel sweeps
 * xᵢ ← (fᵢ + Σ_{j≠i} aᵢⱼxⱼ) / (1 − aᵢᵢ), starting from x = f (Saad 2003, §4.1; Miller &amp; Blair
 * 2009, §2.4 for the power series it accelerates). For A ≥ 0, I−A is a regular splitting and the
 * sweeps converge exactly when the economy is productive, ρ(A) &lt; 1 (Varga 2000, th. 3.15;
 * Stein–Rosenberg), never slower than the Neumann series. Stops when the relative change of a sweep
 * and then the true relative residual ‖f − (I−A)x‖∞ / ‖f‖∞ are both ≤ the tolerance. The
 * transposed rows are built on the first transposed solve. Thread-safe.
 */
public final class GaussSeidel implements LinearSolver {
  private static final String STAGE = "Gauss-Seidel";

  private final RowMatrix a;
  private final Supplier<RowMatrix> transposed;
  private final double tolerance;
  private final int maxSweeps;
  private final Monitor monitor;
  private final Supplier<double[]> inverse;

  private GaussSeidel(RowMatrix a, double tolerance, int maxSweeps, Monitor monitor) {
    this.a = a;
    this.transposed = Suppliers.memoize(a::transpose);
    this.tolerance = tolerance;
    this.maxSweeps = maxSweeps;
    this.monitor = monitor;
    this.inverse = Suppliers.memoize(this::computeInverse);
  }

  /**
   * A solver of I−A for coefficients A.
   *
   * @param tolerance relative residual to reach, in (0, 1)
   * @param maxSweeps sweeps before {@link ErrorCode#NOT_CONVERGED}, ≥ 1
   */
  public static GaussSeidel of(RowMatrix a, double tolerance, int maxSweeps, Monitor monitor) {
    checkArgument(tolerance > 0 && tolerance < 1, "tolerance %s not in (0, 1)", tolerance);
    checkArgument(maxSweeps >= 1, "maxSweeps %s < 1", maxSweeps);
    return new GaussSeidel(checkNotNull(a, "a"), tolerance, maxSweeps,
        checkNotNull(monitor, "monitor"));
  }

  @Override
  public int size() {
    return a.size();
  }

  @Override
  public double[] solve(double[] f) {
    return sweep(a, f);
  }

  @Override
  public double[] solveTransposed(double[] c) {
    return sweep(transposed.get(), c);
  }

  @Override
  public double[] inverseShared() {
    return inverse.get();
  }

  /** Row i of (I−A)⁻¹ is y' with (I−A)'·y = eᵢ: n transposed solves, O(n) memory each. */
  private double[] computeInverse() {
    int n = a.size();
    double[] inv = new double[n * n];
    double[] e = new double[n];
    for (int i = 0; i < n; i++) {
      e[i] = 1;
      System.arraycopy(solveTransposed(e), 0, inv, i * n, n);
      e[i] = 0;
    }
    return inv;
  }

  private double[] sweep(RowMatrix m, double[] f) {
    int n = m.size();
    if (f.length != n) {
      throw SectoralException.of(ErrorCode.DIMENSION_MISMATCH, List.of(),
          "Vector has %d values, expected %d", f.length, n);
    }
    double fNorm = maxAbs(f);
    double[] x = f.clone();
    if (fNorm == 0) {
      return x;
    }
    double[] pivot = new double[n];
    for (int i = 0; i < n; i++) {
      pivot[i] = 1 - m.diagonal(i);
      if (!(pivot[i] != 0)) {
        throw SectoralException.of(ErrorCode.NOT_CONVERGED, List.of(),
            "Gauss-Seidel needs a_ii ≠ 1; row %d has a_ii = %s", i, m.diagonal(i));
      }
    }
    double change = Double.NaN;
    double residual = Double.NaN;
    for (int sweep = 1; sweep <= maxSweeps; sweep++) {
      monitor.check(STAGE);
      double maxDelta = 0;
      double maxX = 0;
      for (int i = 0; i < n; i++) {
        double old = x[i];
        double xi = (f[i] + m.rowDot(i, x) - m.diagonal(i) * old) / pivot[i];
        x[i] = xi;
        maxDelta = Math.max(maxDelta, Math.abs(xi - old));
        maxX = Math.max(maxX, Math.abs(xi));
      }
      change = maxDelta / maxX;
      if (!Double.isFinite(change) || !Double.isFinite(maxX)) {
        throw SectoralException.of(ErrorCode.NOT_CONVERGED, List.of(),
            "Gauss-Seidel diverged after %d sweeps (is the economy productive, ρ(A) < 1?)",
            sweep);
      }
      if (change <= tolerance) {
        residual = residual(m, f, x) / fNorm;
        if (residual <= tolerance) {
          monitor.report(STAGE, 1, residual);
          return x;
        }
      }
      monitor.report(STAGE, (double) sweep / maxSweeps, change);
    }
    throw SectoralException.of(ErrorCode.NOT_CONVERGED, List.of(),
        "Gauss-Seidel did not reach relative residual %.3g in %d sweeps (last relative change "
            + "%.3g, residual %.3g); raise the iteration limit or use the direct solver",
        tolerance, maxSweeps, change, residual);
  }

  private static double residual(RowMatrix m, double[] f, double[] x) {
    double r = 0;
    for (int i = 0; i < x.length; i++) {
      r = Math.max(r, Math.abs(f[i] - x[i] + m.rowDot(i, x)));
    }
    return r;
  }

  private static double maxAbs(double[] v) {
    double m = 0;
    for (double d : v) {
      m = Math.max(m, Math.abs(d));
    }
    return m;
  }

  @Override
  public String method() {
    return "gauss-seidel";
  }
}
