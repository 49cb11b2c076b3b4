package org.sectoral.core.indicator;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.sectoral.core.table.KeyIndex;
import org.sectoral.core.table.LabelledVector;

/**
 * A Laspeyres industrial production index (IIP) from sub-sector indices and base-year
 * value-added weights (UN, International Recommendations for the Index of Industrial Production
 * 2010, §4): Iₜ = Σᵢ wᵢ·Iᵢ,ₜ / Σᵢ wᵢ, with year-on-year growth gₜ = Iₜ/Iₜ₋₁ − 1 and each
 * sub-sector's contribution in percentage points
 * cᵢ,ₜ = 100·wᵢ·(Iᵢ,ₜ − Iᵢ,ₜ₋₁) / Σⱼ wⱼ·Iⱼ,ₜ₋₁, which sum to 100·gₜ exactly.
 */
public final class ProductionIndex {
  private final KeyIndex<String> subSectors;
  private final ImmutableList<String> periods;
  private final double[] weights; // normalized to sum 1
  private final double[][] indices; // [period][sub]

  private ProductionIndex(KeyIndex<String> subSectors, ImmutableList<String> periods,
      double[] weights, double[][] indices) {
    this.subSectors = subSectors;
    this.periods = periods;
    this.weights = weights;
    this.indices = indices;
  }

  /**
   * An index from base weights (any positive scale, e.g. value added) and sub-sector indices by
   * period (base period = 100 or any common base).
   */
  public static ProductionIndex of(List<String> subSectors, double[] baseWeights,
      List<String> periods, double[][] subIndices) {
    checkNotNull(baseWeights, "baseWeights");
    checkArgument(baseWeights.length == subSectors.size(), "%s weights for %s sub-sectors",
        baseWeights.length, subSectors.size());
    checkArgument(subIndices.length == periods.size(), "%s index rows for %s periods",
        subIndices.length, periods.size());
    double total = 0;
    for (double w : baseWeights) {
      checkArgument(w >= 0 && Double.isFinite(w), "Weight %s", w);
      total += w;
    }
    checkArgument(total > 0, "Weights sum to 0");
    double[] w = new double[baseWeights.length];
    for (int i = 0; i < w.length; i++) {
      w[i] = baseWeights[i] / total;
    }
    double[][] idx = new double[subIndices.length][];
    for (int t = 0; t < idx.length; t++) {
      checkArgument(subIndices[t].length == w.length, "Period %s has %s indices", periods.get(t),
          subIndices[t].length);
      idx[t] = subIndices[t].clone();
    }
    return new ProductionIndex(KeyIndex.of(subSectors), ImmutableList.copyOf(periods), w, idx);
  }

  /** The sub-sectors. */
  public KeyIndex<String> subSectors() {
    return subSectors;
  }

  /** The periods. */
  public ImmutableList<String> periods() {
    return periods;
  }

  /** The weights normalized to sum 1. */
  public LabelledVector<String> weights() {
    return LabelledVector.of(subSectors, weights, "share");
  }

  /** The total index Iₜ by period. */
  public double[] total() {
    double[] out = new double[periods.size()];
    for (int t = 0; t < out.length; t++) {
      for (int i = 0; i < weights.length; i++) {
        out[t] += weights[i] * indices[t][i];
      }
    }
    return out;
  }

  /** Growth of the total index from period t−1 to t, gₜ = Iₜ/Iₜ₋₁ − 1 (t ≥ 1). */
  public double growth(int t) {
    checkArgument(t >= 1 && t < periods.size(), "Period %s has no predecessor", t);
    double[] total = total();
    return total[t] / total[t - 1] - 1;
  }

  /** Contributions in percentage points to the growth from t−1 to t; they sum to 100·gₜ. */
  public LabelledVector<String> contributions(int t) {
    checkArgument(t >= 1 && t < periods.size(), "Period %s has no predecessor", t);
    double previous = total()[t - 1];
    double[] c = new double[weights.length];
    for (int i = 0; i < c.length; i++) {
      c[i] = 100 * weights[i] * (indices[t][i] - indices[t - 1][i]) / previous;
    }
    return LabelledVector.of(subSectors, c, "percentage points");
  }

  /**
   * Contributions in percentage points when only growth rates are published: with effective
   * weights sᵢ (previous-period shares, summing to 1), total growth is Σᵢ sᵢ·gᵢ and sub-sector i
   * contributes 100·sᵢ·gᵢ.
   */
  public static LabelledVector<String> contributions(List<String> subSectors, double[] shares,
      double[] growthRates) {
    checkArgument(shares.length == subSectors.size() && growthRates.length == shares.length,
        "Lengths differ");
    double[] c = new double[shares.length];
    for (int i = 0; i < c.length; i++) {
      c[i] = 100 * shares[i] * growthRates[i];
    }
    return LabelledVector.of(subSectors, c, "percentage points");
  }
}
