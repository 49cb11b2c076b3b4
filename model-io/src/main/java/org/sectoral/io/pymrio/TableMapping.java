package org.sectoral.io.pymrio;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sectoral.core.table.FinalDemandCategory;
import org.sectoral.core.table.FinalDemandColumn;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.core.table.InputOutputTableBuilder;
import org.sectoral.core.table.KeyIndex;
import org.sectoral.core.table.LabelledMatrix;
import org.sectoral.core.table.Region;
import org.sectoral.core.table.RegionSector;
import org.sectoral.core.table.SatelliteAccount;
import org.sectoral.core.table.Sector;
import org.sectoral.core.table.Stressor;
import org.sectoral.core.table.ValueAddedComponent;

/** Converts between an {@link InputOutputTable} and the pymrio view of it. */
final class TableMapping {
  /** Folder of the factor-inputs extension, as in pymrio's test system and EXIOBASE 3 parser. */
  static final String FACTOR_INPUTS_FOLDER = "factor_inputs";
  /** Name of the factor-inputs extension, as pymrio's EXIOBASE 3 parser names it. */
  static final String FACTOR_INPUTS_NAME = "Factor Inputs";
  static final String PRODUCT_TAXES_ROW = "Taxes less subsidies on products";
  static final String IMPORTS_PREFIX = "Imports: ";

  private TableMapping() {}

  static PymrioSystem toSystem(InputOutputTable t) {
    Map<String, LabelledMatrix<RegionSector, RegionSector>> ms = new LinkedHashMap<>();
    ms.put("Z", t.intermediate());
    Map<String, PymrioExtension> exts = new LinkedHashMap<>();
    List<Stressor> rows = new ArrayList<>();
    List<double[]> values = new ArrayList<>();
    for (int r = 0; r < t.valueAdded().rowCount(); r++) {
      rows.add(Stressor.of(t.valueAdded().rows().get(r).code(), t.unit()));
      values.add(t.valueAdded().rowArray(r));
    }
    String taxesRow = null;
    if (anyNonZero(t.productTaxes().toArray())) {
      taxesRow = PRODUCT_TAXES_ROW;
      rows.add(Stressor.of(taxesRow, t.unit()));
      values.add(t.productTaxes().toArray());
    }
    Map<String, Sector> importRows = new LinkedHashMap<>();
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
    exts.put(FACTOR_INPUTS_FOLDER, PymrioExtension.of(FACTOR_INPUTS_NAME, f, fy));
    List<String> satelliteFolders = new ArrayList<>();
    for (SatelliteAccount a : t.satellites().values()) {
      String folder = folderName(a.name(), exts.keySet());
      satelliteFolders.add(folder);
      exts.put(folder, PymrioExtension.of(a.name(), a.byIndustry(),
          a.byFinalDemand().orElse(null)));
    }
    Labels labels = new Labels(t.name(), t.unit(), t.regions().keys(), t.sectors().keys(),
        t.finalDemandColumns().keys(), t.valueAdded().rows().keys(), taxesRow, importRows,
        satelliteFolders, new double[] {t.balanceReport().tolerance(),
            t.balanceReport().absoluteTolerance()});
    return new PymrioSystem(t.name(), t.unit(), ms, t.finalDemand(), t.output(), exts, labels,
        List.of());
  }

  /** A folder name for an extension: letters, digits and '_' only, unique among {@code taken}. */
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

  static InputOutputTable toTable(PymrioSystem s, double tolerance) {
    LabelledMatrix<RegionSector, RegionSector> z = s.intermediate();
    Set<Region> regions = new LinkedHashSet<>();
    Set<Sector> sectors = new LinkedHashSet<>();
    for (RegionSector k : z.rows().keys()) {
      regions.add(k.region());
      sectors.add(k.sector());
    }
    double[] stored = s.labels() == null ? null : s.labels().balanceTolerance();
    double relative = stored == null ? tolerance : Math.max(tolerance, stored[0]);
    double absolute = stored == null ? tolerance : Math.max(tolerance, stored[1]);
    InputOutputTableBuilder b = InputOutputTable.builder().name(s.name()).unit(s.unit())
        .balanceTolerance(relative, absolute).regions(List.copyOf(regions)).sectors(List.copyOf(sectors))
        .intermediate(z.toArray());
    LabelledMatrix<RegionSector, FinalDemandColumn> y = s.finalDemand();
    for (int j = 0; j < y.columnCount(); j++) {
      b.finalDemand(y.columns().get(j), y.columnArray(j));
    }
    s.output().ifPresent(x -> b.output(x.toArray()));
    Labels labels = s.labels();
    String fiFolder = factorInputsFolder(s);
    if (fiFolder != null) {
      addFactorInputs(b, s.extensions().get(fiFolder), labels);
    }
    List<String> order = new ArrayList<>();
    if (labels != null) {
      labels.satellites().stream().filter(s.extensions()::containsKey).forEach(order::add);
    }
    s.extensions().keySet().stream().filter(k -> !order.contains(k) && !k.equals(fiFolder))
        .forEach(order::add);
    for (String folder : order) {
      PymrioExtension e = s.extensions().get(folder);
      LabelledMatrix<Stressor, RegionSector> f = e.flows();
      for (int r = 0; r < f.rowCount(); r++) {
        b.satellite(e.name(), f.rows().get(r), f.rowArray(r));
      }
    }
    return b.build();
  }

