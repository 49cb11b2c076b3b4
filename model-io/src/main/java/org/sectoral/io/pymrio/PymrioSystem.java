package org.sectoral.io.pymrio;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sectoral.core.footprint.Footprints;
import org.sectoral.core.leontief.LeontiefModel;
import org.sectoral.core.table.FinalDemandColumn;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.core.table.KeyIndex;
import org.sectoral.core.table.LabelledMatrix;
import org.sectoral.core.table.LabelledVector;
import org.sectoral.core.table.Region;
import org.sectoral.core.table.RegionSector;
import org.sectoral.core.table.Stressor;

/**
 * The matrices of a saved pymrio {@code IOSystem}, by pymrio's names: {@code Z}, {@code A},
 * {@code L} (region-sector × region-sector), {@code Y} (region-sector × region-category),
 * {@code x} (column {@code indout}), the optional {@code population} (persons per region), and
 * the extensions by folder name, each a {@link PymrioExtension}. Read one with
 * {@link PymrioReader#readSystem}, make one from a table with {@link #of}, compute what pymrio's
 * {@code calc_all} computes with {@link #calcAll}, and write it with
 * {@link PymrioWriter#write(PymrioSystem, java.nio.file.Path)}.
 */
public final class PymrioSystem {
  private final String name;
  private final String unit;
  private final Map<String, LazyMatrix<RegionSector, RegionSector>> matrices;
  private final LabelledMatrix<RegionSector, FinalDemandColumn> finalDemand;
  private final LabelledVector<RegionSector> output;
  private final LabelledVector<Region> population;
  private final Map<String, PymrioExtension> extensions;
  private final Labels labels;
  private final ObjectNode metadata;
  private final List<String> skipped;
  private final List<VerbatimFile> verbatim; // files read that hold one of these matrices as is

  PymrioSystem(String name, String unit,
      Map<String, LabelledMatrix<RegionSector, RegionSector>> matrices,
      LabelledMatrix<RegionSector, FinalDemandColumn> finalDemand,
      LabelledVector<RegionSector> output, LabelledVector<Region> population,
      Map<String, PymrioExtension> extensions, Labels labels, ObjectNode metadata,
      List<String> skipped) {
    this(name, unit, matrices, finalDemand, output, population, extensions, labels, metadata,
        skipped, List.of());
  }

  PymrioSystem(String name, String unit,
      Map<String, LabelledMatrix<RegionSector, RegionSector>> matrices,
      LabelledMatrix<RegionSector, FinalDemandColumn> finalDemand,
      LabelledVector<RegionSector> output, LabelledVector<Region> population,
      Map<String, PymrioExtension> extensions, Labels labels, ObjectNode metadata,
      List<String> skipped, List<VerbatimFile> verbatim) {
    this(name, unit, lazy(matrices), finalDemand, output, population, extensions, labels,
        metadata, skipped, verbatim, true);
  }

  private PymrioSystem(String name, String unit,
      Map<String, LazyMatrix<RegionSector, RegionSector>> matrices,
      LabelledMatrix<RegionSector, FinalDemandColumn> finalDemand,
      LabelledVector<RegionSector> output, LabelledVector<Region> population,
      Map<String, PymrioExtension> extensions, Labels labels, ObjectNode metadata,
      List<String> skipped, List<VerbatimFile> verbatim, boolean unused) {
    this.verbatim = List.copyOf(verbatim);
    this.name = name;
    this.unit = unit;
    this.matrices = Collections.unmodifiableMap(new LinkedHashMap<>(matrices));
    this.finalDemand = finalDemand;
    this.output = output;
    this.population = population;
    this.extensions = Collections.unmodifiableMap(new LinkedHashMap<>(extensions));
    this.labels = labels;
    this.metadata = metadata == null ? null : metadata.deepCopy();
    this.skipped = List.copyOf(skipped);
  }

  private static Map<String, LazyMatrix<RegionSector, RegionSector>> lazy(
      Map<String, LabelledMatrix<RegionSector, RegionSector>> ms) {
    Map<String, LazyMatrix<RegionSector, RegionSector>> out = new LinkedHashMap<>();
    ms.forEach((k, m) -> out.put(k, LazyMatrix.of(m)));
    return out;
  }

