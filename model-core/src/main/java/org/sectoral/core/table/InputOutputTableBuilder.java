package org.sectoral.core.table;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sectoral.core.ErrorCode;
import org.sectoral.core.SectoralException;

/**
 * Builds an {@link InputOutputTable}: set the regions and sectors, then the blocks as plain
 * arrays in key order (region-major for multi-region tables), then {@link #build()}, which checks
 * shapes, finiteness, non-negative output and both balance identities.
 *
 * <p>When no value-added row is given, value added is the residual x − 1'Z − 1'Zᵐ − t (one row
 * {@code VA} of kind OTHER). When no output is given, it is the row total Z·1 + Y·1.
 */
public final class InputOutputTableBuilder {
  /** The default relative balance tolerance: |gap| ≤ 1e-6·max(|x|, 1). */
  public static final double DEFAULT_BALANCE_TOLERANCE = 1e-6;

  private String name = "table";
  private String unit = "monetary units";
  private List<Region> regions = List.of(Region.of("DOM", "Domestic economy"));
  private List<Sector> sectors;
  private double[][] z;
  private LabelledMatrix<RegionSector, RegionSector> zMatrix; // shared, when given as a matrix
  private final Map<FinalDemandColumn, double[]> y = new LinkedHashMap<>();
  private List<Sector> importRows;
  private double[][] zm;
  private final Map<FinalDemandColumn, double[]> ym = new LinkedHashMap<>();
  private final Map<ValueAddedComponent, double[]> v = new LinkedHashMap<>();
  private double[] taxes;
  private double[] x;
  private final SatelliteRows satellites = new SatelliteRows();
  private double tolerance = DEFAULT_BALANCE_TOLERANCE;
  private double absoluteTolerance = DEFAULT_BALANCE_TOLERANCE;

  InputOutputTableBuilder() {}

  /** A builder holding every block of {@code t}, to derive a modified table. */
  static InputOutputTableBuilder from(InputOutputTable t) {
    InputOutputTableBuilder b = new InputOutputTableBuilder();
    b.name = t.name();
    b.unit = t.unit();
    b.regions = t.regions().keys();
    b.sectors = t.sectors().keys();
    b.zMatrix = t.intermediate();
    for (int c = 0; c < t.finalDemandColumns().size(); c++) {
      b.y.put(t.finalDemandColumns().get(c), t.finalDemand().columnArray(c));
    }
    t.imports().ifPresent(m -> {
      b.importRows = m.rows().keys();
      b.zm = m.toArray();
    });
    t.importedFinalDemand().ifPresent(m -> {
      for (int c = 0; c < m.columnCount(); c++) {
        b.ym.put(m.columns().get(c), m.columnArray(c));
      }
    });
    for (int r = 0; r < t.valueAdded().rowCount(); r++) {
      b.v.put(t.valueAdded().rows().get(r), t.valueAdded().rowArray(r));
    }
    b.taxes = t.productTaxes().toArray();
    b.x = t.output().toArray();
    b.satellites.copy(t);
    b.tolerance = t.balanceReport().tolerance();
    b.absoluteTolerance = t.balanceReport().absoluteTolerance();
    return b;
  }

  /**
   * Removes every final-demand column, imported final use and the satellite accounts' final-demand
   * flows F_Y (which are by final-demand column).
   */
  public InputOutputTableBuilder clearFinalDemand() {
    y.clear();
    ym.clear();
    satellites.clearFinalDemand();
    return this;
  }

  /** Removes every value-added row. */
  public InputOutputTableBuilder clearValueAdded() {
    v.clear();
    return this;
  }

  /** Removes the imports block and imported final use. */
  public InputOutputTableBuilder clearImports() {
    importRows = null;
    zm = null;
    ym.clear();
    return this;
  }

  /** Removes gross output, so {@link #build()} recomputes it as Z·1 + Y·1. */
  public InputOutputTableBuilder clearOutput() {
    x = null;
    return this;
  }

