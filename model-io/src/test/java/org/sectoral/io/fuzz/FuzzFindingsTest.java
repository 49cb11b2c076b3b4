package org.sectoral.io.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sectoral.io.TableFormatException;
import org.sectoral.io.exiobase.Exiobase3Reader;
import org.sectoral.io.json.JsonTableReader;
import org.sectoral.io.scenario.ScenarioFile;
import org.sectoral.io.scenario.ScenarioRun;

/** The findings of fuzzing runs, each with the located error its fix gives. */
class FuzzFindingsTest {
  @TempDir Path dir;

  static byte[] input(String test, String method, String name) throws IOException {
    try (InputStream in = FuzzFindingsTest.class.getResourceAsStream(
        test + "Inputs/" + method + "/" + name)) {
      return in.readAllBytes();
    }
  }

  @Test
  void jsonThatLooksLikeUtf32() throws IOException {
    byte[] bytes = input("JsonTableFuzzTest", "read",
        "crash-a2e39b57be748e3945a405cf31301a252eae6dae");
    TableFormatException e = assertThrows(TableFormatException.class,
        () -> JsonTableReader.create().read("t.json", new ByteArrayInputStream(bytes)));
    assertThat(e.source()).isEqualTo("t.json");
    assertThat(e.problem()).startsWith("not JSON text in UTF-8");
  }

  @Test
  void zipEntryWithADamagedLocalHeaderIsNamed() throws IOException {
    Path zip = zip("crash-29776097d7e8b9200c72ad82273e40ea32ecd82f");
    TableFormatException e = assertThrows(TableFormatException.class,
        () -> Exiobase3Reader.create().read(zip));
    assertThat(e.source()).startsWith(zip + "!/IOT_2011_ixi/");
    assertThat(e.problem()).startsWith("damaged zip entry");
  }

  @Test
  void zipShorterThanItsEndRecord() throws IOException {
    Path zip = zip("crash-5f729f6b3bb413767f4d5a7d1ae6e63751f05305");
    TableFormatException e = assertThrows(TableFormatException.class,
        () -> Exiobase3Reader.create().read(zip));
    assertThat(e.source()).isEqualTo(zip.toString());
    assertThat(e.problem()).startsWith("not a readable zip file");
  }

  @Test
  void scenarioComparedWithAMissingFileNamesTheKey() throws IOException {
    Path file = Files.write(dir.resolve("scenario.json"), input("ScenarioFileFuzzTest", "run",
        "crash-25d4277a990b86b2b124b0bbd27eff281d8700aa"));
    ScenarioFile sf = ScenarioFile.read(file);
    TableFormatException e = assertThrows(TableFormatException.class,
        () -> ScenarioRun.of(sf, ScenarioFileFuzzTest.TABLE));
    assertThat(e.source()).isEqualTo(file.toString());
    assertThat(e.line()).isEqualTo(18);
    assertThat(e.problem()).contains("analyses[7].compareWith: no such file or folder: ",
        "later.js=on");
  }

  private Path zip(String crash) throws IOException {
    Path zip = dir.resolve("IOT_2011_ixi.zip");
    Files.write(zip, Exiobase3FuzzTest.IXI.zip(input("Exiobase3FuzzTest", "archive", crash)));
    return zip;
  }
}
