package org.sectoral.io.ons;

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
import org.sectoral.io.csv.DelimitedFile;
import org.sectoral.io.layout.Blocks;
import org.sectoral.io.layout.CodeIndex;
import org.sectoral.io.layout.Layout;
import org.sectoral.io.layout.LocatedBuild;
import org.sectoral.io.layout.Tolerance;

/**
 * Reads the UK Input-Output Analytical Tables (ONS) in the wide CSV export of the R package
 * iotables: first column the row code ({@code uk_row}), second its label, then the product
 * columns, {@code Total intermediate demand}, the final-use columns and {@code Total demand}.
 *
 * <p>Mapping from the domestic-use product × product table (SIOT): Z = product rows × product
 * columns; Y = the nine final-use columns; imports = the SIOT row {@code Imported goods and
 * services} as one row, or, when the imports-use table is given, its product rows (Zᵐ by product
 * and imported final use); t = {@code Taxes less subsidies on products}; V = {@code Taxes less
 * subsidies on production}, {@code Compensation of employees}, {@code Gross Operating Surplus};
 * x = {@code Total output}.
 */
public final class OnsIoatReader {
  /** Role of the first product column and row code, {@code "01"}. */
  public static final String FIRST_PRODUCT = "firstProduct";
  /** Role of the column after the products, {@code "Total intermediate demand"}. */
  public static final String INTERMEDIATE_TOTAL = "intermediateTotal";
  /** Role of the imports row of the SIOT, {@code "Imported goods and services"}. */
  public static final String IMPORTS = "imports";
  /** Role of the product-taxes row. */
  public static final String TAXES = "taxes";
  /** Role of the output row, {@code "Total output"}. */
  public static final String OUTPUT = "output";

  /** The 2010 analytical tables as exported by iotables. */
  public static final Layout LAYOUT_2010 = Layout.builder("ONS IOAT 2010 (iotables wide)")
      .finalDemand("Households", FinalDemandCategory.HOUSEHOLDS)
      .finalDemand("Non-profit instns serving households", FinalDemandCategory.NPISH)
      .finalDemand("Central government", FinalDemandCategory.GOVERNMENT)
      .finalDemand("Local government", FinalDemandCategory.GOVERNMENT)
      .finalDemand("Gross fixed capital formation", FinalDemandCategory.INVESTMENT)
      .finalDemand("Valuables", FinalDemandCategory.INVENTORIES)
      .finalDemand("Changes in inventories", FinalDemandCategory.INVENTORIES)
      .finalDemand("Exports of goods", FinalDemandCategory.EXPORTS)
      .finalDemand("Exports of services", FinalDemandCategory.EXPORTS)
      .valueAdded("Taxes less subsidies on production",
          ValueAddedComponent.Kind.TAXES_ON_PRODUCTION)
      .valueAdded("Compensation of employees", ValueAddedComponent.Kind.COMPENSATION)
      .valueAdded("Gross Operating Surplus", ValueAddedComponent.Kind.OPERATING_SURPLUS)
      .code(FIRST_PRODUCT, "01").code(INTERMEDIATE_TOTAL, "Total intermediate demand")
      .code(IMPORTS, "Imported goods and services")
      .code(TAXES, "Taxes less subsidies on products").code(OUTPUT, "Total output").build();

  private final Layout layout;
  private final Tolerance tolerance;
  private final boolean recomputeTotals;

  private OnsIoatReader(Layout layout, Tolerance tolerance, boolean recompute) {
    this.layout = layout;
    this.tolerance = tolerance;
    this.recomputeTotals = recompute;
  }

  /** A reader of the 2010 layout; the published tables are whole £ million, not rounded here. */
  public static OnsIoatReader create() {
    return new OnsIoatReader(LAYOUT_2010, Tolerance.of(1e-6, 1.0), false);
  }

  /** This reader with another layout. */
  public OnsIoatReader layout(Layout newLayout) {
    return new OnsIoatReader(checkNotNull(newLayout), tolerance, recomputeTotals);
  }

  /** This reader with another balance tolerance. */
  public OnsIoatReader balanceTolerance(Tolerance t) {
    return new OnsIoatReader(layout, checkNotNull(t), recomputeTotals);
  }

  /** This reader replacing, when true, each total output beyond the tolerance of Z·1 + Y·1 by it. */
  public OnsIoatReader recomputeTotals(boolean recompute) {
    return new OnsIoatReader(layout, tolerance, recompute);
  }

  /** Reads the SIOT alone: imports as the single SIOT row. */
  public InputOutputTable read(Path siot) throws IOException {
    try (InputStream in = Files.newInputStream(siot)) {
      return read(siot.toString(), in, null, null);
    }
  }

  /** Reads the SIOT and the imports-use table: imports by product. */
  public InputOutputTable read(Path siot, Path importsUse) throws IOException {
    try (InputStream in = Files.newInputStream(siot);
        InputStream im = Files.newInputStream(importsUse)) {
      return read(siot.toString(), in, importsUse.toString(), im);
    }
  }

