package org.sectoral.io.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.sectoral.io.oecd.IcioReader;

/** OECD ICIO: the fuzz input is the file (read with China and Mexico merged, the default). */
class IcioFuzzTest {
  @FuzzTest(maxDuration = "10m")
  void read(byte[] input) throws IOException {
    FuzzOracle.table(() -> IcioReader.create().read("ICIO_small_2020.csv",
        new ByteArrayInputStream(input)));
  }
}
