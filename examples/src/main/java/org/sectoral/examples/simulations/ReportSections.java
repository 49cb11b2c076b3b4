package org.sectoral.examples.simulations;

import static org.sectoral.examples.simulations.Outputs.pct;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sectoral.charts.report.HtmlReport;
import org.sectoral.core.indicator.Indicator;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.examples.vietnam.Calibration;
import org.sectoral.examples.vietnam.Ownership;
import org.sectoral.examples.vietnam.VietNamModel;
import org.sectoral.examples.vietnam.VietNamSectors;

/** The report's model sections: the calibrated table and the facts with their sources. */
final class ReportSections {
  private ReportSections() {}

  static void calibration(HtmlReport.Builder h, VietNamModel model) {
    InputOutputTable t = model.national();
    h.section("The model: " + t.name());
    Calibration cal = model.calibration().orElse(null);
    h.paragraph(cal == null
        ? "National table read from a file; imports by user follow import proportionality."
        : String.format(Locale.ROOT, "The template's input structure was balanced by GRAS "
            + "(%d iterations, largest remaining gap %.1e million USD) to Viet Nam's 2024 output, "
            + "value added, exports and imports by product. Electricity, water and construction "
            + "are bought at home; the import split of textiles' and electronics' goods inputs "
            + "was solved by Newton's method (%d steps) so that the domestic value added in "
            + "their exports is %.1f%% and %.1f%%.", cal.balancing().iterations(),
            Math.max(cal.balancing().maxRowGap(), cal.balancing().maxColumnGap()),
            cal.newtonIterations(), 100 * cal.dvaTextiles(), 100 * cal.dvaElectronics()));
    List<List<Object>> rows = new ArrayList<>();
    double[] x = t.output().toArray();
    double[] va = t.valueAddedTotal().toArray();
    for (int j = 0; j < t.size(); j++) {
      double goodsDom = 0;
      double goodsImp = 0;
      double restDom = 0;
      double restImp = 0;
      for (int i = 0; i < t.size(); i++) {
        double d = t.intermediate().at(i, j);
        double m = t.requireImports().at(i, j);
        if (VietNamSectors.isGoods(i)) {
          goodsDom += d;
          goodsImp += m;
        } else {
          restDom += d;
          restImp += m;
        }
      }
      String code = t.keys().get(j).sector().code();
      String target = code.equals("TEX") ? "50" : code.equals("ELE") ? "37" : "";
      rows.add(List.of(t.keys().get(j).sector().name(), t.keys().get(j).sector()
              .classification(), x[j], va[j], 100 * va[j] / x[j], t.exports().at(j),
          100 * goodsImp / (goodsDom + goodsImp), 100 * restImp / (restDom + restImp),
          100 * model.exportContent().domesticValueAdded().at(j), target));
    }
    h.table(List.of("Sector", "Classification", "Output", "Value added",
            "Value added per output", "Exports", "Imported share of goods inputs",
            "Imported share of utilities, construction & services inputs",
            "Domestic value added in exports", "Published"), rows,
        List.of("", "", t.unit(), t.unit(), "%", t.unit(), "%", "%", "%, estimated", "%"));
  }

  static void facts(HtmlReport.Builder h, VietNamModel model) {
    h.section("Facts and the model results they constrain");
    h.paragraph("Published facts with their sources (publisher, headline, date, address) "
        + "beside the estimated model result each one sets or is compared with.");
    List<List<Object>> rows = new ArrayList<>();
    for (Indicator f : model.facts().all()) {
      rows.add(List.of(f.region(), f.sector(), f.period(), f.name(),
          f.unit().equals("flag") ? "stated" : num(f.value()) + " " + f.unit(),
          modelResult(f, model), f.source()));
    }
    h.table(List.of("Region", "Sector", "Period", "Indicator", "Published", "Model (estimated)",
        "Source"), rows, List.of());
  }

  private static String modelResult(Indicator f, VietNamModel m) {
    String n = f.name();
    if (n.startsWith("domestic value-added share")) {
      return pct(m.domesticContent(f.sector())) + " (calibration target)";
    }
    if (n.startsWith("GDP at current") || n.endsWith("share of GDP") && f.region().equals("VN")
        || n.startsWith("goods ") && f.region().equals("VN") || n.contains("exports of")
        || n.contains("exports (") || n.contains("imports (") || n.startsWith("footwear")) {
      return "in the fit table above";
    }
    if (n.equals("industry share of GDP")) {
      return "not used: the 2024 national accounts give industry & construction 37.64%";
    }
    if (n.startsWith("main origins")) {
      return "China and Korea the largest origins (value-kept-at-home)";
    }
    if (n.startsWith("FDI firms' share of electronics")) {
      return "99% (input to the ownership split)";
    }
    if (n.startsWith("FDI sector share of exports")) {
      return pct(Ownership.fdiShareOfNationalExports(m.national()))
          + " from the assumed sector shares";
    }
    if (n.equals("FDI share of industrial production value")) {
      return pct(Ownership.calibrateProvince(m.binhDuongTable(), m.national(), 0.57, 0.80)
          .fdiShareOfOutput()) + " after one log-odds shift of Binh Duong's sector shares ("
          + pct(Ownership.fdiShareOfIndustrialOutput(m.binhDuongTable())) + " before)";
    }
    if (n.equals("FDI share of export turnover")) {
      return pct(Ownership.calibrateProvince(m.binhDuongTable(), m.national(), 0.57, 0.80)
          .fdiShareOfExports()) + " of goods exports after the shift ("
          + pct(Ownership.fdiShareOfExports(m.binhDuongTable(), m.national())) + " before)";
    }
    if (f.name().equals("industrial production index growth") && f.region().equals("VN-SG")) {
      return "input to hcmc-industrial-index";
    }
    if (f.region().equals("VN-57") && f.period().startsWith("2024-01")) {
      return "sizes export-surge-2024 (January–February rate used)";
    }
    if (n.startsWith("GRDP at current")) {
      return "sets the province's size in the model";
    }
    if (n.contains("share of GRDP")) {
      return "sets the province's structure";
    }
    if (n.equals("IIP growth target") || n.startsWith("industry & construction share target")) {
      return "solved in binh-duong-2030";
    }
    if (n.startsWith("mechanical")) {
      return "spending and yearly output in mechanical-park";
    }
    if (f.region().startsWith("VN-SG (2025)")) {
      return "the new city in binh-duong-province";
    }
    if (n.startsWith("labour productivity") || n.startsWith("employed")) {
      return "51.9 million employed (GDP over productivity)";
    }
    if (n.startsWith("income per person")) {
      return "household income for induced effects (proposed)";
    }
    return "not modelled";
  }

  private static String num(double v) {
    return v == Math.rint(v) ? String.format(Locale.ROOT, "%,.0f", v)
        : String.format(Locale.ROOT, "%s", v);
  }
}