  /**
   * The folder of the factor-inputs extension to take value added from: {@code factor_inputs}
   * or an extension named "Factor Inputs", when every row is in the system's monetary unit.
   */
  private static String factorInputsFolder(PymrioSystem s) {
    if (s.labels() != null) {
      return s.extensions().containsKey(FACTOR_INPUTS_FOLDER) ? FACTOR_INPUTS_FOLDER : null;
    }
    for (Map.Entry<String, PymrioExtension> e : s.extensions().entrySet()) {
      String n = e.getValue().name().toLowerCase(Locale.ROOT).replace('_', ' ').trim();
      boolean named = e.getKey().equalsIgnoreCase(FACTOR_INPUTS_FOLDER)
          || n.equals("factor inputs") || n.equals("factor input");
      if (named && e.getValue().stressors().keys().stream()
          .allMatch(st -> st.unit().isEmpty() || st.unit().equals(s.unit()))) {
        return e.getKey();
      }
    }
    return null;
  }

  private static void addFactorInputs(InputOutputTableBuilder b, PymrioExtension e,
      Labels labels) {
    LabelledMatrix<Stressor, RegionSector> f = e.flows();
    Map<String, ValueAddedComponent> va = new LinkedHashMap<>();
    if (labels != null) {
      labels.valueAdded().forEach(c -> va.put(c.code(), c));
    }
    List<Sector> products = new ArrayList<>();
    List<double[]> imports = new ArrayList<>();
    List<Integer> importRows = new ArrayList<>();
    for (int r = 0; r < f.rowCount(); r++) {
      String name = f.rows().get(r).name();
      if (labels != null && name.equals(labels.productTaxesRow())) {
        b.productTaxes(f.rowArray(r));
      } else if (labels != null && labels.importRows().containsKey(name)) {
        products.add(labels.importRows().get(name));
        imports.add(f.rowArray(r));
        importRows.add(r);
      } else {
        ValueAddedComponent c = va.get(name);
        b.valueAdded(name, c != null ? c.kind() : guessKind(name), f.rowArray(r));
      }
    }
    if (!products.isEmpty()) {
      b.imports(products, imports.toArray(new double[0][]));
      e.finalDemandFlows().ifPresent(fy -> {
        for (int j = 0; j < fy.columnCount(); j++) {
          double[] col = new double[importRows.size()];
          for (int i = 0; i < col.length; i++) {
            col[i] = fy.at(importRows.get(i), j);
          }
          b.importedFinalDemand(fy.columns().get(j), col);
        }
      });
    }
  }

  /** The value-added kind suggested by a factor-input name such as EXIOBASE's. */
  static ValueAddedComponent.Kind guessKind(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    if (n.contains("compensation") || n.contains("wages")) {
      return ValueAddedComponent.Kind.COMPENSATION;
    }
    if (n.contains("operating surplus") || n.contains("mixed income")) {
      return ValueAddedComponent.Kind.OPERATING_SURPLUS;
    }
    if (n.contains("tax") && n.contains("production")) {
      return ValueAddedComponent.Kind.TAXES_ON_PRODUCTION;
    }
    return ValueAddedComponent.Kind.OTHER;
  }

  /**
   * The final-demand category of a pymrio category name, e.g. "Final consumption expenditure by
   * households" (pymrio's test system and EXIOBASE) → HOUSEHOLDS, "Export"/"Exports: Total (fob)"
   * → EXPORTS; unknown names → OTHER.
   */
  static FinalDemandCategory guessCategory(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    if (n.contains("non-profit") || n.contains("npish")) {
      return FinalDemandCategory.NPISH;
    }
    if (n.contains("household")) {
      return FinalDemandCategory.HOUSEHOLDS;
    }
    if (n.contains("government")) {
      return FinalDemandCategory.GOVERNMENT;
    }
    if (n.contains("fixed capital")) {
      return FinalDemandCategory.INVESTMENT;
    }
    if (n.contains("inventor") || n.contains("valuables")) {
      return FinalDemandCategory.INVENTORIES;
    }
    if (n.startsWith("export")) {
      return FinalDemandCategory.EXPORTS;
    }
    return FinalDemandCategory.OTHER;
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
