package org.sectoral.core.table;

import static com.google.common.base.Preconditions.checkNotNull;

/** A sector in a region: the row and column key of every input-output table and result. */
public record RegionSector(Region region, Sector sector) {
  /** Validates that neither part is null. */
  public RegionSector {
    checkNotNull(region, "region");
    checkNotNull(sector, "sector");
  }

  /** The key of a sector in a region. */
  public static RegionSector of(Region region, Sector sector) {
    return new RegionSector(region, sector);
  }

  /** Shown as {@code REGION/SECTOR}, e.g. {@code VNM/C26}. */
  @Override
  public String toString() {
    return region.code() + "/" + sector.code();
  }
}
