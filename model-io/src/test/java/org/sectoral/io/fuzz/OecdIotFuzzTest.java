package org.sectoral.io.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.sectoral.io.oecd.OecdIotReader;

/**
 * OECD national IOT, total flows: the fuzz input is the file; a file that reads is also split
 * by import proportionality.
 */
class OecdIotFuzzTest {
  @FuzzTest(maxDuration = "10m")
  void read(byte[] input) throws IOException {
    if (FuzzOracle.table(() -> OecdIotReader.create().readTotal("BEL2020ttl.csv",
        new ByteArrayInputStream(input))) != null) {
      FuzzOracle.table(() -> OecdIotReader.create().importProportionality(true)
          .readTotal("BEL2020ttl.csv", new ByteArrayInputStream(input)));
    }
  }
}
