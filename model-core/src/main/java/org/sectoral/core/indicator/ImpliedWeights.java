package org.sectoral.core.indicator;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Arrays;
import java.util.List;
import org.sectoral.core.ErrorCode;
import org.sectoral.core.SectoralArgumentException;
import org.sectoral.core.SectoralException;
import org.sectoral.core.table.KeyIndex;
import org.sectoral.core.table.LabelledVector;

/**
 * Weights implied by published growth rates: given sub-sector growth gₜ,ᵢ and total growth Gₜ
 * for T observations, the weights w ≥ 0 with Σw = 1 minimizing
 * Σₜ (Σᵢ wᵢ·gₜ,ᵢ − Gₜ)² + λ·Σᵢ (wᵢ − w⁰ᵢ)², where the prior w⁰ (e.g. value-added shares; equal
 * shares by default) and λ &gt; 0 make the answer unique when T is smaller than the number of
 * sub-sectors. Solved by accelerated projected gradient (FISTA with adaptive restart) on the
 * simplex (Duchi et al. 2008 projection), step 1/Lipschitz constant; the result reports the residuals Σᵢ wᵢ·gₜ,ᵢ − Gₜ.
 */
public final class ImpliedWeights {
  private static final int MAX_ITERATIONS = 200_000;
  private static final double TOLERANCE = 1e-14;

  private final LabelledVector<String> weights;
  private final double[] residuals;
  private final int iterations;

  private ImpliedWeights(LabelledVector<String> weights, double[] residuals, int iterations) {
    this.weights = weights;
    this.residuals = residuals;
    this.iterations = iterations;
  }

  /**
   * Solves for the weights.
   *
   * @param subSectors names of the sub-sectors
   * @param subGrowth growth rates [observation][sub-sector] (0.061 for +6.1%)
   * @param totalGrowth total growth per observation
   * @param prior prior weights (null for equal shares), normalized internally
   * @param priorStrength λ ≥ 0 (use a small value such as 1e-6 to let the data dominate)
   * @throws SectoralException NOT_CONVERGED when the iteration limit is reached
   */
  public static ImpliedWeights solve(List<String> subSectors, double[][] subGrowth,
      double[] totalGrowth, double[] prior, double priorStrength) {
    checkNotNull(subGrowth, "subGrowth");
    int n = subSectors.size();
    int obs = totalGrowth.length;
    if (subGrowth.length != obs) {
      throw SectoralArgumentException.of(ErrorCode.DIMENSION_MISMATCH, "subGrowth", List.of(),
          "%s growth rows for %s totals", subGrowth.length, obs);
    }
    checkArgument(priorStrength >= 0, "λ = %s", priorStrength);
    double[] w0 = new double[n];
    if (prior == null) {
      Arrays.fill(w0, 1.0 / n);
    } else {
      checkArgument(prior.length == n, "%s prior weights for %s sub-sectors", prior.length, n);
      double s = Arrays.stream(prior).sum();
      checkArgument(s > 0, "Prior weights sum to 0");
      for (int i = 0; i < n; i++) {
        w0[i] = prior[i] / s;
      }
    }
    // Hessian 2(GᵀG + λI): Lipschitz constant ≤ 2(‖G‖_F² + λ)
    double lip = 2 * priorStrength;
    for (double[] row : subGrowth) {
      if (row.length != n) {
        throw SectoralArgumentException.of(ErrorCode.DIMENSION_MISMATCH, "subGrowth", List.of(),
            "Growth row has %s values for %s sub-sectors", row.length, n);
      }
      for (double g : row) {
        lip += 2 * g * g;
      }
    }
    double step = lip == 0 ? 1 : 1 / lip;
    double[] w = w0.clone();
    double[] y = w.clone();
    double momentum = 1;
    double previousObjective = Double.POSITIVE_INFINITY;
    int it = 0;
    for (; it < MAX_ITERATIONS; it++) {
      double[] grad = gradient(y, subGrowth, totalGrowth, w0, priorStrength);
      double[] next = new double[n];
      for (int i = 0; i < n; i++) {
        next[i] = y[i] - step * grad[i];
      }
      next = projectOntoSimplex(next);
      double change = 0;
      for (int i = 0; i < n; i++) {
        change = Math.max(change, Math.abs(next[i] - w[i]));
      }
      double objective = objective(next, subGrowth, totalGrowth, w0, priorStrength);
      double nextMomentum = (1 + Math.sqrt(1 + 4 * momentum * momentum)) / 2;
      if (objective > previousObjective) {
        nextMomentum = 1; // adaptive restart (O'Donoghue & Candès 2015)
      }
      for (int i = 0; i < n; i++) {
        y[i] = next[i] + (momentum - 1) / nextMomentum * (next[i] - w[i]);
      }
      momentum = nextMomentum;
      previousObjective = objective;
      w = next;
      if (change < TOLERANCE) {
        break;
      }
    }
    if (it == MAX_ITERATIONS) {
      throw SectoralException.of(ErrorCode.NOT_CONVERGED, List.of(),
          "Implied weights did not converge in %d iterations", MAX_ITERATIONS);
    }
    double[] res = new double[obs];
    for (int t = 0; t < obs; t++) {
      res[t] = -totalGrowth[t];
      for (int i = 0; i < n; i++) {
        res[t] += w[i] * subGrowth[t][i];
      }
    }
    return new ImpliedWeights(LabelledVector.of(KeyIndex.of(subSectors), w, "share"), res, it);
  }

