package org.sectoral.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.sectoral.io.TestTables.assertSameTable;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.io.TableFormatException;
import org.sectoral.io.TestTables;

class JsonTableTest {
  @TempDir Path tmp;

  private static String json(InputOutputTable t) throws Exception {
    StringWriter w = new StringWriter();
    JsonTableWriter.write(t, w);
    return w.toString();
  }

  private static InputOutputTable read(String text) throws Exception {
    return JsonTableReader.create().read("t.json",
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void handMadeRoundTripsThroughFile() throws Exception {
    InputOutputTable t = TestTables.handMade();
    Path f = tmp.resolve("t.json");
    JsonTableWriter.write(t, f);
    assertThat(JsonTableReader.looksLikeJson(f)).isTrue();
    assertSameTable(JsonTableReader.create().read(f), t);
  }

  @ParameterizedTest
  @CsvSource({"1, 1, 31", "1, 5, 32", "2, 20, 33"})
  void randomTablesRoundTrip(int regions, int sectors, long seed) throws Exception {
    InputOutputTable t = TestTables.random(regions, sectors, seed);
    assertSameTable(read(json(t)), t);
  }

  @Test
  void millerBlairRoundTripsAndLooksAsDocumented() throws Exception {
    InputOutputTable t = TestTables.millerBlair();
    String s = json(t);
    assertSameTable(read(s), t);
    assertThat(s).startsWith("{\n  \"format\" : \"sectoral-table\",\n  \"version\" : 1,\n"
        + "  \"name\" : \"Miller & Blair 2.3\",\n")
        .contains("\"intermediate\" : [ [ 150.0, 500.0 ], [ 200.0, 100.0 ] ],")
        .contains("\"output\" : [ 1000.0, 2000.0 ],");
  }

  private static final String MINI = "{\n"
      + "  \"format\": \"sectoral-table\", \"version\": 1,\n"
      + "  \"name\": \"mini\", \"unit\": \"EUR\",\n"
      + "  \"regions\": [{\"code\": \"DOM\", \"name\": \"Domestic\"}],\n"
      + "  \"sectors\": [{\"code\": \"a\", \"name\": \"A\", \"classification\": \"\"}],\n"
      + "  \"intermediate\": [[1.0]],\n"
      + "  \"finalDemand\": [{\"region\": \"DOM\", \"code\": \"hh\", \"category\": \"HOUSEHOLDS\","
      + " \"values\": [3]}]\n"
      + "}\n";

  private static TableFormatException fails(String text) {
    return catchThrowableOfType(TableFormatException.class, () -> read(text));
  }

  @Test
  void minimalDocumentReads() throws Exception {
    assertThat(read(MINI).output().toArray()).containsExactly(4.0);
  }

  @Test
  void malformedJson() {
    TableFormatException e = fails(MINI.replace("\"unit\": \"EUR\",", "\"unit\": \"EUR\""));
    assertThat(e.line()).isEqualTo(4);
    assertThat(e.column()).isEqualTo(3);
    assertThat(e.problem()).startsWith("Unexpected character ('\"' (code 34)): was expecting"
        + " comma to separate Object entries");
  }

  @Test
  void missingFieldIsNamed() {
    TableFormatException e = fails(MINI.replace("\"code\": \"a\", ", ""));
    assertThat(e.line()).isEqualTo(5);
    assertThat(e.column()).isEqualTo(49); // just after the object lacking it
    assertThat(e.problem()).isEqualTo("missing field \"code\" at $.sectors[0].code");
  }

  @Test
  void textInNumberArray() {
    TableFormatException e = fails(MINI.replace("[[1.0]]", "[[\"1.0\"]]"));
    assertThat(e.line()).isEqualTo(6);
    assertThat(e.column()).isEqualTo(21);
    assertThat(e.problem()).isEqualTo("Cannot coerce String value (\"1.0\") to element of"
        + " `double[]` at $.intermediate[0][0]");
  }

  @Test
  void nanToken() {
    TableFormatException e = fails(MINI.replace("[[1.0]]", "[[NaN]]"));
    assertThat(e.line()).isEqualTo(6);
    assertThat(e.column()).isEqualTo(24);
    assertThat(e.problem()).startsWith("Non-standard token 'NaN'");
  }

  @Test
  void unknownCategoryAndFieldAreLocated() {
    TableFormatException cat = fails(MINI.replace("HOUSEHOLDS", "PETS"));
    assertThat(cat.line()).isEqualTo(7);
    assertThat(cat.problem()).contains("not one of the values accepted")
        .endsWith("at $.finalDemand[0].category");
    TableFormatException field = fails(MINI.replace("\"unit\":", "\"colour\": 1, \"unit\":"));
    // the canonical constructor buffers properties: Jackson reports the end of the object
    assertThat(field.line()).isEqualTo(8);
    assertThat(field.problem()).startsWith("Unrecognized field \"colour\"");
  }

  @Test
  void emptyFileAndWrongShape() {
    assertThat(fails("  \n").problem()).isEqualTo("file is empty");
    TableFormatException shape = fails(MINI.replace("[[1.0]]", "[[1.0, 2.0]]"));
    assertThat(shape.line()).isZero();
    assertThat(shape.problem()).startsWith("not a valid input-output table:")
        .contains("DIMENSION_MISMATCH");
  }

  @Test
  void byteOrderMarkAccepted() throws Exception {
    Path f = tmp.resolve("bom.json");
    Files.write(f, ("\uFEFF" + MINI).getBytes(StandardCharsets.UTF_8));
    assertThat(JsonTableReader.create().read(f).name()).isEqualTo("mini");
  }
}
