package org.sectoral.core.readme;

import java.util.List;
import java.util.Locale;
import org.sectoral.core.leontief.MultiplierType;
import org.sectoral.core.leontief.Multipliers;
import org.sectoral.core.table.FinalDemandCategory;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.core.table.LabelledVector;
import org.sectoral.core.table.Region;
import org.sectoral.core.table.RegionSector;
import org.sectoral.core.table.Sector;
import org.sectoral.core.table.ValueAddedComponent.Kind;
import org.sectoral.core.valueadded.ExportContent;

/** A two-sector table, its output multipliers and the domestic value added in its exports. */
public class TwoSectorExample {
  public static void main(String[] args) {
    InputOutputTable table = InputOutputTable.builder()
        .name("two-sector example").unit("million USD").region(Region.of("VNM", "Viet Nam"))
        .sectors(List.of(Sector.of("TEX", "Textiles"), Sector.of("ELE", "Electronics")))
        .intermediate(new double[][] {{20, 0}, {10, 0}})            // domestic flows Zᵈ
        .importsTotal(new double[] {30, 60})                        // imported inputs Zᵐ
        .finalDemand("HH", FinalDemandCategory.HOUSEHOLDS, new double[] {30, 40})
        .finalDemand("EXP", FinalDemandCategory.EXPORTS, new double[] {50, 50})
        .productTaxes(new double[] {0, 4})
        .valueAdded("COMP", Kind.COMPENSATION, new double[] {25, 20})
        .valueAdded("GOS", Kind.OPERATING_SURPLUS, new double[] {15, 16})
        .output(new double[] {100, 100})
        .build();                                                   // validates balances

    Multipliers multipliers = Multipliers.of(table);
    LabelledVector<RegionSector> typeI = multipliers.output(MultiplierType.TYPE_I);
    LabelledVector<RegionSector> typeII = multipliers.output(MultiplierType.TYPE_II);

    ExportContent content = ExportContent.of(table);
    double dvaShare = content.domesticShareOfExports();            // 0.4525
    double textiles = content.domesticValueAdded().get(table.key("TEX")); // 0.545

    System.out.printf(Locale.ROOT, "output multipliers of textiles: type I %.4f, type II %.4f%n",
        typeI.get(table.key("TEX")), typeII.get(table.key("TEX")));
    System.out.printf(Locale.ROOT, "domestic value added: %.4f of exports, %.4f of textiles%n",
        dvaShare, textiles);
  }
}
