package org.sectoral.charts;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Named series of values by period (years such as {@code "2030"}, months such as
 * {@code "2024-03"} or any labels), in one unit, with an optional target: the input of
 * {@link TrendCharts#timeSeries} and {@link TrendCharts#growthBars}. Immutable.
 *
 * <p>{@link #periods()} is the union of all series' periods (and the target's): sorted when
 * every label is a year or year-month ({@code yyyy} or {@code yyyy-MM}), otherwise in order of
 * first appearance.
 */
public final class TimeSeriesData {
  private static final Pattern DATE_LIKE = Pattern.compile("\\d{4}(-\\d{2})?");

  /** A target value at a period, e.g. a 45% local-content share in 2030. */
  public record Target(String period, double value, String label) {
    /** Checks non-null names and a finite value. */
    public Target {
      checkNotNull(period, "period");
      checkNotNull(label, "label");
      checkArgument(Double.isFinite(value), "Target value %s", value);
    }
  }

  private final String unit;
  private final ImmutableMap<String, ImmutableMap<String, Double>> series;
  private final Optional<Target> target;
  private final ImmutableList<String> periods;

  private TimeSeriesData(String unit, Map<String, Map<String, Double>> series,
      Optional<Target> target) {
    this.unit = unit;
    ImmutableMap.Builder<String, ImmutableMap<String, Double>> b = ImmutableMap.builder();
    series.forEach((k, v) -> b.put(k, ImmutableMap.copyOf(v)));
    this.series = b.build();
    this.target = target;
    Set<String> all = new LinkedHashSet<>();
    series.values().forEach(m -> all.addAll(m.keySet()));
    target.ifPresent(t -> all.add(t.period()));
    List<String> list = new ArrayList<>(all);
    if (list.stream().allMatch(p -> DATE_LIKE.matcher(p).matches())) {
      list.sort(null);
    }
    this.periods = ImmutableList.copyOf(list);
  }

  /** A builder of series in {@code unit}, e.g. {@code "index, 2015 = 100"}. */
  public static Builder builder(String unit) {
    return new Builder(checkNotNull(unit, "unit"));
  }

  /** The unit of all values. */
  public String unit() {
    return unit;
  }

  /** Series by name (in the order added), each mapping period to value. */
  public ImmutableMap<String, ImmutableMap<String, Double>> series() {
    return series;
  }

  /** The target, if any. */
  public Optional<Target> target() {
    return target;
  }

  /** All periods in display order (see the class comment). */
  public ImmutableList<String> periods() {
    return periods;
  }

  /**
   * Period-on-period growth in percent, 100·(vₜ / vₜ₋₁ − 1), between consecutive periods of
   * each series in {@link #periods()} order (a period follows the series' previous one); the
   * first period of each series and zero bases have no value. The target is dropped.
   */
  public TimeSeriesData growth() {
    Map<String, Map<String, Double>> out = new LinkedHashMap<>();
    series.forEach((name, values) -> {
      Map<String, Double> g = new LinkedHashMap<>();
      Double previous = null;
      for (String p : periods) {
        Double v = values.get(p);
        if (v == null) {
          continue;
        }
        if (previous != null && previous != 0) {
          g.put(p, 100 * (v / previous - 1));
        }
        previous = v;
      }
      out.put(name, g);
    });
    return new TimeSeriesData("% change on previous period", out, Optional.empty());
  }

  /** Builds {@link TimeSeriesData}. */
  public static final class Builder {
    private final String unit;
    private final Map<String, Map<String, Double>> series = new LinkedHashMap<>();
    private Target target;

    Builder(String unit) {
      this.unit = unit;
    }

    /** Adds a series with a value for each period label (same lengths, finite values). */
    public Builder series(String name, List<String> periods, double[] values) {
      checkNotNull(name, "name");
      checkArgument(!series.containsKey(name), "Series %s given twice", name);
      checkArgument(periods.size() == values.length, "Series %s: %s periods, %s values", name,
          periods.size(), values.length);
      Map<String, Double> m = new LinkedHashMap<>();
      for (int i = 0; i < values.length; i++) {
        checkArgument(Double.isFinite(values[i]), "Series %s: value %s", name, values[i]);
        checkArgument(m.put(checkNotNull(periods.get(i), "period"), values[i]) == null,
            "Series %s: period %s given twice", name, periods.get(i));
      }
      series.put(name, m);
      return this;
    }

    /** Adds a yearly series. */
    public Builder series(String name, int[] years, double[] values) {
      List<String> periods = new ArrayList<>();
      for (int y : years) {
        periods.add(Integer.toString(y));
      }
      return series(name, periods, values);
    }

    /** Sets the target: a value to reach at a period, with a label such as "2030 target". */
    public Builder target(String period, double value, String label) {
      this.target = new Target(period, value, label);
      return this;
    }

    /** The data (at least one series). */
    public TimeSeriesData build() {
      checkArgument(!series.isEmpty(), "No series");
      return new TimeSeriesData(unit, series, Optional.ofNullable(target));
    }
  }
}
