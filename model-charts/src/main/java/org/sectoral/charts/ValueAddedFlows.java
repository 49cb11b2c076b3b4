package org.sectoral.charts;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;

/**
 * Value added flowing from origin countries (including the exporter itself) through exporting
 * sectors into one country's gross exports, in one monetary unit: the input of
 * {@link TradeCharts#valueAddedFlows}. Immutable.
 */
public final class ValueAddedFlows {
  /** One flow: value added of {@code origin} embodied in the exports of {@code sector}. */
  public record Flow(String origin, String sector, double value) {
    /** Checks names and a finite, non-negative value. */
    public Flow {
      checkNotNull(origin, "origin");
      checkNotNull(sector, "sector");
      checkArgument(Double.isFinite(value) && value >= 0, "Flow %s -> %s: value %s", origin,
          sector, value);
    }
  }

  private final String exporter;
  private final String unit;
  private final ImmutableList<Flow> flows;

  private ValueAddedFlows(String exporter, String unit, List<Flow> flows) {
    this.exporter = exporter;
    this.unit = unit;
    this.flows = ImmutableList.copyOf(flows);
  }

  /** A builder for the exports of {@code exporter} (a display name) in {@code unit}. */
  public static Builder builder(String exporter, String unit) {
    return new Builder(checkNotNull(exporter, "exporter"), checkNotNull(unit, "unit"));
  }

  /** The exporting country's display name. */
  public String exporter() {
    return exporter;
  }

  /** The monetary unit of all flows. */
  public String unit() {
    return unit;
  }

  /** The flows in the order given. */
  public ImmutableList<Flow> flows() {
    return flows;
  }

  /** Σ of all flows: the gross exports covered. */
  public double total() {
    double s = 0;
    for (Flow f : flows) {
      s += f.value();
    }
    return s;
  }

  /** Builds {@link ValueAddedFlows}. */
  public static final class Builder {
    private final String exporter;
    private final String unit;
    private final List<Flow> flows = new ArrayList<>();

    Builder(String exporter, String unit) {
      this.exporter = exporter;
      this.unit = unit;
    }

    /** Adds value added of {@code origin} in the exports of {@code sector}. */
    public Builder flow(String origin, String sector, double value) {
      for (Flow f : flows) {
        checkArgument(!(f.origin().equals(origin) && f.sector().equals(sector)),
            "Flow %s -> %s given twice", origin, sector);
      }
      flows.add(new Flow(origin, sector, value));
      return this;
    }

    /** The flows (at least one). */
    public ValueAddedFlows build() {
      checkArgument(!flows.isEmpty(), "No flows");
      return new ValueAddedFlows(exporter, unit, flows);
    }
  }
}
