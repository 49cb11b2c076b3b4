package org.sectoral.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.io.excel.ExcelTables;
import org.sectoral.io.oecd.IcioReader;
import org.sectoral.io.oecd.OecdIotReader;
import org.sectoral.io.ons.OnsIoatReader;
import org.sectoral.io.wiod.WiodNiotReader;

/**
 * Malformed inputs for every reader, each checked for source, line, column and message. Inputs
 * are the fixtures edited in memory or small strings.
 */
class ErrorCatalogueTest {
  static final String BEL = "BEL2020ttl.csv";
  static final String AUS = "AUS_NIOT_2014.csv";
  static final String UK = "uk_2010_siot_domestic_use_basic_prices_product_by_product.csv";
  static final String UK_IMP = "uk_2010_imports_use_basic_prices_product_by_product.csv";
  static final String ICIO = "ICIO_small_2020.csv";

  // ---- helpers ----------------------------------------------------------------------------

  static String resource(String path) throws IOException {
    try (InputStream in = ErrorCatalogueTest.class.getResourceAsStream(path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  static List<String> lines(String text) {
    return new ArrayList<>(Arrays.asList(text.split("\r?\n", -1)));
  }

  static String join(List<String> lines) {
    return String.join("\n", lines);
  }

  /** Replaces the 0-based cell {@code cell} of 1-based {@code line} (no quoted commas). */
  static String setCell(String text, int line, int cell, String value) {
    List<String> ls = lines(text);
    String[] cells = ls.get(line - 1).split(",", -1);
    cells[cell] = value;
    ls.set(line - 1, String.join(",", cells));
    return join(ls);
  }

  static String removeLine(String text, int line) {
    List<String> ls = lines(text);
    ls.remove(line - 1);
    return join(ls);
  }

  static InputStream in(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }

  static String bel() throws IOException {
    return resource("/fixtures/oecd_bel_2020/" + BEL);
  }

  static InputOutputTable readBel(OecdIotReader r, String text) throws IOException {
    return r.readTotal(BEL, in(text));
  }

  static InputOutputTable readBel(String text) throws IOException {
    return readBel(OecdIotReader.create(), text);
  }

  static InputOutputTable readAus(WiodNiotReader r, String text) throws IOException {
    return r.read(AUS, in(text));
  }

  static InputOutputTable readUk(String siot) throws IOException {
    return OnsIoatReader.create().read(UK, in(siot), null, null);
  }

  static InputOutputTable readIcio(String text) throws IOException {
    return IcioReader.create().read(ICIO, in(text));
  }

  static TableFormatException fails(Executable e) {
    return assertThrows(TableFormatException.class, e);
  }

  static void at(TableFormatException e, String source, int line, int column, String problem) {
    assertThat(e.source()).isEqualTo(source);
    assertThat(e.line()).as("line of %s", e.getMessage()).isEqualTo(line);
    assertThat(e.column()).as("column of %s", e.getMessage()).isEqualTo(column);
    assertThat(e.problem()).contains(problem);
  }

  // ---- OECD national IOT (ttl) ------------------------------------------------------------

  @Test
  void raggedRow() throws IOException {
    List<String> ls = lines(bel());
    ls.set(2, ls.get(2).substring(0, ls.get(2).lastIndexOf(',')));
    at(fails(() -> readBel(join(ls))), BEL, 3, 60, "row has 59 cells, expected 60");
  }

  @Test
  void textInNumberCell() throws IOException {
    TableFormatException e = fails(() -> readBel(setCell(bel(), 2, 1, "n/a")));
    at(e, BEL, 2, 2, "not a number");
    assertThat(e.cell()).isEqualTo("n/a");
  }

  @Test
  void duplicateSectorCode() throws IOException {
    String text = bel().replaceFirst("\"D02\"", "\"D01\"");
    at(fails(() -> readBel(text)), BEL, 1, 3,
        "duplicate industry code \"D01\" (first at line 1, column 2)");
  }

  @Test
  void missingOutputRow() throws IOException {
    at(fails(() -> readBel(removeLine(bel(), 56))), BEL, 0, 0,
        "expected output row \"OUTPUT\" not found; rows are TTL_01, TTL_02");
  }

  @Test
  void missingProductRow() throws IOException {
    at(fails(() -> readBel(removeLine(bel(), 4))), BEL, 0, 0,
        "expected product row \"TTL_03\" not found");
  }

  @Test
  void missingFinalDemandColumn() throws IOException {
    List<String> ls = lines(bel());
    for (int i = 0; i < ls.size(); i++) {
      if (!ls.get(i).isEmpty()) {
        List<String> cells = new ArrayList<>(Arrays.asList(ls.get(i).split(",", -1)));
        cells.remove(58);
        ls.set(i, String.join(",", cells));
      }
    }
    at(fails(() -> readBel(join(ls))), BEL, 1, 0,
        "expected final-demand column \"EXPO\" not found; columns are D01, D02");
  }

  @Test
  void renamedColumnNamesTheExpectedCodeAndLoadsWithRenamedLayout() throws IOException {
    String text = bel().replace("\"EXPO\"", "\"EXPORTS\"");
    TableFormatException e = fails(() -> readBel(text));
    at(e, BEL, 1, 0, "expected final-demand column \"EXPO\" not found; columns are");
    assertThat(e.problem()).contains("CONS_NONRES, EXPORTS, IMPO");
    OecdIotReader renamed = OecdIotReader.create().layout(OecdIotReader.LAYOUT_2023.toBuilder()
        .renameFinalDemand("EXPO", "EXPORTS").build());
    assertThat(readBel(renamed, text).exports().sum()).isCloseTo(263882.1 + 4298.7,
        within(1e-6));
  }

  @Test
  void wrongDelimiter() throws IOException {
    String semicolons = bel().replace(',', ';');
    // Quoted cells followed by ';' are not RFC 4180 with ',': commons-csv stops at line 1.
    at(fails(() -> readBel(semicolons)), BEL, 1, 0,
        "not readable as delimited text; the first line contains ';': is the delimiter ',' "
            + "right?");
    // Unquoted: parsed as one cell per line, caught by the header width check.
    String unquoted = semicolons.replace("\"", "");
    at(fails(() -> readBel(unquoted)), BEL, 1, 1,
        "header has 1 cells, expected at least 3; the line contains ';': is the delimiter ',' "
            + "right?");
  }

  @Test
  void byteOrderMarkIsAccepted() throws IOException {
    InputOutputTable t = readBel("\uFEFF" + bel());
    assertThat(t.sectors().size()).isEqualTo(50);
    assertThat(t.sectors().get(0).code()).isEqualTo("D01");
  }

  @Test
  void emptyFile() {
    at(fails(() -> readBel("")), BEL, 0, 0, "file is empty");
  }

  @Test
  void headerOnlyFile() throws IOException {
    String header = lines(bel()).get(0) + "\n";
    at(fails(() -> readBel(header)), BEL, 1, 0, "header only: no product rows");
  }

  @Test
  void notANumberValue() throws IOException {
    TableFormatException e = fails(() -> readBel(setCell(bel(), 4, 3, "NaN")));
    at(e, BEL, 4, 4, "NaN or infinite value");
    assertThat(e.cell()).isEqualTo("NaN");
  }

  @Test
  void infiniteValue() throws IOException {
    at(fails(() -> readBel(setCell(bel(), 5, 2, "-Infinity"))), BEL, 5, 3,
        "NaN or infinite value");
  }

  @Test
  void totalsThatDoNotMatchFlowsAndRecomputeTotals() throws IOException {
    String text = setCell(bel(), 56, 1, "13069.3");
    TableFormatException e = fails(() -> readBel(text));
    at(e, BEL, 56, 2, "totals do not match flows: OUTPUT 13069.3 of BEL/D01 differs from the "
        + "row total");
    assertThat(e.problem()).contains("recomputeTotals(true)");
    InputOutputTable t = readBel(OecdIotReader.create().recomputeTotals(true), text);
    assertThat(t.output().get(t.key("D01"))).isCloseTo(12069.3, within(1.0));
  }

  // ---- WIOD NIOT --------------------------------------------------------------------------

  static String aus() throws IOException {
    return resource("/fixtures/wiod_2016/" + AUS);
  }

  @Test
  void wiodMissingImportsRow() throws IOException {
    at(fails(() -> readAus(WiodNiotReader.create(), removeLine(aus(), 60))), AUS, 0, 0,
        "expected imports row \"A02\" not found; rows are A01, A03");
  }

  @Test
  void wiodMissingAdjustmentRow() throws IOException {
    at(fails(() -> readAus(WiodNiotReader.create(), removeLine(aus(), 121))), AUS, 0, 0,
        "expected adjustment row \"IntTTM\" not found; rows are II_fob");
  }

  @Test
  void wiodOutputColumnDisagreesWithOutputRow() throws IOException {
    List<String> ls = lines(aus());
    String l = ls.get(2);
    ls.set(2, l.substring(0, l.lastIndexOf(',') + 1) + "1");
    TableFormatException e = fails(() -> readAus(WiodNiotReader.create(), join(ls)));
    at(e, AUS, 3, 67, "GO column of A01 differs from the GO row");
    assertThat(e.cell()).isEqualTo("1");
  }

  @Test
  void wiodSeveralYearsNeedAChoice() throws IOException {
    List<String> ls = lines(aus());
    ls.add(ls.get(2).replaceFirst("^2014,", "2013,"));
    String text = join(ls);
    at(fails(() -> readAus(WiodNiotReader.create(), text)), AUS, 3, 1,
        "file holds several years [2014, 2013]; choose one with year(…)");
    assertThat(readAus(WiodNiotReader.create().year(2014), text).sectors().size()).isEqualTo(56);
  }

  @Test
  void wiodMissingFinalDemandColumn() throws IOException {
    String text = aus().replaceFirst(",INVEN,", ",INVENTORY,");
    at(fails(() -> readAus(WiodNiotReader.create(), text)), AUS, 1, 0,
        "expected final-demand column \"INVEN\" not found; columns are Year, Code");
  }

  // ---- ONS analytical tables --------------------------------------------------------------

  static String uk() throws IOException {
    return resource("/fixtures/ons_uk_2010/" + UK);
  }

  @Test
  void onsMissingValueAddedRow() throws IOException {
    String text = uk().replaceFirst("\"Compensation of employees\",", "\"Compensation\",");
    at(fails(() -> readUk(text)), UK, 0, 0,
        "expected value-added row \"Compensation of employees\" not found; rows are 01, 02");
  }

  @Test
  void onsRenamedFinalDemandColumn() throws IOException {
    String text = uk().replaceFirst("\"Households\"", "\"Household final consumption\"");
    at(fails(() -> readUk(text)), UK, 1, 0,
        "expected final-demand column \"Households\" not found");
  }

  @Test
  void onsDuplicateProductColumn() throws IOException {
    String text = uk().replaceFirst("\"02\",", "\"01\",");
    at(fails(() -> readUk(text)), UK, 1, 4, "duplicate product code \"01\"");
  }

  @Test
  void onsImportsTableWithOtherProducts() throws IOException {
    String imp = resource("/fixtures/ons_uk_2010/" + UK_IMP).replaceFirst("\n\"01\",", "\n\"0X\",");
    at(fails(() -> OnsIoatReader.create().read(UK, in(uk()), UK_IMP, in(imp))), UK_IMP, 0, 0,
        "expected product row \"01\" not found; rows are 0X, 02");
  }

  // ---- OECD ICIO --------------------------------------------------------------------------

  static String icio() throws IOException {
    return resource("/icio/" + ICIO);
  }

  @Test
  void icioUnknownRegionInRow() throws IOException {
    String text = icio().replace("\"CN2_C10T12\",6,", "\"XXX_C10T12\",6,");
    TableFormatException e = fails(() -> readIcio(text));
    at(e, ICIO, 7, 1, "unknown region XXX; regions are [AUS, CN1, CN2]");
    assertThat(e.cell()).isEqualTo("XXX_C10T12");
  }

  @Test
  void icioUnknownRegionInFinalDemandColumn() throws IOException {
    String text = icio().replace("\"CN2_DPABR\"", "\"JPN_DPABR\"");
    at(fails(() -> readIcio(text)), ICIO, 1, 25,
        "unknown region JPN of a final-demand column; regions are [AUS, CN1, CN2]");
  }

  @Test
  void icioMissingTaxRow() throws IOException {
    at(fails(() -> readIcio(removeLine(icio(), 8))), ICIO, 0, 0,
        "expected tax row \"TLS\" not found; rows are AUS_A01_02");
  }

  @Test
  void icioLabelWithoutCountry() throws IOException {
    String text = icio().replaceFirst("\"AUS_A01_02\"", "\"AUSA0102\"");
    at(fails(() -> readIcio(text)), ICIO, 1, 2,
        "expected a label COUNTRY_CODE such as AUS_A01_02 or AUS_HFCE");
  }

  @Test
  void icioOutputBeyondTolerance() throws IOException {
    String text = setCell(icio(), 10, 1, "170");
    at(fails(() -> readIcio(text)), ICIO, 10, 2,
        "totals do not match flows: OUT 170.0 of AUS/A01_02 differs from the row total");
  }

  // ---- Excel ------------------------------------------------------------------------------

  static byte[] workbook() throws IOException {
    return ExcelTables.toBytes(readIcio(icio()));
  }

  interface Edit {
    void apply(XSSFWorkbook wb);
  }

  static byte[] edit(Edit e) throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(workbook()));
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      e.apply(wb);
      wb.write(out);
      return out.toByteArray();
    }
  }