  /**
   * Reads from streams (closed by the caller); {@code importsSource} and {@code importsUse} may
   * be null for the single-row imports.
   */
  public InputOutputTable read(String source, InputStream siot, String importsSource,
      InputStream importsUse) throws IOException {
    Grid g = grid(DelimitedFile.read(source, siot, ','));
    List<Sector> sectors = new ArrayList<>();
    for (DelimitedFile.Row r : g.products) {
      sectors.add(Sector.of(r.cell(0), r.cell(1), "CPA 2008 " + r.cell(0)));
    }
    InputOutputTableBuilder b = InputOutputTable.builder().name("UK 2010 product by product ("
        + layout.name() + ")").unit("million GBP").region(Region.of("GBR", "United Kingdom"))
        .sectors(sectors);
    DelimitedFile f = g.file;
    double[][] z = Blocks.block(f, g.products, g.productCols, false);
    b.intermediate(z);
    double[] rowTotal = Blocks.rowTotals(z, List.of());
    List<FinalDemandColumn> fdKeys = new ArrayList<>();
    int c = 0;
    for (Map.Entry<String, FinalDemandCategory> e : layout.finalDemand().entrySet()) {
      FinalDemandColumn col = FinalDemandColumn.of(Region.of("GBR"), e.getKey(), e.getValue());
      fdKeys.add(col);
      double[] y = Blocks.column(f, g.products, g.fdCols[c++], false);
      b.finalDemand(col, y);
      for (int i = 0; i < y.length; i++) {
        rowTotal[i] += y[i];
      }
    }
    if (importsUse == null) {
      b.importsTotal(Blocks.row(f, g.row(layout.code(IMPORTS), "imports row"), g.productCols,
          false));
    } else {
      Grid m = grid(DelimitedFile.read(importsSource, importsUse, ','));
      if (!m.codes().equals(g.codes())) {
        throw new TableFormatException(importsSource, m.products.get(0).line(), 1, "",
            "product rows differ from " + source);
      }
      b.importsByProduct(Blocks.block(m.file, m.products, m.productCols, false));
      for (int k = 0; k < fdKeys.size(); k++) {
        b.importedFinalDemand(fdKeys.get(k), Blocks.column(m.file, m.products, m.fdCols[k],
            false));
      }
    }
    b.productTaxes(Blocks.row(f, g.row(layout.code(TAXES), "product-tax row"), g.productCols,
        false));
    for (Map.Entry<String, ValueAddedComponent.Kind> e : layout.valueAdded().entrySet()) {
      b.valueAdded(e.getKey(), e.getValue(), Blocks.row(f, g.row(e.getKey(), "value-added row"),
          g.productCols, false));
    }
    DelimitedFile.Row out = g.row(layout.code(OUTPUT), "output row");
    double[] x = Blocks.row(f, out, g.productCols, false);
    b.output(recomputeTotals ? tolerance.recompute(x, rowTotal) : x);
    return LocatedBuild.build(b, tolerance, source, layout.code(OUTPUT),
        k -> new int[] {out.line(), g.productCols[k] + 1});
  }

  private Grid grid(DelimitedFile f) throws TableFormatException {
    String source = f.source();
    List<DelimitedFile.Row> rows = f.rows();
    DelimitedFile.Row header = rows.get(0);
    if (rows.size() < 2) {
      throw new TableFormatException(source, header.line(), 0, "", "header only: no rows");
    }
    Blocks.requireHeaderWidth(f, header, 3);
    CodeIndex cols = CodeIndex.ofHeader(source, header);
    int first = cols.require(layout.code(FIRST_PRODUCT), "first product column");
    int end = cols.require(layout.code(INTERMEDIATE_TOTAL), "intermediate-total column");
    cols.requireUnique(first, end, "product");
    Grid g = new Grid();
    g.file = f;
    g.productCols = Blocks.range(first, end);
    g.fdCols = new int[layout.finalDemand().size()];
    int c = 0;
    for (String code : layout.finalDemand().keySet()) {
      g.fdCols[c++] = cols.require(code, "final-demand column");
    }
    List<DelimitedFile.Row> body = rows.subList(1, rows.size());
    Blocks.requireWidth(f, body, header.size());
    g.rows = CodeIndex.ofRows(source, body, 0);
    g.body = body;
    g.rows.requireUnique(0, body.size(), "row");
    g.products = new ArrayList<>();
    for (int j : g.productCols) {
      g.products.add(body.get(g.rows.require(header.cell(j), "product row")));
    }
    return g;
  }

  /** A parsed file: products in column order and the other rows by code. */
  private static final class Grid {
    DelimitedFile file;
    int[] productCols;
    int[] fdCols;
    CodeIndex rows;
    List<DelimitedFile.Row> body;
    List<DelimitedFile.Row> products;

    DelimitedFile.Row row(String code, String role) throws TableFormatException {
      return body.get(rows.require(code, role));
    }

    List<String> codes() {
      return products.stream().map(r -> r.cell(0)).toList();
    }
  }

  @Override
  public String toString() {
    return "OnsIoatReader[" + layout.name() + ", " + tolerance + "]";
  }
}
