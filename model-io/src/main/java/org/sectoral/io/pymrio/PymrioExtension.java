package org.sectoral.io.pymrio;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sectoral.core.table.FinalDemandColumn;
import org.sectoral.core.table.KeyIndex;
import org.sectoral.core.table.LabelledMatrix;
import org.sectoral.core.table.Region;
import org.sectoral.core.table.RegionSector;
import org.sectoral.core.table.Stressor;

/**
 * One pymrio extension (a satellite account): the stressor matrices pymrio's {@code Extension}
 * holds, each named as pymrio names its attribute and file: by region-sector {@code F} (flows),
 * {@code S} (coefficients F·diag(x)⁻¹), {@code M} (multipliers S·L), {@code D_cba},
 * {@code D_pba}, {@code D_imp}, {@code D_exp}; by final-demand column {@code F_Y} and
 * {@code S_Y}; by region {@code D_cba_reg} … {@code D_exp_reg} and the per-capita
 * {@code D_cba_cap} … {@code D_exp_cap}. Stressor units come from the extension's
 * {@code unit.txt}. A multi-level stressor index (pymrio's {@code stressor, compartment}) is held
 * as names joined by {@value #LEVEL_SEPARATOR}, with the level names in {@link #indexNames()}.
 */
public final class PymrioExtension {
  /** pymrio's name of the flow matrix F (stressor × region-sector). */
  public static final String F = "F";
  /** pymrio's name of the final-demand flow matrix F_Y (stressor × region-category). */
  public static final String F_Y = "F_Y";
  /** How the levels of a multi-level stressor index are joined into one stressor name. */
  public static final String LEVEL_SEPARATOR = " | ";

  private final String name;
  private final List<String> indexNames;
  private final Map<String, LabelledMatrix<Stressor, RegionSector>> bySector;
  private final Map<String, LabelledMatrix<Stressor, FinalDemandColumn>> byFinalDemand;
  private final Map<String, LabelledMatrix<Stressor, Region>> byRegion;

  private PymrioExtension(String name, List<String> indexNames,
      Map<String, LabelledMatrix<Stressor, RegionSector>> s,
      Map<String, LabelledMatrix<Stressor, FinalDemandColumn>> fd,
      Map<String, LabelledMatrix<Stressor, Region>> reg) {
    this.name = name;
    this.indexNames = List.copyOf(indexNames);
    this.bySector = Collections.unmodifiableMap(new LinkedHashMap<>(s));
    this.byFinalDemand = Collections.unmodifiableMap(new LinkedHashMap<>(fd));
    this.byRegion = Collections.unmodifiableMap(new LinkedHashMap<>(reg));
  }

  /**
   * An extension with flows F and, when not null, final-demand flows F_Y; the stressor index
   * levels are named {@code stressor}, {@code compartment}, … as the stressor names split at
   * {@value #LEVEL_SEPARATOR}.
   */
  public static PymrioExtension of(String name, LabelledMatrix<Stressor, RegionSector> f,
      LabelledMatrix<Stressor, FinalDemandColumn> fy) {
    checkNotNull(f, "f");
    return of(name, defaultIndexNames(f.rows()), f, fy);
  }

  /** An extension with flows F, F_Y (nullable) and the names of its stressor index levels. */
  public static PymrioExtension of(String name, List<String> indexNames,
      LabelledMatrix<Stressor, RegionSector> f, LabelledMatrix<Stressor, FinalDemandColumn> fy) {
    checkNotNull(name, "name");
    checkArgument(!name.isBlank(), "Extension name is blank");
    checkNotNull(f, "f");
    checkNotNull(indexNames, "indexNames");
    checkArgument(!indexNames.isEmpty(), "No index names");
    Map<String, LabelledMatrix<Stressor, FinalDemandColumn>> fd = new LinkedHashMap<>();
    if (fy != null) {
      checkArgument(fy.rows().equals(f.rows()), "F_Y of %s has stressors %s, F has %s", name,
          fy.rows(), f.rows());
      fd.put(F_Y, fy);
    }
    return new PymrioExtension(name, indexNames, Map.of(F, f), fd, Map.of());
  }

  /**
   * Level names for stressors whose names all split into the same number k ≥ 2 of parts at
   * {@value #LEVEL_SEPARATOR}: pymrio's {@code stressor, compartment}, then {@code level3} …;
   * else the single level {@code stressor}.
   */
  static List<String> defaultIndexNames(KeyIndex<Stressor> stressors) {
    int k = -1;
    for (Stressor s : stressors.keys()) {
      int parts = s.name().split(java.util.regex.Pattern.quote(LEVEL_SEPARATOR), -1).length;
      if (k >= 0 && parts != k) {
        return List.of("stressor");
      }
      k = parts;
    }
    if (k < 2) {
      return List.of("stressor");
    }
    List<String> names = new java.util.ArrayList<>(List.of("stressor", "compartment"));
    for (int i = 3; i <= k; i++) {
      names.add("level" + i);
    }
    return names;
  }

