package org.sectoral.io.fuzz;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.sectoral.io.TestTables;
import org.sectoral.io.json.JsonTableWriter;
import org.sectoral.io.tidy.TidyCsvWriter;

/**
 * Writes the seed inputs of the fuzz tests into
 * {@code src/test/resources/org/sectoral/io/fuzz/<Test>Inputs/<method>/seed-*}: valid files from
 * the test fixtures, and for archives one input per entry (see {@link Archive}) plus the raw
 * archive. Run from the module folder with the test class path; findings and hand-made
 * regression inputs in the same folders are left alone.
 */
public final class FuzzSeeds {
  private static Path root;

  private FuzzSeeds() {}

  /** Writes the seeds under {@code args[0]} (default {@code src/test/resources}). */
  public static void main(String[] args) throws IOException {
    root = Path.of(args.length > 0 ? args[0] : "src/test/resources", "org/sectoral/io/fuzz");
    for (String method : new String[] {"folder", "zip"}) {
      for (String name : PymrioFuzzTest.SMALL.entries().keySet()) {
        seed("PymrioFuzzTest", method, name, PymrioFuzzTest.SMALL.seed(name));
      }
    }
    seed("PymrioFuzzTest", "zip", "raw.zip", raw(PymrioFuzzTest.SMALL));
    archiveSeeds("Exiobase3FuzzTest", "archive", Exiobase3FuzzTest.IXI);
    archiveSeeds("XlsxFuzzTest", "read", XlsxFuzzTest.WORKBOOK);
    archiveSeeds("ScotlandIxiFuzzTest", "read", ScotlandIxiFuzzTest.WORKBOOK);
    StringWriter tidy = new StringWriter();
    TidyCsvWriter.write(TestTables.handMade(), tidy);
    seed("TidyCsvFuzzTest", "read", "hand-made.csv", utf8(tidy.toString()));
    StringWriter json = new StringWriter();
    JsonTableWriter.write(TestTables.handMade(), json);
    seed("JsonTableFuzzTest", "read", "hand-made.json", utf8(json.toString()));
    seed("OecdIotFuzzTest", "read", "BEL2020ttl.csv",
        resource("/fixtures/oecd_bel_2020/BEL2020ttl.csv"));
    seed("IcioFuzzTest", "read", "ICIO_small_2020.csv", resource("/icio/ICIO_small_2020.csv"));
    seed("WiodNiotFuzzTest", "read", "AUS_NIOT_2014.csv",
        resource("/fixtures/wiod_2016/AUS_NIOT_2014.csv"));
    seed("OnsIoatFuzzTest", "read", "uk_2010_siot.csv", resource("/fixtures/ons_uk_2010/"
        + "uk_2010_siot_domestic_use_basic_prices_product_by_product.csv"));
  }

  private static void archiveSeeds(String test, String method, Archive a) throws IOException {
    for (String name : a.entries().keySet()) {
      seed(test, method, name, a.seed(name));
    }
    seed(test, method, "raw", raw(a));
  }

  private static byte[] raw(Archive a) throws IOException {
    byte[] zip = FuzzOracle.zip(a.entries());
    byte[] out = new byte[zip.length + 1];
    out[0] = (byte) Archive.RAW;
    System.arraycopy(zip, 0, out, 1, zip.length);
    return out;
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = FuzzSeeds.class.getResourceAsStream(name)) {
      return in.readAllBytes();
    }
  }

  private static void seed(String test, String method, String name, byte[] bytes)
      throws IOException {
    Path dir = root.resolve(test + "Inputs").resolve(method);
    Files.createDirectories(dir);
    Files.write(dir.resolve("seed-" + name.replaceAll("[^A-Za-z0-9._-]", "_")), bytes);
  }
}
