package org.sectoral.core.internal;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.sectoral.core.ErrorCode;
import org.sectoral.core.SectoralException;
import org.sectoral.core.internal.dense.DenseLu;

/**
 * Solves with one LU and proves each solve against M ({@link SquareSolver} describes the
 * checks): scaled residuals, random combinations for large batches, iterative refinement with
 * double-double residuals, the checked inverse. Thread-safe; what it found goes to a
 * {@link SolveChecks}.
 */
final class Verifier {
  /** Seed of the random signs of residual sketches (fixed: checks are reproducible). */
  private static final long SKETCH_SEED = 0x5EC7_0A11L;
  /** Rows of M⁻¹ solved at a time when the inverse has to be refined. */
  private static final int INVERSE_BLOCK = 64;

  private final DenseLu lu;
  private final SystemMatrix matrix;
  private final int n;
  private final double norm1; // ‖M‖₁
  private final double normInf; // ‖M‖∞
  private final double condition; // κ̂₁(M) = κ̂∞(M')
  private final boolean refineAlways;
  private final SolveChecks checks;

  Verifier(DenseLu lu, SystemMatrix matrix, double norm1, double normInf, double condition) {
    this.lu = lu;
    this.matrix = matrix;
    this.n = lu.size();
    this.norm1 = norm1;
    this.normInf = normInf;
    this.condition = condition;
    this.refineAlways = condition > Accuracy.REFINE_CONDITION;
    this.checks = new SolveChecks(lu.name(), n, condition);
  }

  SolveChecks checks() {
    return checks;
  }

  private double[][] raw(double[][] b, boolean transposed) {
    if (b.length == 1) {
      return new double[][] {transposed ? lu.solveTransposed(b[0]) : lu.solve(b[0])};
    }
    return transposed ? lu.solveTransposedAll(b) : lu.solveAll(b);
  }

  /**
   * Solves, checks each right-hand side, refines where needed, records what was found.
   *
   * @throws SectoralException NON_FINITE_VALUE for a right-hand side holding NaN or infinity,
   *     INACCURATE_SOLUTION for a solve that misses the limits after refinement
   */
  double[][] checked(double[][] b, boolean transposed) {
    for (int c = 0; c < b.length; c++) {
      for (double v : b[c]) {
        if (!Double.isFinite(v)) {
          throw SectoralException.of(ErrorCode.NON_FINITE_VALUE, List.of(),
              "Right-hand side %d of %d holds %s", c + 1, b.length, v);
        }
      }
    }
    double[][] x = raw(b, transposed);
    int k = b.length;
    if (n == 0 || k == 0) {
      return x;
    }
    double normM = transposed ? norm1 : normInf;
    double[] eta = refineAlways ? null : scaledResiduals(x, b, transposed, normM);
    boolean[] refine = new boolean[k];
    int refined = 0;
    double maxEta = 0;
    double maxError = 0;
    for (int c = 0; c < k; c++) {
      refine[c] = refineAlways || !(eta[c] <= Accuracy.RESIDUAL_LIMIT);
      if (refine[c]) {
        refined++;
      } else {
        maxEta = Math.max(maxEta, eta[c]);
        maxError = Math.max(maxError, 2 * condition * eta[c]);
      }
    }
    if (refined > 0) {
      double[] found = refine(x, b, refine, transposed, normM);
      maxEta = Math.max(maxEta, found[0]);
      maxError = Math.max(maxError, found[1]);
    }
    checks.record(k, maxEta, maxError, refined);
    return x;
  }

  /**
   * η of each right-hand side: one residual each for up to {@link Accuracy#SKETCHES} of them;
   * for more, the largest ‖Σ sᶜ·rᶜ/Dᶜ‖∞ over {@link Accuracy#SKETCHES} random sign vectors s
   * (Dᶜ = ‖M‖‖xᶜ‖ + ‖bᶜ‖), given to every column when it passes. It never exceeds Σ ηᶜ, and a
   * column with ηᶜ above the limit makes one combination reach ηᶜ with probability ≥ 1/2 each,
   * so it passes unnoticed with probability ≤ 2⁻⁸. A failed sketch falls back to one each.
   */
  private double[] scaledResiduals(double[][] x, double[][] b, boolean transposed, double normM) {
    int k = x.length;
    double[] d = new double[k];
    for (int c = 0; c < k; c++) {
      d[c] = normM * Residuals.normInf(x[c]) + Residuals.normInf(b[c]);
    }
    double[] eta = new double[k];
    if (k > Accuracy.SKETCHES) {
      double rho = sketch(x, b, transposed, d);
      if (rho <= Accuracy.RESIDUAL_LIMIT) {
        Arrays.fill(eta, rho);
        return eta;
      }
    }
    for (int c0 = 0; c0 < k; c0 += Accuracy.SKETCHES) {
      int c1 = Math.min(k, c0 + Accuracy.SKETCHES);
      double[][] r = Residuals.of(matrix, Arrays.copyOfRange(x, c0, c1),
          Arrays.copyOfRange(b, c0, c1), transposed);
      for (int c = c0; c < c1; c++) {
        double rn = Residuals.normInf(r[c - c0]);
        eta[c] = d[c] == 0 ? (rn == 0 ? 0 : Double.POSITIVE_INFINITY) : rn / d[c];
      }
    }
    return eta;
  }

