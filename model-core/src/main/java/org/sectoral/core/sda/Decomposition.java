package org.sectoral.core.sda;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Map;
import org.sectoral.core.table.LabelledVector;
import org.sectoral.core.table.RegionSector;

/**
 * A structural decomposition of the change of a measure (output x, value added) between year 0
 * and year 1, by sector: Δ = after − before = Σ over factors of the factor's effect, plus a
 * residual that is zero up to rounding because the effects are the average over all k! orderings
 * of the factors (Dietzenbacher &amp; Los 1998; Miller &amp; Blair 2009, §13.1.2). Labelled by the
 * tables' {@link RegionSector} keys, in the tables' unit. Immutable and thread-safe.
 */
public final class Decomposition {
  private final String measure;
  private final LabelledVector<RegionSector> before;
  private final LabelledVector<RegionSector> after;
  private final ImmutableMap<SdaFactor, LabelledVector<RegionSector>> effects;

  Decomposition(String measure, LabelledVector<RegionSector> before,
      LabelledVector<RegionSector> after, Map<SdaFactor, LabelledVector<RegionSector>> effects) {
    this.measure = checkNotNull(measure);
    this.before = checkNotNull(before);
    this.after = checkNotNull(after);
    this.effects = ImmutableMap.copyOf(effects);
  }

  /** What is decomposed, e.g. "output x = L·φ·m". */
  public String measure() {
    return measure;
  }

  /** The measure in year 0 as the model computes it (x⁰ = L⁰f⁰, equal to the table's output). */
  public LabelledVector<RegionSector> before() {
    return before;
  }

  /** The measure in year 1 as the model computes it. */
  public LabelledVector<RegionSector> after() {
    return after;
  }

  /** The total change Δ = after − before, by sector. */
  public LabelledVector<RegionSector> totalChange() {
    return after.minus(before);
  }

  /** The factors in the order of the decomposition's formula. */
  public ImmutableList<SdaFactor> factors() {
    return effects.keySet().asList();
  }

  /** Every effect by factor, in formula order. */
  public ImmutableMap<SdaFactor, LabelledVector<RegionSector>> effects() {
    return effects;
  }

  /**
   * The effect of one factor's change, by sector, in the measure's unit.
   *
   * @throws IllegalArgumentException when the factor is not part of this decomposition
   */
  public LabelledVector<RegionSector> effect(SdaFactor factor) {
    checkArgument(effects.containsKey(factor), "%s is not a factor of %s (factors %s)", factor,
        measure, effects.keySet());
    return effects.get(factor);
  }

  /** The effect of one factor summed over sectors. */
  public double effectTotal(SdaFactor factor) {
    return effect(factor).sum();
  }

  /** The residual Δ − Σ effects by sector: zero up to rounding. */
  public LabelledVector<RegionSector> residual() {
    LabelledVector<RegionSector> r = totalChange();
    for (LabelledVector<RegionSector> e : effects.values()) {
      r = r.minus(e);
    }
    return r;
  }

  /** The unit of every vector. */
  public String unit() {
    return before.unit();
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("Decomposition[").append(measure).append(": Δ = ")
        .append(String.format(java.util.Locale.ROOT, "%.6g", totalChange().sum()));
    effects.forEach((f, e) -> sb.append(", ").append(f.symbol()).append(' ')
        .append(String.format(java.util.Locale.ROOT, "%.6g", e.sum())));
    return sb.append(' ').append(unit()).append(']').toString();
  }
}
