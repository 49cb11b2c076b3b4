package org.sectoral.examples.simulations;

import static org.sectoral.examples.simulations.Outputs.pct;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sectoral.charts.report.HtmlReport;
import org.sectoral.core.calibration.CalibrationResult;
import org.sectoral.core.indicator.Indicator;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.examples.vietnam.Assumption;
import org.sectoral.examples.vietnam.Ownership;
import org.sectoral.examples.vietnam.VietNamModel;
import org.sectoral.examples.vietnam.VietNamSectors;

/**
 * The demo: runs every simulation into {@code dir/NAME/} and writes {@code dir/index.html}
 * with one section per simulation (question, answer, tables, charts, assumptions, links to the
 * data), the model's calibration, and the published facts beside the model results they
 * constrain. Every number from the model is labelled as an estimate.
 */
public final class DemoReport {
  /** The page's file name. */
  public static final String INDEX = "index.html";

  private DemoReport() {}

  /** Runs the simulations, printing progress, and writes the report; returns its path. */
  public static Path write(VietNamModel model, List<Simulation> simulations, Path dir,
      PrintWriter progress) throws IOException {
    Map<String, SimulationResult> results = new LinkedHashMap<>();
    int i = 0;
    for (Simulation s : simulations) {
      i++;
      long start = System.nanoTime();
      progress.printf(Locale.ROOT, "[%d/%d] %-22s ", i, simulations.size(), s.name());
      progress.flush();
      SimulationResult r = s.run(model, dir.resolve(s.name()));
      results.put(s.name(), r);
      progress.printf(Locale.ROOT, "%.1f s%n", (System.nanoTime() - start) / 1e9);
    }
    HtmlReport.Builder h = HtmlReport.builder()
        .title("Viet Nam's southeast in seven simulations (estimates)").fractionDigits(1);
    h.paragraph("Every number below is an estimate from an input-output model — "
        + model.label() + ". " + model.description() + ". Facts and assumptions are listed at "
        + "the end; see docs/vietnam-model.md in the repository.");
    h.section("The answers in one table");
    List<List<Object>> summary = new ArrayList<>();
    for (SimulationResult r : results.values()) {
      summary.add(List.of(r.name(), r.question(), r.answer()));
    }
    h.table(List.of("Simulation", "Question", "Answer (estimated)"), summary, List.of());
    for (SimulationResult r : results.values()) {
      h.section(r.name() + ": " + r.question());
      h.paragraph("Answer — " + r.label() + ": " + r.answer());
      for (ResultTable t : r.tables()) {
        h.paragraph(t.title());
        h.table(t.headers(), t.rows(), t.units());
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
    calibration(h, model);
    facts(h, model, results);
    h.section("Assumptions and their sources");
    List<List<Object>> rows = new ArrayList<>();
    for (Assumption a : model.assumptions()) {
      rows.add(List.of(a.name(), a.value(), a.unit(), a.source()));
    }
    h.table(List.of("Constant", "Value", "Unit", "Source"), rows, List.of());
    Path page = h.build().writeTo(dir, INDEX);
    progress.println("Report: " + page);
    return page;
  }

  private static void calibration(HtmlReport.Builder h, VietNamModel model) {
    InputOutputTable t = model.national();
    h.section("The model: " + t.name());
    List<List<Object>> rows = new ArrayList<>();
    CalibrationResult cal = model.calibration().orElse(null);
    for (int j = 0; j < t.size(); j++) {
      String code = t.keys().get(j).sector().code();
      double share = t.requireImports().columnSums().at(j) / (t.requireImports().columnSums()
          .at(j) + t.intermediate().columnSums().at(j));
      String target = code.equals("TEX") ? "50 (target)" : code.equals("ELE") ? "37 (target)"
          : "";
      rows.add(List.of(t.keys().get(j).sector().name(), code,
          t.keys().get(j).sector().classification(), t.output().at(j),
          cal == null ? "" : 100 * cal.importShares().at(j), 100 * share,
          100 * model.exportContent().domesticValueAdded().at(j), target));
    }
    h.paragraph(cal == null
        ? "National table read from a file; imports by user follow import proportionality."
        : String.format(Locale.ROOT, "Import shares of TEX and ELE solved by Newton's method "
            + "(%d iterations, largest residual %.1e) so that the domestic value-added content "
            + "of their exports, (v·(I − Aᵈ)⁻¹)ⱼ, hits the targets; other sectors keep "
            + "default shares. Imported share of inputs includes product import floors.",
        cal.iterations(), cal.maxAbsResidual()));
    h.table(List.of("Sector", "Code", "Classification", "Output", "Calibrated user import share",
            "Imported share of inputs", "DVA content of exports", "Fact"), rows,
        List.of("", "", "", t.unit(), "%", "%", "%, estimated", "%"));
  }

  private static void facts(HtmlReport.Builder h, VietNamModel model,
      Map<String, SimulationResult> results) {
    h.section("Facts and the model results they constrain");
    h.paragraph("Published facts (with their sources) beside the estimated model result each "
        + "one constrains or is compared with.");
    List<List<Object>> rows = new ArrayList<>();
    for (Indicator f : model.facts().all()) {
      rows.add(List.of(f.region(), f.sector(), f.period(), f.name(),
          f.unit().equals("flag") ? "stated" : num(f.value()) + " " + f.unit(), modelResult(f, model, results),
          f.source()));
    }
    h.table(List.of("Region", "Sector", "Period", "Indicator", "Published", "Model (estimated)",
        "Source"), rows, List.of());
  }

  private static String modelResult(Indicator f, VietNamModel m,
      Map<String, SimulationResult> results) {
    String n = f.name();
    if (n.startsWith("domestic value-added share")) {
      return pct(m.domesticContent(f.sector())) + " (calibration target, reached)";
    }
    if (n.equals("industry share of GDP")) {
      return pct(share(m.national(), VietNamSectors.MANUFACTURING))
          + " manufacturing share of GVA (input)";
    }
    if (n.startsWith("main origins")) {
      return "China and Korea largest by assumption (value-kept-at-home)";
    }
    if (n.equals("industry share of GRDP")) {
      return pct(share(m.hcmcTable(), VietNamSectors.INDUSTRY)) + " of GVA (input)";
    }
    if (n.equals("services share of GRDP")) {
      return pct(share(m.hcmcTable(), List.of(VietNamSectors.TRD, VietNamSectors.SRV)))
          + " of GVA (input)";
    }
    if (n.equals("industrial production index growth") && f.region().equals("VN-SG")) {
      SimulationResult r = results.get("hcmc-industrial-index");
      if (f.sector().equals("B-E")) {
        return r == null ? "" : "contributions sum to " + String.format(Locale.ROOT, "%.2f",
            HcmcIndustrialIndex.contributions(HcmcIndustrialIndex.weights(m)).sum())
            + " points (implied weights)";
      }
      return "input to hcmc-industrial-index";
    }
    if (n.equals("industrial production index growth")) {
      return "sizes the export-surge-2024 shock (+27.8% of exports)";
    }
    if (n.equals("IIP growth target")) {
      return results.containsKey("binh-duong-2030") ? "solved in binh-duong-2030" : "";
    }
    if (n.equals("industry & construction share target")) {
      return pct(share(m.binhDuongTable(), industryAndConstruction()))
          + " in 2024 (assumption); path solved in binh-duong-2030";
    }
    if (n.equals("FDI share of industrial production value")) {
      return pct(Ownership.calibrateProvince(m.binhDuongTable(), m.national(), 0.57, 0.80)
          .fdiShareOfOutput()) + " with Binh Duong's sector FDI shares calibrated to it ("
          + pct(Ownership.fdiShareOfIndustrialOutput(m.binhDuongTable()))
          + " from the assumed national shares)";
    }
    if (n.equals("FDI share of export turnover")) {
      return pct(Ownership.calibrateProvince(m.binhDuongTable(), m.national(), 0.57, 0.80)
          .fdiShareOfExports()) + " of goods exports, calibrated ("
          + pct(Ownership.fdiShareOfExports(m.binhDuongTable(), m.national()))
          + " from the assumed national shares)";
    }
    if (n.startsWith("mechanical")) {
      return "1,040 million USD of spending in mechanical-park";
    }
    return "not modelled";
  }

  private static List<String> industryAndConstruction() {
    List<String> c = new ArrayList<>(VietNamSectors.INDUSTRY);
    c.add(VietNamSectors.CON);
    return c;
  }

  private static double share(InputOutputTable t, List<String> codes) {
    double s = 0;
    for (String c : codes) {
      s += t.valueAddedTotal().get(t.key(c));
    }
    return s / t.valueAddedTotal().sum();
  }

  private static String num(double v) {
    return v == Math.rint(v) ? String.format(Locale.ROOT, "%,.0f", v)
        : String.format(Locale.ROOT, "%s", v);
  }
}
