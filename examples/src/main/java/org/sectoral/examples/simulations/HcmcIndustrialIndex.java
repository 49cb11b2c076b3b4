package org.sectoral.examples.simulations;

import static org.sectoral.examples.simulations.Outputs.pct;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sectoral.charts.ImpactCharts;
import org.sectoral.core.indicator.ImpliedWeights;
import org.sectoral.core.indicator.ProductionIndex;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.core.table.LabelledVector;
import org.sectoral.core.table.RegionSector;
import org.sectoral.core.table.Sector;
import org.sectoral.examples.vietnam.VietNamFacts;
import org.sectoral.examples.vietnam.VietNamModel;
import org.sectoral.examples.vietnam.VietNamModels;
import org.sectoral.examples.vietnam.VietNamSectors;

/**
 * {@code hcmc-industrial-index}: Ho Chi Minh City's industrial production index, first eight
 * months of 2024. The weights of mining, manufacturing and electricity implied by their
 * published growth (+51.4%, +6.1%, +6.7%) and the total (+6.4%) are solved with
 * {@link ImpliedWeights} (prior: the provincial model's value-added shares); each contributes
 * 100·wᵢ·gᵢ percentage points (UN IRIIP 2010), summing to the total. Inside manufacturing the
 * published sub-sectors (rubber &amp; plastics, wood, chemicals) contribute by their model
 * weights, and the growth of the rest of manufacturing is what closes +6.1%.
 */
public final class HcmcIndustrialIndex implements Simulation {
  /** Published growth: mining, manufacturing, electricity; total. */
  static final double[] GROWTH = {0.514, 0.061, 0.067};
  /** Published total growth. */
  static final double TOTAL = 0.064;
  /** Weight of the prior against the data (small: the data dominate). */
  static final double PRIOR_STRENGTH = 1e-9;

  @Override
  public String name() {
    return "hcmc-industrial-index";
  }

  @Override
  public String question() {
    return "What drove Ho Chi Minh City's +6.4% industrial production index in the first "
        + "eight months of 2024: which weights do the published growth rates imply, how much "
        + "did each branch contribute, and how large is industry next to services?";
  }

  /** The implied weights of mining, manufacturing and electricity, prior from the model. */
  static ImpliedWeights weights(VietNamModel model) {
    double[] va = model.hcmcTable().valueAddedTotal().toArray();
    double mining = va[VietNamSectors.indexOf(VietNamSectors.MIN)];
    double electricity = va[VietNamSectors.indexOf(VietNamSectors.ELY)];
    double manufacturing = 0;
    for (String code : VietNamSectors.MANUFACTURING) {
      manufacturing += va[VietNamSectors.indexOf(code)];
    }
    return ImpliedWeights.solve(List.of("Mining", "Manufacturing", "Electricity & water"),
        new double[][] {GROWTH}, new double[] {TOTAL},
        new double[] {mining, manufacturing, electricity}, PRIOR_STRENGTH);
  }

  /** Contributions in percentage points of mining, manufacturing, electricity. */
  static LabelledVector<String> contributions(ImpliedWeights w) {
    return ProductionIndex.contributions(w.weights().keys(), w.weights().toArray(), GROWTH);
  }

  @Override
  public String howToRead() {
    return "The first tables split the published +6.4% into each branch's contribution in "
        + "percentage points (weight × growth); the weights are those that make the published "
        + "branch rates add up to the total. The last tables read the same growth rates through "
        + "the input-output model: as if the January–August rates held for the whole of 2024, "
        + "what the extra output adds to Ho Chi Minh City's value added, what it imports, and "
        + "what its suppliers elsewhere must produce. Mining's +51.4% comes from a very small "
        + "base; chemicals, rubber & plastics and wood use mostly imported inputs.";
  }

