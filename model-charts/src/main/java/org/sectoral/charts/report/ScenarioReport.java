package org.sectoral.charts.report;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sectoral.core.analysis.ScenarioOutcome;
import org.sectoral.core.table.InputOutputTable;

/**
 * A report of a scenario file's results: one HTML file, {@code report.html}, that can be
 * e-mailed (charts drawn into it as SVG with a {@code viewBox}, no link to the network, a print
 * stylesheet), with a table of contents, in English or Vietnamese with numbers in the chosen
 * locale, and the data files beside it ({@code data/NN-name/*.csv}): an overview of every
 * analysis's key result, then per analysis its description, key numbers, a chart by type
 * (change in output by sector, localization curves, direct/indirect/induced effects, value
 * added by year, price changes, contributions, provincial multipliers, SDA effects) and its
 * largest rows.
 *
 * <pre>{@code
 * ScenarioResults results = ScenarioRun.of(file, file.table(loader));     // model-io
 * ScenarioReport.of(results.table(), file.source(), file.description(), results.outcomes(),
 *     ReportOptions.defaults()).writeTo(Path.of("report"));
 * }</pre>
 */
public final class ScenarioReport {
  /** The page's file name. */
  public static final String FILE = "report.html";
  /** The folder of the data files, beside the page. */
  public static final String DATA = "data";

  private final InputOutputTable table;
  private final String scenario;
  private final String description;
  private final ImmutableList<ScenarioOutcome> outcomes;
  private final ReportOptions options;

  private ScenarioReport(InputOutputTable table, String scenario, String description,
      List<ScenarioOutcome> outcomes, ReportOptions options) {
    this.table = table;
    this.scenario = scenario;
    this.description = description;
    this.outcomes = ImmutableList.copyOf(outcomes);
    this.options = options;
  }

  /**
   * The report of a scenario file's outcomes on a table.
   *
   * @param scenario the scenario file's name, shown in the title
   * @param description the file's description ({@code ""} for none)
   */
  public static ScenarioReport of(InputOutputTable table, String scenario, String description,
      List<ScenarioOutcome> outcomes, ReportOptions options) {
    return new ScenarioReport(checkNotNull(table, "table"), checkNotNull(scenario, "scenario"),
        checkNotNull(description, "description"), checkNotNull(outcomes, "outcomes"),
        checkNotNull(options, "options"));
  }

  /** The outcomes reported, in order. */
  public ImmutableList<ScenarioOutcome> outcomes() {
    return outcomes;
  }

  /**
   * Writes each outcome's tables to {@code dir/data/NN-name/*.csv} and then
   * {@code dir/report.html}, each file atomically (a reader never sees half a file) and the page
   * last, so a page on disk always has its data beside it. Other files in {@code dir} are left
   * alone.
   *
   * @return the path of the page
   */
  public Path writeTo(Path dir) throws IOException {
    checkNotNull(dir, "dir");
    Path base = dir.toAbsolutePath().normalize();
    Files.createDirectories(base);
    List<List<String>> hrefs = new ArrayList<>();
    for (int i = 0; i < outcomes.size(); i++) {
      hrefs.add(ReportSupport.writeData(base, DATA + "/" + folder(i), outcomes.get(i)
          .tables()));
    }
    return page(hrefs).writeTo(base, FILE);
  }

  /** {@code NN-slug}: the outcome's number and the slug of its name. */
  String folder(int i) {
    String slug = outcomes.get(i).name().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
        .replaceAll("(^-+|-+$)", "");
    slug = slug.isEmpty() ? "analysis" : slug.length() > 60 ? slug.substring(0, 60) : slug;
    return String.format(Locale.ROOT, "%02d-%s", i + 1, slug);
  }

  private HtmlReport page(List<List<String>> hrefs) {
    ReportText t = ReportText.of(options.locale());
    String title = options.title().orElse(t.get("scenario.title", scenario));
    HtmlReport.Builder h = HtmlReport.builder().title(title).locale(options.locale())
        .fractionDigits(1).tableOfContents(t.get("contents"))
        .meta(t.get("scenario.meta", scenario, table.name(), table.unit(), t.get("generated")));
    if (!description.isEmpty()) {
      h.paragraph(description);
    }
    ScenarioSections s = new ScenarioSections(table, options, t, h);
    options.warnings().forEach(h::note);
    s.overview(outcomes);
    for (int i = 0; i < outcomes.size(); i++) {
      s.outcome(i + 1, outcomes.get(i), hrefs.get(i));
    }
    h.section(t.get("method")).paragraph(t.get("method.text"))
        .paragraph(t.get("estimates", " " + table.name()));
    return h.build();
  }
}
