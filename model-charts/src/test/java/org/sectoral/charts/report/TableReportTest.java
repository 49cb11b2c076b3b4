package org.sectoral.charts.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sectoral.charts.TestEconomyAccess;
import org.sectoral.core.analysis.Analysis;
import org.sectoral.core.analysis.AnalysisResult;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.core.testing.RandomEconomies;

/** A report of any table: one e-mailable file, localized, with its data beside it. */
class TableReportTest {
  @TempDir Path dir;

  @Test
  void nationalTableGetsOneSelfContainedPageWithChartsTablesAndData() throws Exception {
    InputOutputTable t = TestEconomyAccess.table();
    AnalysisResult r = Analysis.of(t);
    Path page = TableReport.of(r, ReportOptions.builder().source("illustrative.json")
        .warnings(List.of("an illustrative table")).build()).writeTo(dir);
    assertThat(page).isEqualTo(dir.toAbsolutePath().resolve("report.html"));
    String html = Files.readString(page);
    assertThat(html).startsWith("<!DOCTYPE html>").contains("<html lang=\"en\">")
        .contains("<nav class=\"toc\">", "href=\"#s1\"", "@media print")
        .contains("<h2 id=\"s1\">At a glance</h2>", "Balance check", "Multipliers",
            "Linkages and key sectors", "Value added in exports", "Data files")
        .contains("<p class=\"note\">an illustrative table</p>")
        .doesNotContain("http:").doesNotContain("https:").doesNotContain("<img")
        .doesNotContain("<script");
    // charts are inline SVG that scale: a viewBox each, ids unique on the page
    assertThat(count(html, "<svg ")).isEqualTo(3);
    assertThat(count(html, "viewBox=\"0 0 900 ")).isEqualTo(3);
    List<String> ids = all(html, "\\bid=\"([^\"]+)\"");
    assertThat(new HashSet<>(ids)).hasSameSizeAs(ids);
    for (String ref : all(html, "url\\(#([^)]+)\\)")) {
      assertThat(ids).contains(ref);
    }
    // the data files beside it are the analysis's tables, linked from the page
    assertThat(Files.readString(dir.resolve("data/multipliers.csv")))
        .isEqualTo(r.tables().get("multipliers").toCsv());
    assertThat(html).contains("href=\"data/value_added_content.csv\"");
    // figures in the page are the table's: total output 645.0 billion USD
    assertThat(html).contains("<td class=\"num\">645.0</td>");
  }

  @Test
  void vietnameseReportsHaveVietnameseHeadingsAndNumbers() throws Exception {
    InputOutputTable t = TestEconomyAccess.table();
    Locale vi = Locale.forLanguageTag("vi");
    String html = Files.readString(TableReport.of(Analysis.of(t),
        ReportOptions.builder().locale(vi).build()).writeTo(dir));
    assertThat(html).contains("<html lang=\"vi\">", "Mục lục", "Tóm tắt", "Kiểm tra cân đối",
        "Số nhân", "Liên kết ngành và ngành then chốt", "Giá trị tăng thêm trong xuất khẩu",
        "Chú giải: C26 = Manufacture of computer")
        .doesNotContain(">Contents<", ">Multipliers<");
    NumberFormat f = NumberFormat.getNumberInstance(vi);
    f.setMinimumFractionDigits(1);
    f.setMaximumFractionDigits(1);
    assertThat(f.format(1234.5)).isEqualTo("1.234,5");
    assertThat(html).contains("<td class=\"num\">645,0</td>");
    // chart ticks follow the locale too (decimal commas in the SVG text, e.g. 0,5)
    assertThat(Pattern.compile(">[0-9]+,[0-9]+</text").matcher(html).find()).isTrue();
    assertThat(Pattern.compile(">[0-9]+\\.[0-9]+</text").matcher(html).find()).isFalse();
  }

  @Test
  void multiRegionTableGetsTivaKwwAndFootprints() throws Exception {
    InputOutputTable t = RandomEconomies.multiRegion(3, 4, 17);
    String html = Files.readString(TableReport.of(Analysis.of(t), ReportOptions.defaults())
        .writeTo(dir));
    assertThat(html).contains("Trade in value added", "EXGR_DVASH", "KWW", "Footprints")
        .doesNotContain("Value added in exports");
    String account = t.satellites().keySet().iterator().next();
    assertThat(dir.resolve("data/footprints_" + TableReport.slug(account) + ".csv"))
        .isRegularFile();
    assertThat(dir.resolve("data/tiva.csv")).isRegularFile();
  }

  private static int count(String s, String part) {
    int n = 0;
    for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }

  private static List<String> all(String s, String regex) {
    Matcher m = Pattern.compile(regex).matcher(s);
    List<String> out = new java.util.ArrayList<>();
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }
}
