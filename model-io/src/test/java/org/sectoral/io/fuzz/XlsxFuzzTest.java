package org.sectoral.io.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.sectoral.io.TestTables;
import org.sectoral.io.excel.ExcelTables;

/**
 * Excel workbooks: one part of a small valid workbook (a sheet, the shared strings, the
 * workbook, the content types…) replaced by the fuzz input, or raw workbook bytes (see
 * {@link Archive}).
 */
class XlsxFuzzTest {
  static final Archive WORKBOOK = load();

  private static Archive load() {
    try {
      return Archive.ofZip(ExcelTables.toBytes(TestTables.handMade()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @FuzzTest(maxDuration = "10m")
  void read(byte[] input) throws IOException {
    byte[] xlsx = WORKBOOK.zip(input);
    FuzzOracle.table(() -> ExcelTables.read("table.xlsx", new ByteArrayInputStream(xlsx)));
  }
}
