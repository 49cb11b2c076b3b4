package org.sectoral.charts.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sectoral.charts.ChartStyle;
import org.sectoral.charts.ImpactCharts;
import org.sectoral.charts.export.ChartExport;
import org.sectoral.core.leontief.Effects;
import org.sectoral.core.leontief.ImpactAnalysis;
import org.sectoral.core.table.FinalDemandCategory;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.core.table.LabelledVector;
import org.sectoral.core.table.Sector;

class HtmlReportTest {
  private static final Pattern SRC = Pattern.compile("(?:src|href)=\"([^\"]*)\"");

  @TempDir
  Path dir;

  @TempDir
  Path elsewhere;

  private static JFreeChart chart() {
    InputOutputTable t = InputOutputTable.builder().unit("billion USD")
        .sectors(List.of(Sector.of("A", "Agriculture"), Sector.of("M", "Manufacturing")))
        .intermediate(new double[][] {{10, 20}, {15, 5}})
        .finalDemand("HH", FinalDemandCategory.HOUSEHOLDS, new double[] {70, 80})
        .build();
    Effects e = ImpactAnalysis.of(t).impact(LabelledVector.of(t.keys(), new double[] {5, -2},
        t.unit())).get(ImpactAnalysis.OUTPUT);
    return ImpactCharts.change(e, "Change", ChartStyle.defaults());
  }

  private HtmlReport report(Locale locale, Path png, Path svg) {
    return HtmlReport.builder().title("Exports <2030> & \"more\"").locale(locale)
        .section("Value added <by sector>")
        .paragraph("Illustrative numbers; <script>alert(1)</script> is text.")
        .table(List.of("Sector", "Exports", "Share"),
            List.of(List.of("Electronics <C26>", 1234.5, 0.25),
                List.of("Textiles", 70, 0.5)),
            List.of("", "billion USD", "1"))
        .chart(png, "Change in output <illustrative>")
        .chart(svg, "Same as SVG")
        .build();
  }

  @Test
  void writesASelfContainedEscapedPageWhoseReferencesExist() throws IOException {
    Path png = ChartExport.png(chart(), dir.resolve("charts/change.png"), 400, 250);
    Path svg = ChartExport.svg(chart(), elsewhere.resolve("change.svg"), 400, 250);
    Path page = report(Locale.ROOT, dir.relativize(png), svg).writeTo(dir);
    assertThat(page.getFileName().toString()).isEqualTo("exports-2030-more.html");
    String html = Files.readString(page);
    assertThat(html).startsWith("<!DOCTYPE html>")
        .contains("<title>Exports &lt;2030&gt; &amp; &quot;more&quot;</title>")
        .contains("<h2>Value added &lt;by sector&gt;</h2>")
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
        .doesNotContain("<script")
        .doesNotContain("http://").doesNotContain("https://")
        .contains("<th>Exports (billion USD)</th>")
        .contains("<th>Share (1)</th>")
        .contains("<td class=\"num\">1,234.50</td>")
        .contains("<td>Electronics &lt;C26&gt;</td>")
        .contains("<style>");
    List<String> refs = new ArrayList<>();
    Matcher m = SRC.matcher(html);
    while (m.find()) {
      refs.add(m.group(1));
    }
    assertThat(refs).containsExactly("charts/change.png", "change.svg");
    for (String ref : refs) {
      assertThat(dir.resolve(ref)).isRegularFile();
    }
  }

  @Test
  void formatsNumbersInTheReportLocaleAndCanEmbedImages() throws IOException {
    Path png = ChartExport.png(chart(), dir.resolve("c.png"), 300, 200);
    Path svg = ChartExport.svg(chart(), dir.resolve("c.svg"), 300, 200);
    String html = Files.readString(HtmlReport.builder().title("Bericht").locale(Locale.GERMANY)
        .embedImages(true)
        .table(List.of("Exporte"), List.of(List.of(1234.5)), List.of())
        .chart(png, "png").chart(svg, "svg").build().writeTo(dir.resolve("out")));
    assertThat(html).contains("<td class=\"num\">1.234,50</td>")
        .contains("src=\"data:image/png;base64,").contains("src=\"data:image/svg+xml;base64,")
        .contains("lang=\"de-DE\"")
        .doesNotContain("http://").doesNotContain("https://");
  }

  @Test
  void missingImageFailsAndRejectsOtherFormats() {
    HtmlReport r = HtmlReport.builder().title("t").chart(Path.of("missing.png"), "x").build();
    assertThatThrownBy(() -> r.writeTo(dir)).isInstanceOf(NoSuchFileException.class);
    assertThatThrownBy(() -> HtmlReport.builder().chart(Path.of("a.gif"), "x"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> HtmlReport.builder().build())
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void writesUnderAChosenNameAndLinksOnlyExistingFiles() throws IOException {
    Files.createDirectories(dir.resolve("data"));
    Files.writeString(dir.resolve("data/result.csv"), "a,b\n");
    Files.writeString(dir.resolve("result.json"), "{}");
    Path page = HtmlReport.builder().title("Demo")
        .links("Data:", List.of("data/result.csv", "result.json")).build()
        .writeTo(dir, "index.html");
    assertThat(page).isEqualTo(dir.toAbsolutePath().normalize().resolve("index.html"));
    String html = Files.readString(page);
    assertThat(html).contains("<p>Data: <a href=\"data/result.csv\">data/result.csv</a>"
        + " · <a href=\"result.json\">result.json</a></p>");
    HtmlReport missing = HtmlReport.builder().title("t").links("Data:", List.of("no.csv"))
        .build();
    assertThatThrownBy(() -> missing.writeTo(dir, "index.html"))
        .isInstanceOf(NoSuchFileException.class);
    HtmlReport ok = HtmlReport.builder().title("t").build();
    assertThatThrownBy(() -> ok.writeTo(dir, "../index.html"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ok.writeTo(dir, "index.txt"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> HtmlReport.builder().links("x", List.of("/etc/passwd")))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
