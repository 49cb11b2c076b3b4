package org.sectoral.core.balance;

import java.util.Arrays;
import org.sectoral.core.ErrorCode;
import org.sectoral.core.SectoralException;
import org.sectoral.core.table.LabelledMatrix;
import org.sectoral.core.table.LabelledVector;

/**
 * The generalized RAS method for matrices with positive and negative entries (Junius &amp;
 * Oosterhaven 2003, as corrected by Temurshoev, Miller &amp; Bouwmeester 2013, "A note on the
 * GRAS method", Economic Systems Research 25(3):361–367). With X⁰ = P − N (P, N ≥ 0 the positive
 * part and the magnitudes of the negative entries), it finds
 *
 * <pre>X = r̂·P·ŝ − r̂⁻¹·N·ŝ⁻¹   with X·1 = u and 1'·X = v,</pre>
 *
 * the minimum of Σ|x⁰ᵢⱼ|·zᵢⱼ·ln(zᵢⱼ/e), zᵢⱼ = xᵢⱼ/x⁰ᵢⱼ, under those margins. Each entry keeps
 * its sign; zeros stay zero. The iteration of TMB 2013, rows then columns:
 *
 * <pre>
 *   rᵢ = (uᵢ + √(uᵢ² + 4·pᵢ(s)·nᵢ(s))) / (2·pᵢ(s)),  pᵢ(s) = Σⱼ pᵢⱼsⱼ,  nᵢ(s) = Σⱼ nᵢⱼ/sⱼ
 *   rᵢ = −nᵢ(s)/uᵢ                                  when pᵢ(s) = 0 (a row of negatives)
 *   sⱼ = (vⱼ + √(vⱼ² + 4·pⱼ(r)·nⱼ(r))) / (2·pⱼ(r)),  pⱼ(r) = Σᵢ pᵢⱼrᵢ,  nⱼ(r) = Σᵢ nᵢⱼ/rᵢ
 *   sⱼ = −nⱼ(r)/vⱼ                                  when pⱼ(r) = 0
 * </pre>
 *
 * For a negative target the root is evaluated as 2n/(√(u² + 4pn) − u), which avoids
 * cancellation. On a non-negative matrix GRAS is RAS. A row or column whose target is zero and
 * whose entries all share one sign can only be met by zeroing it (r → 0 or r → ∞); it is set
 * to zero before iterating. Errors as for {@link Ras}: {@link ErrorCode#INCONSISTENT_TARGETS}
 * (sums, or a row/column whose target's sign is absent from its entries) and
 * {@link ErrorCode#NOT_CONVERGED}.
 */
public final class Gras {
  private Gras() {}

  /** Balances {@code base} to the targets with {@link BalanceSettings#defaults()}. */
  public static <R, C> BalanceResult<R, C> balance(LabelledMatrix<R, C> base,
      LabelledVector<R> rowTargets, LabelledVector<C> columnTargets) {
    return balance(base, rowTargets, columnTargets, BalanceSettings.defaults());
  }

