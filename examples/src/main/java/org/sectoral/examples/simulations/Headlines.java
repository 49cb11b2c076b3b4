package org.sectoral.examples.simulations;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Map;
import org.sectoral.core.leontief.Effects;
import org.sectoral.core.leontief.ImpactAnalysis;
import org.sectoral.core.scenario.InvestmentImpact;
import org.sectoral.core.scenario.Localization;
import org.sectoral.core.scenario.ScenarioResult;
import org.sectoral.core.uncertainty.Draw;
import org.sectoral.core.uncertainty.ResultFunction;
import org.sectoral.core.valueadded.ExportContent;
import org.sectoral.examples.vietnam.Ownership;
import org.sectoral.examples.vietnam.Province;
import org.sectoral.examples.vietnam.VietNamModel;
import org.sectoral.examples.vietnam.VietNamModels;
import org.sectoral.examples.vietnam.VietNamUncertainty;

/**
 * The demo's headline estimates of one model, computed by the simulations' own code: what the
 * ranges are drawn for. Shares are in percent; money in million USD; jobs in job-years.
 */
public final class Headlines {
  /** The unit of shares. */
  static final String PERCENT = "%";
  /** The unit of money. */
  static final String MUSD = "million USD";
  private static final String JOBS = "employment/jobs";
  /** The localization share of the supporting-industries headline. */
  static final double THETA = 0.50;

  /**
   * One headline estimate.
   *
   * @param simulation the simulation it answers
   * @param label what it is (unique)
   * @param unit its unit
   */
  public record Headline(String simulation, String label, String unit) {}

  private static final ImmutableList<Headline> ALL = ImmutableList.of(
      new Headline("value-kept-at-home", "DVA share of all exports", PERCENT),
      new Headline("value-kept-at-home", "DVA share, leather & footwear exports", PERCENT),
      new Headline("value-kept-at-home", "DVA share, wood exports", PERCENT),
      new Headline("value-kept-at-home", "DVA share, food exports", PERCENT),
      new Headline("value-kept-at-home", "DVA share, machinery exports", PERCENT),
      new Headline("value-kept-at-home", "DVA share, agriculture exports", PERCENT),
      new Headline("value-kept-at-home", "DVA content, electronics, domestic firms", PERCENT),
      new Headline("value-kept-at-home", "DVA content, electronics, FDI firms", PERCENT),
      new Headline("value-kept-at-home", "DVA content, textiles, domestic firms", PERCENT),
      new Headline("value-kept-at-home", "DVA content, textiles, FDI firms", PERCENT),
      new Headline("supporting-industries", "Electronics DVA share at θ = 0.50", PERCENT),
      new Headline("supporting-industries", "Textiles DVA share at θ = 0.50", PERCENT),
      new Headline("supporting-industries", "Jobs added a year at θ = 0.50", Outputs.JOB_YEARS),
      new Headline("supporting-industries", "Imports cut a year at θ = 0.50", MUSD),
      new Headline("binh-duong-province", "Value added kept in Binh Duong per unit of final "
          + "demand", PERCENT),
      new Headline("binh-duong-province", "Leakage to the rest of Viet Nam", PERCENT),
      new Headline("binh-duong-province", "Leakage abroad", PERCENT),
      new Headline("binh-duong-province", "Output in Ho Chi Minh City per 1,000 million USD of "
          + "Binh Duong manufacturing sales", MUSD),
      new Headline("mechanical-park", "Building: value added, direct + indirect", MUSD),
      new Headline("mechanical-park", "Building: jobs, direct + indirect", Outputs.JOB_YEARS),
      new Headline("mechanical-park", "Building: jobs in Binh Duong", Outputs.JOB_YEARS),
      new Headline("mechanical-park", "Operating: value added a year", MUSD),
      new Headline("mechanical-park", "Operating: jobs a year", Outputs.JOB_YEARS),
      new Headline("export-surge-2024", "Value added, direct + indirect", MUSD),
      new Headline("export-surge-2024", "Value added with induced", MUSD),
      new Headline("export-surge-2024", "Jobs, direct + indirect", Outputs.JOB_YEARS),
      new Headline("export-surge-2024", "Imported inputs", MUSD));

