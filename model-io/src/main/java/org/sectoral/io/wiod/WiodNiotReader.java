package org.sectoral.io.wiod;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * Reads a WIOD 2016-release National Input-Output Table exported to CSV (sheet "National
 * IO-tables": columns Year, Code, Description, Origin, 56 industries, final use, GO).
 *
 * <p>Mapping: Z and Y = the {@code Domestic} rows; Zᵐ and imported final use = the
 * {@code Imports} rows by product followed by one row per adjustment {@code IntTTM}
 * (international transport margins, the cif/fob adjustment on imports), {@code EXP_adj},
 * {@code PURR}, {@code PURNR}; t = {@code TXSP} in industry columns; V = {@code VA} (kind OTHER);
 * x = {@code GO}. {@code II_fob} is a total (Σ domestic + Σ imports) and is not a flow. With these
 * rows each industry column satisfies x = Σ domestic + Σ imports + IntTTM + TXSP + VA (EXP_adj,
 * PURR and PURNR are zero in industry columns). Taxes on final use (TXSP in final-use columns)
 * have no block in the core table and are dropped. See FORMATS.md.
 */
public final class WiodNiotReader {
  /** Role of the domestic origin label, {@code "Domestic"}. */
  public static final String DOMESTIC = "domestic";
  /** Role of the imports origin label, {@code "Imports"}. */
  public static final String IMPORTS = "imports";
  /** Role of the totals origin label, {@code "TOT"}. */
  public static final String TOTALS = "totals";
  /** Role of the product-taxes row, {@code "TXSP"}. */
  public static final String TAXES = "taxes";
  /** Role of the output row and column, {@code "GO"}. */
  public static final String OUTPUT = "output";
  /** Role of the first industry column, {@code "A01"}. */
  public static final String FIRST_INDUSTRY = "firstIndustry";

  /** The adjustment rows added below the imported products, in this order. */
  public static final List<String> ADJUSTMENTS = List.of("IntTTM", "EXP_adj", "PURR", "PURNR");

  /** The November 2016 release layout. */
  public static final Layout LAYOUT_2016 = Layout.builder("WIOD NIOT 2016")
      .finalDemand("CONS_h", FinalDemandCategory.HOUSEHOLDS)
      .finalDemand("CONS_np", FinalDemandCategory.NPISH)
      .finalDemand("CONS_g", FinalDemandCategory.GOVERNMENT)
      .finalDemand("GFCF", FinalDemandCategory.INVESTMENT)
      .finalDemand("INVEN", FinalDemandCategory.INVENTORIES)
      .finalDemand("EXP", FinalDemandCategory.EXPORTS)
      .valueAdded("VA", ValueAddedComponent.Kind.OTHER)
      .code(DOMESTIC, "Domestic").code(IMPORTS, "Imports").code(TOTALS, "TOT")
      .code(TAXES, "TXSP").code(OUTPUT, "GO").code(FIRST_INDUSTRY, "A01").build();

  private static final Pattern FILE_NAME = Pattern.compile("([A-Z]{3})_NIOT");

  private final Layout layout;
  private final Tolerance tolerance;
  private final boolean recomputeTotals;
  private final String year;

  private WiodNiotReader(Layout layout, Tolerance tolerance, boolean recompute, String year) {
    this.layout = layout;
    this.tolerance = tolerance;
    this.recomputeTotals = recompute;
    this.year = year;
  }

  /** A reader of the 2016 layout, for unrounded tables, reading the file's only year. */
  public static WiodNiotReader create() {
    return new WiodNiotReader(LAYOUT_2016, Tolerance.unrounded(), false, null);
  }

  /** This reader with another layout. */
  public WiodNiotReader layout(Layout newLayout) {
    return new WiodNiotReader(checkNotNull(newLayout), tolerance, recomputeTotals, year);
  }

  /** This reader with another balance tolerance. */
  public WiodNiotReader balanceTolerance(Tolerance t) {
    return new WiodNiotReader(layout, checkNotNull(t), recomputeTotals, year);
  }

  /** This reader replacing, when true, each published GO beyond the tolerance of Z·1 + Y·1 by it. */
  public WiodNiotReader recomputeTotals(boolean recompute) {
    return new WiodNiotReader(layout, tolerance, recompute, year);
  }

  /** This reader keeping only the rows of one year (needed when the file holds several). */
  public WiodNiotReader year(int selected) {
    return new WiodNiotReader(layout, tolerance, recomputeTotals, Integer.toString(selected));
  }

  /** Reads a file such as {@code AUS_NIOT_2014.csv}. */
  public InputOutputTable read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(file.toString(), in);
    }
  }

  /** Reads from a stream named {@code source} (closed by the caller). */
  public InputOutputTable read(String source, InputStream in) throws IOException {
    DelimitedFile f = DelimitedFile.read(source, in, ',');
    List<DelimitedFile.Row> rows = f.rows();
    DelimitedFile.Row header = rows.get(0);
    Blocks.requireHeaderWidth(f, header, 3);
    CodeIndex cols = CodeIndex.ofHeader(source, header);
    int first = cols.require(layout.code(FIRST_INDUSTRY), "first industry column");
    Map<String, FinalDemandCategory> fd = layout.finalDemand();
    int firstFd = cols.require(fd.keySet().iterator().next(), "final-demand column");
    int[] ind = Blocks.range(first, firstFd);
    cols.requireUnique(first, firstFd, "industry");
    int[] fdCols = new int[fd.size()];
    int c = 0;
    for (String code : fd.keySet()) {
      fdCols[c++] = cols.require(code, "final-demand column");
    }
    int goCol = cols.require(layout.code(OUTPUT), "output column");
    List<DelimitedFile.Row> body = new ArrayList<>();
    Set<String> years = new LinkedHashSet<>();
    for (DelimitedFile.Row r : rows.subList(1, rows.size())) {
      f.requireWidth(r, header.size());
      if (r.cell(first - 1).isEmpty() && !r.cell(0).matches("\\d{4}")) {
        continue; // the label line "column_label,,,,…"
      }
      if (year == null || r.cell(0).equals(year)) {
        years.add(r.cell(0));
        body.add(r);
      }
    }
    if (body.isEmpty()) {
      throw new TableFormatException(source, header.line(), 0, "", year == null
          ? "header only: no data rows" : "no rows of year " + year);
    }
    if (years.size() > 1) {
      throw new TableFormatException(source, body.get(0).line(), 1, body.get(0).cell(0),
          "file holds several years " + years + "; choose one with year(…)");
    }
    int origin = first - 1;
    List<DelimitedFile.Row> dom = select(body, origin, layout.code(DOMESTIC));
    List<DelimitedFile.Row> imp = select(body, origin, layout.code(IMPORTS));
    List<DelimitedFile.Row> tot = select(body, origin, layout.code(TOTALS));
    CodeIndex domCodes = CodeIndex.ofRows(source, dom, 1);
    CodeIndex impCodes = CodeIndex.ofRows(source, imp, 1);
    CodeIndex totCodes = CodeIndex.ofRows(source, tot, 1);
    domCodes.requireUnique(0, dom.size(), "domestic row");
    impCodes.requireUnique(0, imp.size(), "imports row");
    List<Sector> sectors = new ArrayList<>();
    List<DelimitedFile.Row> domRows = new ArrayList<>();
    List<DelimitedFile.Row> impRows = new ArrayList<>();
    for (int j : ind) {
      String code = header.cell(j);
      DelimitedFile.Row d = dom.get(domCodes.require(code, "domestic row"));
      domRows.add(d);
      impRows.add(imp.get(impCodes.require(code, "imports row")));
      sectors.add(Sector.of(code, d.cell(2), "WIOD 2016 " + code));
    }
    DelimitedFile.Row go = tot.get(totCodes.require(layout.code(OUTPUT), "output row"));
    Matcher m = FILE_NAME.matcher(Path.of(source).getFileName().toString());
    Region region = m.find() ? Region.of(m.group(1)) : Region.of("DOM", "Domestic economy");
    InputOutputTableBuilder b = InputOutputTable.builder()
        .name(region.code() + " " + years.iterator().next() + " (" + layout.name() + ")")
        .unit("million USD").region(region).sectors(sectors);
    double[][] z = Blocks.block(f, domRows, ind, false);
    b.intermediate(z);
    List<FinalDemandColumn> fdKeys = new ArrayList<>();
    double[] rowTotal = Blocks.rowTotals(z, List.of());
    c = 0;
    for (Map.Entry<String, FinalDemandCategory> e : fd.entrySet()) {
      FinalDemandColumn col = FinalDemandColumn.of(region, e.getKey(), e.getValue());
      fdKeys.add(col);
      double[] y = Blocks.column(f, domRows, fdCols[c++], false);
      b.finalDemand(col, y);
      for (int i = 0; i < y.length; i++) {
        rowTotal[i] += y[i];
      }
    }
    List<Sector> importRows = new ArrayList<>(sectors);
    List<DelimitedFile.Row> impAll = new ArrayList<>(impRows);
    for (String adj : ADJUSTMENTS) {
      impAll.add(tot.get(totCodes.require(adj, "adjustment row")));
      importRows.add(Sector.of(adj, tot.get(totCodes.require(adj, "adjustment row")).cell(2)));
    }
    b.imports(importRows, Blocks.block(f, impAll, ind, false));
    for (int k = 0; k < fdKeys.size(); k++) {
      b.importedFinalDemand(fdKeys.get(k), Blocks.column(f, impAll, fdCols[k], false));
    }
    b.productTaxes(Blocks.row(f, tot.get(totCodes.require(layout.code(TAXES), "tax row")), ind,
        false));
    for (Map.Entry<String, ValueAddedComponent.Kind> e : layout.valueAdded().entrySet()) {
      b.valueAdded(e.getKey(), e.getValue(), Blocks.row(f,
          tot.get(totCodes.require(e.getKey(), "value-added row")), ind, false));
    }
    double[] x = Blocks.row(f, go, ind, false);
    double[] goColumn = Blocks.column(f, domRows, goCol, false);
    for (int i = 0; i < x.length; i++) {
      if (!recomputeTotals && !tolerance.accepts(goColumn[i] - x[i], x[i])) {
        throw new TableFormatException(source, domRows.get(i).line(), goCol + 1,
            domRows.get(i).cell(goCol), "GO column of " + sectors.get(i) + " differs from the "
                + "GO row (" + x[i] + ")");
      }
    }
    b.output(recomputeTotals ? tolerance.recompute(x, rowTotal) : x);
    return LocatedBuild.build(b, tolerance, source, layout.code(OUTPUT),
        k -> new int[] {go.line(), ind[k] + 1});
  }

  private static List<DelimitedFile.Row> select(List<DelimitedFile.Row> body, int col,
      String label) {
    return body.stream().filter(r -> r.cell(col).equals(label)).toList();
  }

  @Override
  public String toString() {
    return "WiodNiotReader[" + layout.name() + ", " + tolerance + "]";
  }
}
