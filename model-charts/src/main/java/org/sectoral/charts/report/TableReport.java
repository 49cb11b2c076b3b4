package org.sectoral.charts.report;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sectoral.core.analysis.AnalysisResult;
import org.sectoral.core.analysis.ResultTable;
import org.sectoral.core.footprint.Footprints;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.core.table.Region;
import org.sectoral.core.table.Stressor;

/**
 * A report of any table: one HTML file, {@code report.html}, that can be e-mailed (charts drawn
 * into it as SVG with a {@code viewBox}, no link to the network, a print stylesheet), with a
 * table of contents, in English or Vietnamese with numbers in the chosen locale, and the data
 * files beside it ({@code data/*.csv}). Sections: at a glance; warnings; balance check
 * (row and column gaps, productivity, the solver's residuals); multipliers (Type I and II);
 * linkages and key sectors (with the key-sector quadrant); value added in exports (national
 * tables with imports); footprints (tables with satellite accounts); TiVA and KWW (multi-region
 * tables); data files; method and sources.
 *
 * <pre>{@code
 * AnalysisResult r = Analysis.of(table);
 * Path page = TableReport.of(r, ReportOptions.builder()
 *     .locale(Locale.forLanguageTag("vi")).build()).writeTo(Path.of("report"));
 * }</pre>
 */
public final class TableReport {
  /** The page's file name. */
  public static final String FILE = "report.html";
  /** The folder of the data files, beside the page. */
  public static final String DATA = "data";

  private final AnalysisResult result;
  private final ReportOptions options;

  private TableReport(AnalysisResult result, ReportOptions options) {
    this.result = result;
    this.options = options;
  }

  /** The report of an analysis. */
  public static TableReport of(AnalysisResult result, ReportOptions options) {
    return new TableReport(checkNotNull(result, "result"), checkNotNull(options, "options"));
  }

  /** The analysis reported. */
  public AnalysisResult result() {
    return result;
  }

  /** The options. */
  public ReportOptions options() {
    return options;
  }

  /**
   * Writes {@code dir/data/*.csv} (the analysis's tidy tables, and each satellite account's
   * footprints by region) and then {@code dir/report.html}, each file atomically (a reader never
   * sees half a file) and the page last, so a page on disk always has its data beside it. Other
   * files in {@code dir} are left alone.
   *
   * @return the path of the page
   */
  public Path writeTo(Path dir) throws IOException {
    checkNotNull(dir, "dir");
    Path base = dir.toAbsolutePath().normalize();
    Files.createDirectories(base);
    List<ResultTable> data = new ArrayList<>(result.tables().values());
    data.addAll(footprintTables());
    List<String> hrefs = ReportSupport.writeData(base, DATA, data);
    return page(hrefs).writeTo(base, FILE);
  }

  /** The page, without writing it (its data links point at {@code hrefs}). */
  HtmlReport page(List<String> hrefs) {
    ReportText t = ReportText.of(options.locale());
    InputOutputTable table = result.table();
    String title = options.title().orElse(t.get("table.title", table.name()));
    HtmlReport.Builder h = HtmlReport.builder().title(title).locale(options.locale())
        .fractionDigits(1).tableOfContents(t.get("contents"))
        .meta(t.get("table.meta", options.source().isEmpty() ? table.name() : options.source(),
            table.regions().size(), table.sectors().size(), table.unit(), t.get("generated")));
    TableSections s = new TableSections(result, options, t, h);
    s.summary();
    s.warnings();
    s.balance();
    s.multipliers();
    s.linkages();
    s.content();
    s.footprints();
    s.tiva();
    s.kww();
    h.section(t.get("data")).paragraph(t.get("data.text")).links("", hrefs);
    h.section(t.get("method")).paragraph(t.get("method.text"))
        .paragraph(t.get("estimates", ""));
    return h.build();
  }

  /** Footprints by region, one table per satellite account: stressor, region, D_pba, D_cba. */
  private List<ResultTable> footprintTables() {
    List<ResultTable> out = new ArrayList<>();
    for (Map.Entry<String, Footprints> e : result.footprints().entrySet()) {
      Footprints f = e.getValue();
      var pba = f.productionBasedByRegion();
      var cba = f.consumptionBasedByRegion();
      ResultTable.Builder b = ResultTable.builder("footprints_" + slug(e.getKey()), "stressor",
          "unit", "region", "production_based", "consumption_based");
      for (int i = 0; i < pba.rowCount(); i++) {
        Stressor s = pba.rows().get(i);
        for (int j = 0; j < pba.columnCount(); j++) {
          Region r = pba.columns().get(j);
          b.row(s.name(), s.unit(), r.code(), pba.at(i, j), cba.at(i, j));
        }
      }
      out.add(b.build());
    }
    return out;
  }

  static String slug(String s) {
    String slug = s.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "_")
        .replaceAll("(^_+|_+$)", "");
    return slug.isEmpty() ? "account" : slug;
  }
}
