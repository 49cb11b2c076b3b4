package org.sectoral.io.scotland;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sectoral.core.table.FinalDemandCategory;
import org.sectoral.core.table.FinalDemandColumn;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.core.table.InputOutputTableBuilder;
import org.sectoral.core.table.Region;
import org.sectoral.core.table.Sector;
import org.sectoral.core.table.ValueAddedComponent;
import org.sectoral.io.TableFormatException;
import org.sectoral.io.layout.Layout;
import org.sectoral.io.layout.LocatedBuild;
import org.sectoral.io.layout.Tolerance;

/**
 * Reads the industry-by-industry table of a Scottish Government input-output workbook (the
 * yearly {@code IOyyyy.xlsx} of "Input-Output Tables 1998–2016", £ million, basic prices), sheet
 * {@code IxI}: a header row with {@code SIC} in column B (industry labels from column D, the row
 * above holding their SIC codes), one row per industry with its code in column B and name in
 * column C, then the rows {@code TDU}, {@code RUKImp}, {@code RoWImp}, {@code TIU},
 * {@code TlSPrds}, {@code TlSPrdn}, {@code CoE}, {@code GOS}, {@code GVA}, {@code TOut}.
 *
 * <p>Mapping: Z = industry rows × industry columns (up to the column {@code Total intermediate
 * use}); final demand = the ten final-use columns of {@link #LAYOUT} by header label
 * (households, NPISHs, central and local government, GFCF, valuables and inventories, and
 * non-resident households with rest-of-UK and rest-of-world exports as EXPORTS); imports = the
 * rows {@code RUKImp} and {@code RoWImp} (rest of the UK, rest of the world) with their
 * final-use cells as imported final use; t = {@code TlSPrds}; value added = {@code TlSPrdn}
 * (TAXES_ON_PRODUCTION), {@code CoE} (COMPENSATION), {@code GOS} (OPERATING_SURPLUS), which sum
 * to the sheet's GVA; x = {@code TOut}. Region {@code SCO}. Taxes on products bought by final
 * users have no place in the table and are not read. Subtotal rows and columns are not read.
 *
 * <p>Type II multipliers as the Scottish Government publishes them divide household consumption
 * by total household income, which the workbook does not print (£143,398 million for 2016):
 * {@code HouseholdClosure.of(HouseholdIncome.total(143_398))} in model-core.
 */
public final class ScotlandIxiReader {
  /** Role of the sheet name, {@code "IxI"}. */
  public static final String SHEET = "sheet";
  /** Role of the column-B header of the header row, {@code "SIC"}. */
  public static final String CODE_HEADER = "codeHeader";
  /** Role of the column after the industries, {@code "Total intermediate use"}. */
  public static final String INTERMEDIATE_TOTAL = "intermediateTotal";
  /** Role of the row after the industries, {@code "TDU"}. */
  public static final String DOMESTIC_TOTAL = "domesticTotal";
  /** Role of the rest-of-UK imports row, {@code "RUKImp"}. */
  public static final String IMPORTS_RUK = "importsRestOfUk";
  /** Role of the rest-of-world imports row, {@code "RoWImp"}. */
  public static final String IMPORTS_ROW = "importsRestOfWorld";
  /** Role of the product-taxes row, {@code "TlSPrds"}. */
  public static final String TAXES = "taxes";
  /** Role of the output row, {@code "TOut"}. */
  public static final String OUTPUT = "output";

  /** The layout of the 1998–2016 release. */
  public static final Layout LAYOUT = Layout.builder("Scottish Government IO tables, IxI sheet")
      .finalDemand("Households", FinalDemandCategory.HOUSEHOLDS)
      .finalDemand("NPISHs", FinalDemandCategory.NPISH)
      .finalDemand("Central government", FinalDemandCategory.GOVERNMENT)
      .finalDemand("Local government", FinalDemandCategory.GOVERNMENT)
      .finalDemand("Gross fixed capital formation", FinalDemandCategory.INVESTMENT)
      .finalDemand("Valuables", FinalDemandCategory.INVENTORIES)
      .finalDemand("Change in inventories", FinalDemandCategory.INVENTORIES)
      .finalDemand("Non-resident households", FinalDemandCategory.EXPORTS)
      .finalDemand("Rest of UK exports", FinalDemandCategory.EXPORTS)
      .finalDemand("Rest of world exports", FinalDemandCategory.EXPORTS)
      .valueAdded("TlSPrdn", ValueAddedComponent.Kind.TAXES_ON_PRODUCTION)
      .valueAdded("CoE", ValueAddedComponent.Kind.COMPENSATION)
      .valueAdded("GOS", ValueAddedComponent.Kind.OPERATING_SURPLUS)
      .code(SHEET, "IxI").code(CODE_HEADER, "SIC").code(INTERMEDIATE_TOTAL,
          "Total intermediate use").code(DOMESTIC_TOTAL, "TDU").code(IMPORTS_RUK, "RUKImp")
      .code(IMPORTS_ROW, "RoWImp").code(TAXES, "TlSPrds").code(OUTPUT, "TOut").build();

