package org.sectoral.io.excel;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.sectoral.core.SectoralException;
import org.sectoral.core.table.FinalDemandCategory;
import org.sectoral.core.table.FinalDemandColumn;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.core.table.InputOutputTableBuilder;
import org.sectoral.core.table.Region;
import org.sectoral.core.table.Sector;
import org.sectoral.core.table.Stressor;
import org.sectoral.core.table.ValueAddedComponent;
import org.sectoral.io.TableFormatException;

/** Reads the sheets described in {@link ExcelTables}, with errors naming sheet, row and column. */
final class XlsxReader {
  private final String source;
  private final Workbook wb;

  private XlsxReader(String source, Workbook wb) {
    this.source = source;
    this.wb = wb;
  }

  static InputOutputTable read(String source, InputStream in) throws IOException {
    Workbook wb;
    try {
      wb = new XSSFWorkbook(in);
    } catch (IOException | RuntimeException e) {
      throw TableFormatException.ofSource(source, "not an .xlsx workbook: " + e.getMessage());
    }
    try (wb) {
      return new XlsxReader(source, wb).table();
    }
  }

  private InputOutputTable table() throws TableFormatException {
    Sheet meta = sheet("meta");
    String src = source + "[meta]";
    Map<String, String> single = new LinkedHashMap<>();
    List<Region> regions = new ArrayList<>();
    List<Sector> sectors = new ArrayList<>();
    List<FinalDemandColumn> fd = new ArrayList<>();
    List<ValueAddedComponent> va = new ArrayList<>();
    List<Sector> importRows = new ArrayList<>();
    Map<String, String> satSheets = new LinkedHashMap<>();
    Map<String, List<Stressor>> stressors = new LinkedHashMap<>();
    Map<String, String> fySheets = new LinkedHashMap<>();
    for (Row r : meta) {
      String kind = text(r, 0);
      try {
        switch (kind) {
          case "format", "name", "unit", "tolerance", "absoluteTolerance" ->
              single.put(kind, text(r, 1));
          case "region" -> regions.add(Region.of(text(r, 1), text(r, 2)));
          case "sector" -> sectors.add(Sector.of(text(r, 1), text(r, 2), text(r, 3)));
          case "final_demand" -> fd.add(FinalDemandColumn.of(Region.of(text(r, 1)), text(r, 2),
              FinalDemandCategory.valueOf(text(r, 3))));
          case "value_added" -> va.add(ValueAddedComponent.of(text(r, 1),
              ValueAddedComponent.Kind.valueOf(text(r, 2))));
          case "import_row" -> importRows.add(Sector.of(text(r, 1), text(r, 2), text(r, 3)));
          case "satellite_final_demand" -> fySheets.put(text(r, 1), text(r, 2));
          case "satellite" -> {
            satSheets.put(text(r, 1), text(r, 2));
            stressors.computeIfAbsent(text(r, 1), k -> new ArrayList<>())
                .add(Stressor.of(text(r, 3), text(r, 4)));
          }
          case "" -> { }
          default -> throw new TableFormatException(src, r.getRowNum() + 1, 1, kind,
              "unknown meta entry");
        }
      } catch (IllegalArgumentException e) {
        throw new TableFormatException(src, r.getRowNum() + 1, 0, "", e.getMessage());
      }
    }
    if (!XlsxWriter.FORMAT.equals(single.get("format"))) {
      throw new TableFormatException(src, 1, 2, single.getOrDefault("format", ""),
          "expected format \"" + XlsxWriter.FORMAT + "\"");
    }
    if (sectors.isEmpty() || regions.isEmpty()) {
      throw new TableFormatException(src, 0, 0, "", "no regions or sectors listed");
    }
    InputOutputTableBuilder b = InputOutputTable.builder()
        .name(single.getOrDefault("name", "table")).unit(single.getOrDefault("unit", ""))
        .regions(regions).sectors(sectors);
    List<String> keys = new ArrayList<>();
    for (Region g : regions) {
      for (Sector s : sectors) {
        keys.add(g.code() + "/" + s.code());
      }
    }
    List<String> fdLabels = fd.stream().map(FinalDemandColumn::toString).toList();
    b.intermediate(block("Z", keys, keys));
    double[][] y = block("Y", keys, fdLabels);
    for (int c = 0; c < fd.size(); c++) {
      b.finalDemand(fd.get(c), column(y, c));
    }
    if (!importRows.isEmpty()) {
      List<String> imp = importRows.stream().map(Sector::code).toList();
      b.imports(importRows, block("imports", imp, keys));
      if (wb.getSheet("imported_final_demand") != null) {
        double[][] ym = block("imported_final_demand", imp, fdLabels);
        for (int c = 0; c < fd.size(); c++) {
          b.importedFinalDemand(fd.get(c), column(ym, c));
        }
      }
    }
    double[][] v = block("value_added", va.stream().map(ValueAddedComponent::code).toList(), keys);
    for (int i = 0; i < va.size(); i++) {
      b.valueAdded(va.get(i).code(), va.get(i).kind(), v[i]);
    }
    b.productTaxes(block("taxes", List.of("t"), keys)[0]);
    b.output(block("output", List.of("x"), keys)[0]);
    for (Map.Entry<String, List<Stressor>> e : stressors.entrySet()) {
      List<Stressor> ss = e.getValue();
      double[][] f = block(satSheets.get(e.getKey()), ss.stream().map(Stressor::name).toList(),
          keys);
      for (int i = 0; i < ss.size(); i++) {
        b.satellite(e.getKey(), ss.get(i), f[i]);
      }
      if (fySheets.containsKey(e.getKey())) {
        double[][] fy = block(fySheets.get(e.getKey()), ss.stream().map(Stressor::name)
            .toList(), fdLabels);
        for (int i = 0; i < ss.size(); i++) {
          b.satelliteFinalDemand(e.getKey(), ss.get(i), fy[i]);
        }
      }
    }
    try {
      double rel = Double.parseDouble(single.getOrDefault("tolerance", "1e-6"));
      b.balanceTolerance(rel, Double.parseDouble(single.getOrDefault("absoluteTolerance",
          Double.toString(rel))));
      return b.build();
    } catch (SectoralException | IllegalArgumentException e) {
      throw TableFormatException.ofSource(source, e.getMessage());
    }
  }

