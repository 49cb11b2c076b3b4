package org.sectoral.io.oecd;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
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
 * Reads OECD national Input-Output Tables, 2023 edition ({@code CCCyyyyttl.csv}, and the
 * {@code CCCyyyydom.csv} + {@code CCCyyyyimp.csv} pair), e.g. Belgium or Viet Nam.
 *
 * <p>Total-flows file (ttl): Z = the {@code TTL_xx} × {@code Dxx} block (total use, domestic
 * and imported together); Y = the final-demand columns, including {@code IMPO} (imports, negative)
 * as a column of category OTHER so that the row identity Z·1 + Y·1 = x holds as published; no
 * imports block (imports by using industry are not in a ttl file); t = {@code TXS_IMP_FNL} +
 * {@code TXS_INT_FNL}; V = {@code VALU} (kind OTHER) plus, when the file's totals disagree, a row
 * {@code DISC} = OUTPUT − TTL_INT_FNL − VALU (rounded to 0.1); x = {@code OUTPUT}.
 *
 * <p>Domestic + imports pair: Z = {@code DOM_xx} rows, Y = their final-demand columns, Zᵐ = the
 * {@code IMP_xx} rows by product and imported final use; the tax, value-added and output rows are
 * taken from the domestic file, else from the imports file. See FORMATS.md.
 */
public final class OecdIotReader {
  /** Role of the product-row prefix of a ttl file, {@code "TTL_"}. */
  public static final String TOTAL_PREFIX = "totalRowPrefix";
  /** Role of the product-row prefix of a dom file, {@code "DOM_"}. */
  public static final String DOMESTIC_PREFIX = "domesticRowPrefix";
  /** Role of the product-row prefix of an imp file, {@code "IMP_"}. */
  public static final String IMPORT_PREFIX = "importRowPrefix";
  /** Role of the industry-column prefix, {@code "D"}. */
  public static final String INDUSTRY_PREFIX = "industryPrefix";
  /** Role of the taxes-on-imported-products row, {@code "TXS_IMP_FNL"}. */
  public static final String TAXES_IMPORTED = "taxesImported";
  /** Role of the taxes-on-domestic-products row, {@code "TXS_INT_FNL"}. */
  public static final String TAXES_DOMESTIC = "taxesDomestic";
  /** Role of the total-use (purchasers' prices) row, {@code "TTL_INT_FNL"}. */
  public static final String USE_TOTAL = "useTotal";
  /** Role of the output row, {@code "OUTPUT"}. */
  public static final String OUTPUT = "output";
  /** Role of the imports final-demand column, {@code "IMPO"}. */
  public static final String IMPORTS_COLUMN = "importsColumn";

  /** The 2023-edition layout. */
  public static final Layout LAYOUT_2023 = Layout.builder("OECD IOT 2023")
      .finalDemand("HFCE", FinalDemandCategory.HOUSEHOLDS)
      .finalDemand("NPISH", FinalDemandCategory.NPISH)
      .finalDemand("GGFC", FinalDemandCategory.GOVERNMENT)
      .finalDemand("GFCF", FinalDemandCategory.INVESTMENT)
      .finalDemand("INVNT", FinalDemandCategory.INVENTORIES)
      .finalDemand("DPABR", FinalDemandCategory.OTHER)
      .finalDemand("CONS_NONRES", FinalDemandCategory.EXPORTS)
      .finalDemand("EXPO", FinalDemandCategory.EXPORTS)
      .finalDemand("IMPO", FinalDemandCategory.OTHER)
      .valueAdded("VALU", ValueAddedComponent.Kind.OTHER)
      .code(TOTAL_PREFIX, "TTL_").code(DOMESTIC_PREFIX, "DOM_").code(IMPORT_PREFIX, "IMP_")
      .code(INDUSTRY_PREFIX, "D").code(TAXES_IMPORTED, "TXS_IMP_FNL")
      .code(TAXES_DOMESTIC, "TXS_INT_FNL").code(USE_TOTAL, "TTL_INT_FNL").code(OUTPUT, "OUTPUT")
      .code(IMPORTS_COLUMN, "IMPO").build();

  private static final Pattern FILE_NAME = Pattern.compile("([A-Z]{3})(\\d{4})(ttl|dom|imp)");

  private final Layout layout;
  private final Tolerance tolerance;
  private final boolean recomputeTotals;
  private final String unit;
  private final boolean importProportionality;

