package org.sectoral.io.pymrio;

import java.util.List;
import java.util.Map;
import org.sectoral.core.table.FinalDemandColumn;
import org.sectoral.core.table.Region;
import org.sectoral.core.table.Sector;
import org.sectoral.core.table.ValueAddedComponent;

/**
 * What a pymrio folder cannot say by itself, kept in Sectoral's side file {@code sectoral.json}
 * (pymrio ignores files not listed in {@code file_parameters.json}): region and sector names,
 * final-demand categories, value-added kinds and which factor-input rows are product taxes or
 * imports, and the order of the satellite accounts.
 *
 * @param valueAddedFolder the extension folder holding value added, product taxes and imports
 *     (normally {@code factor_inputs}), or null when value added is the residual x − 1'Z and
 *     was not written
 * @param productTaxesRow the factor-input row holding net product taxes, or null
 * @param importRows factor-input row name → imported product, in row order
 * @param satellites extension folder names in the table's satellite order
 */
record Labels(String name, String unit, List<Region> regions, List<Sector> sectors,
    List<FinalDemandColumn> finalDemand, String valueAddedFolder,
    List<ValueAddedComponent> valueAdded, String productTaxesRow, Map<String, Sector> importRows, List<String> satellites,
    double[] balanceTolerance) {

  /** The final-demand column declared for a region code and category label, or null. */
  FinalDemandColumn column(String region, String code) {
    for (FinalDemandColumn c : finalDemand) {
      if (c.region().code().equals(region) && c.code().equals(code)) {
        return c;
      }
    }
    return null;
  }
}