  /** Removes every satellite account (F and F_Y). */
  public InputOutputTableBuilder clearSatellites() {
    satellites.clear();
    return this;
  }

  /** The table's name, used in error messages. */
  public InputOutputTableBuilder name(String name) {
    this.name = checkNotNull(name, "name");
    return this;
  }

  /** The monetary unit of all flows, e.g. {@code "million USD"}. */
  public InputOutputTableBuilder unit(String unit) {
    this.unit = checkNotNull(unit, "unit");
    return this;
  }

  /** The single region of a national table (default {@code DOM}). */
  public InputOutputTableBuilder region(Region region) {
    this.regions = List.of(checkNotNull(region, "region"));
    return this;
  }

  /** The regions of a multi-region table; keys are region-major. */
  public InputOutputTableBuilder regions(List<Region> regions) {
    checkArgument(!regions.isEmpty(), "No regions");
    this.regions = ImmutableList.copyOf(regions);
    return this;
  }

  /** The sectors, the same in every region. */
  public InputOutputTableBuilder sectors(List<Sector> sectors) {
    checkArgument(!sectors.isEmpty(), "No sectors");
    this.sectors = ImmutableList.copyOf(sectors);
    return this;
  }

  /** Intermediate use Z, n × n, rows supplying, columns using. */
  public InputOutputTableBuilder intermediate(double[][] z) {
    this.z = deepCopy(checkNotNull(z, "z"));
    this.zMatrix = null;
    return this;
  }

  /**
   * Intermediate use Z as an immutable matrix, kept as it is (no copy of its n² values, which
   * matters for world tables); its keys must be the table's region-sectors in order, its unit is
   * replaced by the table's when they differ.
   */
  public InputOutputTableBuilder intermediate(LabelledMatrix<RegionSector, RegionSector> z) {
    this.zMatrix = checkNotNull(z, "z");
    this.z = null;
    return this;
  }

  /** Adds a final-demand column y (length n). */
  public InputOutputTableBuilder finalDemand(FinalDemandColumn column, double[] values) {
    checkNotNull(column, "column");
    checkArgument(!y.containsKey(column), "Final demand column %s given twice", column);
    y.put(column, checkNotNull(values, "values").clone());
    return this;
  }

  /** Adds a final-demand column of the single region. */
  public InputOutputTableBuilder finalDemand(String code, FinalDemandCategory category,
      double[] values) {
    checkState(regions.size() == 1, "Several regions: give the final-demand column's region");
    return finalDemand(FinalDemandColumn.of(regions.get(0), code, category), values);
  }

  /** Imported intermediate use Zᵐ by imported product (rows in {@code products} order) × sector. */
  public InputOutputTableBuilder imports(List<Sector> products, double[][] values) {
    this.importRows = ImmutableList.copyOf(products);
    this.zm = deepCopy(checkNotNull(values, "values"));
    return this;
  }

  /** Imported intermediate use Zᵐ by product, with the table's own sectors as products. */
  public InputOutputTableBuilder importsByProduct(double[][] values) {
    checkState(sectors != null, "Set sectors before imports");
    return imports(sectors, values);
  }

  /** Imported intermediate use as one row (total imports used by each sector). */
  public InputOutputTableBuilder importsTotal(double[] values) {
    return imports(List.of(Sector.of("IMP", "Imported intermediate inputs")),
        new double[][] {checkNotNull(values, "values")});
  }

  /** Imported final use of one final-demand column, by imported product (after imports). */
  public InputOutputTableBuilder importedFinalDemand(FinalDemandColumn column, double[] values) {
    checkNotNull(column, "column");
    ym.put(column, checkNotNull(values, "values").clone());
    return this;
  }

  /** Adds a value-added row (compensation, operating surplus, …), length n. */
  public InputOutputTableBuilder valueAdded(String code, ValueAddedComponent.Kind kind,
      double[] values) {
    ValueAddedComponent c = ValueAddedComponent.of(code, kind);
    checkArgument(!v.containsKey(c), "Value-added row %s given twice", code);
    v.put(c, checkNotNull(values, "values").clone());
    return this;
  }

