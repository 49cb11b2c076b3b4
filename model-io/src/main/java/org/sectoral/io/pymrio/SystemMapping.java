package org.sectoral.io.pymrio;

import static org.sectoral.io.pymrio.TableMapping.FACTOR_INPUTS_FOLDER;
import static org.sectoral.io.pymrio.TableMapping.FACTOR_INPUTS_NAME;
import static org.sectoral.io.pymrio.TableMapping.IMPORTS_PREFIX;
import static org.sectoral.io.pymrio.TableMapping.PRODUCT_TAXES_ROW;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sectoral.core.table.FinalDemandColumn;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.core.table.KeyIndex;
import org.sectoral.core.table.LabelledMatrix;
import org.sectoral.core.table.RegionSector;
import org.sectoral.core.table.SatelliteAccount;
import org.sectoral.core.table.Sector;
import org.sectoral.core.table.Stressor;
import org.sectoral.core.table.ValueAddedComponent;

/**
 * The pymrio view of a table. Each satellite account becomes the extension in the folder named
 * after it (letters, digits and '_'), so pymrio's attribute has the account's name. Value added,
 * product taxes and imports go to the extension {@code factor_inputs} ("Factor Inputs"); when a
 * satellite account already has that folder (a table read from a pymrio system), they go to
 * {@code value_added}, or are not written at all when value added is exactly the residual
 * x − 1'Z with no taxes or imports (reading recomputes it bit for bit). {@code sectoral.json}
 * records which folder holds them.
 */
final class SystemMapping {
  private SystemMapping() {}

  static PymrioSystem toSystem(InputOutputTable t) {
    Set<String> taken = new LinkedHashSet<>();
    List<String> satelliteFolders = new ArrayList<>();
    for (SatelliteAccount a : t.satellites().values()) {
      String folder = folderName(a.name(), taken);
      taken.add(folder);
      satelliteFolders.add(folder);
    }
    String vaFolder = !taken.contains(FACTOR_INPUTS_FOLDER) ? FACTOR_INPUTS_FOLDER
        : isResidual(t) ? null : folderName("value_added", taken);
    Map<String, PymrioExtension> exts = new LinkedHashMap<>();
    String taxesRow = null;
    Map<String, Sector> importRows = new LinkedHashMap<>();
    if (vaFolder != null) {
      List<Stressor> rows = new ArrayList<>();
      List<double[]> values = new ArrayList<>();
      for (int r = 0; r < t.valueAdded().rowCount(); r++) {
        rows.add(Stressor.of(t.valueAdded().rows().get(r).code(), t.unit()));
        values.add(t.valueAdded().rowArray(r));
      }
      if (anyNonZero(t.productTaxes().toArray())) {
        taxesRow = PRODUCT_TAXES_ROW;
        rows.add(Stressor.of(taxesRow, t.unit()));
        values.add(t.productTaxes().toArray());
      }
      int firstImport = rows.size();
      if (t.imports().isPresent()) {
        LabelledMatrix<Sector, RegionSector> m = t.imports().get();
        for (int r = 0; r < m.rowCount(); r++) {
          String name = IMPORTS_PREFIX + m.rows().get(r).code();
          importRows.put(name, m.rows().get(r));
          rows.add(Stressor.of(name, t.unit()));
          values.add(m.rowArray(r));
        }
      }
      KeyIndex<Stressor> fiRows = KeyIndex.of(rows);
      LabelledMatrix<Stressor, RegionSector> f = LabelledMatrix.of(fiRows, t.keys(),
          values.toArray(new double[0][]), t.unit());
      LabelledMatrix<Stressor, FinalDemandColumn> fy = null;
      if (t.importedFinalDemand().isPresent()) {
        LabelledMatrix<Sector, FinalDemandColumn> ym = t.importedFinalDemand().get();
        double[][] fyv = new double[rows.size()][ym.columnCount()];
        for (int r = 0; r < ym.rowCount(); r++) {
          fyv[firstImport + r] = ym.rowArray(r);
        }
        fy = LabelledMatrix.of(fiRows, ym.columns(), fyv, t.unit());
      }
      exts.put(vaFolder, PymrioExtension.of(vaFolder.equals(FACTOR_INPUTS_FOLDER)
          ? FACTOR_INPUTS_NAME : "Value added", List.of("stressor"), f, fy));
    }
    int k = 0;
    for (SatelliteAccount a : t.satellites().values()) {
      exts.put(satelliteFolders.get(k++), PymrioExtension.of(a.name(), a.byIndustry(),
          a.byFinalDemand().orElse(null)));
    }
    Labels labels = new Labels(t.name(), t.unit(), t.regions().keys(), t.sectors().keys(),
        t.finalDemandColumns().keys(), vaFolder, vaFolder == null ? List.of()
            : t.valueAdded().rows().keys(), taxesRow, importRows, satelliteFolders,
        new double[] {t.balanceReport().tolerance(), t.balanceReport().absoluteTolerance()});
    Map<String, LabelledMatrix<RegionSector, RegionSector>> ms = new LinkedHashMap<>();
    ms.put("Z", t.intermediate());
    return new PymrioSystem(t.name(), t.unit(), ms, t.finalDemand(), t.output(), null, exts,
        labels, null, List.of());
  }

  /**
   * Whether value added is exactly what the builder computes as the residual: one row
   * {@code VA} of kind OTHER equal, bit for bit, to x − (1'Z + t + 0) with t zero and no imports.
   */
  static boolean isResidual(InputOutputTable t) {
    if (t.valueAdded().rowCount() != 1 || t.imports().isPresent()
        || !t.valueAdded().rows().get(0).equals(ValueAddedComponent.of("VA",
            ValueAddedComponent.Kind.OTHER)) || anyNonZero(t.productTaxes().toArray())) {
      return false;
    }
    double[] inputs = t.intermediate().columnSums().toArray();
    for (int j = 0; j < inputs.length; j++) {
      inputs[j] += t.productTaxes().at(j) + 0;
      double residual = t.output().at(j) - inputs[j];
      if (Double.doubleToLongBits(residual) != Double.doubleToLongBits(t.valueAdded().at(0, j))) {
        return false;
      }
    }
    return true;
  }

  /**
   * A folder name for an extension: the name with runs of characters other than letters, digits
   * and '_' replaced by '_' (so pymrio's attribute, the folder name, is the name itself when it
   * already is an identifier), unique among {@code taken}.
   */
  static String folderName(String name, Set<String> taken) {
    String base = name.replaceAll("[^A-Za-z0-9_]+", "_").replaceAll("^_+|_+$", "");
    if (base.isEmpty()) {
      base = "extension";
    }
    String f = base;
    for (int i = 2; taken.contains(f); i++) {
      f = base + "_" + i;
    }
    return f;
  }

  private static boolean anyNonZero(double[] v) {
    for (double d : v) {
      if (d != 0 || 1 / d < 0) {
        return true;
      }
    }
    return false;
  }
}
