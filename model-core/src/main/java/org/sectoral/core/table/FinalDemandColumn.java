package org.sectoral.core.table;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A final-demand column: the region whose users buy (households of Viet Nam, say), a code unique
 * within that region (e.g. {@code HFCE}) and its {@link FinalDemandCategory}.
 */
public record FinalDemandColumn(Region region, String code, FinalDemandCategory category) {
  /** Validates the parts. */
  public FinalDemandColumn {
    checkNotNull(region, "region");
    checkNotNull(code, "code");
    checkNotNull(category, "category");
    checkArgument(!code.isBlank(), "Final demand code is blank");
  }

  /** A final-demand column of a region. */
  public static FinalDemandColumn of(Region region, String code, FinalDemandCategory category) {
    return new FinalDemandColumn(region, code, category);
  }

  @Override
  public String toString() {
    return region.code() + "/" + code;
  }
}
