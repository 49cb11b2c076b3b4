package org.sectoral.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sectoral.io.ErrorCatalogueTest.BEL;
import static org.sectoral.io.ErrorCatalogueTest.ICIO;
import static org.sectoral.io.ErrorCatalogueTest.at;
import static org.sectoral.io.ErrorCatalogueTest.bel;
import static org.sectoral.io.ErrorCatalogueTest.fails;
import static org.sectoral.io.ErrorCatalogueTest.icio;
import static org.sectoral.io.ErrorCatalogueTest.in;
import static org.sectoral.io.ErrorCatalogueTest.join;
import static org.sectoral.io.ErrorCatalogueTest.lines;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sectoral.io.csv.DelimitedFile;
import org.sectoral.io.json.JsonTableReader;
import org.sectoral.io.oecd.IcioReader;
import org.sectoral.io.pymrio.PymrioReader;
import org.sectoral.io.pymrio.PymrioWriter;
import org.sectoral.io.tidy.TidyCsvReader;

/**
 * The error catalogue, continued: inputs that used to crash (JSON {@code null}, a tidy CSV of
 * {@code ""} or one NUL byte, blank pymrio labels) and bounded reading (files and zip entries
 * past the limits, names outside the folder, lines too long, tables too large for memory), each
 * a located {@link TableFormatException}.
 */
class ReaderLimitsCatalogueTest {
  @TempDir Path tmp;

  /** A pymrio folder of a seeded random table (2 regions × 20 sectors). */
  Path pymrioFolder() throws IOException {
    Path folder = tmp.resolve("mrio");
    PymrioWriter.write(TestTables.random(2, 20, 5), folder);
    return folder;
  }

  static void editLine(Path file, int line, int cell, String value)
      throws IOException {
    List<String> ls = lines(Files.readString(file));
    String[] cells = ls.get(line - 1).split("\t", -1);
    cells[cell] = value;
    ls.set(line - 1, String.join("\t", cells));
    Files.writeString(file, join(ls));
  }

  static TableFormatException readPymrio(PymrioReader r,
      Path folder) {
    return fails(() -> r.read(folder));
  }

  @Test
  void jsonTableThatIsNull() {
    at(fails(() -> JsonTableReader.create().read("t.json", in("null"))),
        "t.json", 1, 1, "expected a JSON object");
  }

  @Test
  void pymrioFileParametersThatIsNull() throws IOException {
    Path folder = pymrioFolder();
    Files.writeString(folder.resolve("file_parameters.json"), "null");
    TableFormatException e = readPymrio(PymrioReader.create(), folder);
    assertThat(e.source()).endsWith("file_parameters.json");
    assertThat(e.problem()).contains("expected a JSON object");
  }

  @Test
  void tidyCsvOfAnEmptyQuotedCell() {
    at(fails(() -> TidyCsvReader.create().read("t.csv", in("\"\""))),
        "t.csv", 0, 0, "file is empty");
  }

  @Test
  void tidyCsvOfOneNulByte() {
    at(fails(() -> TidyCsvReader.create().read("t.csv",
        new ByteArrayInputStream(new byte[] {0}))), "t.csv", 1, 1, "NUL byte");
  }

  @Test
  void pymrioBlankRegionLabelInHeader() throws IOException {
    Path folder = pymrioFolder();
    editLine(folder.resolve("Z.txt"), 1, 4, "");
    TableFormatException e = readPymrio(PymrioReader.create(), folder);
    assertThat(e.source()).endsWith("Z.txt");
    assertThat(e.line()).isEqualTo(1);
    assertThat(e.column()).isEqualTo(5);
    assertThat(e.problem()).isEqualTo("blank region label");
  }

