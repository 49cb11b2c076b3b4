package org.sectoral.examples.simulations;

import static org.sectoral.examples.simulations.Outputs.big;
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
    return "What does an export surge in wood, textiles, footwear and electronics the size of "
        + "January 2024's +27.8% add to Viet Nam's value added, imports and jobs?";
  }

  /** Δf: +27.8% of the exports of the surge sectors. */
  static LabelledVector<RegionSector> shock(VietNamModel model) {
    InputOutputTable t = model.national();
    double[] df = new double[t.size()];
    for (String code : VietNamAssumptions.SURGE_SECTORS) {
      int j = t.keys().indexOf(model.key(code));
      df[j] = VietNamAssumptions.EXPORT_SURGE * t.exports().at(j);
    }
    return LabelledVector.of(t.keys(), df, t.unit());
  }

  @Override
  public SimulationResult run(VietNamModel model, Path outDir) throws IOException {
    Outputs out = new Outputs(this, model, outDir);
    InputOutputTable t = model.national();
    LabelledVector<RegionSector> df = shock(model);
    Map<String, Effects> e = ImpactAnalysis.of(t).impact(df);
    ResultTable.Builder b = ResultTable.builder("Effects of the export surge, Viet Nam — "
            + out.label(), "Measure", "", "Unit", "", "Direct", "", "Indirect", "", "Induced",
        "", "Total", "");
    for (Effects x : e.values()) {
      b.row(x.measure(), x.unit(), x.directSum(), x.indirectSum(), x.inducedSum(),
          x.totalSum());
    }
    out.table(b.build(), "effects");
    ResultTable.Builder s = ResultTable.builder("Export rise by sector — " + out.label(),
        "Sector", "", "Exports 2024 (model)", t.unit(), "Rise", t.unit(),
        "Value added (total effect)", t.unit(), "Jobs (total effect)", "persons");
    Effects va = e.get(ImpactAnalysis.VALUE_ADDED);
    Effects jobs = e.get("employment/jobs");
    for (int j = 0; j < t.size(); j++) {
      s.row(Outputs.sectorName(t.keys().get(j)), t.exports().at(j), df.at(j), va.total().at(j),
          jobs.total().at(j));
    }
    out.table(s.build(), "by-sector");
    out.chart(ImpactCharts.effectsWaterfall(va,
        out.title("Value added from the export surge"), Outputs.STYLE), "value-added-waterfall");
    out.chart(ImpactCharts.change(e.get(ImpactAnalysis.OUTPUT),
        out.title("Output by sector from the export surge"), Outputs.STYLE), "output-by-sector");

    out.assume("The +27.8% of Binh Duong's January 2024 industrial production index is used as "
        + "the size of a year's export rise in the four sectors nationally (a sizing "
        + "assumption, not a forecast).");
    out.assume("Fixed coefficients: imports, value added and jobs per unit of output as in the "
        + "base table; Type II closes the model on household income and consumption.");
    double gva = t.valueAddedTotal().sum();
    double vaTypeI = va.typeITotal().sum();
    String answer = String.format(Locale.ROOT,
        "A %s million USD rise in exports would add an estimated %s million USD of value added "
            + "directly and indirectly (%s of GVA; %s more with induced household spending), "
            + "%s million USD of imported inputs and %s jobs (direct and indirect).",
        big(df.sum()), big(vaTypeI), pct(vaTypeI / gva), big(va.inducedSum()),
        big(e.get(ImpactAnalysis.IMPORTS).typeITotal().sum()), big(jobs.typeITotal().sum()));
    return out.finish(answer, vaTypeI);
  }
}