  /** Net taxes on products t (taxes less subsidies), length n. */
  public InputOutputTableBuilder productTaxes(double[] values) {
    this.taxes = checkNotNull(values, "values").clone();
    return this;
  }

  /** Gross output x, length n; when absent it is the row total Z·1 + Y·1. */
  public InputOutputTableBuilder output(double[] values) {
    this.x = checkNotNull(values, "values").clone();
    return this;
  }

  /** Adds a stressor row (length n) to the named satellite account, creating it if new. */
  public InputOutputTableBuilder satellite(String account, Stressor stressor, double[] values) {
    satellites.add(account, stressor, values);
    return this;
  }

  /**
   * Adds a stressor row of F_Y, the stressors emitted directly by final demand (pymrio
   * {@code F_Y}, e.g. household fuel combustion), to the named satellite account: one value per
   * final-demand column, in the order the columns were added with {@link #finalDemand}. The
   * stressor must also have a row of F ({@link #satellite}); stressors of the account without an
   * F_Y row get zeros.
   */
  public InputOutputTableBuilder satelliteFinalDemand(String account, Stressor stressor,
      double[] values) {
    satellites.addFinalDemand(account, stressor, values);
    return this;
  }

  /**
   * The relative balance tolerance: a gap passes when |gap| ≤ tol·max(|x|, 1) (the same as
   * {@code balanceTolerance(tol, tol)}). Published tables
   * rounded to one decimal need about 1e-3; {@code Double.POSITIVE_INFINITY} keeps the report but
   * never fails.
   */
  public InputOutputTableBuilder balanceTolerance(double relative) {
    return balanceTolerance(relative, relative);
  }

  /**
   * Relative and absolute balance tolerances: a gap passes when
   * |gap| ≤ max(relative·|x|, absolute). Tables published to one decimal need an absolute
   * tolerance of about 1 (in the table's unit) so that zero-output rows rounded to ±0.6 pass.
   */
  public InputOutputTableBuilder balanceTolerance(double relative, double absolute) {
    checkArgument(relative >= 0 && !Double.isNaN(relative), "Tolerance %s", relative);
    checkArgument(absolute >= 0 && !Double.isNaN(absolute), "Tolerance %s", absolute);
    this.tolerance = relative;
    this.absoluteTolerance = absolute;
    return this;
  }

