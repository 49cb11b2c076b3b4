package org.sectoral.io.pymrio;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sectoral.core.ErrorCode;
import org.sectoral.core.SectoralException;
import org.sectoral.core.table.FinalDemandCategory;
import org.sectoral.core.table.FinalDemandColumn;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.core.table.InputOutputTableBuilder;
import org.sectoral.core.table.KeyIndex;
import org.sectoral.core.table.LabelledMatrix;
import org.sectoral.core.table.Region;
import org.sectoral.core.table.RegionSector;
import org.sectoral.core.table.Sector;
import org.sectoral.core.table.Stressor;
import org.sectoral.core.table.ValueAddedComponent;

/** The table a {@link PymrioSystem} holds (the reverse is {@link SystemMapping}). */
final class TableMapping {
  /** Folder of the factor-inputs extension, as in pymrio's test system and EXIOBASE 3 parser. */
  static final String FACTOR_INPUTS_FOLDER = "factor_inputs";
  /** Name of the factor-inputs extension, as pymrio's test system names it. */
  static final String FACTOR_INPUTS_NAME = "Factor Inputs";
  static final String PRODUCT_TAXES_ROW = "Taxes less subsidies on products";
  static final String IMPORTS_PREFIX = "Imports: ";

  private TableMapping() {}

  static InputOutputTable toTable(PymrioSystem s, double tolerance, List<ValueAddedRow> mapped) {
    LabelledMatrix<RegionSector, RegionSector> z = s.intermediate();
    Set<Region> regions = new LinkedHashSet<>();
    Set<Sector> sectors = new LinkedHashSet<>();
    for (RegionSector k : z.rows().keys()) {
      regions.add(k.region());
      sectors.add(k.sector());
    }
    Labels labels = s.labels();
    double[] stored = labels == null ? null : labels.balanceTolerance();
    double relative = stored == null ? tolerance : Math.max(tolerance, stored[0]);
    double absolute = stored == null ? tolerance : Math.max(tolerance, stored[1]);
    InputOutputTableBuilder b = InputOutputTable.builder().name(s.name()).unit(s.unit())
        .balanceTolerance(relative, absolute).regions(List.copyOf(regions))
        .sectors(List.copyOf(sectors)).intermediate(z);
    LabelledMatrix<RegionSector, FinalDemandColumn> y = s.finalDemand();
    for (int j = 0; j < y.columnCount(); j++) {
      b.finalDemand(y.columns().get(j), y.columnArray(j));
    }
    s.output().ifPresent(x -> b.output(x.toArray()));
    if (labels != null && mapped.isEmpty()) {
      sectoralMapping(s, b, labels);
      return b.build();
    }
    Map<String, Set<String>> moved = valueAddedRows(s, b, mapped);
    for (Map.Entry<String, PymrioExtension> e : s.extensions().entrySet()) {
      satellite(b, e.getKey(), e.getValue(), moved.getOrDefault(e.getKey(), Set.of()), y);
    }
    if (mapped.isEmpty()) {
      return b.build();
    }
    try {
      return b.build();
    } catch (SectoralException e) {
      if (e.code() != ErrorCode.UNBALANCED_TABLE) {
        throw e;
      }
      String m = e.getMessage();
      int k = m.indexOf("] ");
      throw new SectoralException(e.code(), e.culprits(), (k >= 0 ? m.substring(k + 2) : m)
          + ". The value-added rows " + mapped + " do not add up to x − 1'Z: is one of them a"
          + " total beside its components, or are rows missing?");
    }
  }

  /** Sectoral's own folder: the mapping in sectoral.json. */
  private static void sectoralMapping(PymrioSystem s, InputOutputTableBuilder b, Labels labels) {
    String vaFolder = labels.valueAddedFolder();
    if (vaFolder != null && s.extensions().containsKey(vaFolder)) {
      addFactorInputs(b, s.extensions().get(vaFolder), labels);
    }
    List<String> order = new ArrayList<>();
    labels.satellites().stream().filter(s.extensions()::containsKey).forEach(order::add);
    s.extensions().keySet().stream().filter(k -> !order.contains(k) && !k.equals(vaFolder))
        .forEach(order::add);
    for (String folder : order) {
      PymrioExtension e = s.extensions().get(folder);
      satellite(b, e.name(), e, Set.of(), s.finalDemand());
    }
  }