  private PymrioSystem with(Map<String, LazyMatrix<RegionSector, RegionSector>> ms,
      LabelledVector<RegionSector> x, LabelledVector<Region> pop,
      Map<String, PymrioExtension> es) {
    return new PymrioSystem(name, unit, ms, finalDemand, x, pop, es, labels, metadata, skipped,
        verbatim, true);
  }

  /**
   * The file read that holds {@code matrix} (a flows matrix of this system, compared by
   * identity; a lazy matrix by the matrix it holds) byte for byte, or null.
   */
  VerbatimFile verbatimFile(Object matrix) {
    Object m = matrix instanceof LazyMatrix<?, ?> lazy ? lazy.held() : matrix;
    if (m == null) {
      return null;
    }
    for (VerbatimFile f : verbatim) {
      if (f.matrix() == m) {
        return f;
      }
    }
    return null;
  }

  /**
   * The pymrio view of a table: Z, Y, x, one extension per satellite account (folder named
   * after the account, F and F_Y), and its value added, product taxes and imports as the
   * extension {@code factor_inputs} (see FORMATS.md for the folder rules).
   */
  public static PymrioSystem of(InputOutputTable table) {
    return SystemMapping.toSystem(checkNotNull(table, "table"));
  }

  /**
   * The table this system holds, read as pymrio does (see {@link PymrioReader#table}): with the
   * default reader, value added is the residual x − 1'Z and every extension is a satellite
   * account, unless the folder carries Sectoral's side file {@code sectoral.json}.
   *
   * @param balanceTolerance relative tolerance of the balance check
   */
  public InputOutputTable toTable(double balanceTolerance) {
    return PymrioReader.create().balanceTolerance(balanceTolerance).table(this);
  }

  /**
   * What pymrio's {@code calc_all} computes, from this system's flows (Z, Y, each extension's F
   * and F_Y) and the table read from it: x, A, L (only when {@code withInverse}: n × n), and for
   * every extension S, S_Y (with F_Y), M, D_cba, D_pba, D_imp, D_exp, the regional D_*_reg and,
   * with a population, D_*_cap. Matrices computed before (A, L, S, M, D_* of a system saved after
   * {@code calc_all}) are replaced, as after pymrio's {@code reset_to_flows}. Formulas:
   * {@link org.sectoral.core.footprint.Footprints}.
   *
   * @param table the table of this system (same region-sectors, final demand and output)
   * @param model the Leontief model of {@code table}
   */
  public PymrioSystem calcAll(InputOutputTable table, LeontiefModel model, boolean withInverse) {
    return PymrioCalc.calcAll(this, table, model, withInverse, Map.of());
  }

  /**
   * As {@link #calcAll(InputOutputTable, LeontiefModel, boolean)}, reusing footprints already
   * computed with {@code table} and {@code model} (e.g. an analysis result's): an extension whose
   * F and F_Y are exactly those of the footprints' account under the same key takes them instead
   * of solving again (the same numbers); any other extension is computed.
   *
   * @param computed footprints of {@code table} and {@code model} by extension folder
   */
  public PymrioSystem calcAll(InputOutputTable table, LeontiefModel model, boolean withInverse,
      Map<String, Footprints> computed) {
    return PymrioCalc.calcAll(this, table, model, withInverse,
        checkNotNull(computed, "computed"));
  }

  /** The system's name (pymrio's {@code meta.name}, {@code name} in metadata.json). */
  public String name() {
    return name;
  }

  /** The monetary unit of Z, Y and x (pymrio's {@code unit.txt}). */
  public String unit() {
    return unit;
  }

  /** Intermediate flows Z. */
  public LabelledMatrix<RegionSector, RegionSector> intermediate() {
    return matrices.get("Z").matrix();
  }

  /**
   * A region-sector square matrix by pymrio name: {@code Z}, {@code A} or {@code L}. A and L of
   * a system from {@link #calcAll} are derived on demand: each call forms the n × n matrix
   * ({@link PymrioWriter} streams them to the file row by row instead).
   */
  public Optional<LabelledMatrix<RegionSector, RegionSector>> matrix(String matrixName) {
    LazyMatrix<RegionSector, RegionSector> m = matrices.get(matrixName);
    return m == null ? Optional.empty() : Optional.of(m.matrix());
  }