  private Headlines() {}

  /** Every headline, in report order. */
  public static ImmutableList<Headline> all() {
    return ALL;
  }

  /** The labels, in report order. */
  public static List<String> labels() {
    return ALL.stream().map(Headline::label).toList();
  }

  /** The headline estimates of a model, in {@link #all()} order. */
  public static double[] of(VietNamModel m) {
    double[] out = new double[ALL.size()];
    int k = 0;
    ExportContent c = m.exportContent();
    out[k++] = 100 * c.domesticShareOfExports();
    for (String code : new String[] {"LEA", "WOOD", "FOOD", "MAC", "AGR"}) {
      out[k++] = 100 * m.domesticContent(code);
    }
    for (String code : new String[] {"ELE", "TEX"}) {
      Ownership.Split s = Ownership.splits(m).stream().filter(x -> x.sector().equals(code))
          .findFirst().orElseThrow();
      out[k++] = 100 * s.domesticContent();
      out[k++] = 100 * s.fdiContent();
    }
    ScenarioResult loc = SupportingIndustries.localized(Localization.of(m.national()), m, THETA);
    ExportContent lc = ExportContent.of(loc.table());
    out[k++] = 100 * lc.domesticValueAdded().get(m.key("ELE"));
    out[k++] = 100 * lc.domesticValueAdded().get(m.key("TEX"));
    out[k++] = loc.change(JOBS).sum();
    out[k++] = -loc.change(ScenarioResult.IMPORTS).sum();
    double[] w = BinhDuongProvince.weighted(m);
    out[k++] = 100 * w[0];
    out[k++] = 100 * w[1];
    out[k++] = 100 * w[2];
    out[k++] = m.regions().outputByRegion(VietNamModels.BINH_DUONG,
        BinhDuongProvince.manufacturingShock(m, Province.BINH_DUONG))[0];
    InvestmentImpact park = MechanicalPark.building(m);
    Map<String, Effects> pe = park.effects();
    out[k++] = pe.get(ImpactAnalysis.VALUE_ADDED).typeITotal().sum();
    out[k++] = pe.get(JOBS).typeITotal().sum();
    out[k++] = MechanicalPark.total(MechanicalPark.buildingInProvince(m), JOBS);
    ScenarioResult op = MechanicalPark.operating(m);
    out[k++] = op.change(ScenarioResult.VALUE_ADDED).sum();
    out[k++] = op.change(JOBS).sum();
    Map<String, Effects> e = ExportSurge2024.effects(m, ExportSurge2024.shock(m));
    out[k++] = e.get(ImpactAnalysis.VALUE_ADDED).typeITotal().sum();
    out[k++] = e.get(ImpactAnalysis.VALUE_ADDED).totalSum();
    out[k++] = e.get(JOBS).typeITotal().sum();
    out[k++] = e.get(ImpactAnalysis.IMPORTS).typeITotal().sum();
    return out;
  }

  /**
   * The headlines as a Monte Carlo result function: each draw rebuilds the model from the drawn
   * assumptions on the draw's template ({@link VietNamUncertainty#model}). Serializable.
   */
  public static ResultFunction function(VietNamUncertainty uncertainty) {
    return new Function(uncertainty);
  }

  private record Function(VietNamUncertainty uncertainty) implements ResultFunction {
    private static final long serialVersionUID = 1L;

    @Override
    public List<String> labels(Draw baseline) {
      return Headlines.labels();
    }

    @Override
    public String unit() {
      return "see each headline";
    }

    @Override
    public double[] evaluate(Draw draw) {
      return of(uncertainty.model(draw));
    }
  }
}