  private OecdIotReader(Layout layout, Tolerance tolerance, boolean recompute, String unit,
      boolean importProportionality) {
    this.layout = layout;
    this.tolerance = tolerance;
    this.recomputeTotals = recompute;
    this.unit = unit;
    this.importProportionality = importProportionality;
  }

  /** A reader of the 2023 layout, tolerance for tables rounded to 0.1, unit USD million. */
  public static OecdIotReader create() {
    return new OecdIotReader(LAYOUT_2023, Tolerance.roundedToTenth(), false, "million USD",
        false);
  }

  /** This reader with another layout (e.g. a renamed column). */
  public OecdIotReader layout(Layout newLayout) {
    return new OecdIotReader(checkNotNull(newLayout), tolerance, recomputeTotals, unit,
        importProportionality);
  }

  /** This reader with another balance tolerance. */
  public OecdIotReader balanceTolerance(Tolerance t) {
    return new OecdIotReader(layout, checkNotNull(t), recomputeTotals, unit,
        importProportionality);
  }

  /**
   * This reader replacing, when true, each published OUTPUT that differs from the row total
   * Z·1 + Y·1 beyond the tolerance by that row total.
   */
  public OecdIotReader recomputeTotals(boolean recompute) {
    return new OecdIotReader(layout, tolerance, recompute, unit, importProportionality);
  }

  /** This reader labelling flows with another unit. */
  public OecdIotReader unit(String newUnit) {
    return new OecdIotReader(layout, tolerance, recomputeTotals, checkNotNull(newUnit),
        importProportionality);
  }

  /**
   * This reader splitting, when true, a total-flows (ttl) table into domestic and imported flows
   * by the import-proportionality assumption (an estimate, not published data): every user of
   * product i imports the same share sᵢ = Mᵢ / Uᵢ of it, with Mᵢ = −IMPOᵢ the imports of i and
   * Uᵢ = Σⱼ zᵢⱼ + Σ domestic final uses of i (HFCE, NPISH, GGFC, GFCF, INVNT, DPABR; exports are
   * domestic products). Then Zᵈ = (1 − sᵢ)·zᵢⱼ, Zᵐ = sᵢ·zᵢⱼ (imports by product), domestic
   * final uses scaled by (1 − sᵢ) with sᵢ of them as imported final use, exports unchanged. sᵢ is
   * clamped to [0, 1] (Uᵢ ≤ 0: 0; Mᵢ > Uᵢ, re-exports: 1); imports not allocated so stay in the
   * {@code IMPO} column, which is dropped when nothing is left in it. Both identities still hold.
   * Without this option a ttl table has no imports block and its multipliers are total-flow ones.
   */
  public OecdIotReader importProportionality(boolean on) {
    return new OecdIotReader(layout, tolerance, recomputeTotals, unit, on);
  }

  /**
   * The imports file paired with a domestic-flows file ({@code CCCyyyydom.csv} →
   * {@code CCCyyyyimp.csv} beside it), when the name is a dom file and the sibling exists.
   */
  public static java.util.Optional<Path> importsFileOf(Path dom) {
    String n = dom.getFileName() == null ? "" : dom.getFileName().toString();
    if (!n.toLowerCase(java.util.Locale.ROOT).endsWith("dom.csv")) {
      return java.util.Optional.empty();
    }
    int at = n.length() - "dom.csv".length();
    Path imp = dom.resolveSibling(n.substring(0, at) + n.substring(at).replace("dom", "imp")
        .replace("DOM", "IMP"));
    return java.nio.file.Files.isRegularFile(imp) ? java.util.Optional.of(imp)
        : java.util.Optional.empty();
  }

  /** Reads a total-flows file {@code CCCyyyyttl.csv}. */
  public InputOutputTable readTotal(Path ttl) throws IOException {
    try (InputStream in = Files.newInputStream(ttl)) {
      return readTotal(ttl.toString(), in);
    }
  }

  /** Reads a total-flows table from a stream named {@code source} (closed by the caller). */
  public InputOutputTable readTotal(String source, InputStream in) throws IOException {
    Parsed p = parse(DelimitedFile.read(source, in, ','), layout.code(TOTAL_PREFIX), true);
    if (importProportionality) {
      return ImportProportionality.split(this, p, start(source, p, "total flows, imports split"
          + " by import proportionality: an estimate"), source);
    }
    InputOutputTableBuilder b = start(source, p, "total flows");
    b.intermediate(p.z);
    addFinalDemand(b, p, true);
    return finish(b, p, p, source);
  }

