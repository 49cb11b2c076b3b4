package org.sectoral.charts.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sectoral.charts.ChartStyle;
import org.sectoral.charts.TradeCharts;
import org.sectoral.charts.export.ChartExport;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.core.valueadded.ExportContent;

/** The README's chart example, kept compiling and running. */
class ReadmeExampleTest {
  @TempDir
  Path out;

  @Test
  void readmeExampleWritesPngSvgAndReport() throws IOException {
    InputOutputTable table = org.sectoral.charts.TestEconomyAccess.table();
    // --- README example starts ---
    ExportContent content = ExportContent.of(table);
    ChartStyle style = ChartStyle.defaults();            // explicit and immutable: no global theme
    JFreeChart chart = TradeCharts.domesticValueAddedShares(content,
        "Domestic value-added share of exports", style);
    Path png = ChartExport.png(chart, out.resolve("dva-share.png"), 800, 500, 150);
    Path svg = ChartExport.svg(chart, out.resolve("dva-share.svg"), 800, 500);
    Path page = HtmlReport.builder().title("Exports").section("Value added")
        .chart(out.relativize(png), "Domestic value-added share by sector")
        .build().writeTo(out);                           // out/exports.html
    // --- README example ends ---
    assertThat(png).isRegularFile();
    assertThat(svg).isRegularFile();
    assertThat(page).hasFileName("exports.html");
    assertThat(ChartExport.pngNamedByTitle(chart, out, style))
        .hasFileName("domestic-value-added-share-of-exports.png");
    assertThat(ChartExport.svgNamedByTitle(chart, out, style))
        .hasFileName("domestic-value-added-share-of-exports.svg");
  }
}
