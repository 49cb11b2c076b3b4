package org.sectoral.examples.simulations;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sectoral.charts.report.HtmlReport;
import org.sectoral.examples.vietnam.Assumption;
import org.sectoral.examples.vietnam.MacroFit;
import org.sectoral.examples.vietnam.Source;
import org.sectoral.examples.vietnam.VietNamInputs;
import org.sectoral.examples.vietnam.VietNamModel;
import org.sectoral.examples.vietnam.VietNamUncertainty;
import org.sectoral.examples.vietnam.VietNamSources;

/**
 * The demo: runs every simulation into {@code dir/NAME/} and writes {@code dir/index.html}
 * with the model's fit to 2024's published figures, one section per simulation (how to read
 * it, answer, tables, charts, assumptions, links to the data), the calibration, the published
 * facts with their sources beside the model results they constrain, the assumptions with their
 * ranges, and the list of sources. Every number from the model is labelled as an estimate.
 */
public final class DemoReport {
  /** The page's file name. */
  public static final String INDEX = "index.html";

  private DemoReport() {}

  /**
   * Runs the simulations and the ranges of their headlines ({@link DemoRanges#DRAWS} draws,
   * seed {@link DemoRanges#SEED}), printing progress, and writes the report; returns its path.
   */
  public static Path write(VietNamModel model, List<Simulation> simulations, Path dir,
      PrintWriter progress) throws IOException {
    return write(model, simulations, dir, progress, DemoRanges.DRAWS, DemoRanges.SEED);
  }