  private double sketch(double[][] x, double[][] b, boolean transposed, double[] d) {
    int s = Accuracy.SKETCHES;
    SplittableRandom rnd = new SplittableRandom(SKETCH_SEED);
    double[][] w = new double[s][x.length];
    for (int t = 0; t < s; t++) {
      for (int c = 0; c < x.length; c++) {
        w[t][c] = d[c] == 0 ? 0 : (rnd.nextBoolean() ? 1 : -1) / d[c];
      }
    }
    double[][][] xb = IntStream.range(0, 2).parallel()
        .mapToObj(q -> combine(q == 0 ? x : b, w)).toArray(double[][][]::new);
    double[][] r = Residuals.of(matrix, xb[0], xb[1], transposed);
    double rho = 0;
    for (double[] rt : r) {
      double v = Residuals.normInf(rt);
      if (!(v <= rho)) {
        rho = v; // keeps NaN
      }
    }
    return rho;
  }

  /**
   * Σ_c w[t][c]·v[c] for each t, accumulated in double-double (exact products and sums) and
   * rounded once; each v[c] is read once for all t.
   */
  private double[][] combine(double[][] v, double[][] w) {
    int s = w.length;
    double[][] hi = new double[s][n];
    double[][] lo = new double[s][n];
    for (int c = 0; c < v.length; c++) {
      double[] vc = v[c];
      for (int t = 0; t < s; t++) {
        double wc = w[t][c];
        if (wc == 0) {
          continue;
        }
        double[] h = hi[t];
        double[] l = lo[t];
        for (int i = 0; i < n; i++) {
          double p = wc * vc[i];
          double e = Math.fma(wc, vc[i], -p);
          double sum = h[i] + p;
          double bb = sum - h[i];
          l[i] += ((h[i] - (sum - bb)) + (p - bb)) + e;
          h[i] = sum;
        }
      }
    }
    for (int t = 0; t < s; t++) {
      for (int i = 0; i < n; i++) {
        hi[t][i] += lo[t][i];
      }
    }
    return hi;
  }

