package org.sectoral.io.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.sectoral.io.json.JsonTableReader;

/** Sectoral JSON tables: the fuzz input is the file. */
class JsonTableFuzzTest {
  @FuzzTest(maxDuration = "10m")
  void read(byte[] input) throws IOException {
    FuzzOracle.table(() -> JsonTableReader.create().read("table.json",
        new ByteArrayInputStream(input)));
  }
}