  /**
   * Runs the simulations and, for the embedded calibrated model, a seeded Monte Carlo of their
   * headline estimates over the stated ranges of the assumptions ({@link DemoRanges}; none when
   * {@code draws} is 0), printing progress, and writes the report; returns its path.
   *
   * @param draws the number of draws, 0 or at least 3
   * @param seed the seed of the draws
   */
  public static Path write(VietNamModel model, List<Simulation> simulations, Path dir,
      PrintWriter progress, int draws, long seed) throws IOException {
    com.google.common.base.Preconditions.checkArgument(draws == 0 || draws >= 3,
        "Draws %s: 0 (no ranges) or at least 3", draws);
    Map<String, SimulationResult> results = new LinkedHashMap<>();
    Map<String, Simulation> byName = new LinkedHashMap<>();
    int i = 0;
    for (Simulation s : simulations) {
      i++;
      long start = System.nanoTime();
      progress.printf(Locale.ROOT, "[%d/%d] %-22s ", i, simulations.size(), s.name());
      progress.flush();
      SimulationResult r = s.run(model, dir.resolve(s.name()));
      results.put(s.name(), r);
      byName.put(s.name(), s);
      progress.printf(Locale.ROOT, "%.1f s%n", (System.nanoTime() - start) / 1e9);
    }
    DemoRanges ranges = null;
    boolean rangeable = model.calibration().isPresent()
        && model.inputs().equals(VietNamInputs.defaults());
    if (draws > 0 && rangeable) {
      progress.printf(Locale.ROOT, "[ranges] %d draws, seed %d ", draws, seed);
      progress.flush();
      ranges = DemoRanges.run(VietNamUncertainty.stated(), draws, seed);
      progress.printf(Locale.ROOT, "%.1f s%n", ranges.seconds());
    }
    HtmlReport.Builder h = HtmlReport.builder()
        .title("Viet Nam's southeast in seven simulations (estimates)").fractionDigits(1);
    h.paragraph("Every number below is an estimate from an input-output model — "
        + model.label() + ". " + model.description() + ". The base year is 2024: the last year "
        + "with published figures for Ho Chi Minh City, Binh Duong and Ba Ria–Vung Tau as "
        + "separate provinces (since 1 July 2025 they form the new Ho Chi Minh City) and the "
        + "year of the facts the simulations start from. Sources, facts and assumptions are "
        + "listed at the end; the method is in docs/vietnam-model.md in the repository.");
    h.section("The answers in one table");
    List<List<Object>> summary = new ArrayList<>();
    for (SimulationResult r : results.values()) {
      summary.add(List.of(r.name(), r.question(), r.answer()));
    }
    h.table(List.of("Simulation", "Question", "Answer (estimated)"), summary, List.of());
    if (ranges != null) {
      rangesSection(h, ranges, dir);
    } else {
      h.section("How sure are these estimates?");
      h.paragraph(rangeable ? "Ranges were not drawn (--draws 0)." : "Ranges are drawn for the "
          + "embedded calibrated model, whose assumptions have stated ranges; this report's "
          + "national table was read from a file, so its numbers are shown without ranges.");
    }
    macroFit(h, model);
    for (SimulationResult r : results.values()) {
      h.section(r.name() + ": " + r.question());
      h.paragraph("How to read this — " + byName.get(r.name()).howToRead());
      h.paragraph("Answer — " + r.label() + ": " + r.answer());
      if (ranges != null) {
        List<String> own = new ArrayList<>();
        for (Headlines.Headline head : Headlines.all()) {
          if (head.simulation().equals(r.name())) {
            own.add(ranges.range(head.label()));
          }
        }
        if (!own.isEmpty()) {
          h.paragraph("Ranges (estimated; 5th–95th percentile of " + ranges.result().draws()
              + " draws over the assumptions' ranges, see \"How sure are these estimates?\") — "
              + String.join("; ", own) + ".");
        }
      }
      for (ResultTable t : r.tables()) {
        h.paragraph(t.title());
        h.table(t.headers(), formatted(t), t.units());
      }
      List<String> svgs = new ArrayList<>();
      for (int k = 0; k < r.charts().size(); k++) {
        Path c = r.charts().get(k);
        String rel = dir.toAbsolutePath().normalize().relativize(c).toString()
            .replace('\\', '/');
        if (rel.endsWith(".png")) {
          h.chart(Path.of(rel), r.captions().get(k));
        } else {
          svgs.add(rel);
        }
      }
      for (String a : r.assumptions()) {
        h.paragraph("Assumption: " + a);
      }
      List<String> data = new ArrayList<>();
      for (Path p : r.dataFiles()) {
        data.add(dir.toAbsolutePath().normalize().relativize(p.toAbsolutePath().normalize())
            .toString().replace('\\', '/'));
      }
      h.links("Data (CSV, JSON; estimated):", data);
      h.links("Charts as SVG:", svgs);
    }
    ReportSections.calibration(h, model);
    ReportSections.facts(h, model);
    h.section("Assumptions: values, plausible ranges and sources");
    List<List<Object>> rows = new ArrayList<>();
    for (Assumption a : model.assumptions()) {
      rows.add(List.of(a.title(), a.value(), a.unit(), a.rangeText(), a.source()));
    }
    h.table(List.of("Assumption", "Value", "Unit", "Plausible range", "Source"), rows,
        List.of());
    h.section("Sources");
    List<List<Object>> src = new ArrayList<>();
    for (Source s : VietNamSources.all()) {
      src.add(List.of(s.publisher(), s.title(), s.date(), s.url().isEmpty()
          ? "(print/online article, no address kept)" : s.url()));
    }
    h.table(List.of("Publisher", "Headline or title", "Date", "Address"), src, List.of());
    Path page = h.build().writeTo(dir, INDEX);
    progress.println("Report: " + page);
    return page;
  }

