package org.sectoral.examples.simulations;


import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sectoral.charts.ImpactCharts;
import org.sectoral.core.leontief.Effects;
import org.sectoral.core.leontief.ImpactAnalysis;
import org.sectoral.core.scenario.InvestmentImpact;
import org.sectoral.core.scenario.Scenario;
import org.sectoral.core.scenario.ScenarioResult;
import org.sectoral.core.scenario.Target;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.core.table.LabelledVector;
import org.sectoral.core.table.RegionSector;
import org.sectoral.examples.vietnam.VietNamAssumptions;
import org.sectoral.examples.vietnam.VietNamInputs;
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
    return "What would the ~26-trillion-VND (~1 billion USD) mechanical supporting-industry park "
        + "in Binh Duong add to output, value added, jobs and imports: once while it is built, "
        + "and every year once it makes the parts Viet Nam now imports?";
  }

  @Override
  public String howToRead() {
    return "Two phases. Building: the investment is spent once; the part bought in Viet Nam "
        + "raises output directly (construction, machinery) and indirectly (their suppliers); "
        + "the rest is imported equipment. Operating: each year the park makes mechanical parts "
        + "that its customers now import, so a share θ of their imported parts is supplied at "
        + "home; final demand is unchanged and imports fall. Jobs are job-years (one job for one "
        + "year). Induced effects are household spending of the extra household income "
        + "(wages plus an assumed " + Math.round(100 * VietNamAssumptions.HOUSEHOLD_SHARE_OF_SURPLUS)
        + "% of operating surplus and mixed income, which matches the "
        + "2024 household living-standards survey); the provincial table has none.";
  }

  /** The share θ of the customers' imported mechanical parts the park's yearly output replaces. */
  static double operatingTheta(VietNamModel model) {
    InputOutputTable t = model.national();
    double investment = investment(model.inputs());
    int mac = VietNamSectors.indexOf(VietNamSectors.MAC);
    double imported = 0;
    for (String c : VietNamAssumptions.PARK_CUSTOMERS) {
      imported += t.requireImports().at(mac, t.keys().indexOf(model.key(c)));
    }
    return Math.min(1, model.inputs().scalar("PARK_OUTPUT_PER_INVESTMENT") * investment
        / imported);
  }

  /** The operating phase: localization of θ of the customers' imported mechanical parts. */
  static ScenarioResult operating(VietNamModel model) {
    List<RegionSector> customers = new ArrayList<>();
    for (String c : VietNamAssumptions.PARK_CUSTOMERS) {
      customers.add(model.key(c));
    }
    return Scenario.builder("mechanical park operating").localize(model.key(VietNamSectors.MAC),
        Target.each(customers), operatingTheta(model)).build().apply(model.national());
  }

  /** The park's investment in million USD: trillion VND at the exchange rate. */
  static double investment(VietNamInputs in) {
    return in.scalar("PARK_TRILLION_VND") * 1e12 / in.scalar("VND_PER_USD") / 1e6;
  }

  /** The park's spending in million USD by sector of a table. */
  static LabelledVector<RegionSector> spending(VietNamInputs in, InputOutputTable t) {
    double total = investment(in);
    double[] split = in.inSectorOrder("PARK_SPENDING_SPLIT");
    double[] s = new double[t.size()];
    for (int j = 0; j < s.length; j++) {
      s[j] = total * split[j];
    }
    return LabelledVector.of(t.keys(), s, t.unit());
  }

  /** The share of the park's spending bought in Viet Nam by sector of a table. */
  static LabelledVector<RegionSector> domesticShares(VietNamInputs in, InputOutputTable t) {
    double[] d = in.inSectorOrder("PARK_DOMESTIC_SHARES");
    return LabelledVector.of(t.keys(), d, "share");
  }

  /** Building the park, Viet Nam, with induced effects (the model's household closure). */
  static InvestmentImpact building(VietNamModel model) {
    InputOutputTable nat = model.national();
    return InvestmentImpact.of(nat, spending(model.inputs(), nat),
        domesticShares(model.inputs(), nat), model.householdClosure());
  }

  /** Building the park, Binh Duong's provincial table (no induced effects). */
  static InvestmentImpact buildingInProvince(VietNamModel model) {
    InputOutputTable bd = model.binhDuongTable();
    return InvestmentImpact.of(bd, spending(model.inputs(), bd),
        domesticShares(model.inputs(), bd));
  }

  @Override
  public SimulationResult run(VietNamModel model, Path outDir) throws IOException {
    Outputs out = new Outputs(this, model, outDir);
    InputOutputTable nat = model.national();
    VietNamInputs in = model.inputs();
    InvestmentImpact national = building(model);
    InvestmentImpact province = buildingInProvince(model);
    out.table(report("Building the park, Viet Nam (induced: household spending of household "
        + "income) — " + out.label(), national), "national-impact");
    out.table(report("Building the park, Binh Duong (no induced effects in the provincial "
        + "table) — " + out.label(), province), "province-impact");
    ScenarioResult op = operating(model);
    double theta = operatingTheta(model);
    ResultTable.Builder opTable = ResultTable.builder(String.format(Locale.ROOT, "Operating the "
            + "park, every year: θ = %.2f of the customers' imported mechanical parts made at "
            + "home — %s", theta, out.label()), "Measure", "", "Change", "", "Unit", "");
    opTable.row("Output", op.change(ScenarioResult.OUTPUT).sum(), nat.unit());
    opTable.row("Value added", op.change(ScenarioResult.VALUE_ADDED).sum(), nat.unit());
    opTable.row("Imported inputs", op.change(ScenarioResult.IMPORTS).sum(), nat.unit());
    opTable.row("Jobs", op.change("employment/jobs").sum(), Outputs.JOB_YEARS + " per year");
    out.table(opTable.build(), "operating-phase");
    ResultTable.Builder spend = ResultTable.builder("Spending of the park — assumption",
        "Supplying sector", "", "Spending", nat.unit(), "Bought in Viet Nam", "%");
    LabelledVector<RegionSector> sp = spending(in, nat);
    LabelledVector<RegionSector> ds = domesticShares(in, nat);
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
            + "USD, spent once while the park is built.", in.scalar("VND_PER_USD"),
        sp.sum()));
    out.assume("Spending split by supplier and the share bought in Viet Nam are assumptions "
        + "(most machinery and electronics imported); see the table above.");
    out.assume(String.format(Locale.ROOT, "Operating phase: the park makes mechanical parts worth "
            + "%.1f times its investment a year (assumption), replacing imports of machinery, "
            + "electrical equipment, vehicle, electronics and construction firms: θ = %.2f of "
            + "their imported mechanical parts.", in.scalar("PARK_OUTPUT_PER_INVESTMENT"),
        theta));
    out.assume("Province: same domestic shares, with provincial purchase coefficients by FLQ; "
        + "purchases from the rest of Viet Nam count as leakage (imports row ROC).");
    Effects vaEffects = e.get(ImpactAnalysis.VALUE_ADDED);
    double va = vaEffects.typeITotal().sum();
    double jobs = e.get("employment/jobs").typeITotal().sum();
    double jobsBd = total(province, "employment/jobs");
    double imports = national.directImports() + e.get(ImpactAnalysis.IMPORTS).typeITotal().sum();
    String answer = String.format(Locale.ROOT,
        "Building the park would add an estimated %s million USD of value added and %s "
            + "job-years in Viet Nam directly and indirectly (%s job-years in Binh Duong itself), "
            + "while %s million USD of the %s million USD spent would go to imports. Once it "
            + "runs, making θ = %.2f of its customers' imported mechanical parts at home would "
            + "add about %s million USD of value added and %s job-years every year and cut "
            + "imports by about %s million USD a year.",
        Outputs.rounded(va), Outputs.rounded(jobs), Outputs.rounded(jobsBd),
        Outputs.rounded(imports), Outputs.rounded(sp.sum()), theta,
        Outputs.rounded(op.change(ScenarioResult.VALUE_ADDED).sum()),
        Outputs.rounded(op.change("employment/jobs").sum()),
        Outputs.rounded(-op.change(ScenarioResult.IMPORTS).sum()));
    return out.finish(answer, va);
  }

  static double total(InvestmentImpact impact, String measure) {
    return impact.report().stream().filter(r -> r.measure().equals(measure)).findFirst()
        .orElseThrow().total();
  }

  private static ResultTable report(String title, InvestmentImpact impact) {
    ResultTable.Builder b = ResultTable.builder(title, "Measure", "", "Unit", "", "Direct", "",
        "Indirect", "", "Induced", "", "Total", "");
    for (InvestmentImpact.Row r : impact.report()) {
      b.row(Outputs.measureName(r.measure()), r.unit(), r.direct(), r.indirect(), r.induced(),
          r.total());
    }
    return b.build();
  }
}