  /**
   * X = r̂·P·ŝ − r̂⁻¹·N·ŝ⁻¹ with row sums u and column sums v.
   *
   * @param base X⁰, of any signs
   * @param rowTargets u, keyed like the rows of X⁰
   * @param columnTargets v, keyed like the columns of X⁰
   * @throws SectoralException {@link ErrorCode#INCONSISTENT_TARGETS},
   *     {@link ErrorCode#NOT_CONVERGED}
   */
  public static <R, C> BalanceResult<R, C> balance(LabelledMatrix<R, C> base,
      LabelledVector<R> rowTargets, LabelledVector<C> columnTargets, BalanceSettings settings) {
    Margins<R, C> t = new Margins<>(base, rowTargets, columnTargets, settings);
    int m = t.m;
    int n = t.n;
    double[] p = base.toRowMajorArray();
    double[] q = new double[m * n]; // N, magnitudes of the negative entries
    for (int k = 0; k < p.length; k++) {
      if (p[k] < 0) {
        q[k] = -p[k];
        p[k] = 0;
      }
    }
    zeroForcedLines(t, p, q);
    boolean[] rowPos = new boolean[m];
    boolean[] rowNeg = new boolean[m];
    boolean[] colPos = new boolean[n];
    boolean[] colNeg = new boolean[n];
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < n; j++) {
        rowPos[i] |= p[i * n + j] > 0;
        colPos[j] |= p[i * n + j] > 0;
        rowNeg[i] |= q[i * n + j] > 0;
        colNeg[j] |= q[i * n + j] > 0;
      }
    }
    t.checkReachable(rowPos, rowNeg, colPos, colNeg, "");

    double[] r = ones(m);
    double[] rInv = ones(m);
    double[] s = ones(n);
    double[] sInv = ones(n);
    double[] x = compose(p, q, r, rInv, s, sInv, m, n);
    ConvergenceReport report = t.report(x, 0, false);
    int k = 0;
    while (!report.converged() && k < settings.maxIterations()) {
      k++;
      for (int i = 0; i < m; i++) {
        double pi = 0;
        double ni = 0;
        for (int j = 0; j < n; j++) {
          pi += p[i * n + j] * s[j];
          ni += q[i * n + j] * sInv[j];
        }
        update(pi, ni, t.u[i], r, rInv, i);
      }
      for (int j = 0; j < n; j++) {
        double pj = 0;
        double nj = 0;
        for (int i = 0; i < m; i++) {
          pj += p[i * n + j] * r[i];
          nj += q[i * n + j] * rInv[i];
        }
        update(pj, nj, t.v[j], s, sInv, j);
      }
      // compose X and judge it only when no row gap is certainly too large (X costs a pass)
      if (k == settings.maxIterations() || rowsMayHaveConverged(p, q, r, rInv, s, sInv, t)) {
        x = compose(p, q, r, rInv, s, sInv, m, n);
        report = t.report(x, k, k == settings.maxIterations());
      }
    }
    return t.result(x, r, s, report);
  }

  /**
   * Whether every row gap may be within the allowed gap: the row sums rᵢ·Σⱼpᵢⱼsⱼ −
   * rᵢ⁻¹·Σⱼnᵢⱼ/sⱼ differ from those of the composed X only by rounding, at most
   * (n + 2)·ε·(rᵢ·Σⱼpᵢⱼsⱼ + rᵢ⁻¹·Σⱼnᵢⱼ/sⱼ); a row beyond the allowed gap plus that bound is
   * certainly off, so X need not be composed.
   */
  private static boolean rowsMayHaveConverged(double[] p, double[] q, double[] r, double[] rInv,
      double[] s, double[] sInv, Margins<?, ?> t) {
    int m = t.m;
    int n = t.n;
    double eps = (n + 2) * Math.ulp(1.0);
    for (int i = 0; i < m; i++) {
      double pi = 0;
      double ni = 0;
      for (int j = 0; j < n; j++) {
        pi += p[i * n + j] * s[j];
        ni += q[i * n + j] * sInv[j];
      }
      double pos = pi * r[i];
      double neg = ni * rInv[i];
      if (Math.abs(pos - neg - t.u[i]) > t.allowedGap + eps * (pos + neg)) {
        return false;
      }
    }
    return true;
  }

  /** One multiplier from the positive sum p, the negative sum n and the target (TMB 2013). */
  private static void update(double pos, double neg, double target, double[] mult,
      double[] inv, int k) {
    if (pos == 0 && neg == 0) {
      return; // an empty line keeps its multiplier
    }
    double value;
    if (pos == 0) {
      value = -neg / target; // target < 0 checked before iterating
    } else if (neg == 0) {
      value = target / pos; // the RAS step; target >= 0 checked before iterating
    } else {
      double root = Math.sqrt(target * target + 4 * pos * neg);
      value = target >= 0 ? (target + root) / (2 * pos) : 2 * neg / (root - target);
    }
    mult[k] = value;
    inv[k] = value == 0 ? 0 : 1 / value; // value 0 only when the line has no negatives
  }

  /** X = r̂·P·ŝ − r̂⁻¹·N·ŝ⁻¹. */
  private static double[] compose(double[] p, double[] q, double[] r, double[] rInv, double[] s,
      double[] sInv, int m, int n) {
    double[] x = new double[m * n];
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < n; j++) {
        int k = i * n + j;
        double pos = p[k] == 0 ? 0 : r[i] * p[k] * s[j];
        double neg = q[k] == 0 ? 0 : rInv[i] * q[k] * sInv[j];
        x[k] = pos - neg;
      }
    }
    return x;
  }

  /**
   * Zeroes every row and column whose target is zero and whose remaining entries share one
   * sign (the limit r → 0 or r → ∞), repeating until no more lines are zeroed.
   */
  private static void zeroForcedLines(Margins<?, ?> t, double[] p, double[] q) {
    int m = t.m;
    int n = t.n;
    boolean changed = true;
    while (changed) {
      changed = false;
      for (int i = 0; i < m; i++) {
        if (t.u[i] == 0) {
          boolean pos = false;
          boolean neg = false;
          for (int j = 0; j < n; j++) {
            pos |= p[i * n + j] > 0;
            neg |= q[i * n + j] > 0;
          }
          if (pos != neg) {
            for (int j = 0; j < n; j++) {
              p[i * n + j] = 0;
              q[i * n + j] = 0;
            }
            changed = true;
          }
        }
      }
      for (int j = 0; j < n; j++) {
        if (t.v[j] == 0) {
          boolean pos = false;
          boolean neg = false;
          for (int i = 0; i < m; i++) {
            pos |= p[i * n + j] > 0;
            neg |= q[i * n + j] > 0;
          }
          if (pos != neg) {
            for (int i = 0; i < m; i++) {
              p[i * n + j] = 0;
              q[i * n + j] = 0;
            }
            changed = true;
          }
        }
      }
    }
  }

  private static double[] ones(int size) {
    double[] a = new double[size];
    Arrays.fill(a, 1);
    return a;
  }
}
