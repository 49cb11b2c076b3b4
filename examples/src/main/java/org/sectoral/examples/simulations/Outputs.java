package org.sectoral.examples.simulations;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.sectoral.charts.ChartStyle;
import org.sectoral.charts.export.ChartExport;
import org.sectoral.core.internal.files.AtomicFiles;
import org.sectoral.core.table.RegionSector;
import org.sectoral.examples.vietnam.VietNamModel;

/**
 * Collects a simulation's tables, charts and data files while it runs and writes them into its
 * output folder: each table as CSV (with a {@code status} column saying "estimated"), each chart
 * as PNG and SVG, and {@code result.json} with the answer, tables and assumptions.
 */
final class Outputs {
  static final ChartStyle STYLE = ChartStyle.builder().size(900, 520).build();

  private final Simulation simulation;
  private final VietNamModel model;
  private final Path dir;
  private final List<ResultTable> tables = new ArrayList<>();
  private final List<Path> charts = new ArrayList<>();
  private final List<String> captions = new ArrayList<>();
  private final List<Path> data = new ArrayList<>();
  private final List<String> assumptions = new ArrayList<>();

  Outputs(Simulation simulation, VietNamModel model, Path dir) throws IOException {
    this.simulation = simulation;
    this.model = model;
    this.dir = dir.toAbsolutePath().normalize();
    Files.createDirectories(this.dir);
  }

  /** The label of every number: "estimated …". */
  String label() {
    return model.label();
  }

  /** A chart title with the estimate label. */
  String title(String text) {
    return text + " (estimated)";
  }

  /** Writes a chart as {@code base.png} and {@code base.svg}. */
  void chart(JFreeChart chart, String base) throws IOException {
    charts.add(ChartExport.png(chart, dir.resolve(base + ".png"), STYLE.width(),
        STYLE.height()));
    charts.add(ChartExport.svg(chart, dir.resolve(base + ".svg"), STYLE.width(),
        STYLE.height()));
    String caption = chart.getTitle() == null ? base : chart.getTitle().getText();
    captions.add(caption);
    captions.add(caption);
  }

  /** Adds a table and writes it as {@code base.csv}. */
  void table(ResultTable t, String base) throws IOException {
    tables.add(t);
    Path file = dir.resolve(base + ".csv");
    AtomicFiles.writeText(file, out -> writeCsv(t, out));
    data.add(file);
  }

  /** Records an assumption used. */
  void assume(String text) {
    assumptions.add(text);
  }

  /** Writes {@code result.json} and returns the result. */
  SimulationResult finish(String answer, double keyNumber) throws IOException {
    Path json = dir.resolve("result.json");
    data.add(json);
    SimulationResult r = new SimulationResult(simulation.name(), simulation.question(), answer,
        keyNumber, label(), tables, charts, captions, data, assumptions);
    AtomicFiles.writeText(json, out -> Json.write(r, dir, out));
    return r;
  }

  private void writeCsv(ResultTable t, Writer out) throws IOException {
    List<String> head = new ArrayList<>();
    for (int i = 0; i < t.headers().size(); i++) {
      String u = t.units().get(i);
      head.add(csv(u.isEmpty() ? t.headers().get(i) : t.headers().get(i) + " [" + u + "]"));
    }
    head.add("status");
    out.write(String.join(",", head));
    out.write('\n');
    for (List<Object> row : t.rows()) {
      List<String> cells = new ArrayList<>();
      for (Object c : row) {
        cells.add(c instanceof Number n ? number(n.doubleValue()) : csv(String.valueOf(c)));
      }
      cells.add(csv(label()));
      out.write(String.join(",", cells));
      out.write('\n');
    }
  }

  static String number(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.format(Locale.ROOT, "%.0f", v)
        : String.format(Locale.ROOT, "%.6g", v);
  }

  private static String csv(String s) {
    return s.contains(",") || s.contains("\"") || s.contains("\n")
        ? '"' + s.replace("\"", "\"\"") + '"' : s;
  }

  /** A sector's short display name. */
  static String sectorName(RegionSector k) {
    return k.sector().name();
  }

  /** Percent with one decimal. */
  static String pct(double share) {
    return String.format(Locale.ROOT, "%.1f%%", 100 * share);
  }

  /** The unit of employment effects: a job held for a year. */
  static final String JOB_YEARS = "job-years";

  /**
   * A count rounded to three significant figures, with thousands separators: 1,506,142 →
   * "1,510,000", 12,345 → "12,300". Model results are estimates; no more digits are meaningful.
   */
  static String rounded(double v) {
    if (v == 0 || !Double.isFinite(v)) {
      return String.format(Locale.ROOT, "%,.0f", v);
    }
    double scale = Math.pow(10, Math.floor(Math.log10(Math.abs(v))) - 2);
    double r = Math.round(v / scale) * scale;
    return String.format(Locale.ROOT, "%,.0f", r);
  }

  /** A measure's name for readers: "employment/jobs" → "jobs". */
  static String measureName(String measure) {
    return measure.equals("employment/jobs") ? "jobs" : measure;
  }

  /** A number with thousands separators and no decimals. */
  static String big(double v) {
    return String.format(Locale.ROOT, "%,.0f", v);
  }
}