  /** Reads the pair {@code CCCyyyydom.csv} and {@code CCCyyyyimp.csv}. */
  public InputOutputTable readDomesticImports(Path dom, Path imp) throws IOException {
    try (InputStream d = Files.newInputStream(dom); InputStream m = Files.newInputStream(imp)) {
      return readDomesticImports(dom.toString(), d, imp.toString(), m);
    }
  }

  /** Reads a domestic and an imports file from streams (closed by the caller). */
  public InputOutputTable readDomesticImports(String domSource, InputStream dom,
      String impSource, InputStream imp) throws IOException {
    Parsed d = parse(DelimitedFile.read(domSource, dom, ','), layout.code(DOMESTIC_PREFIX), false);
    Parsed m = parse(DelimitedFile.read(impSource, imp, ','), layout.code(IMPORT_PREFIX), false);
    if (!m.industries.equals(d.industries)) {
      throw new TableFormatException(impSource, m.file.rows().get(0).line(), 0, "",
          "industry columns differ from " + domSource + ": " + m.industries + " vs "
              + d.industries);
    }
    InputOutputTableBuilder b = start(domSource, d, "domestic + imports");
    b.intermediate(d.z);
    addFinalDemand(b, d, d.hasImportsColumnValues());
    b.importsByProduct(m.z);
    for (int c = 0; c < d.fdCodes.size(); c++) {
      String code = d.fdCodes.get(c);
      if (!code.equals(layout.code(IMPORTS_COLUMN)) || d.hasImportsColumnValues()) {
        b.importedFinalDemand(FinalDemandColumn.of(d.region, code,
            layout.finalDemand().get(code)), m.y[c]);
      }
    }
    Parsed totals = d.output != null ? d : m;
    if (totals.output == null) {
      throw TableFormatException.ofSource(domSource, "expected row \"" + layout.code(OUTPUT)
          + "\" in " + domSource + " or " + impSource);
    }
    return finish(b, totals, d, domSource);
  }

  private InputOutputTableBuilder start(String source, Parsed p, String what) {
    List<Sector> sectors = new ArrayList<>();
    for (String code : p.industries) {
      sectors.add(Sector.of(code, OecdIndustries.name(code).orElse(code),
          "ISIC Rev.4 " + code));
    }
    return InputOutputTable.builder().name(p.region.code() + " " + p.year + " (" + layout.name()
        + ", " + what + ")").unit(unit).region(p.region).sectors(sectors);
  }

  private void addFinalDemand(InputOutputTableBuilder b, Parsed p, boolean withImports) {
    for (int c = 0; c < p.fdCodes.size(); c++) {
      String code = p.fdCodes.get(c);
      if (withImports || !code.equals(layout.code(IMPORTS_COLUMN))) {
        b.finalDemand(code, layout.finalDemand().get(code), p.y[c]);
      }
    }
  }

  InputOutputTable finish(InputOutputTableBuilder b, Parsed totals, Parsed flows,
      String source) throws TableFormatException {
    int n = flows.industries.size();
    double[] x = totals.output;
    if (recomputeTotals) {
      double[] rows = Blocks.rowTotals(flows.z, List.of());
      for (int i = 0; i < n; i++) {
        for (double[] col : flows.y) {
          rows[i] += col[i];
        }
      }
      x = tolerance.recompute(x, rows);
    }
    b.output(x);
    double[] taxes = new double[n];
    double[] va = totals.valueAdded;
    double[] disc = new double[n];
    boolean hasDisc = false;
    for (int j = 0; j < n; j++) {
      taxes[j] = totals.taxesImported[j] + totals.taxesDomestic[j];
      disc[j] = Math.round((x[j] - totals.useTotal[j] - va[j]) * 10) / 10.0;
      hasDisc |= Math.abs(disc[j]) > 0.15;
    }
    b.productTaxes(taxes);
    b.valueAdded(layout.valueAdded().keySet().iterator().next(),
        layout.valueAdded().values().iterator().next(), va);
    if (hasDisc) {
      b.valueAdded("DISC", ValueAddedComponent.Kind.OTHER, disc);
    }
    String src = totals.file.source();
    return LocatedBuild.build(b, tolerance, src, layout.code(OUTPUT),
        k -> new int[] {totals.outputLine, totals.industryCols[k] + 1});
  }

