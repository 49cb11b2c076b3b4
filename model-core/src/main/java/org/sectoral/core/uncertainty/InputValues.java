package org.sectoral.core.uncertainty;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sectoral.core.ErrorCode;
import org.sectoral.core.SectoralException;

/**
 * The values of the named uncertain inputs in one draw (or at the baseline): every
 * {@link UncertainInput} by its name and every component of a {@link ShareGroup} as
 * {@code group[component]}. Immutable.
 */
public final class InputValues {
  private final ImmutableList<String> names;
  private final ImmutableMap<String, Integer> index;
  private final double[] values;

  InputValues(ImmutableList<String> names, ImmutableMap<String, Integer> index, double[] values) {
    this.names = names;
    this.index = index;
    this.values = values;
  }

  /** Values by name, in the map's order (for result functions tested on their own). */
  public static InputValues of(Map<String, Double> values) {
    checkNotNull(values, "values");
    ImmutableList<String> names = ImmutableList.copyOf(values.keySet());
    double[] v = values.values().stream().mapToDouble(Double::doubleValue).toArray();
    return new InputValues(names, indexOf(names), v);
  }

  /** No inputs. */
  public static InputValues empty() {
    return new InputValues(ImmutableList.of(), ImmutableMap.of(), new double[0]);
  }

  static ImmutableMap<String, Integer> indexOf(List<String> names) {
    ImmutableMap.Builder<String, Integer> b = ImmutableMap.builder();
    for (int i = 0; i < names.size(); i++) {
      b.put(names.get(i), i);
    }
    return b.buildOrThrow();
  }

  /** The input names, in order. */
  public ImmutableList<String> names() {
    return names;
  }

  /** The number of values. */
  public int size() {
    return values.length;
  }

  /** The value at position i. */
  public double at(int i) {
    return values[i];
  }

  /**
   * The value of an input.
   *
   * @throws SectoralException {@link ErrorCode#UNKNOWN_KEY} naming the input when absent
   */
  public double get(String name) {
    Integer i = index.get(name);
    if (i == null) {
      throw SectoralException.of(ErrorCode.UNKNOWN_KEY, List.of(String.valueOf(name)),
          "No uncertain input %s (inputs: %s)", name, names);
    }
    return values[i];
  }

  /** The value of an input, or {@code fallback} when there is no input of that name. */
  public double getOrDefault(String name, double fallback) {
    Integer i = index.get(name);
    return i == null ? fallback : values[i];
  }

  /**
   * The drawn shares of a {@link ShareGroup} by component.
   *
   * @throws SectoralException {@link ErrorCode#UNKNOWN_KEY} when a component is absent
   */
  public Map<String, Double> shares(ShareGroup group) {
    Map<String, Double> m = new LinkedHashMap<>();
    for (String c : group.components()) {
      m.put(c, get(group.inputName(c)));
    }
    return m;
  }

  /** A copy of the values in name order. */
  public double[] toArray() {
    return values.clone();
  }

  /** The values by name (a copy). */
  public Map<String, Double> asMap() {
    Map<String, Double> m = new LinkedHashMap<>();
    for (int i = 0; i < values.length; i++) {
      m.put(names.get(i), values[i]);
    }
    return m;
  }

  /** These values with one replaced (for one-at-a-time sensitivity). */
  InputValues with(int i, double value) {
    checkArgument(i >= 0 && i < values.length, "Input %s", i);
    double[] v = values.clone();
    v[i] = value;
    return new InputValues(names, index, v);
  }

  /** These values with a run of positions replaced. */
  InputValues with(int from, double[] replacement) {
    double[] v = values.clone();
    System.arraycopy(replacement, 0, v, from, replacement.length);
    return new InputValues(names, index, v);
  }

  /** Shares the raw array (package use, no copy). */
  double[] raw() {
    return values;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof InputValues v && v.names.equals(names) && Arrays.equals(v.values, values);
  }

  @Override
  public int hashCode() {
    return names.hashCode() * 31 + Arrays.hashCode(values);
  }

  @Override
  public String toString() {
    return asMap().toString();
  }
}
