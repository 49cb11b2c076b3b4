package org.sectoral.core.indicator;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.function.Predicate;

/** An immutable, queryable collection of {@link Indicator}s (e.g. all facts behind a model). */
public final class IndicatorSet {
  private final ImmutableList<Indicator> indicators;

  private IndicatorSet(ImmutableList<Indicator> indicators) {
    this.indicators = indicators;
  }

  /** A set of indicators in the given order. */
  public static IndicatorSet of(List<Indicator> indicators) {
    return new IndicatorSet(ImmutableList.copyOf(indicators));
  }

  /** Every indicator. */
  public ImmutableList<Indicator> all() {
    return indicators;
  }

  /** The indicators matching a predicate. */
  public ImmutableList<Indicator> where(Predicate<Indicator> p) {
    return indicators.stream().filter(p).collect(ImmutableList.toImmutableList());
  }

  /** All indicators of a region in a year, e.g. all Binh Duong indicators for 2024. */
  public ImmutableList<Indicator> of(String region, int year) {
    checkNotNull(region, "region");
    return where(i -> i.region().equals(region) && i.inYear(year));
  }

  /** All indicators of a region. */
  public ImmutableList<Indicator> ofRegion(String region) {
    return where(i -> i.region().equals(region));
  }

  /** The single indicator with this region, sector and name (any period), if there is one. */
  public java.util.Optional<Indicator> find(String region, String sector, String name) {
    return indicators.stream().filter(i -> i.region().equals(region)
        && i.sector().equals(sector) && i.name().equals(name)).findFirst();
  }
}
