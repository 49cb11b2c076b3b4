package org.sectoral.core.table;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;

/**
 * A satellite account (pymrio "extension"): stressors by sector F (e.g. jobs, emissions, in each
 * stressor's own unit) and, optionally, stressors emitted directly by final demand F_Y.
 */
public final class SatelliteAccount {
  private final String name;
  private final LabelledMatrix<Stressor, RegionSector> byIndustry;
  private final LabelledMatrix<Stressor, FinalDemandColumn> byFinalDemand;

  private SatelliteAccount(String name, LabelledMatrix<Stressor, RegionSector> f,
      LabelledMatrix<Stressor, FinalDemandColumn> fy) {
    this.name = name;
    this.byIndustry = f;
    this.byFinalDemand = fy;
  }

  /** A satellite account with stressors by sector only. */
  public static SatelliteAccount of(String name, LabelledMatrix<Stressor, RegionSector> f) {
    return of(name, f, null);
  }

  /**
   * A satellite account with stressors by sector F and by final-demand column F_Y (nullable).
   * F_Y must have the same stressors as F.
   */
  public static SatelliteAccount of(String name, LabelledMatrix<Stressor, RegionSector> f,
      LabelledMatrix<Stressor, FinalDemandColumn> fy) {
    checkNotNull(name, "name");
    checkNotNull(f, "f");
    checkArgument(!name.isBlank(), "Satellite account name is blank");
    checkArgument(fy == null || fy.rows().equals(f.rows()),
        "F_Y of %s has stressors %s, F has %s", name, fy == null ? null : fy.rows(), f.rows());
    return new SatelliteAccount(name, f, fy);
  }

  /** The account's name, e.g. {@code "employment"}. */
  public String name() {
    return name;
  }

  /** The stressors (rows). */
  public KeyIndex<Stressor> stressors() {
    return byIndustry.rows();
  }

  /** Stressors by sector F (each row in its stressor's unit). */
  public LabelledMatrix<Stressor, RegionSector> byIndustry() {
    return byIndustry;
  }

  /** Stressors emitted by final demand F_Y, when the account has them. */
  public Optional<LabelledMatrix<Stressor, FinalDemandColumn>> byFinalDemand() {
    return Optional.ofNullable(byFinalDemand);
  }

  @Override
  public String toString() {
    return "SatelliteAccount[" + name + ", " + stressors() + "]";
  }
}
