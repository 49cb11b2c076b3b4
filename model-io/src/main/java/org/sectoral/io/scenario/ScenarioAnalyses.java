package org.sectoral.io.scenario;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sectoral.core.analysis.ResultTable;
import org.sectoral.core.analysis.ScenarioOutcome;
import org.sectoral.core.indicator.ImpliedWeights;
import org.sectoral.core.indicator.ProductionIndex;
import org.sectoral.core.leontief.HouseholdClosure;
import org.sectoral.core.leontief.ImpactAnalysis;
import org.sectoral.core.price.PriceModel;
import org.sectoral.core.regional.ProvincialModel;
import org.sectoral.core.regional.RegionalizationMethod;
import org.sectoral.core.scenario.InvestmentImpact;
import org.sectoral.core.scenario.Localization;
import org.sectoral.core.scenario.Projection;
import org.sectoral.core.scenario.ProjectionResult;
import org.sectoral.core.scenario.Scenario;
import org.sectoral.core.scenario.ScenarioResult;
import org.sectoral.core.scenario.Target;
import org.sectoral.core.sda.Decomposition;
import org.sectoral.core.sda.SdaFactor;
import org.sectoral.core.sda.StructuralDecomposition;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.core.table.LabelledVector;
import org.sectoral.core.table.Region;
import org.sectoral.core.table.RegionSector;
import org.sectoral.io.TableLoader;

/**
 * The analyses a scenario file can ask for, each computing tidy tables (written as CSV files
 * into the analysis's folder) and a summary of key numbers (for {@code results.json}).
 */
final class ScenarioAnalyses {
  private final InputOutputTable table;
  private final Path baseDir; // for relative paths in the file (compareWith)
  private final TableLoader loader; // for compareWith
  private final HouseholdClosure households; // the file's "households", for induced effects

  ScenarioAnalyses(InputOutputTable table, Path baseDir, TableLoader loader,
      HouseholdClosure households) {
    this.table = table;
    this.baseDir = baseDir;
    this.loader = loader;
    this.households = households;
  }

  ScenarioOutcome run(String type, String name, String description, JsonSpec a)
      throws IOException {
    List<ResultTable> tables = new ArrayList<>();
    Map<String, Object> summary = switch (type) {
      case "scenario" -> scenario(name, a, tables);
      case "localization" -> localization(a, tables);
      case "investment" -> investment(a, tables);
      case "projection" -> projection(a, tables);
      case "price" -> price(a, tables);
      case "productionIndex" -> productionIndex(a, tables);
      case "regional" -> regional(a, tables);
      case "sda" -> sda(a, tables);
      default -> throw a.error("type", "unknown analysis type \"" + type + "\"; one of "
          + String.join(", ", ScenarioKeys.ANALYSES.keySet()));
    };
    return ScenarioOutcome.of(name, type, description, summary, tables);
  }

