package org.sectoral.io.pymrio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sectoral.core.ErrorCode;
import org.sectoral.core.SectoralException;
import org.sectoral.io.TableFormatException;

/** Malformed pymrio folders: each error names the file, line and column. */
class PymrioErrorTest {
  @TempDir Path tmp;
  Path folder;

  @BeforeEach
  void copyFixture() throws Exception {
    Path src = PymrioFixtureTest.fixture();
    folder = tmp.resolve("mrio");
    try (Stream<Path> s = Files.walk(src)) {
      for (Path p : s.toList()) {
        Path t = folder.resolve(src.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(t);
        } else {
          Files.copy(p, t);
        }
      }
    }
  }

  private void edit(String file, String from, String to) throws Exception {
    Path p = folder.resolve(file);
    String s = Files.readString(p, StandardCharsets.UTF_8);
    assertThat(s).contains(from);
    Files.writeString(p, s.replace(from, to), StandardCharsets.UTF_8);
  }

  private TableFormatException readFails() {
    return catchThrowableOfType(TableFormatException.class,
        () -> PymrioReader.create().read(folder));
  }

  @Test
  void missingListedFile() throws Exception {
    Files.delete(folder.resolve("Y.txt"));
    TableFormatException e = readFails();
    assertThat(e.source()).endsWith("Y.txt");
    assertThat(e.line()).isZero();
    assertThat(e.problem()).isEqualTo("listed in file_parameters.json but missing");
  }

  @Test
  void missingFileParameters() throws Exception {
    Files.delete(folder.resolve("file_parameters.json"));
    assertThat(readFails().problem()).isEqualTo("missing: not a folder saved by pymrio");
  }

  @Test
  void textInNumberCell() throws Exception {
    edit("Z.txt", "13.3333333333", "13.3x");
    TableFormatException e = readFails();
    assertThat(e.source()).endsWith("Z.txt");
    assertThat(e.line()).isEqualTo(5);
    assertThat(e.column()).isEqualTo(4);
    assertThat(e.cell()).isEqualTo("13.3x");
    assertThat(e.problem()).isEqualTo("not a number");
  }

  @Test
  void nanInExtension() throws Exception {
    edit("emissions/F.txt", "0.125", "NaN");
    TableFormatException e = readFails();
    assertThat(e.source()).endsWith("F.txt");
    assertThat(e.line()).isEqualTo(5);
    assertThat(e.column()).isEqualTo(6);
    assertThat(e.problem()).isEqualTo("NaN or infinite value");
  }

  @Test
  void raggedRow() throws Exception {
    edit("x.txt", "reg2\tfood\t93.3333333333", "reg2\tfood\t93.3333333333\t1");
    TableFormatException e = readFails();
    assertThat(e.line()).isEqualTo(4);
    assertThat(e.column()).isEqualTo(4);
    assertThat(e.problem()).isEqualTo("row has 4 cells, expected 3");
  }

  @Test
  void duplicateSectorRow() throws Exception {
    edit("Z.txt", "reg1\tmining\t", "reg1\tfood\t");
    TableFormatException e = readFails();
    assertThat(e.line()).isEqualTo(5);
    assertThat(e.column()).isEqualTo(2);
    assertThat(e.problem()).isEqualTo("duplicate row reg1/food (first on line 4)");
  }

  @Test
  void unknownRegionInY() throws Exception {
    edit("Y.txt", "reg2\tmining\t", "reg3\tmining\t");
    TableFormatException e = readFails();
    assertThat(e.source()).endsWith("Y.txt");
    assertThat(e.line()).isEqualTo(7);
    assertThat(e.column()).isEqualTo(1);
    assertThat(e.problem()).isEqualTo("unknown region reg3");
  }

  @Test
  void malformedFileParameters() throws Exception {
    edit("file_parameters.json", "\"nr_header\": \"2\"\n        },\n        \"Y\"",
        "\"nr_header\": \"2\"\n        }\n        \"Y\"");
    TableFormatException e = readFails();
    assertThat(e.line()).isEqualTo(8);
    assertThat(e.column()).isEqualTo(9);
    assertThat(e.problem()).startsWith("malformed JSON: Unexpected character ('\"'");
  }

  @Test
  void unbalancedTableNamesCoreCause() throws Exception {
    edit("x.txt", "93.3333333333", "95");
    TableFormatException e = readFails();
    assertThat(e.problem()).startsWith("not a valid input-output table");
    assertThat(((SectoralException) e.getCause()).code()).isEqualTo(ErrorCode.UNBALANCED_TABLE);
    assertThat(PymrioReader.create().balanceTolerance(Double.POSITIVE_INFINITY).read(folder)
        .output().at(2)).isEqualTo(95);
  }

  @Test
  void populationWithoutARegionIsNamed() throws Exception {
    Files.writeString(folder.resolve("population.txt"), "\treg1\nPopulation\t1000\n");
    edit("file_parameters.json", "\"files\": {", "\"files\": {\n        \"population\": {"
        + "\"name\": \"population.txt\", \"nr_index_col\": \"1\", \"nr_header\": \"1\"},");
    TableFormatException e = readFails();
    assertThat(e.source()).endsWith("population.txt");
    assertThat(e.problem()).isEqualTo("no population for region reg2");
  }

  @Test
  void finalDemandFlowsOfAnUnknownRegionAreNamed() throws Exception {
    edit("emissions/F_Y.txt", "reg2", "reg9");
    TableFormatException e = readFails();
    assertThat(e.source()).endsWith("F_Y.txt");
    assertThat(e.problem()).isEqualTo("unknown region reg9");
  }

  @Test
  void utf8ByteOrderMarkAccepted() throws Exception {
    Path z = folder.resolve("Z.txt");
    byte[] body = Files.readAllBytes(z);
    byte[] withBom = new byte[body.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(body, 0, withBom, 3, body.length);
    Files.write(z, withBom);
    PymrioFixtureTest.checkTable(PymrioReader.create().read(folder));
  }
}