  /** The names of the region-sector square matrices, Z first. */
  public java.util.Set<String> matrixNames() {
    return matrices.keySet();
  }

  /**
   * The region-sector square matrices by name, Z first (unmodifiable; derived ones are formed
   * by this call, see {@link #matrix}).
   */
  public Map<String, LabelledMatrix<RegionSector, RegionSector>> matrices() {
    Map<String, LabelledMatrix<RegionSector, RegionSector>> out = new LinkedHashMap<>();
    matrices.forEach((k, m) -> out.put(k, m.matrix()));
    return Collections.unmodifiableMap(out);
  }

  /** The square matrices as held or produced on demand, for the writer. */
  Map<String, LazyMatrix<RegionSector, RegionSector>> lazyMatrices() {
    return matrices;
  }

  /** Final demand Y. */
  public LabelledMatrix<RegionSector, FinalDemandColumn> finalDemand() {
    return finalDemand;
  }

  /** Gross output x, when the system holds it. */
  public Optional<LabelledVector<RegionSector>> output() {
    return Optional.ofNullable(output);
  }

  /** Persons per region (pymrio's {@code population}), when the system holds it. */
  public Optional<LabelledVector<Region>> population() {
    return Optional.ofNullable(population);
  }

  /** The extensions by folder name (unmodifiable). */
  public Map<String, PymrioExtension> extensions() {
    return extensions;
  }

  /** An extension by folder name or by its own name. */
  public Optional<PymrioExtension> extension(String folderOrName) {
    PymrioExtension e = extensions.get(folderOrName);
    if (e == null) {
      e = extensions.values().stream().filter(x -> x.name().equals(folderOrName)).findFirst()
          .orElse(null);
    }
    return Optional.ofNullable(e);
  }

  /**
   * Whether the system carries Sectoral's side file {@code sectoral.json} (written by Sectoral):
   * its mapping of value added, product taxes and imports is then used for the table.
   */
  public boolean hasSectoralLabels() {
    return labels != null;
  }

  /** Files listed in file_parameters.json that were not read, with the reason. */
  public List<String> skipped() {
    return skipped;
  }

  /**
   * The column gap x − 1'Z − 1'F of every extension whose rows are all in the system's monetary
   * unit (such as {@code factor_inputs}), by folder: zero where the extension's rows are exactly
   * value added. pymrio never requires it; a memo row (compensation of employees beside a total
   * value added) or missing taxes show here. x is the stored output, else Z·1 + Y·1.
   */
  public Map<String, LabelledVector<RegionSector>> monetaryColumnGaps() {
    LabelledMatrix<RegionSector, RegionSector> z = intermediate();
    double[] x = output != null ? output.toArray() : z.rowSums().toArray();
    if (output == null) {
      double[] fd = finalDemand.rowSums().toArray();
      for (int i = 0; i < x.length; i++) {
        x[i] += fd[i];
      }
    }
    double[] inputs = z.columnSums().toArray();
    Map<String, LabelledVector<RegionSector>> out = new LinkedHashMap<>();
    for (Map.Entry<String, PymrioExtension> e : extensions.entrySet()) {
      LabelledMatrix<Stressor, RegionSector> f = e.getValue().flows();
      if (!f.rows().keys().stream().allMatch(s -> s.unit().equals(unit))) {
        continue;
      }
      double[] sums = f.columnSums().toArray();
      double[] gap = new double[x.length];
      for (int j = 0; j < gap.length; j++) {
        gap[j] = x[j] - inputs[j] - sums[j];
      }
      out.put(e.getKey(), LabelledVector.of(z.rows(), gap, unit));
    }
    return out;
  }

