package org.sectoral.io.scotland;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sectoral.core.leontief.Diagnostic;
import org.sectoral.core.leontief.Effects;
import org.sectoral.core.leontief.HouseholdClosure;
import org.sectoral.core.leontief.HouseholdIncome;
import org.sectoral.core.leontief.ImpactAnalysis;
import org.sectoral.core.leontief.MultiplierType;
import org.sectoral.core.leontief.Multipliers;
import org.sectoral.core.table.FinalDemandCategory;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.core.table.LabelledVector;
import org.sectoral.core.table.RegionSector;
import org.sectoral.io.PublishedFormat;
import org.sectoral.io.TableFormatException;
import org.sectoral.io.TableFormats;
import org.sectoral.core.testing.ScotlandFixtures;
import org.sectoral.io.excel.ExcelTables;

/**
 * The Scottish Government's 2016 workbook read through {@link ScotlandIxiReader}: the same table
 * as the CSV extract model-core's tests build by hand, detected by the registry, and errors
 * located at the sheet's row and column.
 */
class ScotlandIxiReaderTest {
  private static byte[] workbook;
  private static byte[] ixiOnly; // the workbook without its other sheets: faster to edit
  private static InputOutputTable table;

  @TempDir Path dir;

  @BeforeAll
  static void load() throws IOException {
    try (InputStream in = ScotlandIxiReaderTest.class.getResourceAsStream(
        ScotlandFixtures.WORKBOOK)) {
      workbook = in.readAllBytes();
    }
    table = ScotlandIxiReader.create().read("IO2016.xlsx", new ByteArrayInputStream(workbook));
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
      for (int i = wb.getNumberOfSheets() - 1; i >= 0; i--) {
        if (!wb.getSheetName(i).equals("IxI")) {
          wb.removeSheetAt(i);
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      ixiOnly = out.toByteArray();
    }
  }

  @Test
  void readsEveryBlockExactlyAsTheExtract() {
    InputOutputTable csv = ScotlandFixtures.scotland2016();
    assertThat(table.name()).isEqualTo("Scotland 2016 industry by industry (Scottish Government)");
    assertThat(table.unit()).isEqualTo("million GBP");
    assertThat(table.keys()).isEqualTo(csv.keys());
    assertThat(table.sectors().get(1).name()).isEqualTo("Forestry planting");
    assertThat(table.sectors().get(1).code()).isEqualTo("02.1, 02.4");
    assertThat(table.intermediate()).isEqualTo(csv.intermediate());
    assertThat(table.finalDemand()).isEqualTo(csv.finalDemand());
    assertThat(table.requireImports()).isEqualTo(csv.requireImports());
    assertThat(table.importedFinalDemand()).isEqualTo(csv.importedFinalDemand());
    assertThat(table.valueAdded()).isEqualTo(csv.valueAdded());
    assertThat(table.productTaxes()).isEqualTo(csv.productTaxes());
    assertThat(table.output()).isEqualTo(csv.output());
    assertThat(table.balanceReport().isBalanced()).isTrue();
  }

  @Test
  void theRegistryRecognisesTheWorkbookAndStillReadsItsOwnXlsx() throws IOException {
    Path io = dir.resolve("IO2016.xlsx");
    Files.write(io, workbook);
    assertThat(TableFormats.all().detect(io)).contains(PublishedFormat.SCOTLAND_IXI);
    assertThat(TableFormats.all().read(io).output()).isEqualTo(table.output());
    Path own = dir.resolve("own.xlsx");
    ExcelTables.write(table, own);
    assertThat(TableFormats.all().detect(own)).contains(PublishedFormat.XLSX);
    assertThatThrownBy(() -> PublishedFormat.SCOTLAND_IXI.write(table, dir.resolve("x.xlsx")))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  /** The README's Type II example, line for line. */
  @Test
  void readmeTypeTwoExample() throws IOException {
    Path io = dir.resolve("IO2016.xlsx");
    Files.write(io, workbook);
    LabelledVector<RegionSector> deltaF = table.finalDemand(FinalDemandCategory.EXPORTS);
    InputOutputTable t = ScotlandIxiReader.create().read(Path.of(io.toString()));  // model-io
    Multipliers m = Multipliers.of(t, HouseholdClosure.of(HouseholdIncome.total(143_398)));
    double agriculture = m.output(MultiplierType.TYPE_II).get(t.key("01"));  // 1.594108
    Map<String, LabelledVector<RegionSector>> columns = m.columns();
    List<Diagnostic> warnings = m.diagnostics();
    Map<String, Effects> e = ImpactAnalysis.of(t, m).impact(deltaF);
    assertThat(agriculture).isCloseTo(1.594108, within(5e-7));
    assertThat(m.output(MultiplierType.TYPE_I).get(t.key("01"))).isCloseTo(1.467658,
        within(5e-7));
    assertThat(columns).hasSize(10);
    assertThat(warnings).isEmpty();
    assertThat(e.get(ImpactAnalysis.OUTPUT).inducedSum()).isPositive();
  }

  @Test
  void textInAFlowCellIsLocated() {
    TableFormatException e = fails(s -> s.getRow(7).getCell(4).setCellValue("n/a"));
    at(e, 8, 5, "n/a", "not a number (text cell)");
  }

  @Test
  void industryRowsMustListTheColumnsCodes() {
    TableFormatException e = fails(s -> s.getRow(9).getCell(1).setCellValue("02.9"));
    at(e, 10, 2, "02.9", "expected industry \"02.2-3\"");
  }

  @Test
  void missingFinalUseColumnNamesTheExpectedHeaderAndARenamedLayoutReadsIt() throws IOException {
    byte[] renamed = edit(s -> s.getRow(6).getCell(102).setCellValue("Household consumption"));
    TableFormatException e = fails(renamed);
    at(e, 7, 102, "Total intermediate use",
        "expected a final-use column headed \"Households\"");
    InputOutputTable t = ScotlandIxiReader.create().layout(ScotlandIxiReader.LAYOUT.toBuilder()
        .renameFinalDemand("Households", "Household consumption").build())
        .read("IO2016.xlsx", new ByteArrayInputStream(renamed));
    assertThat(t.finalDemand().columnArray(0)).isEqualTo(table.finalDemand().columnArray(0));
  }

  @Test
  void missingValueAddedRowIsNamed() {
    TableFormatException e = fails(s -> s.getRow(111).getCell(1).setCellValue("Wages"));
    at(e, 106, 2, "TDU", "expected a value-added row with code \"CoE\"");
  }

  @Test
  void outputThatDoesNotMatchTheFlowsIsLocatedAtItsCell() {
    TableFormatException e = fails(s -> s.getRow(114).getCell(3).setCellValue(3400.0));
    at(e, 115, 4, "3400.0", "totals do not match flows");
    assertThat(e.getCause()).hasMessageContaining("UNBALANCED_TABLE");
  }

  @Test
  void missingSheetAndNotAWorkbook() {
    TableFormatException e = fails(edit(s -> s.getWorkbook().setSheetName(
        s.getWorkbook().getSheetIndex(s), "Industry by industry")));
    assertThat(e.getMessage()).contains("missing sheet \"IxI\"", "Industry by industry");
    assertThatThrownBy(() -> ScotlandIxiReader.create().read("x.xlsx",
        new ByteArrayInputStream(new byte[] {1, 2, 3})))
        .isInstanceOf(TableFormatException.class).hasMessageContaining("not an .xlsx workbook");
  }

  private static void at(TableFormatException e, int line, int column, String cell,
      String problem) {
    assertThat(e.source()).isEqualTo("IO2016.xlsx[IxI]");
    assertThat(e.line()).isEqualTo(line);
    assertThat(e.column()).isEqualTo(column);
    assertThat(e.cell()).isEqualTo(cell);
    assertThat(e.problem()).contains(problem);
  }

  private static TableFormatException fails(Consumer<Sheet> change) {
    return fails(edit(change));
  }

  private static TableFormatException fails(byte[] bytes) {
    try {
      ScotlandIxiReader.create().read("IO2016.xlsx", new ByteArrayInputStream(bytes));
    } catch (TableFormatException e) {
      return e;
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    throw new AssertionError("no error");
  }

  /** The workbook's sheet IxI alone, with one change. */
  private static byte[] edit(Consumer<Sheet> change) {
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(ixiOnly))) {
      change.accept(wb.getSheet("IxI"));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