  /** A summary in the order given: label, value, label, value … */
  private static Map<String, Object> ordered(Object... labelsAndValues) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < labelsAndValues.length; i += 2) {
      m.put((String) labelsAndValues[i], labelsAndValues[i + 1]);
    }
    return m;
  }

  /** Adds a tidy table of rows to {@code out}. */
  private static void add(List<ResultTable> out, String name, List<String> header,
      List<List<Object>> rows) {
    ResultTable.Builder b = ResultTable.builder(name, header);
    for (List<Object> r : rows) {
      b.row(r);
    }
    out.add(b.build());
  }

  private Map<String, Object> scenario(String name, JsonSpec a, List<ResultTable> out)
      throws IOException {
    Scenario s = Shocks.parse(name, a.objects("shocks"), table);
    ScenarioResult r = s.apply(table);
    List<List<Object>> rows = new ArrayList<>();
    Map<String, Object> summary = new LinkedHashMap<>();
    for (String m : r.measures()) {
      LabelledVector<RegionSector> b = r.baselineValue(m);
      LabelledVector<RegionSector> v = r.scenarioValue(m);
      for (int i = 0; i < b.size(); i++) {
        RegionSector k = b.keys().get(i);
        rows.add(List.of(k.region().code(), k.sector().code(), m, b.at(i), v.at(i),
            v.at(i) - b.at(i)));
      }
      summary.put("change in " + m, v.sum() - b.sum());
    }
    add(out, "comparison", List.of("region", "sector", "measure", "baseline",
        "scenario", "change"), rows);
    if (table.isNational() && table.imports().isPresent() && table.exports().sum() > 0) {
      summary.put("domestic value-added share of exports, baseline",
          r.baselineDomesticShareOfExports());
      summary.put("domestic value-added share of exports, scenario",
          r.scenarioDomesticShareOfExports());
    }
    return summary;
  }

  private Map<String, Object> localization(JsonSpec a, List<ResultTable> out)
      throws IOException {
    List<RegionSector> users = a.sectors("sectors", table);
    double[] thetas = a.numbers("thetas");
    Localization.Curve c = Localization.of(table).sweep(Target.each(users), thetas);
    List<List<Object>> rows = new ArrayList<>();
    for (int s = 0; s < thetas.length; s++) {
      for (RegionSector u : users) {
        rows.add(List.of(thetas[s], u.region().code(), u.sector().code(),
            c.contentOf(u)[s], c.exportShare()[s]));
      }
    }
    add(out, "localization", List.of("theta", "region", "sector",
        "domestic_value_added_content", "domestic_share_of_total_exports"), rows);
    return ordered("domestic share of exports at first θ", c.exportShare()[0],
        "domestic share of exports at last θ", c.exportShare()[thetas.length - 1]);
  }

  private Map<String, Object> investment(JsonSpec a, List<ResultTable> out)
      throws IOException {
    double[] spend = new double[table.size()];
    a.sectorNumbers("spending", table).forEach((k, v) -> spend[table.keys().indexOf(k)] = v);
    double[] shares = new double[table.size()];
    Arrays.fill(shares, 1);
    if (a.has("domesticShares")) {
      for (Map.Entry<RegionSector, Double> e : a.sectorNumbers("domesticShares", table)
          .entrySet()) {
        if (e.getValue() < 0 || e.getValue() > 1) {
          throw a.error("domesticShares." + e.getKey().sector().code(), "must be in [0, 1]");
        }
        shares[table.keys().indexOf(e.getKey())] = e.getValue();
      }
    }
    HouseholdClosure closure = a.has("households") ? Households.closure(a, table) : households;
    InvestmentImpact ii = InvestmentImpact.of(table, LabelledVector.of(table.keys(), spend,
        table.unit()), LabelledVector.of(table.keys(), shares, "share"), closure);
    List<List<Object>> rows = new ArrayList<>();
    Map<String, Object> summary = new LinkedHashMap<>();
    for (InvestmentImpact.Row r : ii.report()) {
      rows.add(List.of(r.measure(), r.unit(), r.direct(), r.indirect(), r.induced(), r.total()));
      summary.put("total " + r.measure(), r.total());
    }
    add(out, "impact", List.of("measure", "unit", "direct", "indirect",
        "induced", "total"), rows);
    summary.put("direct imports of capital goods", ii.directImports());
    summary.put("household closure (induced effects)", closure.toString());
    return summary;
  }

  private Map<String, Object> projection(JsonSpec a, List<ResultTable> out)
      throws IOException {
    int base = a.integer("baseYear");
    int last = a.integer("lastYear");
    double[] rates = new double[table.size()];
    Arrays.fill(rates, a.number("rate", 0));
    if (a.has("rates")) {
      a.sectorNumbers("rates", table).forEach((k, v) -> rates[table.keys().indexOf(k)] = v);
    }
    Projection p = Projection.of(table, base);
    Map<String, Object> summary = new LinkedHashMap<>();
    if (a.has("target")) {
      JsonSpec t = a.object("target");
      List<RegionSector> group = t.sectors("group", table);
      double extra = t.has("valueAddedShare")
          ? p.rateForValueAddedShare(rates, group, t.number("valueAddedShare"), t.integer("year"))
          : p.rateForFirstYearGrowth(rates, group, t.number("firstYearGrowth"));
      for (RegionSector k : group) {
        rates[table.keys().indexOf(k)] += extra;
      }
      summary.put("solved extra annual rate for the group", extra);
    }
    ProjectionResult r = p.run(rates, last);
    List<List<Object>> rows = new ArrayList<>();
    for (String m : List.of(ScenarioResult.OUTPUT, ScenarioResult.VALUE_ADDED)) {
      var series = r.series(m);
      for (int y = 0; y < series.rowCount(); y++) {
        for (int j = 0; j < series.columnCount(); j++) {
          RegionSector k = series.columns().get(j);
          rows.add(List.of(series.rows().get(y), k.region().code(), k.sector().code(), m,
              series.at(y, j)));
        }
      }
    }
    add(out, "projection", List.of("year", "region", "sector", "measure",
        "value"), rows);
    double[] va = r.total(ScenarioResult.VALUE_ADDED);
    summary.put("value added, base year", va[0]);
    summary.put("value added, last year", va[va.length - 1]);
    return summary;
  }

  private Map<String, Object> price(JsonSpec a, List<ResultTable> out)
      throws IOException {
    PriceModel pm = PriceModel.of(table);
    LabelledVector<RegionSector> prices;
    if (a.has("exogenous")) {
      JsonSpec e = a.object("exogenous");
      prices = pm.exogenousPriceChange(e.sector("sector", e.text("sector"), table),
          e.number("change"), e.bool("passThroughToImports", false)).map(p -> p - 1, "change");
    } else {
      double[] dv = new double[table.size()];
      a.sectorNumbers("costPush", table).forEach((k, v) -> dv[table.keys().indexOf(k)] = v);
      prices = pm.costPush(LabelledVector.of(table.keys(), dv, "1"));
    }
    List<List<Object>> rows = new ArrayList<>();
    double max = 0;
    for (int i = 0; i < prices.size(); i++) {
      RegionSector k = prices.keys().get(i);
      rows.add(List.of(k.region().code(), k.sector().code(), prices.at(i)));
      max = Math.max(max, prices.at(i));
    }
    add(out, "prices", List.of("region", "sector", "relative_price_change"),
        rows);
    return ordered("largest relative price change", max);
  }

  private Map<String, Object> productionIndex(JsonSpec a, List<ResultTable> out)
      throws IOException {
    List<String> subs = a.texts("subSectors");
    Map<String, Object> summary = new LinkedHashMap<>();
    double[] shares;
    double[] growth;
    if (a.has("weights")) {
      List<String> periods = a.texts("periods");
      ProductionIndex idx = ProductionIndex.of(subs, a.numbers("weights"), periods,
          a.matrix("indices"));
      int last = periods.size() - 1;
      summary.put("total growth, last period", idx.growth(last));
      LabelledVector<String> c = idx.contributions(last);
      List<List<Object>> rows = new ArrayList<>();
      for (int i = 0; i < subs.size(); i++) {
        rows.add(List.of(subs.get(i), idx.weights().at(i), c.at(i)));
      }
      add(out, "contributions", List.of("sub_sector", "weight",
          "contribution_pp"), rows);
      return summary;
    }
    double[][] g = a.matrix("growth");
    double[] total = a.numbers("total");
    ImpliedWeights w = ImpliedWeights.solve(subs, g, total,
        a.has("prior") ? a.numbers("prior") : null, a.number("priorStrength", 1e-4));
    shares = w.weights().toArray();
    growth = g[g.length - 1];
    LabelledVector<String> c = ProductionIndex.contributions(subs, shares, growth);
    List<List<Object>> rows = new ArrayList<>();
    for (int i = 0; i < subs.size(); i++) {
      rows.add(List.of(subs.get(i), shares[i], growth[i], c.at(i)));
    }
    add(out, "implied_weights", List.of("sub_sector", "implied_weight",
        "growth", "contribution_pp"), rows);
    summary.put("largest absolute residual", w.maxAbsResidual());
    summary.put("sum of contributions (pp)", c.sum());
    return summary;
  }

  private Map<String, Object> regional(JsonSpec a, List<ResultTable> out)
      throws IOException {
    double[] regional = new double[table.size()];
    a.sectorNumbers("regionalOutput", table).forEach((k, v) -> regional[table.keys().indexOf(k)]
        = v);
    String method = a.text("method", "flq");
    double delta = a.number("delta", 0.3);
    RegionalizationMethod m = switch (method) {
      case "slq" -> RegionalizationMethod.slq();
      case "cilq" -> RegionalizationMethod.cilq();
      case "flq" -> RegionalizationMethod.flq(delta);
      case "aflq" -> RegionalizationMethod.aflq(delta);
      default -> throw a.error("method", "one of slq, cilq, flq, aflq expected");
    };
    ProvincialModel pm = ProvincialModel.of(table, Region.of(a.text("region")), regional, m);
    List<List<Object>> rows = new ArrayList<>();
    LabelledVector<RegionSector> mult = pm.outputMultipliers();
    for (int i = 0; i < mult.size(); i++) {
      rows.add(List.of(mult.keys().get(i).sector().code(), mult.at(i),
          pm.valueAddedContent().at(i), pm.restOfCountryLeakage().at(i),
          pm.foreignLeakage().at(i), pm.taxContent().at(i)));
    }
    add(out, "provincial", List.of("sector", "output_multiplier",
        "value_added_content", "rest_of_country_leakage", "foreign_leakage", "tax_content"),
        rows);
    return ordered("method", method, "delta", delta, "mean provincial output multiplier",
        mult.sum() / mult.size());
  }

  private Map<String, Object> sda(JsonSpec a, List<ResultTable> out)
      throws IOException {
    InputOutputTable year1;
    try {
      year1 = loader.load(a.text("compareWith"), baseDir).table();
    } catch (java.nio.file.NoSuchFileException e) {
      org.sectoral.io.TableFormatException t = a.error("compareWith", "no such file or folder: "
          + e.getFile());
      t.initCause(e);
      throw t;
    }
    Decomposition d = StructuralDecomposition.output(table, year1);
    List<List<Object>> rows = new ArrayList<>();
    Map<String, Object> summary = new LinkedHashMap<>();
    for (SdaFactor f : d.factors()) {
      LabelledVector<RegionSector> e = d.effect(f);
      for (int i = 0; i < e.size(); i++) {
        RegionSector k = e.keys().get(i);
        rows.add(List.of(k.region().code(), k.sector().code(), f.name(), e.at(i)));
      }
      summary.put(f.name() + " effect", d.effectTotal(f));
    }
    add(out, "sda", List.of("region", "sector", "factor", "effect"), rows);
    summary.put("total change", d.totalChange().sum());
    return summary;
  }
}
