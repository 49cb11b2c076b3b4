package org.sectoral.io.pymrio;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sectoral.core.table.FinalDemandColumn;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.core.table.InputOutputTableBuilder;
import org.sectoral.core.table.LabelledMatrix;
import org.sectoral.core.table.LabelledVector;
import org.sectoral.core.table.RegionSector;
import org.sectoral.core.table.Stressor;

/**
 * The matrices of a saved pymrio {@code IOSystem}, by pymrio's names: {@code Z}, {@code A},
 * {@code L} (region-sector × region-sector), {@code Y} (region-sector × region-category),
 * {@code x} (column {@code indout}) and the extensions, each a {@link PymrioExtension}. Read one
 * with {@link PymrioReader#readSystem}, make one from a table with {@link #of}, add computed
 * matrices with {@link #withMatrix} and {@link #withExtensionMatrix}, and write it with
 * {@link PymrioWriter#write(PymrioSystem, java.nio.file.Path)}.
 */
public final class PymrioSystem {
  private final String name;
  private final String unit;
  private final Map<String, LabelledMatrix<RegionSector, RegionSector>> matrices;
  private final LabelledMatrix<RegionSector, FinalDemandColumn> finalDemand;
  private final LabelledVector<RegionSector> output;
  private final Map<String, PymrioExtension> extensions;
  private final Labels labels;
  private final List<String> skipped;

  PymrioSystem(String name, String unit,
      Map<String, LabelledMatrix<RegionSector, RegionSector>> matrices,
      LabelledMatrix<RegionSector, FinalDemandColumn> finalDemand,
      LabelledVector<RegionSector> output, Map<String, PymrioExtension> extensions,
      Labels labels, List<String> skipped) {
    this.name = name;
    this.unit = unit;
    this.matrices = Collections.unmodifiableMap(new LinkedHashMap<>(matrices));
    this.finalDemand = finalDemand;
    this.output = output;
    this.extensions = Collections.unmodifiableMap(new LinkedHashMap<>(extensions));
    this.labels = labels;
    this.skipped = List.copyOf(skipped);
  }

  /**
   * The pymrio view of a table: Z, Y, x, its value added, product taxes and imports as the
   * extension {@code factor_inputs}, and one extension per satellite account.
   */
  public static PymrioSystem of(InputOutputTable table) {
    return TableMapping.toSystem(checkNotNull(table, "table"));
  }

  /**
   * The table this system holds: regions and sectors from Z's index, final-demand categories
   * from pymrio's category names, value added from {@code factor_inputs} when present (else the
   * residual x − 1'Z), other extensions as satellite accounts.
   *
   * @param balanceTolerance relative tolerance of the balance check (see
   *     {@link InputOutputTableBuilder#balanceTolerance(double)})
   */
  public InputOutputTable toTable(double balanceTolerance) {
    return TableMapping.toTable(this, balanceTolerance);
  }

  /** The system's name (pymrio's {@code meta.name}, {@code mrio_name} in metadata.json). */
  public String name() {
    return name;
  }

  /** The monetary unit of Z, Y and x (pymrio's {@code unit.txt}). */
  public String unit() {
    return unit;
  }

  /** Intermediate flows Z. */
  public LabelledMatrix<RegionSector, RegionSector> intermediate() {
    return matrices.get("Z");
  }

  /** A region-sector square matrix by pymrio name: {@code Z}, {@code A} or {@code L}. */
  public Optional<LabelledMatrix<RegionSector, RegionSector>> matrix(String matrixName) {
    return Optional.ofNullable(matrices.get(matrixName));
  }

  /** The region-sector square matrices by name, Z first (unmodifiable). */
  public Map<String, LabelledMatrix<RegionSector, RegionSector>> matrices() {
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

  /** Files listed in file_parameters.json that were not read, with the reason. */
  public List<String> skipped() {
    return skipped;
  }

  /** This system with one more square matrix such as {@code "A"} or {@code "L"} (Z's keys). */
  public PymrioSystem withMatrix(String matrixName,
      LabelledMatrix<RegionSector, RegionSector> m) {
    checkNotNull(matrixName, "matrixName");
    checkArgument(matrixName.matches("[A-Za-z][A-Za-z0-9_]*") && !matrixName.equals("Y")
        && !matrixName.equals("x") && !matrixName.equals("unit"),
        "%s is not a name for a square matrix", matrixName);
    checkArgument(m.rows().equals(intermediate().rows())
        && m.columns().equals(intermediate().columns()), "%s has other keys than Z", matrixName);
    Map<String, LabelledMatrix<RegionSector, RegionSector>> ms = new LinkedHashMap<>(matrices);
    ms.put(matrixName, m);
    return new PymrioSystem(name, unit, ms, finalDemand, output, extensions, labels, skipped);
  }

  /** This system with an extension added or replaced under a folder name. */
  public PymrioSystem withExtension(String folder, PymrioExtension extension) {
    checkNotNull(folder, "folder");
    checkArgument(folder.matches("[A-Za-z0-9_-]+"),
        "Extension folder %s must be letters, digits, '_' or '-'", folder);
    checkNotNull(extension, "extension");
    Map<String, PymrioExtension> es = new LinkedHashMap<>(extensions);
    es.put(folder, extension);
    return new PymrioSystem(name, unit, matrices, finalDemand, output, es, labels, skipped);
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

  @Override
  public String toString() {
    return "PymrioSystem[" + name + ", " + matrices.keySet() + ", extensions "
        + extensions.keySet() + "]";
  }
}
