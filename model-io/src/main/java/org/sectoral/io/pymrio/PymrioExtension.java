package org.sectoral.io.pymrio;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.sectoral.core.table.FinalDemandColumn;
import org.sectoral.core.table.KeyIndex;
import org.sectoral.core.table.LabelledMatrix;
import org.sectoral.core.table.RegionSector;
import org.sectoral.core.table.Stressor;

/**
 * One pymrio extension (a satellite account): the stressor-by-sector matrices pymrio's
 * {@code Extension} holds, each named as pymrio names its attribute and file: {@code F} (flows),
 * {@code S} (coefficients F·diag(x)⁻¹), {@code M} (multipliers S·L), {@code D_cba},
 * {@code D_pba}, {@code D_imp}, {@code D_exp} (accounts by sector), and the final-demand matrices
 * {@code F_Y} and {@code S_Y}. Stressor units come from the extension's {@code unit.txt}.
 */
public final class PymrioExtension {
  /** pymrio's name of the flow matrix F (stressor × region-sector). */
  public static final String F = "F";
  /** pymrio's name of the final-demand flow matrix F_Y (stressor × region-category). */
  public static final String F_Y = "F_Y";

  private final String name;
  private final Map<String, LabelledMatrix<Stressor, RegionSector>> bySector;
  private final Map<String, LabelledMatrix<Stressor, FinalDemandColumn>> byFinalDemand;

  private PymrioExtension(String name, Map<String, LabelledMatrix<Stressor, RegionSector>> s,
      Map<String, LabelledMatrix<Stressor, FinalDemandColumn>> fd) {
    this.name = name;
    this.bySector = Collections.unmodifiableMap(new LinkedHashMap<>(s));
    this.byFinalDemand = Collections.unmodifiableMap(new LinkedHashMap<>(fd));
  }

  /** An extension with flows F and, when not null, final-demand flows F_Y. */
  public static PymrioExtension of(String name, LabelledMatrix<Stressor, RegionSector> f,
      LabelledMatrix<Stressor, FinalDemandColumn> fy) {
    checkNotNull(name, "name");
    checkArgument(!name.isBlank(), "Extension name is blank");
    checkNotNull(f, "f");
    Map<String, LabelledMatrix<Stressor, FinalDemandColumn>> fd = new LinkedHashMap<>();
    if (fy != null) {
      checkArgument(fy.rows().equals(f.rows()), "F_Y of %s has stressors %s, F has %s", name,
          fy.rows(), f.rows());
      fd.put(F_Y, fy);
    }
    return new PymrioExtension(name, Map.of(F, f), fd);
  }

  /**
   * This extension with one more stressor-by-sector matrix (e.g. {@code "M"} or {@code "D_cba"});
   * its stressors must be F's.
   */
  public PymrioExtension with(String matrixName, LabelledMatrix<Stressor, RegionSector> m) {
    checkName(matrixName);
    checkNotNull(m, "m");
    checkArgument(m.rows().equals(stressors()), "%s of %s has stressors %s, F has %s",
        matrixName, name, m.rows(), stressors());
    checkArgument(!byFinalDemand.containsKey(matrixName), "%s is a final-demand matrix",
        matrixName);
    Map<String, LabelledMatrix<Stressor, RegionSector>> s = new LinkedHashMap<>(bySector);
    s.put(matrixName, m);
    return new PymrioExtension(name, s, byFinalDemand);
  }

  /** This extension with one more stressor-by-final-demand matrix (e.g. {@code "S_Y"}). */
  public PymrioExtension withFinalDemand(String matrixName,
      LabelledMatrix<Stressor, FinalDemandColumn> m) {
    checkName(matrixName);
    checkNotNull(m, "m");
    checkArgument(!bySector.containsKey(matrixName), "%s is a by-sector matrix", matrixName);
    Map<String, LabelledMatrix<Stressor, FinalDemandColumn>> fd = new LinkedHashMap<>(
        byFinalDemand);
    fd.put(matrixName, m);
    return new PymrioExtension(name, bySector, fd);
  }

  private static void checkName(String matrixName) {
    checkNotNull(matrixName, "matrixName");
    checkArgument(matrixName.matches("[A-Za-z][A-Za-z0-9_]*"),
        "Matrix name %s is not a pymrio attribute name", matrixName);
    checkArgument(!matrixName.equals("unit"), "unit is not a matrix");
  }

  /** The extension's name, e.g. {@code "Factor Inputs"} or {@code "emissions"}. */
  public String name() {
    return name;
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

  /** The stressor-by-sector matrices by name, F first (unmodifiable). */
  public Map<String, LabelledMatrix<Stressor, RegionSector>> matrices() {
    return bySector;
  }

  /** The stressor-by-final-demand matrices by name (unmodifiable). */
  public Map<String, LabelledMatrix<Stressor, FinalDemandColumn>> finalDemandMatrices() {
    return byFinalDemand;
  }

  @Override
  public String toString() {
    return "PymrioExtension[" + name + ", " + bySector.keySet() + " " + byFinalDemand.keySet()
        + "]";
  }
}
