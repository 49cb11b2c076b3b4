package org.sectoral.core.uncertainty;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.io.Serializable;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sectoral.core.uncertainty.internal.Variates;

/**
 * Uncertain shares that sum to one (an export mix, imports by origin, an ownership split), drawn
 * from a Dirichlet distribution with the baseline shares as its mean: α = α₀·s with s the
 * baseline shares and α₀ &gt; 0 the concentration. Each share then has mean sᵢ and variance
 * sᵢ(1 − sᵢ)/(α₀ + 1), and its marginal is Beta(αᵢ, α₀ − αᵢ). A draw takes gᵢ ~ Gamma(αᵢ, 1) and
 * returns gᵢ / Σₖ gₖ (Devroye 1986, "Non-Uniform Random Variate Generation", §XI.4). Immutable.
 *
 * <p>The draws of component {@code c} are named {@code group[c]} among the input values.
 */
public final class ShareGroup implements Serializable {
  private static final long serialVersionUID = 1L;

  private final String name;
  private final ImmutableList<String> components;
  private final double[] shares;
  private final double concentration;

  private ShareGroup(String name, ImmutableList<String> components, double[] shares,
      double concentration) {
    this.name = name;
    this.components = components;
    this.shares = shares;
    this.concentration = concentration;
  }

  /**
   * A Dirichlet share group.
   *
   * @param name the group's name
   * @param shares baseline shares by component (non-negative, at least one positive; normalized
   *     to sum to one)
   * @param concentration α₀ &gt; 0: larger is tighter (sd of a share of 0.5 is 0.5/√(α₀ + 1))
   */
  public static ShareGroup dirichlet(String name, Map<String, Double> shares,
      double concentration) {
    checkNotNull(name, "name");
    checkNotNull(shares, "shares");
    checkArgument(!name.isBlank(), "Share group name is blank");
    checkArgument(shares.size() >= 2, "Share group %s needs at least two components", name);
    checkArgument(concentration > 0 && Double.isFinite(concentration),
        "Concentration %s of %s must be positive", concentration, name);
    double[] s = new double[shares.size()];
    double total = 0;
    int i = 0;
    for (Map.Entry<String, Double> e : shares.entrySet()) {
      double v = e.getValue();
      checkArgument(v >= 0 && Double.isFinite(v), "Share %s of %s is %s", e.getKey(), name, v);
      s[i++] = v;
      total += v;
    }
    checkArgument(total > 0, "Shares of %s are all zero", name);
    for (int k = 0; k < s.length; k++) {
      s[k] /= total;
    }
    return new ShareGroup(name, ImmutableList.copyOf(shares.keySet()), s, concentration);
  }

  /** The group's name. */
  public String name() {
    return name;
  }

  /** The components, in order. */
  public ImmutableList<String> components() {
    return components;
  }

  /** The input name of a component's draws, {@code group[component]}. */
  public String inputName(String component) {
    return name + "[" + component + "]";
  }

  /** The input names of every component, in order. */
  public List<String> inputNames() {
    return components.stream().map(this::inputName).toList();
  }

  /** The baseline (mean) shares sᵢ, summing to one. */
  public double[] shares() {
    return shares.clone();
  }

  /** The baseline shares by component. */
  public Map<String, Double> sharesByComponent() {
    Map<String, Double> m = new LinkedHashMap<>();
    for (int i = 0; i < shares.length; i++) {
      m.put(components.get(i), shares[i]);
    }
    return m;
  }

  /** The concentration α₀. */
  public double concentration() {
    return concentration;
  }

  /** The standard deviation of share i, √(sᵢ(1 − sᵢ)/(α₀ + 1)). */
  public double standardDeviation(int i) {
    return Math.sqrt(shares[i] * (1 - shares[i]) / (concentration + 1));
  }

  /** One draw by gamma variates from the stream. Zero baseline shares stay zero. */
  double[] draw(Variates v) {
    double[] g = new double[shares.length];
    double sum = 0;
    for (int i = 0; i < g.length; i++) {
      g[i] = shares[i] == 0 ? 0 : v.gamma(concentration * shares[i]);
      sum += g[i];
    }
    if (sum == 0) {
      return shares.clone(); // every gamma underflowed (tiny α): fall back to the mean
    }
    for (int i = 0; i < g.length; i++) {
      g[i] /= sum;
    }
    return g;
  }

  /**
   * The shares with component i at the quantile p of its Beta(αᵢ, α₀ − αᵢ) marginal and the
   * others scaled proportionally so that they still sum to one (one-at-a-time sensitivity).
   */
  double[] withComponentAt(int i, double p) {
    double[] out = shares.clone();
    if (shares[i] == 0 || shares[i] == 1) {
      return out;
    }
    double a = concentration * shares[i];
    double q = Variates.betaQuantile(a, concentration - a, p);
    double rest = 1 - shares[i];
    for (int k = 0; k < out.length; k++) {
      out[k] = k == i ? q : shares[k] * (1 - q) / rest;
    }
    return out;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ShareGroup g && g.name.equals(name) && g.components.equals(components)
        && Arrays.equals(g.shares, shares) && g.concentration == concentration;
  }

  @Override
  public int hashCode() {
    return name.hashCode() * 31 + components.hashCode();
  }

  @Override
  public String toString() {
    return "ShareGroup[" + name + ", Dirichlet α₀ = " + concentration + ", " + sharesByComponent()
        + "]";
  }
}
