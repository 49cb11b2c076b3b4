package org.sectoral.core.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.sectoral.core.table.FinalDemandCategory;
import org.sectoral.core.table.FinalDemandColumn;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.core.table.InputOutputTableBuilder;
import org.sectoral.core.table.Region;
import org.sectoral.core.table.Sector;
import org.sectoral.core.table.ValueAddedComponent;

/**
 * Test-only loaders for the published tables under {@code src/test/resources/fixtures/}: a small
 * quote-aware CSV reader, a labelled numeric {@link Grid}, and builders that turn the ONS UK 2010
 * and WIOD 2016 national tables into {@link InputOutputTable}s through the public builder only.
 * Files are read from the classpath, so the tests do not depend on the working directory.
 */
public final class Fixtures {
  private Fixtures() {}

  /** Classpath folder of the ONS UK Input-Output Analytical Tables 2010. */
  public static final String ONS_UK_2010 = "/fixtures/ons_uk_2010/";
  /** ONS domestic use table, basic prices, product × product (the table we build from). */
  public static final String ONS_DOMESTIC_USE =
      "uk_2010_siot_domestic_use_basic_prices_product_by_product.csv";
  /** ONS published technical coefficients A (product × product) and primary-input coefficients. */
  public static final String ONS_COEFFICIENTS = "uk_2010_coefficients_product_by_product.csv";
  /** ONS published Leontief inverse, with a {@code Total} row and column. */
  public static final String ONS_LEONTIEF_INVERSE =
      "uk_2010_leontief_inverse_product_by_product.csv";
  /** ONS published Type I multipliers and effects by product (label in the first column). */
  public static final String ONS_MULTIPLIERS =
      "uk_2010_published_multipliers_and_effects_product.csv";
  /** ONS imports use table, basic prices, product × product. */
  public static final String ONS_IMPORTS_USE =
      "uk_2010_imports_use_basic_prices_product_by_product.csv";
  /** Number of products of the ONS 2010 analytical tables. */
  public static final int ONS_PRODUCTS = 127;
  /**
   * Relative balance tolerance of the ONS table: it is published with full double precision and
   * balances to about 2e-15 of output, so anything beyond 1e-12 would be a loader error.
   */
  public static final double ONS_BALANCE_TOLERANCE = 1e-12;

  /** Classpath folder of the WIOD 2016 national input-output tables. */
  public static final String WIOD_2016 = "/fixtures/wiod_2016/";
  /** Number of industries of a WIOD 2016 national table. */
  public static final int WIOD_INDUSTRIES = 56;
  /**
   * Relative balance tolerance of the WIOD tables: with international transport margins counted
   * as imports, the column identity holds to 3.7e-8 (AUS) and 2.8e-8 (USA) of output, the
   * rounding of the source workbooks (II_fob itself differs from Σ domestic + Σ imports by up to
   * 0.045 USD million).
   */
  public static final double WIOD_BALANCE_TOLERANCE = 1e-7;
  /** Code of the extra import row holding WIOD's international trade and transport margins. */
  public static final String WIOD_INT_TTM = "IntTTM";

  /** ONS final-use column header → (code, category). Valuables go with inventories (SNA P.52/P.53). */
  private static final Map<String, Map.Entry<String, FinalDemandCategory>> ONS_FINAL_USE =
      orderedMap(
          "Households", "HH", FinalDemandCategory.HOUSEHOLDS,
          "Non-profit instns serving households", "NPISH", FinalDemandCategory.NPISH,
          "Central government", "CG", FinalDemandCategory.GOVERNMENT,
          "Local government", "LG", FinalDemandCategory.GOVERNMENT,
          "Gross fixed capital formation", "GFCF", FinalDemandCategory.INVESTMENT,
          "Valuables", "VAL", FinalDemandCategory.INVENTORIES,
          "Changes in inventories", "INV", FinalDemandCategory.INVENTORIES,
          "Exports of goods", "EXG", FinalDemandCategory.EXPORTS,
          "Exports of services", "EXS", FinalDemandCategory.EXPORTS);