  @Test
  void pymrioBlankSectorLabelInHeaderAndRow() throws IOException {
    Path folder = pymrioFolder();
    editLine(folder.resolve("Z.txt"), 2, 3, "");
    TableFormatException e = readPymrio(PymrioReader.create(), folder);
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.column()).isEqualTo(4);
    assertThat(e.problem()).isEqualTo("blank sector label");
    Path again = tmp.resolve("again");
    PymrioWriter.write(TestTables.random(2, 20, 5), again);
    editLine(again.resolve("Z.txt"), 6, 1, " ");
    e = readPymrio(PymrioReader.create(), again);
    assertThat(e.line()).isEqualTo(6);
    assertThat(e.column()).isEqualTo(2);
    assertThat(e.problem()).isEqualTo("blank sector label");
  }

  @Test
  void pymrioFileNamedOutsideTheFolder() throws IOException {
    Path folder = pymrioFolder();
    Files.writeString(tmp.resolve("outside.txt"), "secret");
    Path params = folder.resolve("file_parameters.json");
    String original = Files.readString(params);
    for (String name : List.of("../outside.txt", tmp.resolve("outside.txt").toString(),
        "sub/../../outside.txt")) {
      Files.writeString(params, original.replace("\"Y.txt\"", "\""
          + name.replace("\\", "\\\\") + "\""));
      TableFormatException e = readPymrio(PymrioReader.create(), folder);
      assertThat(e.source()).as(name).endsWith("file_parameters.json");
      assertThat(e.problem()).as(name).contains("outside the folder");
    }
  }

  @Test
  void threeGigabyteZtxtStopsAtTheDefaultLimit() throws IOException {
    Path folder = pymrioFolder();
    try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(
        folder.resolve("Z.txt").toFile(), "rw")) {
      f.setLength(3L << 30); // sparse: no disk is used
    }
    TableFormatException e = readPymrio(PymrioReader.create(), folder);
    assertThat(e.source()).endsWith("Z.txt");
    assertThat(e.problem()).startsWith("larger than the limit of 2 GiB per file");
  }

  @Test
  void fileLargerThanAGivenLimit() throws IOException {
    Path folder = pymrioFolder();
    TableFormatException e = readPymrio(PymrioReader.create()
        .limits(ReadLimits.ofFileBytes(4096)), folder);
    assertThat(e.source()).endsWith("Z.txt");
    assertThat(e.problem()).startsWith("larger than the limit of 4096 bytes per file");
    at(fails(() -> TidyCsvReader.create()
        .limits(ReadLimits.ofFileBytes(1000)).read("t.csv", in(bel()))), "t.csv", 0, 0,
        "larger than the limit of 1000 bytes");
    at(fails(() -> DelimitedFile.read(BEL, in(bel()), ',',
        ReadLimits.ofFileBytes(1000))), BEL, 0, 0, "larger than the limit of 1000 bytes");
    at(fails(() -> IcioReader.create().limits(ReadLimits.ofFileBytes(100)).read(ICIO,
        in(icio()))), ICIO, 0, 0, "larger than the limit of 100 bytes");
    at(fails(() -> JsonTableReader.create()
        .limits(ReadLimits.ofFileBytes(10)).read("t.json", in("{\"format\": \"x\"}"))),
        "t.json", 0, 0, "larger than the limit of 10 bytes");
  }

  @Test
  void zipEntryThatInflatesPastTheLimit() throws IOException {
    Path zip = tmp.resolve("bomb.zip");
    Path folder = pymrioFolder();
    try (java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(
        Files.newOutputStream(zip))) {
      for (String f : List.of("file_parameters.json", "Y.txt", "x.txt", "unit.txt")) {
        z.putNextEntry(new java.util.zip.ZipEntry(f));
        z.write(Files.readAllBytes(folder.resolve(f)));
        z.closeEntry();
      }
      z.putNextEntry(new java.util.zip.ZipEntry("Z.txt"));
      byte[] zeros = "0\t".repeat(1 << 19).getBytes(StandardCharsets.UTF_8);
      for (int i = 0; i < 8; i++) {
        z.write(zeros); // 8 MiB that deflate to a few kB
      }
      z.closeEntry();
    }
    assertThat(Files.size(zip)).isLessThan(100_000);
    TableFormatException e = readPymrio(PymrioReader.create()
        .limits(ReadLimits.ofFileBytes(1 << 20)), zip);
    assertThat(e.source()).endsWith("bomb.zip!/Z.txt");
    assertThat(e.problem()).startsWith("larger than the limit of 1 MiB per file");
  }

  @Test
  void lineLongerThanTheLimit() {
    String longLine = TidyCsvReader.HEADER + "\nTABLE,,,,name," + "x".repeat(5000) + "\n";
    TableFormatException e = fails(() -> TidyCsvReader.create()
        .limits(ReadLimits.defaults().withMaxLineBytes(1024)).read("t.csv", in(longLine)));
    at(e, "t.csv", 2, 0, "line longer than the limit of 1024 bytes");
  }

  @Test
  void tableTooLargeForOneArrayIsALocatedError() throws IOException {
    Path folder = pymrioFolder();
    StringBuilder header = new StringBuilder("region\t");
    StringBuilder sectors = new StringBuilder("sector\t");
    for (int c = 0; c < 50_000; c++) {
      header.append("\tR");
      sectors.append("\tS").append(c);
    }
    Files.writeString(folder.resolve("Z.txt"), header + "\n" + sectors
        + "\nregion\tsector\n");
    TableFormatException e = readPymrio(PymrioReader.create(), folder);
    assertThat(e.source()).endsWith("Z.txt");
    assertThat(e.line()).isEqualTo(1);
    assertThat(e.problem()).contains("50,000 columns").contains("more than one Java array");
  }
}
