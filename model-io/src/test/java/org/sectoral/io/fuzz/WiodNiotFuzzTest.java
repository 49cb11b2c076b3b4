package org.sectoral.io.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.sectoral.io.wiod.WiodNiotReader;

/** WIOD 2016 NIOT: the fuzz input is the file. */
class WiodNiotFuzzTest {
  @FuzzTest(maxDuration = "10m")
  void read(byte[] input) throws IOException {
    FuzzOracle.table(() -> WiodNiotReader.create().read("AUS_NIOT_2014.csv",
        new ByteArrayInputStream(input)));
  }
}
