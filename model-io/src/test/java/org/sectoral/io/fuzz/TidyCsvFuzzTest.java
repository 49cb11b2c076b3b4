package org.sectoral.io.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.sectoral.io.tidy.TidyCsvReader;

/** Sectoral tidy CSV: the fuzz input is the file. */
class TidyCsvFuzzTest {
  @FuzzTest(maxDuration = "10m")
  void read(byte[] input) throws IOException {
    FuzzOracle.table(() -> TidyCsvReader.create().read("table.csv",
        new ByteArrayInputStream(input)));
  }
}
