package org.sectoral.charts.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sectoral.charts.TestEconomyAccess;
import org.sectoral.core.analysis.ResultTable;
import org.sectoral.core.analysis.ScenarioOutcome;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.core.table.RegionSector;

/** The report of a scenario file's outcomes: overview, a chart per analysis, data beside it. */
class ScenarioReportTest {
  @TempDir Path dir;

  private static List<ScenarioOutcome> outcomes(InputOutputTable t) {
    ResultTable.Builder cmp = ResultTable.builder("comparison", "region", "sector", "measure",
        "baseline", "scenario", "change");
    double[] change = {0, 12, -5, 1};
    for (int i = 0; i < t.size(); i++) {
      RegionSector k = t.keys().get(i);
      double x = t.output().at(i);
      cmp.row(k.region().code(), k.sector().code(), "output", x, x + change[i], change[i]);
    }
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("change in output", 8.0);
    ScenarioOutcome scenario = ScenarioOutcome.of("Exports up", "scenario",
        "More electronics exports, fewer textiles.", summary, List.of(cmp.build()));
    ResultTable impact = ResultTable.builder("impact", "measure", "unit", "direct",
        "indirect", "induced", "total").row("output", t.unit(), 100.0, 40.0, 25.0, 165.0)
        .build();
    ScenarioOutcome investment = ScenarioOutcome.of("Park", "investment",
        Map.of("total output", 165.0), List.of(impact));
    return List.of(scenario, investment);
  }

  @Test
  void everyAnalysisGetsItsSectionChartAndData() throws Exception {
    InputOutputTable t = TestEconomyAccess.table();
    ScenarioReport r = ScenarioReport.of(t, "test.json", "A test file.", outcomes(t),
        ReportOptions.defaults());
    String html = Files.readString(r.writeTo(dir));
    assertThat(html).contains("<html lang=\"en\">", "Scenario results: test.json",
        "The analyses in one table", "<h2 id=\"s2\">Exports up</h2>",
        "More electronics exports, fewer textiles.", "Investment impact",
        "change in output: 8.0")
        .doesNotContain("http:").doesNotContain("https:");
    assertThat(html.split("<svg ", -1)).hasSize(3); // a chart per analysis
    assertThat(dir.resolve("data/01-exports-up/comparison.csv")).isRegularFile();
    assertThat(Files.readString(dir.resolve("data/02-park/impact.csv")))
        .isEqualTo(outcomes(t).get(1).tables().get(0).toCsv());
    assertThat(html).contains("href=\"data/02-park/impact.csv\"");
  }

  @Test
  void vietnameseLabelsKeyNumbersAndChartTexts() throws Exception {
    InputOutputTable t = TestEconomyAccess.table();
    String html = Files.readString(ScenarioReport.of(t, "test.json", "", outcomes(t),
        ReportOptions.builder().locale(Locale.forLanguageTag("vi")).build()).writeTo(dir));
    assertThat(html).contains("<html lang=\"vi\">", "Kết quả kịch bản: test.json",
        "Tổng hợp các phân tích", "thay đổi giá trị sản xuất: 8,0", "Tác động đầu tư",
        ">Trực tiếp<", ">Gián tiếp<", ">Lan tỏa<", ">Tăng<", ">Giảm<");
  }
}
