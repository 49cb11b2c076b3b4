package org.sectoral.io.pymrio;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Map;
import org.sectoral.core.footprint.Footprints;
import org.sectoral.core.leontief.LeontiefModel;
import org.sectoral.core.table.FinalDemandColumn;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.core.table.LabelledMatrix;
import org.sectoral.core.table.LabelledVector;
import org.sectoral.core.table.Region;
import org.sectoral.core.table.SatelliteAccount;
import org.sectoral.core.table.Stressor;

/** pymrio's {@code calc_all} on a {@link PymrioSystem}, with Sectoral's engine. */
final class PymrioCalc {
  private PymrioCalc() {}

  static PymrioSystem calcAll(PymrioSystem system, InputOutputTable table, LeontiefModel model,
      boolean withInverse) {
    checkNotNull(table, "table");
    checkNotNull(model, "model");
    checkArgument(table.keys().equals(system.intermediate().rows()),
        "Table %s has other region-sectors than system %s", table.name(), system.name());
    checkArgument(table.finalDemandColumns().equals(system.finalDemand().columns()),
        "Table %s has other final-demand columns than system %s", table.name(), system.name());
    // A and L are derived row by row when written (or asked for): never whole in memory here.
    PymrioSystem out = system.flowsOnly().withOutput(table.output())
        .withDerivedMatrix("A", model::technicalCoefficientRows, "1");
    if (withInverse) {
      out = out.withDerivedMatrix("L", model::leontiefInverseRows, "1");
    }
    LabelledVector<Region> population = system.population().orElse(null);
    for (Map.Entry<String, PymrioExtension> e : system.extensions().entrySet()) {
      PymrioExtension ext = e.getValue().flowsOnly();
      LabelledMatrix<Stressor, FinalDemandColumn> fy = ext.finalDemandFlows().orElse(null);
      Footprints fp = Footprints.of(table, model, SatelliteAccount.of(e.getKey(), ext.flows(),
          fy));
      ext = ext.with("S", fp.coefficients());
      if (fy != null) {
        ext = ext.withFinalDemand("S_Y", fp.finalDemandCoefficients().orElseThrow());
      }
      ext = ext.with("M", fp.multipliers()).with("D_cba", fp.consumptionBased())
          .with("D_pba", fp.productionBased()).with("D_imp", fp.imports())
          .with("D_exp", fp.exports());
      Map<String, LabelledMatrix<Stressor, Region>> regional = Map.of(
          "D_cba_reg", fp.consumptionBasedByRegion(), "D_pba_reg", fp.productionBasedByRegion(),
          "D_imp_reg", fp.importsByRegion(), "D_exp_reg", fp.exportsByRegion());
      for (String account : new String[] {"D_cba", "D_pba", "D_imp", "D_exp"}) {
        ext = ext.withRegional(account + "_reg", regional.get(account + "_reg"));
      }
      if (population != null) {
        for (String account : new String[] {"D_cba", "D_pba", "D_imp", "D_exp"}) {
          ext = ext.withRegional(account + "_cap",
              Footprints.perCapita(regional.get(account + "_reg"), population));
        }
      }
      out = out.withExtension(e.getKey(), ext);
    }
    return out;
  }
}
