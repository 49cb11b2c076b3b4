package org.sectoral.io.tidy;

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

class TidyCsvTest {
  @TempDir Path tmp;

  private static InputOutputTable roundTrip(InputOutputTable t) throws Exception {
    StringWriter w = new StringWriter();
    TidyCsvWriter.write(t, w);
    return TidyCsvReader.create().read("mem.csv",
        new ByteArrayInputStream(w.toString().getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void handMadeRoundTripsThroughFile() throws Exception {
    InputOutputTable t = TestTables.handMade();
    Path f = tmp.resolve("t.csv");
    TidyCsvWriter.write(t, f);
    assertThat(TidyCsvReader.looksLikeTidy(f)).isTrue();
    assertSameTable(TidyCsvReader.create().read(f), t);
  }

  @ParameterizedTest
  @CsvSource({"1, 1, 21", "1, 5, 22", "2, 20, 23"})
  void randomTablesRoundTrip(int regions, int sectors, long seed) throws Exception {
    InputOutputTable t = TestTables.random(regions, sectors, seed);
    assertSameTable(roundTrip(t), t);
  }

  @Test
  void millerBlairRoundTripsAndReadsAsDocumented() throws Exception {
    InputOutputTable t = TestTables.millerBlair();
    assertSameTable(roundTrip(t), t);
    StringWriter w = new StringWriter();
    TidyCsvWriter.write(t, w);
    assertThat(w.toString()).startsWith(TidyCsvReader.HEADER + "\n"
        + "TABLE,,,,name,Miller & Blair 2.3\n"
        + "TABLE,,,,unit,dollars\n"
        + "TABLE,,,,tolerance,1.0E-6\n"
        + "TABLE,,,,absolute_tolerance,1.0E-6\n"
        + "REGION,DOM,,,name,Domestic economy\n"
        + "SECTOR,,agriculture,,name,agriculture\n"
        + "SECTOR,,agriculture,,classification,\n")
        .contains("\nZ,DOM,agriculture,DOM,manufacturing,500.0\n")
        .contains("\nFD,,,DOM,f,OTHER\n").contains("\nX,DOM,manufacturing,,,2000.0\n");
  }

  private static TableFormatException fails(String text) {
    return catchThrowableOfType(TableFormatException.class, () -> TidyCsvReader.create()
        .read("bad.csv", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))));
  }

  private static final String HEAD = TidyCsvReader.HEADER + "\n"
      + "REGION,DOM,,,name,Domestic\n"
      + "SECTOR,,a,,name,A\n"
      + "FD,,,DOM,hh,HOUSEHOLDS\n";

  @Test
  void minimalFileReadsWithResidualValueAdded() throws Exception {
    InputOutputTable t = TidyCsvReader.create().read("ok.csv", new ByteArrayInputStream(
        (HEAD + "Z,DOM,a,DOM,a,1\nY,DOM,a,DOM,hh,3\n").getBytes(StandardCharsets.UTF_8)));
    assertThat(t.output().toArray()).containsExactly(4.0);
    assertThat(t.valueAddedTotal().toArray()).containsExactly(3.0);
  }

  @Test
  void unknownBlock() {
    TableFormatException e = fails(HEAD + "Q,DOM,a,DOM,a,1\n");
    assertThat(e.line()).isEqualTo(5);
    assertThat(e.column()).isEqualTo(1);
    assertThat(e.problem()).isEqualTo("unknown block Q");
  }

  @Test
  void unknownRegion() {
    TableFormatException e = fails(HEAD + "Z,DOM,a,XX,a,1\n");
    assertThat(e.line()).isEqualTo(5);
    assertThat(e.column()).isEqualTo(4);
    assertThat(e.cell()).isEqualTo("XX");
    assertThat(e.problem()).isEqualTo("unknown region XX");
  }

  @Test
  void unknownSector() {
    TableFormatException e = fails(HEAD + "Y,DOM,b,DOM,hh,1\n");
    assertThat(e.column()).isEqualTo(3);
    assertThat(e.problem()).isEqualTo("unknown sector b");
  }

  @Test
  void duplicateCell() {
    TableFormatException e = fails(HEAD + "Z,DOM,a,DOM,a,1\nZ,DOM,a,DOM,a,2\n");
    assertThat(e.line()).isEqualTo(6);
    assertThat(e.column()).isEqualTo(1);
    assertThat(e.problem()).isEqualTo("duplicate cell (first on line 5)");
  }

  @Test
  void duplicateSectorDeclaration() {
    TableFormatException e = fails(HEAD + "SECTOR,,a,,name,again\n");
    assertThat(e.line()).isEqualTo(5);
    assertThat(e.problem()).isEqualTo("duplicate declaration (first on line 3)");
  }

  @Test
  void textAndNanInNumberCells() {
    TableFormatException text = fails(HEAD + "Z,DOM,a,DOM,a,1.2.3\n");
    assertThat(text.line()).isEqualTo(5);
    assertThat(text.column()).isEqualTo(6);
    assertThat(text.problem()).isEqualTo("not a number");
    TableFormatException nan = fails(HEAD + "Z,DOM,a,DOM,a,NaN\n");
    assertThat(nan.column()).isEqualTo(6);
    assertThat(nan.problem()).isEqualTo("NaN or infinite value");
  }

  @Test
  void raggedRowEmptyFileAndWrongHeader() {
    TableFormatException ragged = fails(HEAD + "Z,DOM,a,DOM,a\n");
    assertThat(ragged.line()).isEqualTo(5);
    assertThat(ragged.column()).isEqualTo(6);
    assertThat(ragged.problem()).isEqualTo("row has 5 cells, expected 6");
    assertThat(fails("").problem()).isEqualTo("file is empty");
    TableFormatException header = fails("a,b\n");
    assertThat(header.line()).isEqualTo(1);
    assertThat(header.problem()).startsWith("expected the header");
  }

  @Test
  void byteOrderMarkAccepted() throws Exception {
    Path f = tmp.resolve("bom.csv");
    Files.writeString(f, "\uFEFF" + HEAD + "Z,DOM,a,DOM,a,1\nY,DOM,a,DOM,hh,3\n",
        StandardCharsets.UTF_8);
    assertThat(TidyCsvReader.looksLikeTidy(f)).isTrue();
    assertThat(TidyCsvReader.create().read(f).output().toArray()).containsExactly(4.0);
  }
}