  /**
   * Validates and freezes the table.
   *
   * @throws SectoralException with {@link ErrorCode#MISSING_BLOCK},
   *     {@link ErrorCode#DIMENSION_MISMATCH}, {@link ErrorCode#NON_FINITE_VALUE},
   *     {@link ErrorCode#NEGATIVE_OUTPUT} or {@link ErrorCode#UNBALANCED_TABLE}, naming the
   *     sectors at fault
   */
  public InputOutputTable build() {
    if (sectors == null) {
      throw missing("sectors");
    }
    if (z == null && zMatrix == null) {
      throw missing("intermediate use Z");
    }
    Parts p = new Parts();
    p.name = name;
    p.unit = unit;
    p.regions = KeyIndex.of(regions);
    p.sectors = KeyIndex.of(sectors);
    List<RegionSector> ks = new ArrayList<>();
    for (Region r : regions) {
      for (Sector s : sectors) {
        ks.add(RegionSector.of(r, s));
      }
    }
    p.keys = KeyIndex.of(ks);
    int n = ks.size();
    p.intermediate = z != null ? matrix("Z", p.keys, p.keys, z) : sharedIntermediate(p.keys);
    for (FinalDemandColumn c : y.keySet()) {
      if (!p.regions.contains(c.region())) {
        throw SectoralException.of(ErrorCode.UNKNOWN_KEY, List.of(c.region().code()),
            "Final demand column %s of table %s: region %s not in %s", c, name, c.region(),
            p.regions);
      }
    }
    KeyIndex<FinalDemandColumn> fdCols = KeyIndex.of(List.copyOf(y.keySet()));
    p.finalDemand = matrix("Y", p.keys, fdCols, columnsToRows(y, n, "Y"));
    if (zm != null) {
      KeyIndex<Sector> imp = KeyIndex.of(importRows);
      p.imports = matrix("Zm (imports)", imp, p.keys, zm);
      if (!ym.isEmpty()) {
        for (FinalDemandColumn c : ym.keySet()) {
          fdCols.indexOf(c);
        }
        Map<FinalDemandColumn, double[]> full = new LinkedHashMap<>();
        for (FinalDemandColumn c : fdCols.keys()) {
          full.put(c, ym.getOrDefault(c, new double[imp.size()]));
        }
        p.importedFinalDemand = matrix("Ym (imported final use)", imp, fdCols,
            columnsToRows(full, imp.size(), "Ym"));
      }
    } else if (!ym.isEmpty()) {
      throw missing("imports (needed before imported final demand)");
    }
    p.productTaxes = vector("t (product taxes)", p.keys, taxes == null ? new double[n] : taxes);
    double[] rowTotal = p.intermediate.rowSums().toArray();
    double[] fdTotal = p.finalDemand.rowSums().toArray();
    for (int i = 0; i < n; i++) {
      rowTotal[i] += fdTotal[i];
    }
    p.output = vector("x (output)", p.keys, x == null ? rowTotal : x);
    checkOutput(p);
    double[] inputs = p.intermediate.columnSums().toArray();
    for (int j = 0; j < n; j++) {
      inputs[j] += p.productTaxes.at(j) + (p.imports == null ? 0 : p.imports.columnSums().at(j));
    }
    Map<ValueAddedComponent, double[]> vaMap = new LinkedHashMap<>(v);
    if (vaMap.isEmpty()) {
      double[] residual = new double[n];
      for (int j = 0; j < n; j++) {
        residual[j] = p.output.at(j) - inputs[j];
      }
      vaMap.put(ValueAddedComponent.of("VA", ValueAddedComponent.Kind.OTHER), residual);
    }
    KeyIndex<ValueAddedComponent> vaRows = KeyIndex.of(List.copyOf(vaMap.keySet()));
    double[][] vaArr = vaMap.values().toArray(new double[0][]);
    p.valueAdded = matrix("V (value added)", vaRows, p.keys, vaArr);
    p.satellites = satellites.build(name, p.keys, fdCols, this::matrix);
    p.balance = balance(p, rowTotal, inputs);
    if (!p.balance.isBalanced()) {
      List<String> culprits = p.balance.violations().stream().limit(10)
          .map(g -> g.sector().toString()).distinct().toList();
      throw SectoralException.of(ErrorCode.UNBALANCED_TABLE, culprits,
          "Table %s is unbalanced beyond relative tolerance %s; worst: %s", name, tolerance,
          p.balance.violations().stream().limit(5).toList());
    }
    return new InputOutputTable(p);
  }

  /** Z given as a matrix: its keys must be the table's; the values are shared, not copied. */
  private LabelledMatrix<RegionSector, RegionSector> sharedIntermediate(
      KeyIndex<RegionSector> keys) {
    if (!zMatrix.rows().equals(keys) || !zMatrix.columns().equals(keys)) {
      throw SectoralException.of(ErrorCode.DIMENSION_MISMATCH, List.of(name),
          "Block Z of table %s: the matrix's keys (%d × %d) are not the table's region-sectors"
              + " (%d)", name, zMatrix.rowCount(), zMatrix.columnCount(), keys.size());
    }
    return zMatrix.unit().equals(unit) ? zMatrix : zMatrix.withUnit(unit);
  }

