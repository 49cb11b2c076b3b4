package org.sectoral.examples.simulations;

import static org.sectoral.examples.simulations.Outputs.big;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.sectoral.charts.ImpactCharts;
import org.sectoral.core.leontief.Effects;
import org.sectoral.core.leontief.ImpactAnalysis;
import org.sectoral.core.scenario.InvestmentImpact;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.core.table.LabelledVector;
import org.sectoral.core.table.RegionSector;
import org.sectoral.examples.vietnam.VietNamAssumptions;
import org.sectoral.examples.vietnam.VietNamModel;
import org.sectoral.examples.vietnam.VietNamSectors;

/**
 * {@code mechanical-park}: the construction and equipment of the planned ~26-trillion-VND
 * mechanical supporting-industry park in Binh Duong as a one-off final-demand shock
 * ({@link InvestmentImpact}, Miller &amp; Blair 2009, §6.2): spending by supplying sector, the
 * part bought in Viet Nam driving direct, indirect and (nationally) induced effects on output,
 * value added, income, jobs and imports; the rest imported directly.
 */
public final class MechanicalPark implements Simulation {
  @Override
  public String name() {
    return "mechanical-park";
  }

  @Override
  public String question() {
    return "What would building the ~26-trillion-VND (~1 billion USD) mechanical supporting-"
        + "industry park in Binh Duong add to output, value added, jobs and imports, in the "
        + "province and nationally?";
  }

  /** The park's spending in million USD by sector of a table. */
  static LabelledVector<RegionSector> spending(InputOutputTable t) {
    double total = VietNamAssumptions.PARK_TRILLION_VND * 1e12 / VietNamAssumptions.VND_PER_USD
        / 1e6;
    double[] split = VietNamAssumptions.inSectorOrder(VietNamAssumptions.PARK_SPENDING_SPLIT);
    double[] s = new double[t.size()];
    for (int j = 0; j < s.length; j++) {
      s[j] = total * split[j];
    }
    return LabelledVector.of(t.keys(), s, t.unit());
  }

  static LabelledVector<RegionSector> domesticShares(InputOutputTable t) {
    double[] d = VietNamAssumptions.inSectorOrder(VietNamAssumptions.PARK_DOMESTIC_SHARES);
    return LabelledVector.of(t.keys(), d, "share");
  }

  @Override
  public SimulationResult run(VietNamModel model, Path outDir) throws IOException {
    Outputs out = new Outputs(this, model, outDir);
    InputOutputTable nat = model.national();
    InputOutputTable bd = model.binhDuongTable();
    InvestmentImpact national = InvestmentImpact.of(nat, spending(nat), domesticShares(nat));
    InvestmentImpact province = InvestmentImpact.of(bd, spending(bd), domesticShares(bd));
    out.table(report("Viet Nam (Type II: induced household spending included) — "
        + out.label(), national), "national-impact");
    out.table(report("Binh Duong (Type I: no household closure in the provincial table) — "
        + out.label(), province), "province-impact");
    ResultTable.Builder spend = ResultTable.builder("Spending of the park — assumption",
        "Supplying sector", "", "Spending", nat.unit(), "Bought in Viet Nam", "%");
    LabelledVector<RegionSector> sp = spending(nat);
    LabelledVector<RegionSector> ds = domesticShares(nat);
    for (int j = 0; j < nat.size(); j++) {
      if (sp.at(j) > 0) {
        spend.row(VietNamSectors.ALL.get(j).name(), sp.at(j), 100 * ds.at(j));
      }
    }
    out.table(spend.build(), "spending");

    Map<String, Effects> e = national.effects();
    out.chart(ImpactCharts.effectsWaterfall(e.get(ImpactAnalysis.VALUE_ADDED),
        out.title("Value added from building the park, Viet Nam"), Outputs.STYLE),
        "value-added-waterfall");
    out.chart(ImpactCharts.change(e.get(ImpactAnalysis.OUTPUT),
        out.title("Output by sector from building the park, Viet Nam"), Outputs.STYLE),
        "output-by-sector");

    out.assume(String.format(Locale.ROOT, "26 trillion VND at %,.0f VND/USD = %,.0f million "
            + "USD, spent once (construction phase), not the park's later production.",
        VietNamAssumptions.VND_PER_USD, sp.sum()));
    out.assume("Spending split and domestic shares: PARK_SPENDING_SPLIT, PARK_DOMESTIC_SHARES "
        + "(assumption; most machinery and electronics imported).");
    out.assume("Province: same domestic shares, with provincial purchase coefficients by FLQ; "
        + "purchases from the rest of Viet Nam count as leakage (imports row ROC).");
    Effects vaEffects = e.get(ImpactAnalysis.VALUE_ADDED);
    double va = vaEffects.typeITotal().sum();
    double jobs = e.get("employment/jobs").typeITotal().sum();
    double jobsBd = total(province, "employment/jobs");
    double imports = national.directImports() + e.get(ImpactAnalysis.IMPORTS).typeITotal().sum();
    String answer = String.format(Locale.ROOT,
        "Building the park would add an estimated %s million USD of value added and %s "
            + "job-years in Viet Nam directly and indirectly (%s million USD more value added "
            + "with induced spending; %s job-years in Binh Duong itself), while %s million USD "
            + "of the %s million USD spent would go to imports.",
        big(va), big(jobs), big(vaEffects.inducedSum()), big(jobsBd), big(imports),
        big(sp.sum()));
    return out.finish(answer, va);
  }

  private static double total(InvestmentImpact impact, String measure) {
    return impact.report().stream().filter(r -> r.measure().equals(measure)).findFirst()
        .orElseThrow().total();
  }

  private static ResultTable report(String title, InvestmentImpact impact) {
    ResultTable.Builder b = ResultTable.builder(title, "Measure", "", "Unit", "", "Direct", "",
        "Indirect", "", "Induced", "", "Total", "");
    for (InvestmentImpact.Row r : impact.report()) {
      b.row(r.measure(), r.unit(), r.direct(), r.indirect(), r.induced(), r.total());
    }
    return b.build();
  }
}
