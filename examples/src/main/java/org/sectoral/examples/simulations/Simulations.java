package org.sectoral.examples.simulations;

import com.google.common.collect.ImmutableList;
import java.util.Optional;

/** The seven example simulations in report order. */
public final class Simulations {
  private Simulations() {}

  /** Every simulation, in report order. */
  public static ImmutableList<Simulation> all() {
    return ImmutableList.of(new ValueKeptAtHome(), new SupportingIndustries(),
        new HcmcIndustrialIndex(), new BinhDuongProvince(), new MechanicalPark(),
        new ExportSurge2024(), new BinhDuong2030());
  }

  /** The simulation of a name, if any. */
  public static Optional<Simulation> named(String name) {
    return all().stream().filter(s -> s.name().equals(name)).findFirst();
  }
}