  private static double[] gradient(double[] w, double[][] g, double[] total, double[] w0,
      double lambda) {
    int n = w.length;
    double[] grad = new double[n];
    for (int t = 0; t < total.length; t++) {
      double r = -total[t];
      for (int i = 0; i < n; i++) {
        r += w[i] * g[t][i];
      }
      for (int i = 0; i < n; i++) {
        grad[i] += 2 * r * g[t][i];
      }
    }
    for (int i = 0; i < n; i++) {
      grad[i] += 2 * lambda * (w[i] - w0[i]);
    }
    return grad;
  }

  private static double objective(double[] w, double[][] g, double[] total, double[] w0,
      double lambda) {
    double f = 0;
    for (int t = 0; t < total.length; t++) {
      double r = -total[t];
      for (int i = 0; i < w.length; i++) {
        r += w[i] * g[t][i];
      }
      f += r * r;
    }
    for (int i = 0; i < w.length; i++) {
      f += lambda * (w[i] - w0[i]) * (w[i] - w0[i]);
    }
    return f;
  }

  /** Euclidean projection onto {w ≥ 0, Σw = 1} (Duchi, Shalev-Shwartz, Singer &amp; Chandra 2008). */
  static double[] projectOntoSimplex(double[] v) {
    double[] u = v.clone();
    Arrays.sort(u);
    double cumulative = 0;
    double theta = 0;
    for (int k = u.length - 1, count = 1; k >= 0; k--, count++) {
      cumulative += u[k];
      double candidate = (cumulative - 1) / count;
      if (u[k] - candidate > 0) {
        theta = candidate;
      }
    }
    double[] w = new double[v.length];
    for (int i = 0; i < w.length; i++) {
      w[i] = Math.max(v[i] - theta, 0);
    }
    return w;
  }

  /** The weights (sum 1, non-negative). */
  public LabelledVector<String> weights() {
    return weights;
  }

  /** Residuals Σᵢ wᵢ·gₜ,ᵢ − Gₜ per observation. */
  public double[] residuals() {
    return residuals.clone();
  }

  /** The largest absolute residual. */
  public double maxAbsResidual() {
    return Arrays.stream(residuals).map(Math::abs).max().orElse(0);
  }

  /** Iterations used. */
  public int iterations() {
    return iterations;
  }
}