  /** This system with one more square matrix such as {@code "A"} or {@code "L"} (Z's keys). */
  public PymrioSystem withMatrix(String matrixName,
      LabelledMatrix<RegionSector, RegionSector> m) {
    checkNotNull(matrixName, "matrixName");
    checkArgument(matrixName.matches("[A-Za-z][A-Za-z0-9_]*") && !matrixName.equals("Y")
        && !matrixName.equals("x") && !matrixName.equals("unit")
        && !matrixName.equals("population"), "%s is not a name for a square matrix", matrixName);
    checkArgument(m.rows().equals(matrices.get("Z").rows())
        && m.columns().equals(matrices.get("Z").columns()), "%s has other keys than Z",
        matrixName);
    Map<String, LazyMatrix<RegionSector, RegionSector>> ms = new LinkedHashMap<>(matrices);
    ms.put(matrixName, LazyMatrix.of(m));
    return with(ms, output, population, extensions);
  }

  /**
   * This system with the technical coefficients A = Z·x̂⁻¹ of {@code model} (made from this
   * system's table), produced row by row when written: never whole in memory.
   */
  public PymrioSystem withCoefficients(LeontiefModel model) {
    checkArgument(checkNotNull(model, "model").keys().equals(matrices.get("Z").rows()),
        "The model has other keys than Z");
    return withDerivedMatrix("A", model::technicalCoefficientRows, "1");
  }

  /** This system with a square matrix produced row by row when written or asked for. */
  PymrioSystem withDerivedMatrix(String matrixName, LazyMatrix.Rows rows, String matrixUnit) {
    Map<String, LazyMatrix<RegionSector, RegionSector>> ms = new LinkedHashMap<>(matrices);
    KeyIndex<RegionSector> keys = matrices.get("Z").rows();
    ms.put(matrixName, LazyMatrix.derived(keys, keys, matrixUnit, rows));
    return with(ms, output, population, extensions);
  }

  /** This system with gross output x (Z's keys). */
  public PymrioSystem withOutput(LabelledVector<RegionSector> x) {
    checkArgument(checkNotNull(x, "x").keys().equals(matrices.get("Z").rows().keys()),
        "x has other keys than Z");
    return with(matrices, x, population, extensions);
  }

  /** This system with a population vector (persons per region), or without one (null). */
  public PymrioSystem withPopulation(LabelledVector<Region> persons) {
    return with(matrices, output, persons, extensions);
  }

  /** This system with an extension added or replaced under a folder name. */
  public PymrioSystem withExtension(String folder, PymrioExtension extension) {
    checkNotNull(folder, "folder");
    checkArgument(folder.matches("[A-Za-z0-9_-]+"),
        "Extension folder %s must be letters, digits, '_' or '-'", folder);
    checkNotNull(extension, "extension");
    Map<String, PymrioExtension> es = new LinkedHashMap<>(extensions);
    es.put(folder, extension);
    return with(matrices, output, population, es);
  }

  /**
   * This system with a stressor-by-sector matrix ({@code "S"}, {@code "M"}, {@code "D_cba"},
   * {@code "D_pba"}, {@code "D_imp"}, {@code "D_exp"} …) added to an extension.
   */
  public PymrioSystem withExtensionMatrix(String extension, String matrixName,
      LabelledMatrix<Stressor, RegionSector> m) {
    String folder = folderOf(extension);
    return withExtension(folder, extensions.get(folder).with(matrixName, m));
  }

  /**
   * This system keeping only flows, as pymrio's {@code reset_to_flows}: Z, Y, x, population and
   * each extension's F and F_Y.
   */
  public PymrioSystem flowsOnly() {
    Map<String, PymrioExtension> es = new LinkedHashMap<>();
    extensions.forEach((k, e) -> es.put(k, e.flowsOnly()));
    return with(Map.of("Z", matrices.get("Z")), output, population, es);
  }

  private String folderOf(String extension) {
    if (extensions.containsKey(extension)) {
      return extension;
    }
    for (Map.Entry<String, PymrioExtension> e : extensions.entrySet()) {
      if (e.getValue().name().equals(extension)) {
        return e.getKey();
      }
    }
    throw new IllegalArgumentException("No extension " + extension + " in "
        + extensions.keySet());
  }

  Labels labels() {
    return labels;
  }

  /** metadata.json as read (null for a system made from a table). */
  ObjectNode metadata() {
    return metadata == null ? null : metadata.deepCopy();
  }

  @Override
  public String toString() {
    return "PymrioSystem[" + name + ", " + matrices.keySet() + ", extensions "
        + extensions.keySet() + "]";
  }
}
