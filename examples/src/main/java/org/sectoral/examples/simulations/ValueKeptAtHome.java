package org.sectoral.examples.simulations;

import static org.sectoral.examples.simulations.Outputs.sectorName;
import static org.sectoral.examples.simulations.Outputs.pct;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.sectoral.charts.ExportDecomposition;
import org.sectoral.charts.TradeCharts;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.core.table.LabelledMatrix;
import org.sectoral.core.table.RegionSector;
import org.sectoral.core.valueadded.ExportContent;
import org.sectoral.examples.vietnam.Ownership;
import org.sectoral.examples.vietnam.VietNamModel;

/**
 * {@code value-kept-at-home}: the domestic value-added content of exports by sector,
 * dⱼ = (v·(I − Aᵈ)⁻¹)ⱼ (Hummels, Ishii &amp; Yi 2001; OECD TiVA), the national share
 * Σ dⱼeⱼ / Σ eⱼ, and foreign value added in exports by origin: the import content
 * (Aᵐ·Lᵈ)ₖⱼ·eⱼ of each imported product k assigned to origins by its origin shares.
 */
public final class ValueKeptAtHome implements Simulation {
  @Override
  public String name() {
    return "value-kept-at-home";
  }

  @Override
  public String question() {
    return "How much of the value of Viet Nam's exports stays in the country, by sector, and "
        + "where does the foreign value added come from?";
  }

  @Override
  public String howToRead() {
    return "Each share is the part of one dollar of a sector's exports that ends up as value "
        + "added in Viet Nam, in the sector itself and in its domestic suppliers (OECD TiVA's "
        + "definition); the rest is foreign value added (imported inputs) and product taxes. "
        + "Textiles and electronics are set to the published 50% and 37%; the other sectors "
        + "follow from the calibrated table and are estimates. Foreign value added is assigned "
        + "to the country that supplies the import, not to where it was made.";
  }

