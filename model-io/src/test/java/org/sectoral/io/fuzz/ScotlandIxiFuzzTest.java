package org.sectoral.io.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.sectoral.io.scotland.ScotlandIxiReader;

/**
 * Scottish Government IxI workbooks: one part of a small valid two-industry workbook (the
 * {@code IxI} sheet, the shared strings, the workbook…) replaced by the fuzz input, or raw
 * workbook bytes (see {@link Archive}).
 */
class ScotlandIxiFuzzTest {
  static final Archive WORKBOOK = load();

  private static Archive load() {
    try {
      return Archive.ofZip(twoIndustries());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A balanced IxI sheet of two industries in the published layout: Z = [[10, 20], [30, 40]],
   * x = (100, 200), all final use by households.
   */
  static byte[] twoIndustries() throws IOException {
    String[] finalUse = {"Households", "NPISHs", "Central government", "Local government",
        "Gross fixed capital formation", "Valuables", "Change in inventories",
        "Non-resident households", "Rest of UK exports", "Rest of world exports"};
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Sheet s = wb.createSheet("IxI");
      s.createRow(0).createCell(0).setCellValue("Industry by industry, £ million");
      Row codes = s.createRow(1);
      codes.createCell(3).setCellValue("A");
      codes.createCell(4).setCellValue("B");
      Row header = s.createRow(2);
      header.createCell(1).setCellValue("SIC");
      header.createCell(3).setCellValue("Agriculture");
      header.createCell(4).setCellValue("Services");
      header.createCell(5).setCellValue("Total intermediate use");
      for (int k = 0; k < finalUse.length; k++) {
        header.createCell(6 + k).setCellValue(finalUse[k]);
      }
      Object[][] rows = {
          {2016, "A", "Agriculture", 10, 20, 30, 70},
          {2016, "B", "Services", 30, 40, 70, 130},
          {"", "TDU", "Total domestic use", 40, 60},
          {"", "RUKImp", "Imports from rest of UK", 5, 10, 15, 0},
          {"", "RoWImp", "Imports from rest of world", 5, 10, 15, 0},
          {"", "TlSPrds", "Taxes less subsidies on products", 2, 5},
          {"", "TlSPrdn", "Taxes less subsidies on production", 3, 5},
          {"", "CoE", "Compensation of employees", 20, 50},
          {"", "GOS", "Gross operating surplus", 25, 60},
          {"", "TOut", "Total output", 100, 200}};
      for (int r = 0; r < rows.length; r++) {
        Row row = s.createRow(3 + r);
        for (int c = 0; c < rows[r].length; c++) {
          if (rows[r][c] instanceof Integer v) {
            row.createCell(c).setCellValue(v);
          } else if (!rows[r][c].equals("")) {
            row.createCell(c).setCellValue((String) rows[r][c]);
          }
        }
        for (int c = rows[r].length; c < 6 + finalUse.length && r != 2 && r < 5; c++) {
          row.createCell(c).setCellValue(0);
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      return out.toByteArray();
    }
  }

  @FuzzTest(maxDuration = "10m")
  void read(byte[] input) throws IOException {
    byte[] xlsx = WORKBOOK.zip(input);
    FuzzOracle.table(() -> ScotlandIxiReader.create().read("IO2016.xlsx",
        new ByteArrayInputStream(xlsx)));
  }
}
