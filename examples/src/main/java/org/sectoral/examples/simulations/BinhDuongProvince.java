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
import org.sectoral.core.regional.TwoRegionModel;
import org.sectoral.examples.vietnam.Province;
import org.sectoral.examples.vietnam.SoutheastRegions;
import org.sectoral.examples.vietnam.VietNamModel;
import org.sectoral.examples.vietnam.VietNamModels;
import org.sectoral.examples.vietnam.VietNamSectors;

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
        + "leaks to the rest of Viet Nam and abroad, which sectors are key, and what does a sale "
        + "in Binh Duong do in Ho Chi Minh City, and the other way round?";
  }

  @Override
  public String howToRead() {
    return "Per dollar of final sales (to consumers, investors or abroad) of a Binh Duong "
        + "product, the shares say where the dollar ends up: value added in the province, "
        + "purchases from the rest of Viet Nam, imports, taxes; they add up to 100%. Linkages "
        + "above 1.000 mean more than the average pull on suppliers (backward) or push to users "
        + "(forward); a key sector is above 1.000 on both. The interregional tables follow a "
        + "1,000 million USD rise in one province's manufacturing sales to the output it causes "
        + "in each of the pre-merger provinces and in the rest of the country; since 1 July 2025 "
        + "the three provinces are one city, shown last.";
  }

  /** A normalized linkage rounded to the three decimals shown. */
  static double shown(double linkage) {
    return Math.round(linkage * 1000) / 1000.0;
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
        "per unit", "Value added kept in province", "%", "Leakage to rest of Viet Nam", "%",
        "Leakage abroad", "%", "Net taxes", "%", "Backward linkage", "index",
        "Forward linkage", "index", "Class", "");
    List<String> key = new ArrayList<>();
    for (int j = 0; j < t.size(); j++) {
      RegionSector k = t.keys().get(j);
      double bl = shown(links.backwardTotal().at(j));
      double fl = shown(links.forwardTotal().at(j));
      // classified on the values shown, so a row reads the same as its class
      KeySectorClass cls = KeySectorClass.of(bl, fl);
      b.row(sectorName(k), t.output().at(j), mult.at(j), 100 * va.at(j), 100 * roc.at(j),
          100 * abroad.at(j), 100 * tax.at(j), bl, fl, LinkageCharts.className(cls));
      if (cls == KeySectorClass.KEY) {
        key.add(sectorName(k));
      }
    }
    out.table(b.build(), "provincial-model");

    double[] w = weighted(model);
    double keptShare = w[0];
    double gvaShare = t.valueAddedTotal().sum() / model.national().valueAddedTotal().sum();
    ResultTable.Builder s = ResultTable.builder("Binh Duong in Viet Nam — " + out.label(),
        "Measure", "", "Value", "");
    s.row("Provincial GVA", Outputs.big(t.valueAddedTotal().sum()) + " " + t.unit());
    s.row("Share of national GVA", pct(gvaShare));
    s.row("Value added kept per unit of final demand (weighted)", pct(w[0]));
    s.row("Leakage to the rest of Viet Nam (weighted)", pct(w[1]));
    s.row("Leakage abroad (weighted)", pct(w[2]));
    s.row("FLQ δ", String.valueOf(model.inputs().scalar("FLQ_DELTA")));
    s.row("λ* (regional size adjustment)", String.format(Locale.ROOT, "%.3f",
        p.regionalization().lambdaStar()));
    out.table(s.build(), "summary");

    interregional(model, out);

    out.chart(LinkageCharts.keySectorQuadrant(links,
        out.title("Key sectors of Binh Duong (backward vs forward linkage)"), Outputs.STYLE),
        "key-sectors");
    JFreeChart keptChart = TradeCharts.domesticValueAddedShares(va, keptShare,
        out.title("Value added kept in Binh Duong per unit of final demand"), Outputs.STYLE);
    keptChart.getCategoryPlot().getRangeAxis().setLabel(
        "Value added kept in the province, share of final demand");
    out.chart(keptChart, "value-kept-in-province");

    out.assume("Provincial output from Binh Duong's published 2024 GRDP (520,205 billion VND) "
        + "and structure (industry & construction 64.93%, services 25.08%, agriculture 2.73%, "
        + "taxes 7.26%), split by sector (assumed), over national value added per unit of "
        + "output.");
    out.assume("Interregional trade: what a region does not buy locally it buys from the other "
        + "regions in proportion to their output of the product (supply-pool assumption).");
    out.assume("Regional purchase coefficients by FLQ with δ = " + model.inputs().scalar("FLQ_DELTA")
        + " (Flegg & Tohmo 2013 typical range 0.2–0.35); the province keeps national "
        + "technology; both are estimates, not survey results.");
    out.assume("Weighted averages use the province's final demand (local use plus sales to "
        + "the rest of the country and abroad).");
    double[] bdShock = manufacturingShock(model, Province.BINH_DUONG);
    double[] fromBd = model.regions().outputByRegion(VietNamModels.BINH_DUONG, bdShock);
    double[] hcmShock = manufacturingShock(model, Province.HO_CHI_MINH_CITY);
    double[] fromHcm = model.regions().outputByRegion(VietNamModels.HCMC, hcmShock);
    String answer = String.format(Locale.ROOT,
        "An estimated %s of the value of final sales by Binh Duong's producers stays in the "
            + "province as value added, %s leaks to the rest of Viet Nam and %s abroad; "
            + "key sectors: %s. 1,000 million USD more sales of Binh Duong's manufacturing "
            + "cause about %s million USD of output in Ho Chi Minh City; the same in Ho Chi Minh "
            + "City causes about %s million USD in Binh Duong.",
        pct(w[0]), pct(w[1]), pct(w[2]),
        key.isEmpty() ? "none" : String.join(", ", key), Outputs.rounded(fromBd[0]),
        Outputs.rounded(fromHcm[1]));
    return out.finish(answer, w[0]);
  }

  /**
   * Per unit of Binh Duong's final demand (weighted by the province's final demand, local use
   * plus sales to the rest of the country and abroad): value added kept in the province, leakage
   * to the rest of Viet Nam, leakage abroad.
   */
  static double[] weighted(VietNamModel model) {
    ProvincialModel p = model.binhDuong();
    double[] fd = model.binhDuongTable().finalDemandTotal().toArray();
    LabelledVector<RegionSector> va = p.valueAddedContent();
    LabelledVector<RegionSector> roc = p.restOfCountryLeakage();
    LabelledVector<RegionSector> abroad = p.foreignLeakage();
    double fdSum = 0;
    double kept = 0;
    double leakRoc = 0;
    double leakAbroad = 0;
    for (int j = 0; j < fd.length; j++) {
      double f = Math.max(0, fd[j]);
      fdSum += f;
      kept += f * va.at(j);
      leakRoc += f * roc.at(j);
      leakAbroad += f * abroad.at(j);
    }
    return new double[] {kept / fdSum, leakRoc / fdSum, leakAbroad / fdSum};
  }

  /** 1,000 million USD of final demand for a province's manufacturing, by its output shares. */
  static double[] manufacturingShock(VietNamModel model, Province p) {
    SoutheastRegions s = model.regions();
    int n = VietNamSectors.ALL.size();
    int r = s.regions().indexOf(p.region());
    double[] x = s.table().output().toArray();
    double total = 0;
    for (String code : VietNamSectors.MANUFACTURING) {
      total += x[r * n + VietNamSectors.indexOf(code)];
    }
    double[] shock = new double[n];
    for (String code : VietNamSectors.MANUFACTURING) {
      int j = VietNamSectors.indexOf(code);
      shock[j] = 1000 * x[r * n + j] / total;
    }
    return shock;
  }

  private static void interregional(VietNamModel model, Outputs out) throws IOException {
    SoutheastRegions s = model.regions();
    ResultTable.Builder b = ResultTable.builder("Where 1,000 million USD more manufacturing "
            + "sales of a province cause output — " + out.label(), "Sales by", "",
        s.regions().get(0).name(), VietNamAssumptions.UNIT, s.regions().get(1).name(),
        VietNamAssumptions.UNIT, s.regions().get(2).name(), VietNamAssumptions.UNIT,
        s.regions().get(3).name(), VietNamAssumptions.UNIT, "Total", VietNamAssumptions.UNIT);
    for (Province p : List.of(Province.HO_CHI_MINH_CITY, Province.BINH_DUONG,
        Province.BA_RIA_VUNG_TAU)) {
      double[] o = s.outputByRegion(p.region(), manufacturingShock(model, p));
      b.row(p.region().name(), o[0], o[1], o[2], o[3], o[0] + o[1] + o[2] + o[3]);
    }
    out.table(b.build(), "interregional-spillovers");
    TwoRegionModel two = s.newHcmc();
    LabelledVector<RegionSector> own = two.provinceOutputMultipliers();
    LabelledVector<RegionSector> spill = two.spilloverMultipliers();
    ResultTable.Builder c = ResultTable.builder("The new Ho Chi Minh City (since 1 July 2025) "
            + "and the rest of Viet Nam, per unit of final demand — " + out.label(), "Sector", "",
        "Output in the new city", "per unit", "Output in the rest of Viet Nam",
        "per unit");
    for (int j = 0; j < own.size(); j++) {
      c.row(VietNamSectors.ALL.get(j).name(), own.at(j), spill.at(j));
    }
    out.table(c.build(), "new-hcmc-multipliers");
  }
}