  private void checkOutput(Parts p) {
    List<String> negative = new ArrayList<>();
    for (int i = 0; i < p.output.size(); i++) {
      if (p.output.at(i) < 0) {
        negative.add(p.keys.get(i).toString());
      }
    }
    if (!negative.isEmpty()) {
      throw SectoralException.of(ErrorCode.NEGATIVE_OUTPUT, negative,
          "Table %s has negative gross output in %s", name, negative);
    }
  }

  private BalanceReport balance(Parts p, double[] rowTotal, double[] inputs) {
    int n = p.keys.size();
    double[] rowGap = new double[n];
    double[] colGap = new double[n];
    double[] va = p.valueAdded.columnSums().toArray();
    for (int i = 0; i < n; i++) {
      rowGap[i] = rowTotal[i] - p.output.at(i);
      colGap[i] = inputs[i] + va[i] - p.output.at(i);
    }
    return new BalanceReport(LabelledVector.of(p.keys, rowGap, unit),
        LabelledVector.of(p.keys, colGap, unit), p.output, tolerance, absoluteTolerance);
  }

  private <R, C> LabelledMatrix<R, C> matrix(String block, KeyIndex<R> rows, KeyIndex<C> cols,
      double[][] values) {
    return matrix(block, rows, cols, values, unit);
  }

  private <R, C> LabelledMatrix<R, C> matrix(String block, KeyIndex<R> rows, KeyIndex<C> cols,
      double[][] values, String u) {
    try {
      return LabelledMatrix.of(rows, cols, values, u);
    } catch (SectoralException e) {
      throw new SectoralException(e.code(), e.culprits(),
          "Block " + block + " of table " + name + ": " + stripCode(e));
    }
  }

  private <K> LabelledVector<K> vector(String block, KeyIndex<K> keys, double[] values) {
    try {
      return LabelledVector.of(keys, values, unit);
    } catch (SectoralException e) {
      throw new SectoralException(e.code(), e.culprits(),
          "Block " + block + " of table " + name + ": " + stripCode(e));
    }
  }

  private static String stripCode(SectoralException e) {
    String m = e.getMessage();
    int k = m.indexOf("] ");
    return k >= 0 ? m.substring(k + 2) : m;
  }

  private static double[][] columnsToRows(Map<FinalDemandColumn, double[]> cols, int n,
      String block) {
    double[][] rows = new double[n][cols.size()];
    int c = 0;
    for (Map.Entry<FinalDemandColumn, double[]> e : cols.entrySet()) {
      double[] col = e.getValue();
      if (col.length != n) {
        throw SectoralException.of(ErrorCode.DIMENSION_MISMATCH, List.of(e.getKey().toString()),
            "Block %s column %s has %d values, expected %d", block, e.getKey(), col.length, n);
      }
      for (int i = 0; i < n; i++) {
        rows[i][c] = col[i];
      }
      c++;
    }
    return rows;
  }

  private static double[][] deepCopy(double[][] a) {
    double[][] c = new double[a.length][];
    for (int i = 0; i < a.length; i++) {
      c[i] = checkNotNull(a[i], "row %s is null", i).clone();
    }
    return c;
  }

  private SectoralException missing(String what) {
    return SectoralException.of(ErrorCode.MISSING_BLOCK, List.of(what),
        "Table %s: %s not given", name, what);
  }

  /** The validated parts handed to the table's constructor. */
  static final class Parts {
    String name;
    String unit;
    KeyIndex<Region> regions;
    KeyIndex<Sector> sectors;
    KeyIndex<RegionSector> keys;
    LabelledMatrix<RegionSector, RegionSector> intermediate;
    LabelledMatrix<RegionSector, FinalDemandColumn> finalDemand;
    LabelledMatrix<Sector, RegionSector> imports;
    LabelledMatrix<Sector, FinalDemandColumn> importedFinalDemand;
    LabelledMatrix<ValueAddedComponent, RegionSector> valueAdded;
    LabelledVector<RegionSector> productTaxes;
    LabelledVector<RegionSector> output;
    ImmutableMap<String, SatelliteAccount> satellites;
    BalanceReport balance;
  }
}
