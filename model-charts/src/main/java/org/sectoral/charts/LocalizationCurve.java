package org.sectoral.charts;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Domestic value-added shares of exports (0–1) as a localization parameter θ goes from 0 (no
 * import substitution) to 1 (all imported inputs sourced at home), one curve per sector: the
 * input of {@link TrendCharts#localization}. Defined in model-charts until model-core computes
 * it. Immutable.
 */
public final class LocalizationCurve {
  /** One sector's curve: strictly increasing θ in [0, 1] and the share at each θ. */
  public record Points(ImmutableList<Double> theta, ImmutableList<Double> share) {
    /** Checks equal lengths and a strictly increasing θ within [0, 1]. */
    public Points {
      checkArgument(theta.size() == share.size() && !theta.isEmpty(),
          "θ has %s points, share %s", theta.size(), share.size());
      for (int i = 0; i < theta.size(); i++) {
        double t = theta.get(i);
        checkArgument(t >= 0 && t <= 1, "θ %s outside [0, 1]", t);
        checkArgument(i == 0 || t > theta.get(i - 1), "θ not increasing at %s", t);
        checkArgument(Double.isFinite(share.get(i)), "Share %s", share.get(i));
      }
    }
  }

  private final ImmutableMap<String, Points> curves;

  private LocalizationCurve(Map<String, Points> curves) {
    this.curves = ImmutableMap.copyOf(curves);
  }

  /** A builder adding one sector's curve at a time. */
  public static Builder builder() {
    return new Builder();
  }

  /** Curves by sector name in the order added. */
  public ImmutableMap<String, Points> curves() {
    return curves;
  }

  /** Builds a {@link LocalizationCurve}. */
  public static final class Builder {
    private final Map<String, Points> curves = new LinkedHashMap<>();

    Builder() {}

    /** Adds the curve of {@code sector}: θ values (increasing, in [0, 1]) and shares. */
    public Builder curve(String sector, double[] theta, double[] share) {
      checkNotNull(sector, "sector");
      checkArgument(!curves.containsKey(sector), "Sector %s given twice", sector);
      curves.put(sector, new Points(ImmutableList.copyOf(box(theta)),
          ImmutableList.copyOf(box(share))));
      return this;
    }

    /** The curves (at least one). */
    public LocalizationCurve build() {
      checkArgument(!curves.isEmpty(), "No curves");
      return new LocalizationCurve(curves);
    }

    private static Double[] box(double[] values) {
      checkNotNull(values, "values");
      Double[] out = new Double[values.length];
      for (int i = 0; i < values.length; i++) {
        out[i] = values[i];
      }
      return out;
    }
  }
}