  /**
   * Iterative refinement of the flagged columns in place (Higham 2002, §12.1, residual in
   * extended precision): x ← x + M⁻¹(b − M·x) until the correction is below ε·‖x‖ or stops
   * halving, at most {@link Accuracy#MAX_REFINEMENTS} times.
   *
   * @return {largest final η, largest last relative correction} of the refined columns
   * @throws SectoralException {@link ErrorCode#INACCURATE_SOLUTION} when a column misses a limit
   */
  private double[] refine(double[][] x, double[][] b, boolean[] flagged, boolean transposed,
      double normM) {
    int[] cols = IntStream.range(0, x.length).filter(c -> flagged[c]).toArray();
    int k = cols.length;
    double[] correction = new double[k];
    double[] previous = new double[k];
    Arrays.fill(correction, Double.NaN);
    Arrays.fill(previous, Double.POSITIVE_INFINITY);
    boolean[] done = new boolean[k];
    int steps = 0;
    for (int it = 0; it < Accuracy.MAX_REFINEMENTS; it++) {
      int[] active = IntStream.range(0, k).filter(a -> !done[a]).toArray();
      if (active.length == 0) {
        break;
      }
      steps = it + 1;
      double[][] xa = new double[active.length][];
      double[][] ba = new double[active.length][];
      for (int a = 0; a < active.length; a++) {
        xa[a] = x[cols[active[a]]];
        ba[a] = b[cols[active[a]]];
      }
      double[][] dx = raw(Residuals.extended(matrix, xa, ba, transposed), transposed);
      for (int a = 0; a < active.length; a++) {
        int q = active[a];
        double dn = Residuals.normInf(dx[a]);
        double xn = Residuals.normInf(xa[a]);
        for (int i = 0; i < n; i++) {
          xa[a][i] += dx[a][i];
        }
        double rel = xn > 0 ? dn / xn : dn == 0 ? 0 : Double.POSITIVE_INFINITY;
        correction[q] = rel;
        if (!(rel <= 2 * Accuracy.EPSILON) && !(dn > 0.5 * previous[q])
            && Double.isFinite(rel)) {
          previous[q] = dn;
        } else {
          done[q] = true; // converged, stagnated or broken
        }
      }
    }
    double maxEta = 0;
    double maxError = 0;
    for (int c0 = 0; c0 < k; c0 += Accuracy.SKETCHES) {
      int c1 = Math.min(k, c0 + Accuracy.SKETCHES);
      double[][] xs = new double[c1 - c0][];
      double[][] bs = new double[c1 - c0][];
      for (int q = c0; q < c1; q++) {
        xs[q - c0] = x[cols[q]];
        bs[q - c0] = b[cols[q]];
      }
      double[][] r = Residuals.of(matrix, xs, bs, transposed);
      for (int q = c0; q < c1; q++) {
        double d = normM * Residuals.normInf(xs[q - c0]) + Residuals.normInf(bs[q - c0]);
        double rn = Residuals.normInf(r[q - c0]);
        double eta = d == 0 ? (rn == 0 ? 0 : Double.POSITIVE_INFINITY) : rn / d;
        if (!(eta <= Accuracy.RESIDUAL_LIMIT) || !(correction[q] <= Accuracy.ERROR_LIMIT)) {
          throw SectoralException.of(ErrorCode.INACCURATE_SOLUTION, List.of(),
              "%s solve of order %d stays inaccurate after %d refinement steps: estimated "
                  + "relative error %.2g (limit %.0e), scaled residual %.2g (limit %.0e), "
                  + "condition estimate %.2g; the system is singular to working precision "
                  + "or its factorization failed",
              transposed ? "Transposed" : "A", n, steps, correction[q], Accuracy.ERROR_LIMIT,
              eta, Accuracy.RESIDUAL_LIMIT, condition);
        }
        maxEta = Math.max(maxEta, eta);
        maxError = Math.max(maxError, correction[q]);
      }
    }
    return new double[] {maxEta, maxError};
  }

  /**
   * M⁻¹ by the backend, checked by its action on {@link Accuracy#SKETCHES} random ±1 vectors w
   * (η of M·(M⁻¹w) = w); when that fails or κ̂ calls for refinement, row by row as refined
   * transposed solves (n solves: far slower, but right).
   */
  double[] formInverse() {
    if (n == 0) {
      return new double[0];
    }
    if (!refineAlways) {
      double[] inv = lu.inverse();
      double eta = inverseResidual(inv);
      if (eta <= Accuracy.RESIDUAL_LIMIT) {
        checks.record(n, eta, 2 * condition * eta, 0);
        return inv;
      }
    }
    double[] inv = new double[n * n];
    for (int i0 = 0; i0 < n; i0 += INVERSE_BLOCK) {
      int i1 = Math.min(n, i0 + INVERSE_BLOCK);
      double[][] e = new double[i1 - i0][n];
      for (int i = i0; i < i1; i++) {
        e[i - i0][i] = 1;
      }
      double[][] rows = checked(e, true);
      for (int i = i0; i < i1; i++) {
        System.arraycopy(rows[i - i0], 0, inv, i * n, n);
      }
    }
    return inv;
  }

  private double inverseResidual(double[] inv) {
    int s = Accuracy.SKETCHES;
    SplittableRandom rnd = new SplittableRandom(SKETCH_SEED);
    double[][] w = new double[s][n];
    double[][] y = new double[s][n];
    for (int t = 0; t < s; t++) {
      for (int i = 0; i < n; i++) {
        w[t][i] = rnd.nextBoolean() ? 1 : -1;
      }
    }
    IntStream.range(0, n).parallel().forEach(i -> {
      int o = i * n;
      for (int t = 0; t < s; t++) {
        double acc = 0;
        double[] wt = w[t];
        for (int j = 0; j < n; j++) {
          acc += inv[o + j] * wt[j];
        }
        y[t][i] = acc;
      }
    });
    double[][] r = Residuals.of(matrix, y, w, false);
    double worst = 0;
    for (int t = 0; t < s; t++) {
      double eta = Residuals.normInf(r[t]) / (normInf * Residuals.normInf(y[t]) + 1);
      if (!(eta <= worst)) {
        worst = eta;
      }
    }
    return worst;
  }
}
