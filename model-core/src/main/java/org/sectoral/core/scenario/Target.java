package org.sectoral.core.scenario;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.sectoral.core.ErrorCode;
import org.sectoral.core.SectoralArgumentException;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.core.table.Region;
import org.sectoral.core.table.RegionSector;

/**
 * The sectors a shock applies to and how: to {@link Mode#EACH} member with the full amount, or
 * {@link Mode#DISTRIBUTED} over the members in proportion to their current values (equal parts
 * when all are zero). Relative shocks (scale) are the same in both modes.
 */
public record Target(ImmutableList<RegionSector> sectors, Mode mode) {
  /** How a group shock is applied. */
  public enum Mode {
    /** Every member gets the full amount. */
    EACH,
    /** The amount is shared among members by their current values. */
    DISTRIBUTED
  }

  /** Validates a non-empty group. */
  public Target {
    checkNotNull(sectors, "sectors");
    checkNotNull(mode, "mode");
    if (sectors.isEmpty()) {
      throw SectoralArgumentException.of(ErrorCode.OUT_OF_RANGE, "sectors", List.of(),
          "A target needs at least one sector");
    }
  }

  /** Each of these sectors gets the full amount. */
  public static Target each(List<RegionSector> sectors) {
    return new Target(ImmutableList.copyOf(sectors), Mode.EACH);
  }

  /** One sector. */
  public static Target of(RegionSector sector) {
    return new Target(ImmutableList.of(sector), Mode.EACH);
  }

  /** The amount is shared among these sectors by their current values. */
  public static Target distributed(List<RegionSector> sectors) {
    return new Target(ImmutableList.copyOf(sectors), Mode.DISTRIBUTED);
  }

  /** Every sector of a region of a table, in the given mode. */
  public static Target region(InputOutputTable table, Region region, Mode mode) {
    table.regions().indexOf(region);
    return new Target(table.keys().keys().stream().filter(k -> k.region().equals(region))
        .collect(ImmutableList.toImmutableList()), mode);
  }
}
