package org.sectoral.core.table;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;
import org.sectoral.core.ErrorCode;
import org.sectoral.core.SectoralException;

/**
 * An immutable vector of finite numbers labelled by keys, with a unit ("million USD",
 * "thousand persons", "1" for dimensionless).
 *
 * @param <K> the key type
 */
public final class LabelledVector<K> {
  private final KeyIndex<K> index;
  private final double[] values;
  private final String unit;

  private LabelledVector(KeyIndex<K> index, double[] values, String unit) {
    this.index = index;
    this.values = values;
    this.unit = unit;
  }

  /**
   * A vector over the keys of {@code index} holding a copy of {@code values}.
   *
   * @throws SectoralException {@link ErrorCode#DIMENSION_MISMATCH} or
   *     {@link ErrorCode#NON_FINITE_VALUE} naming the key of the first NaN or infinity
   */
  public static <K> LabelledVector<K> of(KeyIndex<K> index, double[] values, String unit) {
    checkNotNull(index, "index");
    checkNotNull(values, "values");
    checkNotNull(unit, "unit");
    if (values.length != index.size()) {
      throw SectoralException.of(ErrorCode.DIMENSION_MISMATCH, List.of(),
          "Vector has %d values for %d keys", values.length, index.size());
    }
    for (int i = 0; i < values.length; i++) {
      if (!Double.isFinite(values[i])) {
        throw SectoralException.of(ErrorCode.NON_FINITE_VALUE, List.of(index.get(i).toString()),
            "Value for %s is %s", index.get(i), values[i]);
      }
    }
    return new LabelledVector<>(index, values.clone(), unit);
  }

  /** A vector over the given keys; see {@link #of(KeyIndex, double[], String)}. */
  public static <K> LabelledVector<K> of(List<? extends K> keys, double[] values, String unit) {
    return of(KeyIndex.<K>of(keys), values, unit);
  }

  /** A vector of zeros. */
  public static <K> LabelledVector<K> zeros(KeyIndex<K> index, String unit) {
    return new LabelledVector<>(index, new double[index.size()], unit);
  }

  /** The labels. */
  public KeyIndex<K> index() {
    return index;
  }

  /** The keys in order. */
  public ImmutableList<K> keys() {
    return index.keys();
  }

  /** The unit of every value. */
  public String unit() {
    return unit;
  }

  /** The number of values. */
  public int size() {
    return values.length;
  }

  /** The value at position {@code i} (fast, unchecked beyond array bounds). */
  public double at(int i) {
    return values[i];
  }

  /**
   * The value for a key.
   *
   * @throws SectoralException {@link ErrorCode#UNKNOWN_KEY} when the key is absent
   */
  public double get(K key) {
    return values[index.indexOf(key)];
  }

  /** A copy of the values in key order. */
  public double[] toArray() {
    return values.clone();
  }

  /** The sum of all values. */
  public double sum() {
    double s = 0;
    for (double v : values) {
      s += v;
    }
    return s;
  }

  /** This vector with every value transformed; the result must stay finite. */
  public LabelledVector<K> map(DoubleUnaryOperator f, String newUnit) {
    double[] out = new double[values.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = f.applyAsDouble(values[i]);
    }
    return of(index, out, newUnit);
  }

  /** Element-wise sum with a vector of the same keys and unit. */
  public LabelledVector<K> plus(LabelledVector<K> other) {
    checkSameKeys(other);
    double[] out = values.clone();
    for (int i = 0; i < out.length; i++) {
      out[i] += other.values[i];
    }
    return new LabelledVector<>(index, out, unit);
  }

  /** Element-wise difference with a vector of the same keys. */
  public LabelledVector<K> minus(LabelledVector<K> other) {
    checkSameKeys(other);
    double[] out = values.clone();
    for (int i = 0; i < out.length; i++) {
      out[i] -= other.values[i];
    }
    return new LabelledVector<>(index, out, unit);
  }

  /** Every value times a factor, in a new unit. */
  public LabelledVector<K> times(double factor, String newUnit) {
    return map(v -> v * factor, newUnit);
  }

  /** The values keyed in order (a copy). */
  public Map<K, Double> asMap() {
    Map<K, Double> m = new LinkedHashMap<>();
    for (int i = 0; i < values.length; i++) {
      m.put(index.get(i), values[i]);
    }
    return m;
  }

  private void checkSameKeys(LabelledVector<K> other) {
    checkNotNull(other, "other");
    checkArgument(other.index.equals(index), "Vectors have different keys");
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LabelledVector<?> v && v.index.equals(index) && v.unit.equals(unit)
        && Arrays.equals(v.values, values);
  }

  @Override
  public int hashCode() {
    return index.hashCode() * 31 + Arrays.hashCode(values);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("[");
    int shown = Math.min(values.length, 8);
    for (int i = 0; i < shown; i++) {
      sb.append(i == 0 ? "" : ", ").append(index.get(i)).append('=')
          .append(String.format(Locale.ROOT, "%.6g", values[i]));
    }
    if (shown < values.length) {
      sb.append(", … ").append(values.length - shown).append(" more");
    }
    return sb.append("] ").append(unit).toString();
  }
}