  /** WIOD final-use column header → (code, category). */
  private static final Map<String, Map.Entry<String, FinalDemandCategory>> WIOD_FINAL_USE =
      orderedMap(
          "CONS_h", "CONS_h", FinalDemandCategory.HOUSEHOLDS,
          "CONS_np", "CONS_np", FinalDemandCategory.NPISH,
          "CONS_g", "CONS_g", FinalDemandCategory.GOVERNMENT,
          "GFCF", "GFCF", FinalDemandCategory.INVESTMENT,
          "INVEN", "INVEN", FinalDemandCategory.INVENTORIES,
          "EXP", "EXP", FinalDemandCategory.EXPORTS);

  // ---------------------------------------------------------------------------------------------
  // Grid and CSV

  /**
   * A numeric table read from a CSV: the value columns' headers, a key per row, the text cells
   * of each row and the values (NaN where a cell is not a number).
   */
  public static final class Grid {
    private final List<String> columns;
    private final List<String> keys;
    private final List<List<String>> text;
    private final double[][] values;
    private final Map<String, Integer> rowIndex = new HashMap<>();
    private final Map<String, Integer> columnIndex = new HashMap<>();

    Grid(List<String> columns, List<String> keys, List<List<String>> text, double[][] values) {
      this.columns = List.copyOf(columns);
      this.keys = List.copyOf(keys);
      this.text = text;
      this.values = values;
      for (int i = 0; i < keys.size(); i++) {
        if (rowIndex.putIfAbsent(keys.get(i), i) != null) {
          throw new IllegalStateException("Duplicate row key " + keys.get(i));
        }
      }
      for (int j = 0; j < columns.size(); j++) {
        if (columnIndex.putIfAbsent(columns.get(j), j) != null) {
          throw new IllegalStateException("Duplicate column " + columns.get(j));
        }
      }
    }

    /** Headers of the value columns. */
    public List<String> columns() {
      return columns;
    }

    /** Row keys, in file order. */
    public List<String> keys() {
      return keys;
    }

    /** Number of rows. */
    public int rowCount() {
      return keys.size();
    }

    /** The text (key) cells of row i. */
    public List<String> text(int i) {
      return text.get(i);
    }

    /** The index of the row with this key. */
    public int row(String key) {
      Integer i = rowIndex.get(key);
      if (i == null) {
        throw new IllegalArgumentException("No row " + key);
      }
      return i;
    }

    /** The index of the value column with this header. */
    public int column(String header) {
      Integer j = columnIndex.get(header);
      if (j == null) {
        throw new IllegalArgumentException("No column " + header);
      }
      return j;
    }

    /** Value at row i, value column j. */
    public double at(int i, int j) {
      return values[i][j];
    }

    /** Value at the keyed row and column. */
    public double at(String rowKey, String columnHeader) {
      return values[row(rowKey)][column(columnHeader)];
    }

    /** The first {@code n} values of the keyed row. */
    public double[] rowHead(String rowKey, int n) {
      return Arrays.copyOf(values[row(rowKey)], n);
    }

    /** Values of the keyed column for rows from (inclusive) to (exclusive). */
    public double[] column(String header, int from, int to) {
      int j = column(header);
      double[] c = new double[to - from];
      for (int i = from; i < to; i++) {
        c[i - from] = values[i][j];
      }
      return c;
    }

    /** A copy of rows r0..r1 (exclusive) × value columns c0..c1 (exclusive). */
    public double[][] block(int r0, int r1, int c0, int c1) {
      double[][] b = new double[r1 - r0][];
      for (int i = r0; i < r1; i++) {
        b[i - r0] = Arrays.copyOfRange(values[i], c0, c1);
      }
      return b;
    }
  }