  @Override
  public SimulationResult run(VietNamModel model, Path outDir) throws IOException {
    Outputs out = new Outputs(this, model, outDir);
    InputOutputTable t = model.national();
    ExportContent c = model.exportContent();
    ResultTable.Builder bySector = ResultTable.builder(
        "Value added in exports by sector — " + out.label(), "Sector", "", "Exports",
        t.unit(), "Domestic value-added share", "%", "Import content", "%", "Net taxes", "%",
        "Domestic value added in exports", t.unit());
    for (int j = 0; j < t.size(); j++) {
      RegionSector k = t.keys().get(j);
      bySector.row(sectorName(k), t.exports().at(j), 100 * c.domesticValueAdded().at(j),
          100 * c.importContent().at(j), 100 * c.taxContent().at(j),
          c.domesticValueAddedInExports().at(j));
    }
    bySector.row("All exports", t.exports().sum(), 100 * c.domesticShareOfExports(),
        100 * c.foreignShareOfExports(), 100 * (1 - c.domesticShareOfExports()
            - c.foreignShareOfExports()), c.domesticValueAddedInExports().sum());
    out.table(bySector.build(), "value-added-by-sector");

    LabelledMatrix<String, RegionSector> fva = model.foreignValueAddedByOrigin();
    int tex = t.keys().indexOf(model.key("TEX"));
    int ele = t.keys().indexOf(model.key("ELE"));
    double total = fva.sum();
    ResultTable.Builder byOrigin = ResultTable.builder(
        "Foreign value added in exports by origin — " + out.label(), "Origin", "",
        "All exports", t.unit(), "Share", "%", "Electronics", t.unit(), "Textiles & garments",
        t.unit());
    double[] originTotals = fva.rowSums().toArray();
    for (int o = 0; o < fva.rowCount(); o++) {
      byOrigin.row(fva.rows().get(o), originTotals[o], 100 * originTotals[o] / total,
          fva.at(o, ele), fva.at(o, tex));
    }
    out.table(byOrigin.build(), "foreign-value-added-by-origin");

    ResultTable.Builder own = ResultTable.builder("Domestic value-added content by ownership"
            + " — " + out.label(), "Sector", "", "FDI share of output", "%",
        "Import share of inputs, FDI firms", "%", "Import share, domestic firms", "%",
        "DVA content, FDI firms", "%", "DVA content, domestic firms", "%",
        "DVA content, sector", "%", "DVA share of the sector's exports", "%");
    for (Ownership.Split sp : Ownership.splits(model)) {
      own.row(sectorName(model.key(sp.sector())), 100 * sp.fdiOutputShare(),
          100 * sp.fdiImportShare(), 100 * sp.domesticImportShare(), 100 * sp.fdiContent(),
          100 * sp.domesticContent(), 100 * sp.sectorContent(),
          100 * sp.exportWeightedContent());
    }
    out.table(own.build(), "value-added-by-ownership");
    Ownership.ProvincialCalibration cal = Ownership.calibrateProvince(model.binhDuongTable(), t,
        0.57, 0.80);
    ResultTable.Builder fdi = ResultTable.builder("FDI firms in Binh Duong — " + out.label(),
        "Measure", "", "Assumed national sector shares", "%",
        "Calibrated to the fact (one log-odds shift)", "%", "Published", "%");
    fdi.row("FDI share of industrial production value",
        100 * Ownership.fdiShareOfIndustrialOutput(model.binhDuongTable()),
        100 * cal.fdiShareOfOutput(), 57.0);
    fdi.row("FDI share of (goods) export turnover",
        100 * Ownership.fdiShareOfExports(model.binhDuongTable(), t),
        100 * cal.fdiShareOfExports(), 80.0);
    fdi.row("FDI share of electronics output in Binh Duong",
        100 * model.inputs().vector("FDI_OUTPUT_SHARES").get("ELE"),
        100 * cal.outputShares().get("ELE"), "—");
    fdi.row("FDI share of Viet Nam's goods exports (first half of 2024)",
        100 * Ownership.fdiShareOfNationalExports(t), "—", 71.9);
    out.table(fdi.build(), "fdi-binh-duong");

    out.chart(TradeCharts.domesticValueAddedShares(c,
        out.title("Domestic value-added share of exports by sector"), Outputs.STYLE),
        "domestic-value-added-shares");
    ExportDecomposition.Builder d = ExportDecomposition.builder(t.unit());
    for (String code : new String[] {"ELE", "TEX", "LEA", "WOOD", "AGR", "FOOD", "MET"}) {
      int j = t.keys().indexOf(model.key(code));
      Map<String, Double> foreign = new LinkedHashMap<>();
      for (int o = 0; o < fva.rowCount(); o++) {
        foreign.put(fva.rows().get(o), fva.at(o, j));
      }
      d.sector(sectorName(t.keys().get(j)), c.domesticValueAddedInExports().at(j), foreign,
          c.taxesInExports().at(j));
    }
    out.chart(TradeCharts.exportDecomposition(d.build(),
        out.title("Exports split into domestic and foreign value added by origin"),
        Outputs.STYLE), "export-decomposition");

    out.assume("Domestic value-added shares of textiles (50%) and electronics (37%) are "
        + "calibration targets (OECD data as reported by the Ministry of Industry and Trade's "
        + "Department of Industry), not results, in the calibrated model.");
    out.assume("Origins of imported products: electronics from the published 2024 shares "
        + "(China 32.3%, Korea 29.9%, Taiwan 12.9%), other products assumed ('mainly China and "
        + "Korea'). Foreign value added is assigned to the direct supplier country; "
        + "third-country content of imports is not traced.");
    out.assume("Value added at basic prices; net product taxes are shown separately.");
    out.assume("Ownership: FDI and domestic firms share the sector's technology; domestic firms "
        + "import " + pct(model.inputs().scalar("DOMESTIC_FIRM_IMPORT_SHARE")) + " of their inputs, "
        + "FDI firms the rest of the sector's imports. The FDI share of electronics exports "
        + "(99%) is published; the other sectors' FDI shares of output and exports are "
        + "assumptions, moved for Binh Duong by one common shift to the published 57% and 80%.");
    int china = fva.rows().indexOf("China");
    int korea = fva.rows().indexOf("Korea");
    String answer = String.format(Locale.ROOT,
        "An estimated %s of the value of Viet Nam's exports is domestic value added "
            + "(textiles %s, electronics %s); China (%s) and Korea (%s) supply the largest "
            + "shares of the foreign value added.",
        pct(c.domesticShareOfExports()), pct(c.domesticValueAdded().at(tex)),
        pct(c.domesticValueAdded().at(ele)), pct(originTotals[china] / total),
        pct(originTotals[korea] / total));
    return out.finish(answer, c.domesticShareOfExports());
  }
}