  private Parsed parse(DelimitedFile f, String prefix, boolean requireTotals)
      throws TableFormatException {
    String source = f.source();
    List<DelimitedFile.Row> rows = f.rows();
    DelimitedFile.Row header = rows.get(0);
    if (rows.size() < 2) {
      throw new TableFormatException(source, header.line(), 0, "",
          "header only: no product rows");
    }
    Blocks.requireHeaderWidth(f, header, 3);
    CodeIndex cols = CodeIndex.ofHeader(source, header);
    Blocks.requireWidth(f, rows.subList(1, rows.size()), header.size());
    Parsed p = new Parsed();
    p.file = f;
    Matcher m = FILE_NAME.matcher(Path.of(source).getFileName().toString());
    p.region = m.find() ? Region.of(m.group(1)) : Region.of("DOM", "Domestic economy");
    p.year = m.find(0) ? m.group(2) : "";
    String ip = layout.code(INDUSTRY_PREFIX);
    List<Integer> ind = new ArrayList<>();
    for (int c = 1; c < header.size() && header.cell(c).startsWith(ip)
        && !layout.finalDemand().containsKey(header.cell(c)); c++) {
      ind.add(c);
    }
    if (ind.isEmpty()) {
      throw new TableFormatException(source, header.line(), 2, header.cell(1),
          "expected industry columns starting with \"" + ip + "\"; columns are "
              + String.join(", ", header.cells()));
    }
    cols.requireUnique(1, ind.size() + 1, "industry");
    p.industryCols = ind.stream().mapToInt(Integer::intValue).toArray();
    p.industries = ind.stream().map(header::cell).toList();
    p.fdCodes = new ArrayList<>(layout.finalDemand().keySet());
    int[] fdCols = new int[p.fdCodes.size()];
    for (int c = 0; c < fdCols.length; c++) {
      fdCols[c] = cols.require(p.fdCodes.get(c), "final-demand column");
    }
    List<DelimitedFile.Row> body = rows.subList(1, rows.size());
    CodeIndex rowCodes = CodeIndex.ofRows(source, body, 0);
    List<DelimitedFile.Row> products = new ArrayList<>();
    for (int i = 0; i < p.industries.size(); i++) {
      String want = prefix + p.industries.get(i).substring(ip.length());
      products.add(body.get(rowCodes.require(want, "product row")));
    }
    rowCodes.requireUnique(0, body.size(), "row");
    p.z = Blocks.block(f, products, p.industryCols, false);
    p.y = new double[fdCols.length][];
    for (int c = 0; c < fdCols.length; c++) {
      p.y[c] = Blocks.column(f, products, fdCols[c], false);
    }
    p.importsCol = p.fdCodes.indexOf(layout.code(IMPORTS_COLUMN));
    OptionalInt out = rowCodes.find(layout.code(OUTPUT));
    if (out.isEmpty() && requireTotals) {
      rowCodes.require(layout.code(OUTPUT), "output row");
    }
    if (out.isPresent()) {
      p.outputLine = body.get(out.getAsInt()).line();
      p.output = Blocks.row(f, body.get(out.getAsInt()), p.industryCols, false);
      p.valueAdded = totalsRow(f, body, rowCodes,
          layout.valueAdded().keySet().iterator().next(), "value-added row", p);
      p.taxesImported = totalsRow(f, body, rowCodes, layout.code(TAXES_IMPORTED), "tax row", p);
      p.taxesDomestic = totalsRow(f, body, rowCodes, layout.code(TAXES_DOMESTIC), "tax row", p);
      p.useTotal = totalsRow(f, body, rowCodes, layout.code(USE_TOTAL), "total-use row", p);
    }
    return p;
  }

  private static double[] totalsRow(DelimitedFile f, List<DelimitedFile.Row> body,
      CodeIndex rowCodes, String code, String role, Parsed p) throws TableFormatException {
    return Blocks.row(f, body.get(rowCodes.require(code, role)), p.industryCols, false);
  }

  Layout layout() {
    return layout;
  }

  /** What one file holds. */
  static final class Parsed {
    DelimitedFile file;
    Region region;
    String year;
    List<String> industries;
    int[] industryCols;
    List<String> fdCodes;
    double[][] z;
    double[][] y;
    int importsCol;
    double[] output;
    int outputLine;
    double[] valueAdded;
    double[] taxesImported;
    double[] taxesDomestic;
    double[] useTotal;

    boolean hasImportsColumnValues() {
      if (importsCol < 0) {
        return false;
      }
      for (double v : y[importsCol]) {
        if (v != 0) {
          return true;
        }
      }
      return false;
    }
  }

  @Override
  public String toString() {
    return "OecdIotReader[" + layout.name() + ", " + tolerance + "]";
  }
}
