package org.sectoral.examples.simulations;

import static org.sectoral.examples.simulations.Outputs.pct;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.sectoral.charts.ImpactCharts;
import org.sectoral.charts.LocalizationCurve;
import org.sectoral.charts.TrendCharts;
import org.sectoral.core.scenario.Localization;
import org.sectoral.core.scenario.ScenarioResult;
import org.sectoral.core.scenario.Target;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.core.table.RegionSector;
import org.sectoral.core.valueadded.ExportContent;
import org.sectoral.examples.vietnam.VietNamModel;

/**
 * {@code supporting-industries}: a share θ of the imported inputs of electronics and of
 * textiles &amp; garments is supplied by domestic firms instead (Aᵈ' = Aᵈ + θ·Aᵐ,
 * Aᵐ' = (1 − θ)·Aᵐ for the user columns, final demand fixed; {@link Localization}), for θ from
 * 0 to 0.50: domestic value-added content of each sector's exports, and the change in output,
 * imports and jobs when both localize together.
 */
public final class SupportingIndustries implements Simulation {
  /** The θ grid, 0 to 0.50 in steps of 0.05. */
  static final double[] THETAS = {0, 0.05, 0.10, 0.15, 0.20, 0.25, 0.30, 0.35, 0.40, 0.45,
      0.50};

  @Override
  public String name() {
    return "supporting-industries";
  }

  @Override
  public String question() {
    return "If domestic supporting industries supplied a share θ = 0 to 0.50 of the components "
        + "that electronics and textile firms now import, how would their domestic value-added "
        + "share, output, imports and jobs change?";
  }

  @Override
  public String howToRead() {
    return "θ is the share of the imported inputs of electronics and of textiles & garments that "
        + "domestic suppliers take over (0 = today, 0.50 = half). Exports stay as they are; what "
        + "changes is how much of each export dollar stays in Viet Nam, how much more Viet Nam "
        + "produces to supply those inputs, and how many fewer inputs it imports. Jobs are "
        + "job-years per year at today's jobs per unit of output; new suppliers are assumed to "
        + "produce like today's average domestic firm.";
  }

  /** Electronics and textiles both localizing a share θ of their imported inputs. */
  static ScenarioResult localized(Localization loc, VietNamModel model, double theta) {
    return loc.apply(Target.each(List.of(model.key("ELE"), model.key("TEX"))), theta);
  }

  @Override
  public SimulationResult run(VietNamModel model, Path outDir) throws IOException {
    Outputs out = new Outputs(this, model, outDir);
    InputOutputTable t = model.national();
    RegionSector ele = model.key("ELE");
    RegionSector tex = model.key("TEX");
    Localization loc = Localization.of(t);
    String jobs = "employment/jobs";
    ResultTable.Builder table = ResultTable.builder(
        "Localization of imported inputs of electronics and textiles together — " + out.label(),
        "Share localized θ", "", "Electronics DVA share", "%", "Textiles DVA share", "%",
        "National DVA share of exports", "%", "Change in output", t.unit(),
        "Change in imports", t.unit(), "Change in jobs", Outputs.JOB_YEARS);
    double[] eleContent = new double[THETAS.length];
    double[] texContent = new double[THETAS.length];
    ScenarioResult last = null;
    for (int s = 0; s < THETAS.length; s++) {
      ScenarioResult r = localized(loc, model, THETAS[s]);
      ExportContent c = ExportContent.of(r.table());
      eleContent[s] = c.domesticValueAdded().get(ele);
      texContent[s] = c.domesticValueAdded().get(tex);
      table.row(String.format(Locale.ROOT, "%.2f", THETAS[s]), 100 * eleContent[s],
          100 * texContent[s],
          100 * r.scenarioDomesticShareOfExports(), r.change(ScenarioResult.OUTPUT).sum(),
          r.change(ScenarioResult.IMPORTS).sum(), r.change(jobs).sum());
      last = r;
    }
    out.table(table.build(), "localization-sweep");

    out.chart(TrendCharts.localization(LocalizationCurve.builder()
            .curve("Electronics & computers", THETAS, eleContent)
            .curve("Textiles & garments", THETAS, texContent).build(),
        out.title("Domestic value-added share as imported inputs are localized"),
        Outputs.STYLE), "localization-curves");
    out.chart(ImpactCharts.change(last.change(ScenarioResult.OUTPUT), "output",
        out.title("Change in output by sector at θ = 0.50"), Outputs.STYLE),
        "output-change-at-50");

    out.assume("Localized inputs are supplied by domestic firms with the national average "
        + "technology of each product (no new import content beyond it).");
    out.assume("Final demand, including exports, is unchanged: the effect is on value added "
        + "per unit of exports, not on export volumes.");
    out.assume("Jobs per unit of output by sector are fixed: 51.9 million employed persons in "
        + "2024 (GDP over labour productivity), split by sector (assumed), over output.");
    double ele50 = eleContent[THETAS.length - 1];
    double tex50 = texContent[THETAS.length - 1];
    String answer = String.format(Locale.ROOT,
        "Supplying half of the imported inputs locally (θ = 0.50) would raise the estimated "
            + "domestic value-added share of electronics exports from %s to %s and of textiles "
            + "from %s to %s, adding about %s job-years a year and cutting imports by about %s "
            + "million USD a year.",
        pct(eleContent[0]), pct(ele50), pct(texContent[0]),
        pct(tex50), Outputs.rounded(last.change(jobs).sum()),
        Outputs.rounded(-last.change(ScenarioResult.IMPORTS).sum()));
    return out.finish(answer, ele50);
  }
}