  private static final Region SCOTLAND = Region.of("SCO", "Scotland");

  private final Layout layout;
  private final Tolerance tolerance;

  private ScotlandIxiReader(Layout layout, Tolerance tolerance) {
    this.layout = layout;
    this.tolerance = tolerance;
  }

  /**
   * A reader of {@link #LAYOUT}. The sheet holds unrounded numbers (rows balance to about 2e-5
   * £ million), so the balance tolerance is {@link Tolerance#unrounded()}.
   */
  public static ScotlandIxiReader create() {
    return new ScotlandIxiReader(LAYOUT, Tolerance.unrounded());
  }

  /** This reader with another layout (e.g. a renamed column of another release). */
  public ScotlandIxiReader layout(Layout newLayout) {
    return new ScotlandIxiReader(checkNotNull(newLayout, "layout"), tolerance);
  }

  /** This reader with another balance tolerance. */
  public ScotlandIxiReader balanceTolerance(Tolerance t) {
    return new ScotlandIxiReader(layout, checkNotNull(t, "tolerance"));
  }

  /** Reads a workbook file. */
  public InputOutputTable read(Path workbook) throws IOException {
    try (InputStream in = Files.newInputStream(workbook)) {
      return read(workbook.toString(), in);
    }
  }

  /**
   * Reads a workbook from a stream named {@code source} (closed by the caller). Only the sheet
   * is parsed (POI's event API); memory holds the zipped workbook and the sheet's cells.
   *
   * @throws TableFormatException naming {@code source[IxI]}, the 1-based row and column and the
   *     cell: a missing sheet, row or column, industry codes that differ between rows and
   *     columns, a cell that is not a number, totals that do not match the flows
   */
  public InputOutputTable read(String source, InputStream in) throws IOException {
    checkNotNull(source, "source");
    checkNotNull(in, "in");
    return read(new IxiSheet(SheetXml.read(source, in, layout.code(SHEET)), layout));
  }

  private InputOutputTable read(IxiSheet s) throws TableFormatException {
    SheetCells c = s.cells();
    int n = s.industryRows().length;
    List<Sector> sectors = new ArrayList<>();
    for (int k = 0; k < n; k++) {
      String code = s.codes().get(k);
      sectors.add(Sector.of(code, c.text(s.industryRows()[k], IxiSheet.NAME_COLUMN),
          "SIC 2007 " + code));
    }
    String year = c.text(s.industryRows()[0], IxiSheet.YEAR_COLUMN);
    InputOutputTableBuilder b = InputOutputTable.builder()
        .name("Scotland " + (year.isEmpty() ? "" : year + " ")
            + "industry by industry (Scottish Government)")
        .unit("million GBP").region(SCOTLAND).sectors(sectors);
    double[][] z = new double[n][];
    for (int i = 0; i < n; i++) {
      z[i] = row(c, s.industryRows()[i], s.industryColumns());
    }
    b.intermediate(z);
    int ruk = s.row(layout.code(IMPORTS_RUK), "imports from the rest of the UK");
    int row = s.row(layout.code(IMPORTS_ROW), "imports from the rest of the world");
    b.imports(List.of(Sector.of(layout.code(IMPORTS_RUK), "Imports from rest of UK"),
        Sector.of(layout.code(IMPORTS_ROW), "Imports from rest of world")),
        new double[][] {row(c, ruk, s.industryColumns()), row(c, row, s.industryColumns())});
    for (Map.Entry<String, FinalDemandCategory> e : layout.finalDemand().entrySet()) {
      int col = s.finalUseColumn(e.getKey());
      FinalDemandColumn fd = FinalDemandColumn.of(SCOTLAND, e.getKey(), e.getValue());
      double[] y = new double[n];
      for (int i = 0; i < n; i++) {
        y[i] = c.number(s.industryRows()[i], col);
      }
      b.finalDemand(fd, y);
      b.importedFinalDemand(fd, new double[] {c.number(ruk, col), c.number(row, col)});
    }
    b.productTaxes(row(c, s.row(layout.code(TAXES), "product-tax row"), s.industryColumns()));
    for (Map.Entry<String, ValueAddedComponent.Kind> e : layout.valueAdded().entrySet()) {
      b.valueAdded(e.getKey(), e.getValue(),
          row(c, s.row(e.getKey(), "value-added row"), s.industryColumns()));
    }
    int out = s.row(layout.code(OUTPUT), "output row");
    b.output(row(c, out, s.industryColumns()));
    return LocatedBuild.build(b, tolerance, c.source(), layout.code(OUTPUT),
        k -> new int[] {out + 1, s.industryColumns()[k] + 1});
  }

  private static double[] row(SheetCells c, int r, int[] cols) throws TableFormatException {
    double[] v = new double[cols.length];
    for (int k = 0; k < cols.length; k++) {
      v[k] = c.number(r, cols[k]);
    }
    return v;
  }

  @Override
  public String toString() {
    return "ScotlandIxiReader[" + layout.name() + ", " + tolerance + "]";
  }
}
