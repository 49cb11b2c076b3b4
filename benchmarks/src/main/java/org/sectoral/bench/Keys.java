package org.sectoral.bench;

import java.util.stream.IntStream;
import org.sectoral.core.table.KeyIndex;
import org.sectoral.core.table.Region;
import org.sectoral.core.table.RegionSector;
import org.sectoral.core.table.Sector;

/** Keys W/S0 … W/S(n−1) for synthetic coefficient matrices. */
final class Keys {
  private Keys() {}

  static KeyIndex<RegionSector> of(int n) {
    Region w = Region.of("W");
    return KeyIndex.of(IntStream.range(0, n)
        .mapToObj(i -> RegionSector.of(w, Sector.of("S" + i))).toList());
  }
}
