package org.sectoral.charts;

import java.util.List;
import org.sectoral.core.table.FinalDemandCategory;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.core.table.LabelledVector;
import org.sectoral.core.table.Region;
import org.sectoral.core.table.RegionSector;
import org.sectoral.core.table.Sector;
import org.sectoral.core.table.ValueAddedComponent;

/**
 * An illustrative, balanced 4-sector national table with imports, product taxes, household
 * consumption, exports and compensation (so Type II effects exist). Not real data.
 */
final class TestEconomy {
  static final Region REGION = Region.of("ILL", "Illustrative economy");
  static final List<Sector> SECTORS = List.of(
      Sector.of("AGR", "Agriculture, forestry and fishing"),
      Sector.of("C26", "Manufacture of computer, electronic and optical products"),
      Sector.of("C13", "Textiles and apparel"),
      Sector.of("SER", "Trade and business services"));

  private TestEconomy() {}

  /** The table; output x = (110, 200, 125, 210). */
  static InputOutputTable table() {
    return InputOutputTable.builder()
        .name("illustrative 4-sector economy")
        .unit("billion USD")
        .region(REGION)
        .sectors(SECTORS)
        .intermediate(new double[][] {
            {10, 5, 20, 15},
            {5, 30, 5, 20},
            {2, 3, 15, 5},
            {10, 20, 10, 30}})
        .finalDemand("HH", FinalDemandCategory.HOUSEHOLDS, new double[] {40, 20, 30, 120})
        .finalDemand("EXP", FinalDemandCategory.EXPORTS, new double[] {20, 120, 70, 20})
        .importsTotal(new double[] {5, 80, 30, 10})
        .productTaxes(new double[] {2, 4, 3, 5})
        .valueAdded("COMP", ValueAddedComponent.Kind.COMPENSATION, new double[] {30, 25, 25, 90})
        .valueAdded("GOS", ValueAddedComponent.Kind.OPERATING_SURPLUS,
            new double[] {46, 33, 17, 35})
        .build();
  }

  /** A final-demand change: more electronics exports, fewer textiles (billion USD). */
  static LabelledVector<RegionSector> demandShock(InputOutputTable table) {
    return LabelledVector.of(table.keys(), new double[] {0, 12, -5, 1}, table.unit());
  }
}