  private static void rangesSection(HtmlReport.Builder h, DemoRanges ranges, Path dir)
      throws IOException {
    h.section("How sure are these estimates? Ranges of the headline results");
    h.paragraph("How to read this — " + ranges.method());
    h.table(List.of("Simulation", "Headline", "Estimate", "5th percentile", "95th percentile",
        "Unit", "Moves it most (rank correlation of the draws)"), ranges.rows(), List.of());
    h.paragraph("Held fixed in every draw: the published figures used as they are (GDP and its "
        + "structure, goods exports and imports and their published groups, household "
        + "consumption, the park's 26 trillion VND, provincial GRDP and structure), the origins "
        + "of imports and the provinces' split of value added by sector. The published domestic "
        + "value-added shares of textiles (50%) and electronics (37%) are calibration targets: "
        + "in every draw they hold exactly at the drawn value of the published figure (48–55% "
        + "and 35–40%), so their ranges are those of the figures, not model results. "
        // draws and seed, not the time they took (printed as progress): the same seed writes
        // the same page, byte for byte
        + String.format(Locale.ROOT, "%d draws, seed %d.", ranges.result().draws(),
            ranges.result().seed()));
    List<String> captions = new ArrayList<>();
    List<Path> files = ranges.write(dir.resolve("ranges"), captions);
    List<String> data = new ArrayList<>();
    List<String> svgs = new ArrayList<>();
    int c = 0;
    for (Path p : files) {
      String rel = dir.toAbsolutePath().normalize().relativize(p.toAbsolutePath().normalize())
          .toString().replace('\\', '/');
      if (rel.endsWith(".png")) {
        h.chart(Path.of(rel), captions.get(c++));
      } else if (rel.endsWith(".svg")) {
        svgs.add(rel);
        c++;
      } else {
        data.add(rel);
      }
    }
    h.paragraph("A tornado chart shows one headline with each assumption alone at the 5th and "
        + "at the 95th percentile of its range, every other assumption at its stated value, the "
        + "widest swings on top; the template's cell-by-cell noise has no single value and is "
        + "not among them.");
    h.links("Data (CSV; estimated):", data);
    h.links("Charts as SVG:", svgs);
  }

  private static void macroFit(HtmlReport.Builder h, VietNamModel model) {
    h.section("The model against 2024's published figures");
    h.paragraph("Each model value is recomputed from the built table (value added, taxes, final "
        + "demand, imports, employment). The national table was balanced to these margins, so "
        + "most gaps are zero by construction; the rows with gaps are checks the calibration "
        + "did not impose. Product groups map onto the model's 18 sectors as noted.");
    List<List<Object>> rows = new ArrayList<>();
    for (MacroFit.Row r : model.macroFit()) {
      rows.add(List.of(r.indicator(), Double.isNaN(r.target()) ? "—" : value(r.target(),
          r.unit()), value(r.model(), r.unit()), Double.isNaN(r.gap()) ? "—"
              : Math.abs(r.gap()) < 0.0005 ? "0.0%"
              : String.format(Locale.ROOT, "%+.1f%%", 100 * r.gap()),
          r.unit(), r.note(), r.source().publisher()
              + (r.source().date().isEmpty() ? "" : ", " + r.source().date())));
    }
    h.table(List.of("Indicator", "Published", "Model (estimated)", "Gap", "Unit", "Mapping",
        "Source"), rows, List.of());
  }

  private static String value(double v, String unit) {
    return unit.startsWith("%") ? String.format(Locale.ROOT, "%.2f", v)
        : unit.equals("persons") ? Outputs.rounded(v) : String.format(Locale.ROOT, "%,.0f", v);
  }

  /**
   * The table's rows as shown: jobs rounded to three significant figures, dimensionless
   * multipliers and linkages with three decimals; other numbers as they are (one decimal).
   */
  static List<List<Object>> formatted(ResultTable t) {
    List<List<Object>> out = new ArrayList<>();
    for (List<Object> row : t.rows()) {
      // a row whose unit cell says job-years (effects tables) is a row of job counts
      boolean jobRow = row.stream().anyMatch(c -> c instanceof String u
          && u.startsWith(Outputs.JOB_YEARS));
      List<Object> cells = new ArrayList<>();
      for (int c = 0; c < row.size(); c++) {
        Object cell = row.get(c);
        String unit = t.units().get(c);
        if (cell instanceof Number n && (jobRow || unit.startsWith(Outputs.JOB_YEARS))
            || cell instanceof Number m && unit.equals("persons")) {
          cells.add(Outputs.rounded(((Number) cell).doubleValue()));
        } else if (cell instanceof Number n && (unit.equals("index") || unit.equals("per unit"))) {
          cells.add(String.format(Locale.ROOT, "%.3f", n.doubleValue()));
        } else {
          cells.add(cell);
        }
      }
      out.add(cells);
    }
    return out;
  }
}
