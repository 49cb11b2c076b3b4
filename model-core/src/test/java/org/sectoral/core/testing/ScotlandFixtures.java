package org.sectoral.core.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sectoral.core.leontief.MultiplierType;
import org.sectoral.core.table.FinalDemandCategory;
import org.sectoral.core.table.FinalDemandColumn;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.core.table.InputOutputTableBuilder;
import org.sectoral.core.table.Region;
import org.sectoral.core.table.Sector;
import org.sectoral.core.table.Stressor;
import org.sectoral.core.table.ValueAddedComponent;
import org.sectoral.core.testing.Fixtures.Grid;

/**
 * The Scottish Government's input-output tables 2016 ({@code fixtures/scotland_io_2016}, see its
 * SOURCE.md): the industry-by-industry table built from the CSV extract of sheet {@code IxI}
 * through the public builder, and the published Type I and Type II multipliers.
 */
public final class ScotlandFixtures {
  private ScotlandFixtures() {}

  /** Classpath folder of the fixture. */
  public static final String DIR = "/fixtures/scotland_io_2016/";
  /** The publisher's workbook, unchanged. */
  public static final String WORKBOOK = DIR + "IO2016.xlsx";
  /** Number of industries. */
  public static final int INDUSTRIES = 98;
  /**
   * Total household income, £ million, as the Scottish Government uses it for the 2016 Type II
   * multipliers (inferred from the published Type II inverse; see SOURCE.md).
   */
  public static final double HOUSEHOLD_INCOME = 143_398;
  /** Region code of the table. */
  public static final String REGION = "SCO";
  /** Row totals match TOut to 1.7e-5 £ million; column identities to 1e-11. */
  public static final double BALANCE_ABSOLUTE = 1e-3;

  /** Final-use columns of sheet {@code IxI} (row-7 labels) and their categories. */
  public static final Map<String, FinalDemandCategory> FINAL_USE = finalUse();

  /** Published column names of the multiplier sheets, in sheet order (without ranks). */
  public static final List<String> PUBLISHED_COLUMNS = List.of("output_multiplier",
      "income_effect", "employment_effect", "gva_effect", "income_multiplier",
      "employment_multiplier", "gva_multiplier");

  private static Map<String, FinalDemandCategory> finalUse() {
    Map<String, FinalDemandCategory> m = new LinkedHashMap<>();
    m.put("Households", FinalDemandCategory.HOUSEHOLDS);
    m.put("NPISHs", FinalDemandCategory.NPISH);
    m.put("Central government", FinalDemandCategory.GOVERNMENT);
    m.put("Local government", FinalDemandCategory.GOVERNMENT);
    m.put("Gross fixed capital formation", FinalDemandCategory.INVESTMENT);
    m.put("Valuables", FinalDemandCategory.INVENTORIES);
    m.put("Change in inventories", FinalDemandCategory.INVENTORIES);
    m.put("Non-resident households", FinalDemandCategory.EXPORTS);
    m.put("Rest of UK exports", FinalDemandCategory.EXPORTS);
    m.put("Rest of world exports", FinalDemandCategory.EXPORTS);
    return java.util.Collections.unmodifiableMap(m);
  }

  /** The extract of sheet {@code IxI}, keyed by the SIC code or row code (column B). */
  public static Grid ixi() {
    return Fixtures.grid(DIR + "ixi_2016.csv", 2, t -> t.get(0));
  }

  /** The published multipliers and effects of one type, keyed by SIC code, in industry order. */
  public static Grid published(MultiplierType type) {
    return Fixtures.grid(DIR + (type == MultiplierType.TYPE_I ? "type_i_multipliers.csv"
        : "type_ii_multipliers.csv"), 2, t -> t.get(0));
  }

  /**
   * Scotland 2016, industry by industry, £ million: Z the 98 × 98 block; final demand the ten
   * final-use columns ({@link #FINAL_USE}); imports the rows {@code RUKImp} and {@code RoWImp},
   * with imported final use; product taxes {@code TlSPrds}; value added {@code TlSPrdn}
   * (TAXES_ON_PRODUCTION), {@code CoE} (COMPENSATION), {@code GOS} (OPERATING_SURPLUS), so total
   * value added is the published GVA; output {@code TOut}.
   */
  public static InputOutputTable scotland2016() {
    return builder().build();
  }

  /** As {@link #scotland2016()} plus an account {@code employment} with FTE derived as in SOURCE.md. */
  public static InputOutputTable scotland2016WithEmployment() {
    return builder().satellite("employment", Stressor.of("FTE", "FTE"), employment()).build();
  }

  private static InputOutputTableBuilder builder() {
    Grid g = ixi();
    int n = INDUSTRIES;
    List<Sector> sectors = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (!g.keys().get(i).equals(g.columns().get(i))) {
        throw new IllegalStateException("Row " + i + " is " + g.keys().get(i) + ", column "
            + g.columns().get(i));
      }
      sectors.add(Sector.of(g.keys().get(i), g.text(i).get(1), "SIC 2007 " + g.keys().get(i)));
    }
    Region sco = Region.of(REGION, "Scotland");
    InputOutputTableBuilder b = InputOutputTable.builder()
        .name("Scotland 2016 industry by industry (Scottish Government)").unit("million GBP")
        .region(sco).sectors(sectors).intermediate(g.block(0, n, 0, n));
    int rukImp = g.row("RUKImp");
    int rowImp = g.row("RoWImp");
    b.imports(List.of(Sector.of("RUKImp", "Imports from rest of UK"),
        Sector.of("RoWImp", "Imports from rest of world")),
        new double[][] {g.rowHead("RUKImp", n), g.rowHead("RoWImp", n)});
    for (Map.Entry<String, FinalDemandCategory> e : FINAL_USE.entrySet()) {
      FinalDemandColumn col = FinalDemandColumn.of(sco, e.getKey(), e.getValue());
      b.finalDemand(col, g.column(e.getKey(), 0, n));
      int c = g.column(e.getKey());
      b.importedFinalDemand(col, new double[] {g.at(rukImp, c), g.at(rowImp, c)});
    }
    return b.productTaxes(g.rowHead("TlSPrds", n))
        .valueAdded("TlSPrdn", ValueAddedComponent.Kind.TAXES_ON_PRODUCTION,
            g.rowHead("TlSPrdn", n))
        .valueAdded("CoE", ValueAddedComponent.Kind.COMPENSATION, g.rowHead("CoE", n))
        .valueAdded("GOS", ValueAddedComponent.Kind.OPERATING_SURPLUS, g.rowHead("GOS", n))
        .output(g.rowHead("TOut", n))
        .balanceTolerance(1e-9, BALANCE_ABSOLUTE);
  }

  /**
   * FTE by industry, derived from the published figures: xⱼ × (Type I employment effect ÷ Type I
   * employment multiplier); 0 for Tobacco (both published as 0).
   */
  public static double[] employment() {
    Grid pub = published(MultiplierType.TYPE_I);
    double[] x = ixi().rowHead("TOut", INDUSTRIES);
    double[] fte = new double[INDUSTRIES];
    for (int j = 0; j < fte.length; j++) {
      double m = pub.at(j, pub.column("employment_multiplier"));
      fte[j] = m == 0 ? 0 : x[j] * pub.at(j, pub.column("employment_effect")) / m;
    }
    return fte;
  }
}