  private Sheet sheet(String name) throws TableFormatException {
    Sheet s = wb.getSheet(name);
    if (s == null) {
      List<String> names = new ArrayList<>();
      wb.sheetIterator().forEachRemaining(x -> names.add(x.getSheetName()));
      throw TableFormatException.ofSource(source, "missing sheet \"" + name + "\"; sheets are "
          + names);
    }
    return s;
  }

  private double[][] block(String name, List<String> rows, List<String> cols)
      throws TableFormatException {
    Sheet s = sheet(name);
    String src = source + "[" + name + "]";
    Row head = s.getRow(0);
    for (int j = 0; j < cols.size(); j++) {
      String got = head == null ? "" : text(head, j + 1);
      if (!got.equals(cols.get(j))) {
        throw new TableFormatException(src, 1, j + 2, got,
            "expected column label \"" + cols.get(j) + "\"");
      }
    }
    double[][] out = new double[rows.size()][cols.size()];
    for (int i = 0; i < rows.size(); i++) {
      Row r = s.getRow(i + 1);
      String got = r == null ? "" : text(r, 0);
      if (!got.equals(rows.get(i))) {
        throw new TableFormatException(src, i + 2, 1, got,
            "expected row label \"" + rows.get(i) + "\"");
      }
      for (int j = 0; j < cols.size(); j++) {
        out[i][j] = number(src, r, j + 1);
      }
    }
    return out;
  }

  private static double number(String src, Row r, int c) throws TableFormatException {
    Cell cell = r.getCell(c);
    CellType type = cell == null ? CellType.BLANK : cell.getCellType();
    if (type == CellType.FORMULA && cell.getCachedFormulaResultType() == CellType.NUMERIC) {
      type = CellType.NUMERIC;
    }
    if (type != CellType.NUMERIC) {
      String shown = type == CellType.STRING ? cell.getStringCellValue() : "";
      throw new TableFormatException(src, r.getRowNum() + 1, c + 1, shown,
          type == CellType.BLANK ? "empty cell where a number was expected"
              : "not a number (" + type.name().toLowerCase(java.util.Locale.ROOT) + " cell)");
    }
    double v = cell.getNumericCellValue();
    if (!Double.isFinite(v)) {
      throw new TableFormatException(src, r.getRowNum() + 1, c + 1, Double.toString(v),
          "NaN or infinite value");
    }
    return v;
  }

  private static String text(Row r, int c) {
    Cell cell = r.getCell(c);
    if (cell == null) {
      return "";
    }
    return cell.getCellType() == CellType.STRING ? cell.getStringCellValue().trim()
        : cell.toString().trim();
  }

  private static double[] column(double[][] m, int c) {
    double[] v = new double[m.length];
    for (int i = 0; i < m.length; i++) {
      v[i] = m[i][c];
    }
    return v;
  }
}
