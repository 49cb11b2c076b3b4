package org.sectoral.io.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.sectoral.io.ons.OnsIoatReader;

/** ONS input-output analytical tables (domestic use, no imports file): the fuzz input is the file. */
class OnsIoatFuzzTest {
  @FuzzTest(maxDuration = "10m")
  void read(byte[] input) throws IOException {
    FuzzOracle.table(() -> OnsIoatReader.create().read("uk_siot.csv",
        new ByteArrayInputStream(input), null, null));
  }
}