  /**
   * Reads a CSV resource into a grid: the first {@code keyColumns} cells of each line are text,
   * the rest numbers; the row key is made from the text cells by {@code key}. Lines for which
   * {@code key} returns null are skipped.
   */
  public static Grid grid(String resource, int keyColumns, Function<List<String>, String> key) {
    List<List<String>> records = readCsv(resource);
    List<String> header = records.get(0);
    List<String> columns = header.subList(keyColumns, header.size());
    List<String> keys = new ArrayList<>();
    List<List<String>> text = new ArrayList<>();
    List<double[]> values = new ArrayList<>();
    for (List<String> rec : records.subList(1, records.size())) {
      if (rec.size() != header.size()) {
        throw new IllegalStateException(resource + ": " + rec.size() + " fields, header has "
            + header.size() + " in " + rec.subList(0, Math.min(3, rec.size())));
      }
      List<String> t = List.copyOf(rec.subList(0, keyColumns));
      String k = key.apply(t);
      if (k == null) {
        continue;
      }
      double[] v = new double[columns.size()];
      for (int j = 0; j < v.length; j++) {
        v[j] = parse(rec.get(keyColumns + j));
      }
      keys.add(k);
      text.add(t);
      values.add(v);
    }
    return new Grid(columns, keys, text, values.toArray(new double[0][]));
  }