  @Override
  public SimulationResult run(VietNamModel model, Path outDir) throws IOException {
    Outputs out = new Outputs(this, model, outDir);
    ImpliedWeights w = weights(model);
    LabelledVector<String> c = contributions(w);
    double[] prior = prior(model);
    ResultTable.Builder t = ResultTable.builder("Contributions to the +6.4% index — "
            + out.label(), "Branch", "", "Published growth", "%", "Model VA weight (prior)", "%",
        "Implied weight", "%", "Contribution", "percentage points");
    for (int i = 0; i < c.size(); i++) {
      t.row(c.keys().get(i), 100 * GROWTH[i], 100 * prior[i], 100 * w.weights().at(i), c.at(i));
    }
    t.row("Total (sum of contributions)", 100 * TOTAL, 100.0, 100.0, c.sum());
    out.table(t.build(), "contributions");

    // inside manufacturing
    InputOutputTable h = model.hcmcTable();
    double[] va = h.valueAddedTotal().toArray();
    double manufacturing = 0;
    for (String code : VietNamSectors.MANUFACTURING) {
      manufacturing += va[VietNamSectors.indexOf(code)];
    }
    String[] codes = {VietNamSectors.RUB, VietNamSectors.WOOD, VietNamSectors.CHE};
    double[] growth = {0.412, 0.349, 0.189};
    ResultTable.Builder m = ResultTable.builder("Inside manufacturing (+6.1%) — " + out.label(),
        "Sub-sector", "", "Published growth", "%", "Weight in HCMC manufacturing", "%",
        "Contribution to manufacturing", "percentage points");
    double known = 0;
    double knownWeight = 0;
    List<RegionSector> keys = new ArrayList<>();
    List<Double> values = new ArrayList<>();
    for (int k = 0; k < codes.length; k++) {
      double wk = va[VietNamSectors.indexOf(codes[k])] / manufacturing;
      m.row(VietNamSectors.sector(codes[k]).name(), 100 * growth[k], 100 * wk,
          100 * wk * growth[k]);
      known += 100 * wk * growth[k];
      knownWeight += wk;
      keys.add(RegionSector.of(VietNamModels.HCMC, VietNamSectors.sector(codes[k])));
      values.add(100 * wk * growth[k]);
    }
    double restGrowth = (6.1 - known) / (1 - knownWeight);
    m.row("Rest of manufacturing (implied)", restGrowth, 100 * (1 - knownWeight),
        6.1 - known);
    out.table(m.build(), "inside-manufacturing");
    keys.add(RegionSector.of(VietNamModels.HCMC, Sector.of("RESTC",
        "Rest of manufacturing")));
    values.add(6.1 - known);

    double gva = h.valueAddedTotal().sum();
    double industry = 0;
    for (String code : VietNamSectors.INDUSTRY) {
      industry += va[VietNamSectors.indexOf(code)];
    }
    double services = va[VietNamSectors.indexOf(VietNamSectors.TRD)]
        + va[VietNamSectors.indexOf(VietNamSectors.SRV)];
    ResultTable.Builder s = ResultTable.builder("Economic structure of Ho Chi Minh City — "
            + out.label(), "Part", "", "Published share of GRDP", "%",
        "Model share of GVA", "%");
    s.row("Industry (B–E)", fact(model, "industry share of GRDP"), 100 * industry / gva);
    s.row("Services (G–U)", fact(model, "services share of GRDP"), 100 * services / gva);
    out.table(s.build(), "structure");

    // the growth rates read through the interregional model, as if they held for 2024
    double[] g = new double[VietNamSectors.ALL.size()];
    for (String code : VietNamSectors.MANUFACTURING) {
      g[VietNamSectors.indexOf(code)] = restGrowth / 100;
    }
    for (int k = 0; k < codes.length; k++) {
      g[VietNamSectors.indexOf(codes[k])] = growth[k];
    }
    g[VietNamSectors.indexOf(VietNamSectors.MIN)] = GROWTH[0];
    g[VietNamSectors.indexOf(VietNamSectors.ELY)] = GROWTH[2];
    BranchGrowth bg = BranchGrowth.of(model.regions(), 0, g);
    ResultTable.Builder io = ResultTable.builder("What the branch growth adds, read through the "
            + "model (2024 scale) — " + out.label(), "Branch", "", "Growth", "%",
        "Extra output", h.unit(), "Extra value added", h.unit(), "Extra imported inputs",
        h.unit());
    for (int j = 0; j < g.length; j++) {
      if (bg.directOutput()[j] != 0) {
        io.row(VietNamSectors.ALL.get(j).name(), 100 * g[j], bg.directOutput()[j],
            bg.directValueAdded()[j], bg.directImports()[j]);
      }
    }
    io.row("All growing branches", "", BranchGrowth.sum(bg.directOutput()),
        BranchGrowth.sum(bg.directValueAdded()), BranchGrowth.sum(bg.directImports()));
    out.table(io.build(), "read-through-model");
    ResultTable.Builder up = ResultTable.builder("Their suppliers, by region — " + out.label(),
        "Region", "", "Supplier output", h.unit(), "Supplier value added", h.unit());
    for (int r = 0; r < bg.regions().size(); r++) {
      up.row(bg.regions().get(r), bg.upstreamOutput()[r], bg.upstreamValueAdded()[r]);
    }
    up.row("Imported inputs of the suppliers", bg.upstreamImports(), "");
    out.table(up.build(), "suppliers-by-region");
    double directVa = BranchGrowth.sum(bg.directValueAdded());
    double imports = BranchGrowth.sum(bg.directImports()) + bg.upstreamImports();
    double supplierVa = BranchGrowth.sum(bg.upstreamValueAdded());

    List<RegionSector> branchKeys = new ArrayList<>();
    for (String b : c.keys()) {
      branchKeys.add(RegionSector.of(VietNamModels.HCMC, Sector.of(b.substring(0, 3)
          .toUpperCase(Locale.ROOT), b)));
    }
    out.chart(ImpactCharts.change(LabelledVector.of(branchKeys, c.toArray(),
            "percentage points"), "index growth",
        out.title("Contributions to HCMC's +6.4% industrial production index"), Outputs.STYLE),
        "contributions");
    out.chart(ImpactCharts.change(LabelledVector.of(keys,
            values.stream().mapToDouble(Double::doubleValue).toArray(), "percentage points"),
        "manufacturing growth",
        out.title("Contributions to HCMC manufacturing's +6.1%"), Outputs.STYLE),
        "inside-manufacturing");

    out.assume("Weights are those that reproduce the published total from the published "
        + "branch growth, closest to the model's value-added shares (λ = 1e-9); one "
        + "observation does not pin three weights down, so the prior matters.");
    out.assume("Sub-sector weights inside manufacturing are the provincial model's value-added "
        + "shares (the split of Ho Chi Minh City's industry is an assumption).");
    out.assume("Read through the model: the January–August growth rates are applied to the "
        + "model's 2024 output of Ho Chi Minh City (before the merger) at fixed coefficients; "
        + "suppliers respond by the interregional Leontief inverse.");
    out.assume("Published shares are of GRDP (with product taxes); the model's are of GVA.");
    String answer = String.format(Locale.ROOT,
        "Manufacturing contributed an estimated %.2f of the %.1f percentage points (implied "
            + "weight %s), mining %.2f despite growing +51.4%%, and electricity & water %.2f. "
            + "Read through the model at 2024 scale, the growth adds about %s million USD of "
            + "value added in the city's growing branches and %s million USD at their suppliers, "
            + "and needs about %s million USD more imported inputs.",
        c.at(1), 100 * TOTAL, pct(w.weights().at(1)), c.at(0), c.at(2),
        Outputs.rounded(directVa), Outputs.rounded(supplierVa), Outputs.rounded(imports));
    return out.finish(answer, c.at(1));
  }

  private static double[] prior(VietNamModel model) {
    double[] va = model.hcmcTable().valueAddedTotal().toArray();
    double mining = va[VietNamSectors.indexOf(VietNamSectors.MIN)];
    double electricity = va[VietNamSectors.indexOf(VietNamSectors.ELY)];
    double manufacturing = 0;
    for (String code : VietNamSectors.MANUFACTURING) {
      manufacturing += va[VietNamSectors.indexOf(code)];
    }
    double sum = mining + manufacturing + electricity;
    return new double[] {mining / sum, manufacturing / sum, electricity / sum};
  }

  private static double fact(VietNamModel model, String name) {
    return model.facts().find(VietNamFacts.HCMC, name.startsWith("industry") ? "B-E" : "G-U",
        name).orElseThrow().value();
  }
}
