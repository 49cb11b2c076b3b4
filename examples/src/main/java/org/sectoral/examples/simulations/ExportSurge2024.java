package org.sectoral.examples.simulations;

import static org.sectoral.examples.simulations.Outputs.pct;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.sectoral.charts.ImpactCharts;
import org.sectoral.core.leontief.Effects;
import org.sectoral.core.leontief.ImpactAnalysis;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.core.table.LabelledVector;
import org.sectoral.core.table.RegionSector;
import org.sectoral.examples.vietnam.VietNamAssumptions;
import org.sectoral.examples.vietnam.VietNamModel;

/**
 * {@code export-surge-2024}: exports of wood &amp; furniture, textiles &amp; garments, leather
 * &amp; footwear and electronics rise by 27.8% (the size of Binh Duong's January 2024
 * year-on-year industrial production rise) as a final-demand change Δf, with direct, indirect
 * and induced effects on output, value added, income, jobs and imports ({@link ImpactAnalysis};
 * Miller &amp; Blair 2009, §6.1).
 */
public final class ExportSurge2024 implements Simulation {
  @Override
  public String name() {
    return "export-surge-2024";
  }

  @Override
  public String question() {
    return "What does the early-2024 rise in exports of wood, textiles, footwear and electronics "
        + "add to Viet Nam's value added, imports and jobs, sized over comparable months?";
  }

  @Override
  public String howToRead() {
    return "January 2024's +27.8% in Binh Duong compares a working January with January 2023, "
        + "when the Tet holiday fell; Tet 2024 fell in February. Over January–February, which "
        + "contains Tet in both years, Binh Duong's exports rose 6.17%; that comparable rate "
        + "sizes the shock, applied to a year of the four sectors' exports. The other rows show "
        + "how the answer scales with the first-quarter IIP (+3.87%), the full-year IIP (+7.6%) "
        + "and the Tet-inflated January figure. Direct and indirect effects are the headline; "
        + "induced effects are household spending of the extra household income (wages plus an "
        + "assumed " + Math.round(100 * VietNamAssumptions.HOUSEHOLD_SHARE_OF_SURPLUS)
        + "% of operating surplus and mixed income). Jobs are job-years.";
  }

  /** Δf: +27.8% of the exports of the surge sectors. */
  static LabelledVector<RegionSector> shock(VietNamModel model) {
    InputOutputTable t = model.national();
    double[] df = new double[t.size()];
    for (String code : VietNamAssumptions.SURGE_SECTORS) {
      int j = t.keys().indexOf(model.key(code));
      df[j] = model.inputs().scalar("EXPORT_SURGE") * t.exports().at(j);
    }
    return LabelledVector.of(t.keys(), df, t.unit());
  }

  /** Direct, indirect and induced effects of a shock by measure (the model's closure). */
  static Map<String, Effects> effects(VietNamModel model, LabelledVector<RegionSector> df) {
    return ImpactAnalysis.of(model.national(), model.householdClosure()).impact(df);
  }

  @Override
  public SimulationResult run(VietNamModel model, Path outDir) throws IOException {
    Outputs out = new Outputs(this, model, outDir);
    InputOutputTable t = model.national();
    LabelledVector<RegionSector> df = shock(model);
    Map<String, Effects> e = effects(model, df);
    ResultTable.Builder b = ResultTable.builder("Effects of the export surge, Viet Nam — "
            + out.label(), "Measure", "", "Unit", "", "Direct", "", "Indirect", "", "Induced",
        "", "Total", "");
    for (Effects x : e.values()) {
      b.row(Outputs.measureName(x.measure()), x.unit(), x.directSum(), x.indirectSum(),
          x.inducedSum(),
          x.totalSum());
    }
    out.table(b.build(), "effects");
    ResultTable.Builder s = ResultTable.builder("Export rise by sector — " + out.label(),
        "Sector", "", "Exports 2024 (model)", t.unit(), "Rise", t.unit(),
        "Value added (direct + indirect)", t.unit(), "Jobs (direct + indirect)",
        Outputs.JOB_YEARS);
    Effects va = e.get(ImpactAnalysis.VALUE_ADDED);
    Effects jobs = e.get("employment/jobs");
    for (int j = 0; j < t.size(); j++) {
      s.row(Outputs.sectorName(t.keys().get(j)), t.exports().at(j), df.at(j),
          va.typeITotal().at(j), jobs.typeITotal().at(j));
    }
    out.table(s.build(), "by-sector");
    out.chart(ImpactCharts.effectsWaterfall(va,
        out.title("Value added from the export surge"), Outputs.STYLE), "value-added-waterfall");
    out.chart(ImpactCharts.change(e.get(ImpactAnalysis.OUTPUT),
        out.title("Output by sector from the export surge"), Outputs.STYLE), "output-by-sector");

    ResultTable.Builder sizes = ResultTable.builder("The same shock at other published rates "
            + "(effects scale linearly) — " + out.label(), "Rate", "", "Growth", "%",
        "Export rise", t.unit(), "Value added, direct + indirect", t.unit(),
        "Jobs, direct + indirect", Outputs.JOB_YEARS);
    double vaPerUnit = va.typeITotal().sum() / df.sum();
    double jobsPerUnit = jobs.typeITotal().sum() / df.sum();
    double surge = model.inputs().scalar("EXPORT_SURGE");
    double base = df.sum() / surge;
    Object[][] rates = {
        {"Binh Duong exports, January–February 2024 (comparable months; used)",
            surge},
        {"Binh Duong IIP, first quarter 2024", 0.0387},
        {"Binh Duong IIP, 2024 (estimate)", 0.076},
        {"Binh Duong IIP, January 2024 alone (Tet in January 2023: inflated)",
            VietNamAssumptions.JANUARY_IIP_RISE}};
    for (Object[] r : rates) {
      double g = (Double) r[1];
      sizes.row(r[0], 100 * g, g * base, g * base * vaPerUnit, g * base * jobsPerUnit);
    }
    out.table(sizes.build(), "sizes");
    out.assume("Binh Duong's +6.17% export growth over January–February 2024 (Tet in both "
        + "periods) is applied to a year of the four sectors' national exports: a sizing "
        + "assumption, not a forecast.");
    out.assume("Fixed coefficients: imports, value added and jobs per unit of output as in the "
        + "base table; induced effects close the model on wages and household consumption.");
    double gva = t.valueAddedTotal().sum();
    double vaTypeI = va.typeITotal().sum();
    String answer = String.format(Locale.ROOT,
        "Exports of the four sectors rising 6.17%% (Binh Duong's January–February rate, Tet in "
            + "both years), about %s million USD over a year, would add an estimated %s million "
            + "USD of value added directly and indirectly (%s of GVA), %s million USD of imported "
            + "inputs and %s job-years; January's Tet-inflated +27.8%% would give 4.5 times as "
            + "much.",
        Outputs.rounded(df.sum()), Outputs.rounded(vaTypeI), pct(vaTypeI / gva),
        Outputs.rounded(e.get(ImpactAnalysis.IMPORTS).typeITotal().sum()),
        Outputs.rounded(jobs.typeITotal().sum()));
    return out.finish(answer, vaTypeI);
  }
}