  /** Reads a classpath CSV (RFC 4180 quoting: quoted fields, doubled quotes, embedded newlines). */
  public static List<List<String>> readCsv(String resource) {
    String s;
    try (InputStream in = Fixtures.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("No classpath resource " + resource);
      }
      s = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (s.startsWith("\uFEFF")) {
      s = s.substring(1);
    }
    List<List<String>> records = new ArrayList<>();
    List<String> rec = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    boolean any = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < s.length() && s.charAt(i + 1) == '"') {
            cell.append('"');
            i++;
          } else {
            quoted = false;
          }
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
        any = true;
      } else if (c == ',') {
        rec.add(cell.toString());
        cell.setLength(0);
        any = true;
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
          i++;
        }
        if (any || cell.length() > 0) {
          rec.add(cell.toString());
          records.add(rec);
        }
        rec = new ArrayList<>();
        cell.setLength(0);
        any = false;
      } else {
        cell.append(c);
        any = true;
      }
    }
    if (quoted) {
      throw new IllegalStateException(resource + ": unterminated quoted field");
    }
    if (any || cell.length() > 0) {
      rec.add(cell.toString());
      records.add(rec);
    }
    return records;
  }

  private static double parse(String cell) {
    String c = cell.strip();
    if (c.isEmpty() || c.equals("NA")) {
      return Double.NaN;
    }
    try {
      return Double.parseDouble(c);
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }

  // ---------------------------------------------------------------------------------------------
  // ONS UK 2010

  /**
   * An ONS file of the 2010 analytical tables keyed by {@code uk_row} (first column), with
   * {@code uk_row_label} as the second text cell. The multipliers file, whose only text column
   * is the label, is read with {@link #onsMultipliers()}.
   */
  public static Grid ons(String file) {
    return grid(ONS_UK_2010 + file, 2, t -> t.get(0));
  }

  /** The published multipliers and effects, keyed by product label, in product order. */
  public static Grid onsMultipliers() {
    return grid(ONS_UK_2010 + ONS_MULTIPLIERS, 1, t -> t.get(0));
  }

  /**
   * The UK 2010 product × product table at basic prices, from the ONS domestic use table:
   * <ul>
   *   <li>Z: the 127 × 127 product block;
   *   <li>final demand: the nine final-use columns (households, NPISH, central and local
   *       government, GFCF, valuables and changes in inventories as INVENTORIES, exports of
   *       goods and of services as EXPORTS);
   *   <li>imports: the row "Imported goods and services" as one total row;
   *   <li>product taxes: "Taxes less subsidies on products";
   *   <li>value added: "Compensation of employees" (COMPENSATION), "Gross Operating Surplus"
   *       (OPERATING_SURPLUS), "Taxes less subsidies on production" (TAXES_ON_PRODUCTION), so
   *       that total value added is ONS's GVA at basic prices;
   *   <li>output: "Total output".
   * </ul>
   */
  public static InputOutputTable onsUk2010() {
    Grid g = ons(ONS_DOMESTIC_USE);
    int n = ONS_PRODUCTS;
    List<Sector> sectors = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String code = g.keys().get(i);
      if (!code.equals(g.columns().get(i))) {
        throw new IllegalStateException("Row " + i + " is " + code + ", column is "
            + g.columns().get(i));
      }
      sectors.add(Sector.of(code, g.text(i).get(1), "ONS IOAT 2010 product " + code));
    }
    InputOutputTableBuilder b = InputOutputTable.builder()
        .name("UK 2010 product by product (ONS IOAT)").unit("million GBP")
        .region(Region.of("UK", "United Kingdom"))
        .sectors(sectors)
        .intermediate(g.block(0, n, 0, n));
    for (Map.Entry<String, Map.Entry<String, FinalDemandCategory>> e : ONS_FINAL_USE.entrySet()) {
      b.finalDemand(e.getValue().getKey(), e.getValue().getValue(), g.column(e.getKey(), 0, n));
    }
    return b.importsTotal(g.rowHead("Imported goods and services", n))
        .productTaxes(g.rowHead("Taxes less subsidies on products", n))
        .valueAdded("COMP", ValueAddedComponent.Kind.COMPENSATION,
            g.rowHead("Compensation of employees", n))
        .valueAdded("GOS", ValueAddedComponent.Kind.OPERATING_SURPLUS,
            g.rowHead("Gross Operating Surplus", n))
        .valueAdded("TLSP", ValueAddedComponent.Kind.TAXES_ON_PRODUCTION,
            g.rowHead("Taxes less subsidies on production", n))
        .output(g.rowHead("Total output", n))
        .balanceTolerance(ONS_BALANCE_TOLERANCE)
        .build();
  }

  // ---------------------------------------------------------------------------------------------
  // WIOD 2016 NIOT

  /** How a WIOD national table is mapped to the builder. */
  public record WiodOptions(boolean intTtmAsImports, boolean valueAddedAsResidual,
      double balanceTolerance) {
    /** IntTTM as an import row, published VA row, {@link #WIOD_BALANCE_TOLERANCE}. */
    public static final WiodOptions PUBLISHED = new WiodOptions(true, false,
        WIOD_BALANCE_TOLERANCE);
    /**
     * IntTTM as an import row, value added as the builder's column residual (so the column
     * identity is exact), {@link #WIOD_BALANCE_TOLERANCE} for the rows.
     */
    public static final WiodOptions RESIDUAL_VALUE_ADDED = new WiodOptions(true, true,
        WIOD_BALANCE_TOLERANCE);
  }

  /**
   * A WIOD 2016 NIOT file keyed {@code Origin/Code} (e.g. {@code Domestic/A01},
   * {@code Imports/A01}, {@code TOT/GO}); the second line with the industries' long labels is
   * kept under the key {@code column_label}, with NaN values.
   */
  public static Grid wiodGrid(String country) {
    return grid(WIOD_2016 + country + "_NIOT_2014.csv", 4,
        t -> t.get(0).equals("column_label") ? "column_label" : t.get(3) + "/" + t.get(1));
  }

  /** The 2014 national table of a WIOD country mapped as in {@link WiodOptions#PUBLISHED}. */
  public static InputOutputTable wiodNiot2014(String country) {
    return wiodNiot2014(country, WiodOptions.PUBLISHED);
  }

  /**
   * The 2014 national table of a WIOD country (USD million):
   * <ul>
   *   <li>Z: the 56 {@code Domestic} rows × 56 industries;
   *   <li>final demand: CONS_h HOUSEHOLDS, CONS_np NPISH, CONS_g GOVERNMENT, GFCF INVESTMENT,
   *       INVEN INVENTORIES, EXP EXPORTS;
   *   <li>imports: the 56 {@code Imports} rows by product, plus (option) the {@code TOT/IntTTM}
   *       row of international trade and transport margins as a 57th import row
   *       {@value #WIOD_INT_TTM}; imported final use of the same rows per final-use column;
   *   <li>product taxes: {@code TOT/TXSP};
   *   <li>value added: {@code TOT/VA} as one OTHER row, or (option) the builder's residual;
   *   <li>output: {@code TOT/GO}.
   * </ul>
   * The rows EXP_adj, PURR and PURNR are zero in every industry column (they only adjust the
   * final-use columns to national concepts) and so cannot enter an industry's input identity.
   */
  public static InputOutputTable wiodNiot2014(String country, WiodOptions options) {
    Grid g = wiodGrid(country);
    int n = WIOD_INDUSTRIES;
    if (g.row("column_label") != 0) {
      throw new IllegalStateException("Expected the label line first");
    }
    List<Sector> sectors = new ArrayList<>();
    for (int j = 0; j < n; j++) {
      String code = g.columns().get(j);
      String domesticRow = g.text(g.row("Domestic/" + code)).get(1);
      if (!domesticRow.equals(code) || g.row("Domestic/" + code) != j + 1) {
        throw new IllegalStateException("Row/column order differs at " + code);
      }
      String label = g.text(g.row("Domestic/" + code)).get(2);
      sectors.add(Sector.of(code, label, "WIOD 2016 / ISIC Rev.4 " + code));
    }
    Region region = Region.of(country);
    double[][] z = new double[n][];
    double[][] zm = new double[options.intTtmAsImports() ? n + 1 : n][];
    for (int i = 0; i < n; i++) {
      String code = sectors.get(i).code();
      z[i] = g.rowHead("Domestic/" + code, n);
      zm[i] = g.rowHead("Imports/" + code, n);
    }
    List<Sector> importRows = new ArrayList<>(sectors);
    if (options.intTtmAsImports()) {
      zm[n] = g.rowHead("TOT/" + WIOD_INT_TTM, n);
      importRows.add(Sector.of(WIOD_INT_TTM, "International trade and transport margins"));
    }
    InputOutputTableBuilder b = InputOutputTable.builder()
        .name("WIOD 2016 NIOT " + country + " 2014").unit("million USD")
        .region(region).sectors(sectors).intermediate(z);
    int firstDomestic = g.row("Domestic/" + sectors.get(0).code());
    int firstImport = g.row("Imports/" + sectors.get(0).code());
    for (Map.Entry<String, Map.Entry<String, FinalDemandCategory>> e : WIOD_FINAL_USE.entrySet()) {
      b.finalDemand(e.getValue().getKey(), e.getValue().getValue(),
          g.column(e.getKey(), firstDomestic, firstDomestic + n));
    }
    b.imports(importRows, zm);
    for (Map.Entry<String, Map.Entry<String, FinalDemandCategory>> e : WIOD_FINAL_USE.entrySet()) {
      double[] ym = Arrays.copyOf(g.column(e.getKey(), firstImport, firstImport + n),
          importRows.size());
      if (options.intTtmAsImports()) {
        ym[n] = g.at("TOT/" + WIOD_INT_TTM, e.getKey());
      }
      b.importedFinalDemand(FinalDemandColumn.of(region, e.getValue().getKey(),
          e.getValue().getValue()), ym);
    }
    b.productTaxes(g.rowHead("TOT/TXSP", n));
    if (!options.valueAddedAsResidual()) {
      b.valueAdded("VA", ValueAddedComponent.Kind.OTHER, g.rowHead("TOT/VA", n));
    }
    return b.output(g.rowHead("TOT/GO", n))
        .balanceTolerance(options.balanceTolerance())
        .build();
  }

  private static Map<String, Map.Entry<String, FinalDemandCategory>> orderedMap(Object... kv) {
    Map<String, Map.Entry<String, FinalDemandCategory>> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 3) {
      m.put((String) kv[i], Map.entry((String) kv[i + 1], (FinalDemandCategory) kv[i + 2]));
    }
    return m;
  }
}