  /**
   * Moves explicitly mapped extension rows into V, t or Zᵐ (with their F_Y as imported final
   * use); returns the moved rows by folder.
   */
  private static Map<String, Set<String>> valueAddedRows(PymrioSystem s,
      InputOutputTableBuilder b, List<ValueAddedRow> mapped) {
    Map<String, Set<String>> moved = new LinkedHashMap<>();
    Set<String> codes = new LinkedHashSet<>();
    double[] taxes = null;
    List<Sector> products = new ArrayList<>();
    List<double[]> imports = new ArrayList<>();
    List<double[]> importedFinal = new ArrayList<>();
    for (ValueAddedRow m : mapped) {
      PymrioExtension e = s.extensions().get(m.extension());
      if (e == null) {
        throw SectoralException.of(ErrorCode.UNKNOWN_KEY, List.of(m.extension()),
            "No extension folder %s for value added %s (extensions: %s)", m.extension(), m,
            s.extensions().keySet());
      }
      LabelledMatrix<Stressor, RegionSector> f = e.flows();
      List<Integer> rows = new ArrayList<>();
      for (int r = 0; r < f.rowCount(); r++) {
        if (m.row() == null || f.rows().get(r).name().equals(m.row())) {
          rows.add(r);
        }
      }
      if (rows.isEmpty()) {
        throw SectoralException.of(ErrorCode.UNKNOWN_KEY, List.of(m.toString()),
            "Extension %s has no row %s (rows: %s)", m.extension(), m.row(),
            f.rows().keys().stream().map(Stressor::name).toList());
      }
      for (int r : rows) {
        String name = f.rows().get(r).name();
        if (!moved.computeIfAbsent(m.extension(), k -> new LinkedHashSet<>()).add(name)
            || !codes.add(name)) {
          throw SectoralException.of(ErrorCode.DUPLICATE_KEY, List.of(name),
              "Value-added row %s mapped twice", name);
        }
        switch (m.target()) {
          case VALUE_ADDED -> b.valueAdded(name, m.kind() != null ? m.kind()
              : ValueAddedRow.kindOf(name), f.rowArray(r));
          case PRODUCT_TAXES -> {
            double[] row = f.rowArray(r);
            if (taxes == null) {
              taxes = row;
            } else {
              for (int j = 0; j < row.length; j++) {
                taxes[j] += row[j];
              }
            }
          }
          case IMPORTS -> {
            products.add(Sector.of(name));
            imports.add(f.rowArray(r));
            LabelledMatrix<Stressor, FinalDemandColumn> fy = e.finalDemandFlows().orElse(null);
            double[] fyRow = new double[s.finalDemand().columnCount()];
            if (fy != null) {
              int[] cols = align(fy.columns(), s.finalDemand().columns(), m.extension());
              for (int c = 0; c < cols.length; c++) {
                fyRow[cols[c]] = fy.at(r, c);
              }
            }
            importedFinal.add(fyRow);
          }
          default -> throw new AssertionError(m.target());
        }
      }
    }
    if (taxes != null) {
      b.productTaxes(taxes);
    }
    if (!products.isEmpty()) {
      b.imports(products, imports.toArray(new double[0][]));
      KeyIndex<FinalDemandColumn> cols = s.finalDemand().columns();
      for (int c = 0; c < cols.size(); c++) {
        double[] col = new double[products.size()];
        for (int p = 0; p < col.length; p++) {
          col[p] = importedFinal.get(p)[c];
        }
        b.importedFinalDemand(cols.get(c), col);
      }
    }
    return moved;
  }

  /** An extension as a satellite account (F and F_Y), without the rows moved to V. */
  private static void satellite(InputOutputTableBuilder b, String account, PymrioExtension e,
      Set<String> without, LabelledMatrix<RegionSector, FinalDemandColumn> y) {
    LabelledMatrix<Stressor, RegionSector> f = e.flows();
    LabelledMatrix<Stressor, FinalDemandColumn> fy = e.finalDemandFlows().orElse(null);
    int[] fyColumns = fy == null ? null : align(fy.columns(), y.columns(), account);
    for (int r = 0; r < f.rowCount(); r++) {
      Stressor st = f.rows().get(r);
      if (without.contains(st.name())) {
        continue;
      }
      b.satellite(account, st, f.rowArray(r));
      if (fy != null) {
        double[] row = new double[y.columnCount()];
        for (int c = 0; c < fyColumns.length; c++) {
          row[fyColumns[c]] = fy.at(r, c);
        }
        b.satelliteFinalDemand(account, st, row);
      }
    }
  }

  /** Positions in Y of F_Y's columns. */
  private static int[] align(KeyIndex<FinalDemandColumn> fy, KeyIndex<FinalDemandColumn> y,
      String account) {
    int[] pos = new int[fy.size()];
    for (int c = 0; c < pos.length; c++) {
      if (!y.contains(fy.get(c))) {
        throw SectoralException.of(ErrorCode.UNKNOWN_KEY, List.of(fy.get(c).toString()),
            "F_Y of %s has column %s, which is not a column of Y", account, fy.get(c));
      }
      pos[c] = y.indexOf(fy.get(c));
    }
    return pos;
  }

  private static void addFactorInputs(InputOutputTableBuilder b, PymrioExtension e,
      Labels labels) {
    LabelledMatrix<Stressor, RegionSector> f = e.flows();
    Map<String, ValueAddedComponent> va = new LinkedHashMap<>();
    labels.valueAdded().forEach(c -> va.put(c.code(), c));
    List<Sector> products = new ArrayList<>();
    List<double[]> imports = new ArrayList<>();
    List<Integer> importRows = new ArrayList<>();
    for (int r = 0; r < f.rowCount(); r++) {
      String name = f.rows().get(r).name();
      if (name.equals(labels.productTaxesRow())) {
        b.productTaxes(f.rowArray(r));
      } else if (labels.importRows().containsKey(name)) {
        products.add(labels.importRows().get(name));
        imports.add(f.rowArray(r));
        importRows.add(r);
      } else {
        ValueAddedComponent c = va.get(name);
        b.valueAdded(name, c != null ? c.kind() : ValueAddedRow.kindOf(name), f.rowArray(r));
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
}