  /**
   * This extension with one more stressor-by-sector matrix (e.g. {@code "M"} or {@code "D_cba"});
   * its stressors must be F's.
   */
  public PymrioExtension with(String matrixName, LabelledMatrix<Stressor, RegionSector> m) {
    checkMatrix(matrixName, m);
    checkArgument(!byFinalDemand.containsKey(matrixName) && !byRegion.containsKey(matrixName),
        "%s is a final-demand or regional matrix", matrixName);
    Map<String, LabelledMatrix<Stressor, RegionSector>> s = new LinkedHashMap<>(bySector);
    s.put(matrixName, m);
    return new PymrioExtension(name, indexNames, s, byFinalDemand, byRegion);
  }

  /** This extension with one more stressor-by-final-demand matrix (e.g. {@code "S_Y"}). */
  public PymrioExtension withFinalDemand(String matrixName,
      LabelledMatrix<Stressor, FinalDemandColumn> m) {
    checkMatrix(matrixName, m);
    checkArgument(!bySector.containsKey(matrixName) && !byRegion.containsKey(matrixName),
        "%s is a by-sector or regional matrix", matrixName);
    Map<String, LabelledMatrix<Stressor, FinalDemandColumn>> fd = new LinkedHashMap<>(
        byFinalDemand);
    fd.put(matrixName, m);
    return new PymrioExtension(name, indexNames, bySector, fd, byRegion);
  }

  /** This extension with one more stressor-by-region matrix (e.g. {@code "D_cba_reg"}). */
  public PymrioExtension withRegional(String matrixName,
      LabelledMatrix<Stressor, Region> m) {
    checkMatrix(matrixName, m);
    checkArgument(!bySector.containsKey(matrixName) && !byFinalDemand.containsKey(matrixName),
        "%s is a by-sector or final-demand matrix", matrixName);
    Map<String, LabelledMatrix<Stressor, Region>> reg = new LinkedHashMap<>(byRegion);
    reg.put(matrixName, m);
    return new PymrioExtension(name, indexNames, bySector, byFinalDemand, reg);
  }

  /** This extension with only F and F_Y (pymrio's {@code reset_to_flows}). */
  public PymrioExtension flowsOnly() {
    Map<String, LabelledMatrix<Stressor, FinalDemandColumn>> fd = new LinkedHashMap<>();
    finalDemandFlows().ifPresent(m -> fd.put(F_Y, m));
    return new PymrioExtension(name, indexNames, Map.of(F, flows()), fd, Map.of());
  }

  private void checkMatrix(String matrixName, LabelledMatrix<Stressor, ?> m) {
    checkNotNull(matrixName, "matrixName");
    checkArgument(matrixName.matches("[A-Za-z][A-Za-z0-9_]*"),
        "Matrix name %s is not a pymrio attribute name", matrixName);
    checkArgument(!matrixName.equals("unit"), "unit is not a matrix");
    checkNotNull(m, "m");
    if (bySector.containsKey(F)) {
      checkArgument(m.rows().equals(stressors()), "%s of %s has stressors %s, F has %s",
          matrixName, name, m.rows(), stressors());
    }
  }

  /** The extension's name, e.g. {@code "Factor Inputs"} or {@code "emissions"}. */
  public String name() {
    return name;
  }

  /** The names of the stressor index levels, e.g. {@code [stressor, compartment]}. */
  public List<String> indexNames() {
    return indexNames;
  }

  /** The stressors (rows of F), each with its unit. */
  public KeyIndex<Stressor> stressors() {
    return bySector.get(F).rows();
  }

  /** Stressor flows F by region-sector, in each stressor's unit. */
  public LabelledMatrix<Stressor, RegionSector> flows() {
    return bySector.get(F);
  }

  /** Stressor flows of final demand F_Y, when present. */
  public Optional<LabelledMatrix<Stressor, FinalDemandColumn>> finalDemandFlows() {
    return Optional.ofNullable(byFinalDemand.get(F_Y));
  }

  /** A stressor-by-sector matrix by pymrio name: {@code F}, {@code S}, {@code M}, {@code D_cba}. */
  public Optional<LabelledMatrix<Stressor, RegionSector>> matrix(String matrixName) {
    return Optional.ofNullable(bySector.get(matrixName));
  }

  /** A stressor-by-final-demand matrix by pymrio name ({@code F_Y}, {@code S_Y}). */
  public Optional<LabelledMatrix<Stressor, FinalDemandColumn>> finalDemandMatrix(
      String matrixName) {
    return Optional.ofNullable(byFinalDemand.get(matrixName));
  }

  /** A stressor-by-region matrix by pymrio name ({@code D_cba_reg}, {@code D_pba_cap} …). */
  public Optional<LabelledMatrix<Stressor, Region>> regionalMatrix(String matrixName) {
    return Optional.ofNullable(byRegion.get(matrixName));
  }

  /** The stressor-by-sector matrices by name, F first (unmodifiable). */
  public Map<String, LabelledMatrix<Stressor, RegionSector>> matrices() {
    return bySector;
  }

  /** The stressor-by-final-demand matrices by name (unmodifiable). */
  public Map<String, LabelledMatrix<Stressor, FinalDemandColumn>> finalDemandMatrices() {
    return byFinalDemand;
  }

  /** The stressor-by-region matrices by name (unmodifiable). */
  public Map<String, LabelledMatrix<Stressor, Region>> regionalMatrices() {
    return byRegion;
  }

  @Override
  public String toString() {
    return "PymrioExtension[" + name + ", " + bySector.keySet() + " " + byFinalDemand.keySet()
        + " " + byRegion.keySet() + "]";
  }
}
