package org.sectoral.io.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.sectoral.io.exiobase.Exiobase3Reader;

/**
 * EXIOBASE 3 archives: one entry of the small {@code IOT_2011_ixi.zip} fixture replaced by the
 * fuzz input, or raw zip bytes (see {@link Archive}).
 */
class Exiobase3FuzzTest {
  static final Archive IXI = load();

  private static Archive load() {
    try {
      return Archive.ofZipResource("/exiobase/IOT_2011_ixi.zip");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @FuzzTest(maxDuration = "10m")
  void archive(byte[] input) throws IOException {
    Path dir = Files.createTempDirectory("sectoral-fuzz");
    try {
      Path zip = dir.resolve("IOT_2011_ixi.zip");
      Files.write(zip, IXI.zip(input));
      FuzzOracle.table(() -> Exiobase3Reader.create().read(zip));
    } finally {
      FuzzOracle.delete(dir);
    }
  }
}