  static InputOutputTable readXlsx(byte[] bytes) throws IOException {
    return ExcelTables.read("t.xlsx", new ByteArrayInputStream(bytes));
  }

  @Test
  void xlsxMissingSheet() throws IOException {
    byte[] b = edit(wb -> wb.removeSheetAt(wb.getSheetIndex("taxes")));
    at(fails(() -> readXlsx(b)), "t.xlsx", 0, 0,
        "missing sheet \"taxes\"; sheets are [meta, Z, Y, value_added, output]");
  }

  @Test
  void xlsxTextCell() throws IOException {
    byte[] b = edit(wb -> wb.getSheet("Z").getRow(2).getCell(3).setCellValue("abc"));
    TableFormatException e = fails(() -> readXlsx(b));
    at(e, "t.xlsx[Z]", 3, 4, "not a number (string cell)");
    assertThat(e.cell()).isEqualTo("abc");
  }

  @Test
  void xlsxEmptyCell() throws IOException {
    byte[] b = edit(wb -> wb.getSheet("output").getRow(1).removeCell(
        wb.getSheet("output").getRow(1).getCell(2)));
    at(fails(() -> readXlsx(b)), "t.xlsx[output]", 2, 3,
        "empty cell where a number was expected");
  }

  @Test
  void xlsxWrongColumnLabel() throws IOException {
    byte[] b = edit(wb -> wb.getSheet("Y").getRow(0).getCell(2).setCellValue("AUS/XXX"));
    at(fails(() -> readXlsx(b)), "t.xlsx[Y]", 1, 3, "expected column label \"AUS/NPISH\"");
  }

  @Test
  void xlsxNotAWorkbook() {
    at(fails(() -> readXlsx(icio().getBytes(StandardCharsets.UTF_8))), "t.xlsx", 0, 0,
        "not an .xlsx workbook");
  }
}
