package org.sectoral.examples.simulations;

import static org.sectoral.examples.simulations.Outputs.sectorName;
import static org.sectoral.examples.simulations.Outputs.pct;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.sectoral.charts.LinkageCharts;
import org.sectoral.charts.TradeCharts;
import org.sectoral.core.linkage.KeySectorClass;
import org.sectoral.core.leontief.LeontiefModel;
import org.sectoral.core.linkage.Linkages;
import org.sectoral.core.regional.ProvincialModel;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.core.table.LabelledVector;
import org.sectoral.core.table.RegionSector;
import org.sectoral.examples.vietnam.VietNamAssumptions;
import org.sectoral.examples.vietnam.VietNamModel;

/**
 * {@code binh-duong-province}: the provincial model of Binh Duong (FLQ, Flegg &amp; Webber 1997,
 * δ = {@value VietNamAssumptions#FLQ_DELTA}; {@link ProvincialModel}): output multipliers
 * 1'Lʳ, Rasmussen–Hirschman linkages and key sectors (Miller &amp; Blair 2009, §12.2), and per
 * unit of final demand the value added kept in the province (v·Lʳ)ⱼ, the leakage to the rest of
 * Viet Nam 1'(Aᵈ − r)·Lʳ, abroad 1'Aᵐ·Lʳ and to product taxes, which sum to 1.
 */
public final class BinhDuongProvince implements Simulation {
  @Override
  public String name() {
    return "binh-duong-province";
  }

  @Override
  public String question() {
    return "How much of a sale by Binh Duong's industries stays in the province, how much "
        + "leaks to the rest of Viet Nam and abroad, and which sectors are key?";
  }

  @Override
  public SimulationResult run(VietNamModel model, Path outDir) throws IOException {
    Outputs out = new Outputs(this, model, outDir);
    ProvincialModel p = model.binhDuong();
    InputOutputTable t = model.binhDuongTable();
    Linkages links = Linkages.of(LeontiefModel.of(t));
    LabelledVector<RegionSector> mult = p.outputMultipliers();
    LabelledVector<RegionSector> va = p.valueAddedContent();
    LabelledVector<RegionSector> roc = p.restOfCountryLeakage();
    LabelledVector<RegionSector> abroad = p.foreignLeakage();
    LabelledVector<RegionSector> tax = p.taxContent();
    ResultTable.Builder b = ResultTable.builder("Binh Duong by sector, per unit of final "
            + "demand — " + out.label(), "Sector", "", "Output", t.unit(), "Output multiplier",
        "", "Value added kept in province", "%", "Leakage to rest of Viet Nam", "%",
        "Leakage abroad", "%", "Net taxes", "%", "Backward linkage", "", "Forward linkage", "",
        "Class", "");
    List<String> key = new ArrayList<>();
    double[] fd = t.finalDemandTotal().toArray();
    double fdSum = 0;
    double kept = 0;
    double leakRoc = 0;
    double leakAbroad = 0;
    for (int j = 0; j < t.size(); j++) {
      RegionSector k = t.keys().get(j);
      KeySectorClass cls = links.keySectors().get(k);
      b.row(sectorName(k), t.output().at(j), mult.at(j), 100 * va.at(j), 100 * roc.at(j),
          100 * abroad.at(j), 100 * tax.at(j), links.backwardTotal().at(j),
          links.forwardTotal().at(j), LinkageCharts.className(cls));
      if (cls == KeySectorClass.KEY) {
        key.add(sectorName(k));
      }
      double f = Math.max(0, fd[j]);
      fdSum += f;
      kept += f * va.at(j);
      leakRoc += f * roc.at(j);
      leakAbroad += f * abroad.at(j);
    }
    out.table(b.build(), "provincial-model");

    double keptShare = kept / fdSum;
    double gvaShare = t.valueAddedTotal().sum() / model.national().valueAddedTotal().sum();
    ResultTable.Builder s = ResultTable.builder("Binh Duong in Viet Nam — " + out.label(),
        "Measure", "", "Value", "");
    s.row("Provincial GVA", Outputs.big(t.valueAddedTotal().sum()) + " " + t.unit());
    s.row("Share of national GVA", pct(gvaShare));
    s.row("Value added kept per unit of final demand (weighted)", pct(kept / fdSum));
    s.row("Leakage to the rest of Viet Nam (weighted)", pct(leakRoc / fdSum));
    s.row("Leakage abroad (weighted)", pct(leakAbroad / fdSum));
    s.row("FLQ δ", String.valueOf(VietNamAssumptions.FLQ_DELTA));
    s.row("λ* (regional size adjustment)", String.format(Locale.ROOT, "%.3f",
        p.regionalization().lambdaStar()));
    out.table(s.build(), "summary");

    out.chart(LinkageCharts.keySectorQuadrant(links,
        out.title("Key sectors of Binh Duong (backward vs forward linkage)"), Outputs.STYLE),
        "key-sectors");
    JFreeChart keptChart = TradeCharts.domesticValueAddedShares(va, keptShare,
        out.title("Value added kept in Binh Duong per unit of final demand"), Outputs.STYLE);
    keptChart.getCategoryPlot().getRangeAxis().setLabel(
        "Value added kept in the province, share of final demand");
    out.chart(keptChart, "value-kept-in-province");

    out.assume("Provincial output from assumed GVA shares (BINH_DUONG_VA_SHARES, industry & "
        + "construction 60%) and GVA of 18.5 billion USD, with national value added per unit "
        + "of output.");
    out.assume("Regional purchase coefficients by FLQ with δ = " + VietNamAssumptions.FLQ_DELTA
        + " (Flegg & Tohmo 2013 typical range 0.2–0.35); the province keeps national "
        + "technology; both are estimates, not survey results.");
    out.assume("Weighted averages use the province's final demand (local use plus sales to "
        + "the rest of the country and abroad).");
    String answer = String.format(Locale.ROOT,
        "An estimated %s of the value of final sales by Binh Duong's producers stays in the "
            + "province as value added, %s leaks to the rest of Viet Nam and %s abroad; "
            + "key sectors: %s.",
        pct(kept / fdSum), pct(leakRoc / fdSum), pct(leakAbroad / fdSum),
        key.isEmpty() ? "none" : String.join(", ", key));
    return out.finish(answer, kept / fdSum);
  }
}
