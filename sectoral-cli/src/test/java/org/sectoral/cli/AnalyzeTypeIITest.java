package org.sectoral.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sectoral.core.leontief.HouseholdClosure;
import org.sectoral.core.leontief.HouseholdIncome;
import org.sectoral.core.leontief.MultiplierType;
import org.sectoral.core.leontief.Multipliers;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.core.table.Region;
import org.sectoral.core.testing.Fixtures.Grid;
import org.sectoral.core.testing.RandomEconomies;
import org.sectoral.core.testing.ScotlandFixtures;
import org.sectoral.io.StandardFormat;
import org.sectoral.io.pymrio.PymrioWriter;

/**
 * {@code sectoral analyze --household-income} end to end: the Scottish Government's 2016
 * workbook gives the Type I and Type II multipliers and effects it publishes; options out of range
 * exit with code 2 before anything is written; the per-region form on a multi-region table.
 */
class AnalyzeTypeIITest {
  /** Published vs ours, relative (the core test measures at most 8.7e-9). */
  static final double PUBLISHED_RELATIVE_3E8 = 3e-8;

  /** Published column → multipliers.csv stem. */
  static final Map<String, String> COLUMNS = Map.of("output_multiplier", "output",
      "income_effect", "income_effect", "income_multiplier", "income_multiplier",
      "gva_effect", "value_added_effect", "gva_multiplier", "value_added_multiplier",
      "employment_effect", "employment_effect", "employment_multiplier",
      "employment_multiplier");

  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return SectoralCli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true))
        .execute(args);
  }

  private Path workbook() throws Exception {
    Path p = dir.resolve("IO2016.xlsx");
    try (InputStream in = getClass().getResourceAsStream(ScotlandFixtures.WORKBOOK)) {
      Files.copy(in, p);
    }
    return p;
  }

  @Test
  void scottishWorkbookGivesThePublishedTypeOneAndTypeTwoMultipliers() throws Exception {
    Path o = dir.resolve("scotland");
    assertThat(run("analyze", workbook().toString(), "--household-income", "143398", "--out",
        o.toString())).as(err.toString()).isZero();
    assertThat(err.toString()).contains("Type II closure, SCO: household income 143398 "
        + "[compensation; given total 143398.0]", "0.4018 per unit of income")
        .doesNotContain("warning");
    Map<String, double[]> csv = read(o.resolve("multipliers.csv"));
    assertThat(csv.keySet()).containsExactly("output_type1", "value_added_effect_type1",
        "value_added_multiplier_type1", "income_effect_type1", "income_multiplier_type1",
        "output_type2", "value_added_effect_type2", "value_added_multiplier_type2",
        "income_effect_type2", "income_multiplier_type2");
    assertPublished(csv, false);
    // the same table with FTE employment (derived from the published figures) as JSON
    Path json = dir.resolve("scotland.json");
    StandardFormat.JSON.write(ScotlandFixtures.scotland2016WithEmployment(), json);
    Path o2 = dir.resolve("with-employment");
    assertThat(run("analyze", json.toString(), "--household-income", "SCO=143398", "--out",
        o2.toString())).isZero();
    Map<String, double[]> withJobs = read(o2.resolve("multipliers.csv"));
    assertThat(withJobs.keySet()).contains("employment_effect_type1",
        "employment_multiplier_type2");
    assertPublished(withJobs, true);
  }

  @Test
  void withoutTheOptionTypeTwoClosesOnCompensation() throws Exception {
    Path o = dir.resolve("default");
    assertThat(run("analyze", workbook().toString(), "--out", o.toString())).isZero();
    assertThat(err.toString()).contains("household income 74776.9 [compensation]",
        "0.7705 per unit of income");
    double[] two = read(o.resolve("multipliers.csv")).get("output_type2");
    double[] published = ScotlandFixtures.published(MultiplierType.TYPE_II)
        .column("output_multiplier", 0, ScotlandFixtures.INDUSTRIES);
    assertThat(two[0]).isGreaterThan(published[0] + 0.05);
  }

  @Test
  void optionsOutOfRangeExitWithTwoBeforeWritingAnything() throws Exception {
    Path wb = workbook();
    String[][] bad = {{"--household-income", "-5"}, {"--household-income", "0"},
        {"--household-income", "NaN"}, {"--household-income", "Infinity"},
        {"--household-income", "143,398"}, {"--household-income", "XX=5"},
        {"--household-income", "1", "--household-income", "2"},
        {"--household-surplus-share", "1.5"}, {"--household-surplus-share", "-0.1"}};
    for (String[] options : bad) {
      Path o = dir.resolve("bad");
      List<String> args = new ArrayList<>(List.of("analyze", wb.toString(), "--out",
          o.toString()));
      args.addAll(List.of(options));
      err.getBuffer().setLength(0);
      assertThat(run(args.toArray(String[]::new))).as(String.join(" ", options)).isEqualTo(2);
      assertThat(err.toString()).as(String.join(" ", options)).contains("--household-")
          .doesNotContain("Exception");
      assertThat(o).doesNotExist();
    }
  }

  @Test
  void multiRegionTablesTakeOneIncomePerRegion() throws Exception {
    InputOutputTable t = RandomEconomies.multiRegion(2, 3, 21);
    Path mrio = dir.resolve("mrio");
    PymrioWriter.write(t, mrio);
    assertThat(run("analyze", mrio.toString(), "--out", dir.resolve("x").toString(),
        "--household-income", "5000")).isEqualTo(2);
    assertThat(err.toString()).contains("REG=AMOUNT", "R0", "R1");
    Path o = dir.resolve("o");
    assertThat(run("analyze", mrio.toString(), "--out", o.toString(), "--household-income",
        "R0=90000", "--household-income", "R1=120000", "--household-surplus-share", "0.2"))
        .isZero();
    InputOutputTable back = org.sectoral.io.TableFormats.all().read(mrio);
    Multipliers m = Multipliers.of(back, HouseholdClosure.builder()
        .income(Region.of("R0"), HouseholdIncome.total(90000).withSurplusShare(0.2))
        .income(Region.of("R1"), HouseholdIncome.total(120000).withSurplusShare(0.2)).build());
    double[] expected = m.output(MultiplierType.TYPE_II).toArray();
    double[] got = read(o.resolve("multipliers.csv")).get("output_type2");
    for (int j = 0; j < expected.length; j++) {
      assertThat(got[j]).isCloseTo(expected[j], org.assertj.core.api.Assertions.within(
          1e-12 * expected[j]));
    }
  }

  @Test
  void householdsSpendingMoreThanTheirIncomeIsWarnedOnStderr() throws Exception {
    Path t = dir.resolve("random.json");
    StandardFormat.JSON.write(RandomEconomies.national(8, 4), t);
    assertThat(run("analyze", t.toString(), "--out", dir.resolve("o").toString())).isZero();
    assertThat(err.toString()).contains("sectoral: warning: "
        + "HOUSEHOLD_SPENDING_AT_OR_ABOVE_INCOME: households of RND spend");
  }

  private static void assertPublished(Map<String, double[]> csv, boolean employment) {
    for (MultiplierType type : MultiplierType.values()) {
      Grid pub = ScotlandFixtures.published(type);
      String suffix = type == MultiplierType.TYPE_I ? "_type1" : "_type2";
      for (Map.Entry<String, String> c : COLUMNS.entrySet()) {
        if (c.getKey().startsWith("employment") && !employment) {
          continue;
        }
        double[] ours = csv.get(c.getValue() + suffix);
        for (int j = 0; j < ScotlandFixtures.INDUSTRIES; j++) {
          double expected = pub.at(j, pub.column(c.getKey()));
          double tol = expected == 0 ? 1e-12 : PUBLISHED_RELATIVE_3E8 * Math.abs(expected);
          assertThat(Math.abs(ours[j] - expected)).as("%s%s of %s", c.getValue(), suffix,
              pub.keys().get(j)).isLessThanOrEqualTo(tol);
        }
      }
    }
  }

  /** multipliers.csv as columns (RFC 4180 quotes around codes like "02.1, 02.4"). */
  private static Map<String, double[]> read(Path file) throws Exception {
    List<String> lines = Files.readAllLines(file);
    String[] header = lines.get(0).split(",");
    Map<String, double[]> cols = new java.util.LinkedHashMap<>();
    for (int c = 2; c < header.length; c++) {
      cols.put(header[c], new double[lines.size() - 1]);
    }
    for (int i = 1; i < lines.size(); i++) {
      String[] cells = lines.get(i).split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1);
      assertThat(cells).hasSize(header.length);
      for (int c = 2; c < header.length; c++) {
        cols.get(header[c])[i - 1] = Double.parseDouble(cells[c]);
      }
    }
    return cols;
  }
}
