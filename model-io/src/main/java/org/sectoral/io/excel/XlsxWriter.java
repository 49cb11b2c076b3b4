package org.sectoral.io.excel;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.sectoral.core.table.FinalDemandColumn;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.core.table.LabelledMatrix;
import org.sectoral.core.table.LabelledVector;
import org.sectoral.core.table.Region;
import org.sectoral.core.table.RegionSector;
import org.sectoral.core.table.SatelliteAccount;
import org.sectoral.core.table.Sector;
import org.sectoral.core.table.Stressor;
import org.sectoral.core.table.ValueAddedComponent;

/**
 * Writes the sheets described in {@link ExcelTables} with POI's streaming writer (SXSSF): rows
 * go to temporary files 100 at a time (in {@code java.io.tmpdir}, about 40 bytes per cell,
 * compressed above 5,000 sectors) and the workbook is zipped from them, so memory holds 100
 * rows, not the workbook. Numbers are stored as {@code Double.toString} text, which
 * reads back to the identical double.
 */
final class XlsxWriter {
  static final String FORMAT = "sectoral-xlsx";
  static final String VERSION = "1";

  private XlsxWriter() {}

  static byte[] write(InputOutputTable t) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(t, out);
    return out.toByteArray();
  }

  static void write(InputOutputTable t, OutputStream out) throws IOException {
    // Temporary sheet files are compressed only for the largest tables (n > 5,000: several GB
    // of XML otherwise); compressing costs about a third of the writing time.
    SXSSFWorkbook wb = new SXSSFWorkbook(null, 100, t.size() > 5_000, false);
    try {
      Sheet meta = wb.createSheet("meta");
      int r = 0;
      r = text(meta, r, "format", FORMAT, VERSION);
      r = text(meta, r, "name", t.name());
      r = text(meta, r, "unit", t.unit());
      r = text(meta, r, "tolerance", Double.toString(t.balanceReport().tolerance()));
      r = text(meta, r, "absoluteTolerance",
          Double.toString(t.balanceReport().absoluteTolerance()));
      for (Region g : t.regions().keys()) {
        r = text(meta, r, "region", g.code(), g.name());
      }
      for (Sector s : t.sectors().keys()) {
        r = text(meta, r, "sector", s.code(), s.name(), s.classification());
      }
      for (FinalDemandColumn c : t.finalDemandColumns().keys()) {
        r = text(meta, r, "final_demand", c.region().code(), c.code(), c.category().name());
      }
      for (ValueAddedComponent v : t.valueAdded().rows().keys()) {
        r = text(meta, r, "value_added", v.code(), v.kind().name());
      }
      if (t.imports().isPresent()) {
        for (Sector s : t.imports().get().rows().keys()) {
          r = text(meta, r, "import_row", s.code(), s.name(), s.classification());
        }
      }
      int k = 0;
      for (Map.Entry<String, SatelliteAccount> e : t.satellites().entrySet()) {
        String sheet = sheetName(++k, e.getKey());
        for (Stressor s : e.getValue().stressors().keys()) {
          r = text(meta, r, "satellite", e.getKey(), sheet, s.name(), s.unit());
        }
        if (e.getValue().byFinalDemand().isPresent()) {
          r = text(meta, r, "satellite_final_demand", e.getKey(), sheetName(k, "fy",
              e.getKey()));
        }
      }
      List<String> keys = t.keys().keys().stream().map(RegionSector::toString).toList();
      matrix(wb, "Z", t.intermediate(), keys, keys);
      matrix(wb, "Y", t.finalDemand(), keys,
          t.finalDemandColumns().keys().stream().map(FinalDemandColumn::toString).toList());
      if (t.imports().isPresent()) {
        List<String> imp = t.imports().get().rows().keys().stream().map(Sector::code).toList();
        matrix(wb, "imports", t.imports().get(), imp, keys);
        if (t.importedFinalDemand().isPresent()) {
          matrix(wb, "imported_final_demand", t.importedFinalDemand().get(), imp,
              t.finalDemandColumns().keys().stream().map(FinalDemandColumn::toString).toList());
        }
      }
      matrix(wb, "value_added", t.valueAdded(), t.valueAdded().rows().keys().stream()
          .map(ValueAddedComponent::code).toList(), keys);
      vector(wb, "taxes", "t", t.productTaxes(), keys);
      vector(wb, "output", "x", t.output(), keys);
      k = 0;
      for (Map.Entry<String, SatelliteAccount> e : t.satellites().entrySet()) {
        LabelledMatrix<Stressor, RegionSector> f = e.getValue().byIndustry();
        List<String> stressors = f.rows().keys().stream().map(Stressor::name).toList();
        matrix(wb, sheetName(++k, e.getKey()), f, stressors, keys);
        if (e.getValue().byFinalDemand().isPresent()) {
          matrix(wb, sheetName(k, "fy", e.getKey()), e.getValue().byFinalDemand().get(),
              stressors, t.finalDemandColumns().keys().stream().map(FinalDemandColumn::toString)
                  .toList());
        }
      }
      wb.write(out);
    } finally {
      wb.close();
      wb.dispose();
    }
  }

  /** A legal, unique sheet name for the k-th satellite account. */
  static String sheetName(int k, String account) {
    return sheetName(k, "sat", account);
  }

  /** A legal, unique sheet name for the k-th account's sheet of a kind ("sat" F, "fy" F_Y). */
  static String sheetName(int k, String kind, String account) {
    String clean = account.replaceAll("[\\[\\]:*?/\\\\']", "_");
    String s = String.format(Locale.ROOT, "%s%d_%s", kind, k, clean);
    return s.length() > 31 ? s.substring(0, 31) : s;
  }

  private static int text(Sheet sheet, int r, String... cells) {
    Row row = sheet.createRow(r);
    for (int c = 0; c < cells.length; c++) {
      row.createCell(c).setCellValue(cells[c]);
    }
    return r + 1;
  }

  private static void matrix(SXSSFWorkbook wb, String name, LabelledMatrix<?, ?> m,
      List<String> rowLabels, List<String> colLabels) {
    Sheet s = wb.createSheet(name);
    Row head = s.createRow(0);
    head.createCell(0).setCellValue(name);
    for (int j = 0; j < colLabels.size(); j++) {
      head.createCell(j + 1).setCellValue(colLabels.get(j));
    }
    for (int i = 0; i < rowLabels.size(); i++) {
      Row row = s.createRow(i + 1);
      row.createCell(0).setCellValue(rowLabels.get(i));
      for (int j = 0; j < colLabels.size(); j++) {
        row.createCell(j + 1).setCellValue(m.at(i, j));
      }
    }
  }

  private static void vector(SXSSFWorkbook wb, String name, String label, LabelledVector<?> v,
      List<String> colLabels) {
    Sheet s = wb.createSheet(name);
    Row head = s.createRow(0);
    head.createCell(0).setCellValue(name);
    for (int j = 0; j < colLabels.size(); j++) {
      head.createCell(j + 1).setCellValue(colLabels.get(j));
    }
    Row row = s.createRow(1);
    row.createCell(0).setCellValue(label);
    for (int j = 0; j < colLabels.size(); j++) {
      row.createCell(j + 1).setCellValue(v.at(j));
    }
  }
}
