package org.sectoral.core.table;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sectoral.core.ErrorCode;
import org.sectoral.core.SectoralException;

/**
 * An immutable ordered list of unique keys with constant-time position look-up: the row or column
 * labels of a {@link LabelledMatrix} or {@link LabelledVector}. Shared between values that have
 * the same labels, so a table's vectors and matrices index alike.
 *
 * @param <K> the key type, e.g. {@link RegionSector}
 */
public final class KeyIndex<K> {
  private final ImmutableList<K> keys;
  private final ImmutableMap<K, Integer> positions;

  private KeyIndex(ImmutableList<K> keys, ImmutableMap<K, Integer> positions) {
    this.keys = keys;
    this.positions = positions;
  }

  /**
   * An index of the given keys in order.
   *
   * @throws SectoralException {@link ErrorCode#DUPLICATE_KEY} naming the first repeated key
   */
  public static <K> KeyIndex<K> of(List<? extends K> keys) {
    checkNotNull(keys, "keys");
    Map<K, Integer> map = new HashMap<>();
    List<String> dups = new ArrayList<>();
    int i = 0;
    for (K k : keys) {
      checkNotNull(k, "key at position %s is null", i);
      if (map.putIfAbsent(k, i) != null) {
        dups.add(k.toString());
      }
      i++;
    }
    if (!dups.isEmpty()) {
      throw SectoralException.of(ErrorCode.DUPLICATE_KEY, dups, "Duplicate keys: %s", dups);
    }
    return new KeyIndex<>(ImmutableList.copyOf(keys), ImmutableMap.copyOf(map));
  }

  /** The keys in order. */
  public ImmutableList<K> keys() {
    return keys;
  }

  /** The number of keys. */
  public int size() {
    return keys.size();
  }

  /** The key at position {@code i}. */
  public K get(int i) {
    return keys.get(i);
  }

  /** Whether the key is present. */
  public boolean contains(Object key) {
    return positions.containsKey(key);
  }

  /**
   * The position of a key.
   *
   * @throws SectoralException {@link ErrorCode#UNKNOWN_KEY} when the key is absent
   */
  public int indexOf(Object key) {
    Integer i = positions.get(key);
    if (i == null) {
      String shown = keys.size() <= 12 ? keys.toString() : keys.subList(0, 12) + " … (" + keys.size() + " keys)";
      throw SectoralException.of(ErrorCode.UNKNOWN_KEY, List.of(String.valueOf(key)),
          "%s not in %s", key, shown);
    }
    return i;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof KeyIndex<?> k && k.keys.equals(keys);
  }

  @Override
  public int hashCode() {
    return keys.hashCode();
  }

  @Override
  public String toString() {
    return keys.toString();
  }
}
