package org.sectoral.examples.vietnam;

import static org.sectoral.examples.vietnam.VietNamAssumptions.inSectorOrder;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import org.sectoral.core.table.FinalDemandCategory;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.core.table.LabelledMatrix;

/**
 * The model's 2024 levels against the published figures: each row recomputes its model value
 * from the built table's blocks (value added, taxes, final demand, imports, the employment
 * account), not from the calibration's own bookkeeping.
 */
public final class MacroFit {
  private MacroFit() {}

  /**
   * One comparison.
   *
   * @param indicator what is compared
   * @param target the published figure (NaN where none was found)
   * @param model the model's value
   * @param unit the unit of both
   * @param source where the target comes from
   * @param note how the figure maps onto the model's sectors, or why there is no target
   */
  public record Row(String indicator, double target, double model, String unit, Source source,
      String note) {
    /** model / target − 1 (NaN without a target). */
    public double gap() {
      return Double.isNaN(target) || target == 0 ? Double.NaN : model / target - 1;
    }
  }

  /** The comparison rows for a national table built by {@link VietNamModels}. */
  public static ImmutableList<Row> of(VietNamModel m) {
    InputOutputTable t = m.national();
    double[] va = t.valueAddedTotal().toArray();
    double gdp = t.valueAddedTotal().sum() + t.productTaxes().sum();
    double[] e = t.finalDemand(FinalDemandCategory.EXPORTS).toArray();
    String musd = "million USD";
    List<Row> rows = new ArrayList<>();
    rows.add(new Row("GDP", Targets2024.GDP, gdp, musd, VietNamSources.GDP_STRUCTURE_2024,
        "value added plus product taxes"));
    rows.add(new Row("Agriculture, forestry & fishery", Targets2024.AGRICULTURE_PERCENT,
        100 * sum(va, List.of(VietNamSectors.AGR)) / gdp, "% of GDP",
        VietNamSources.GDP_STRUCTURE_2024, ""));
    List<String> ic = new ArrayList<>(VietNamSectors.INDUSTRY);
    ic.add(VietNamSectors.CON);
    rows.add(new Row("Industry & construction", Targets2024.INDUSTRY_CONSTRUCTION_PERCENT,
        100 * sum(va, ic) / gdp, "% of GDP", VietNamSources.GDP_STRUCTURE_2024, ""));
    rows.add(new Row("Services", Targets2024.SERVICES_PERCENT,
        100 * sum(va, List.of(VietNamSectors.TRD, VietNamSectors.SRV)) / gdp, "% of GDP",
        VietNamSources.GDP_STRUCTURE_2024, ""));
    rows.add(new Row("Product taxes less subsidies", Targets2024.TAXES_PERCENT,
        100 * t.productTaxes().sum() / gdp, "% of GDP", VietNamSources.GDP_STRUCTURE_2024,
        "the rest of the three published shares"));
    rows.add(new Row("Household final consumption", 100 * Targets2024.HOUSEHOLD_CONSUMPTION_SHARE,
        100 * (t.finalDemand(FinalDemandCategory.HOUSEHOLDS).sum() + importedFinal(t,
            FinalDemandCategory.HOUSEHOLDS)) / gdp, "% of GDP",
        VietNamSources.HOUSEHOLD_CONSUMPTION, "domestic and imported products"));
    rows.add(new Row("Goods exports", Targets2024.GOODS_EXPORTS, sum(e, VietNamSectors.GOODS),
        musd, VietNamSources.GDP_2024, "exports of agriculture, mining and manufacturing"));
    rows.add(new Row("Computers, electronics & components + phones & parts",
        Targets2024.EXPORTS_COMPUTERS + Targets2024.EXPORTS_PHONES,
        e[VietNamSectors.indexOf(VietNamSectors.ELE)], musd, VietNamSources.ELECTRONICS_EXPORTS,
        "both customs groups are ISIC C26, one sector here: computers 72,600 (2025's 107,750 "
            + "less its 35,150 rise) and phones 53,900 (" + VietNamSources.PHONE_EXPORTS
            .publisher() + ")"));
    rows.add(new Row("Textiles & garments", Targets2024.EXPORTS_TEXTILES,
        e[VietNamSectors.indexOf(VietNamSectors.TEX)], musd, VietNamSources.TEXTILES,
        "VITAS total incl. yarn and fabrics (ISIC C13–14)"));
    rows.add(new Row("Footwear, bags & leather", Targets2024.EXPORTS_FOOTWEAR,
        e[VietNamSectors.indexOf(VietNamSectors.LEA)], musd, VietNamSources.FOOTWEAR,
        "footwear 23,240 + bags 3,800 (ISIC C15)"));
    rows.add(new Row("Wood & wood products", Targets2024.EXPORTS_WOOD,
        e[VietNamSectors.indexOf(VietNamSectors.WOOD)], musd, VietNamSources.WOOD,
        "incl. wooden furniture (ISIC C16, C31)"));
    rows.add(new Row("Machinery & equipment", Double.NaN,
        sum(e, List.of(VietNamSectors.MAC, VietNamSectors.ELQ)), musd, VietNamSources.NONE,
        "no 2024 full-year figure found in the sources searched; the customs group (machinery, "
            + "equipment, tools & parts) spans ISIC C25, C27, C28; value assumed"));
    double[] mi = importsByProduct(t);
    rows.add(new Row("Goods imports", Targets2024.GOODS_IMPORTS, sum(mi, VietNamSectors.GOODS),
        musd, VietNamSources.GDP_2024, "intermediate and final use"));
    rows.add(new Row("Electronics imports",
        m.inputs().inSectorOrder("GOODS_IMPORTS")[VietNamSectors.indexOf("ELE")],
        mi[VietNamSectors.indexOf(VietNamSectors.ELE)], musd,
        VietNamSources.ELECTRONICS_IMPORTS, "published 107,000 for computers & components plus "
            + "10,000 of phone parts (assumption)"));
    rows.add(new Row("Textile inputs imported", Targets2024.IMPORTS_TEXTILES,
        mi[VietNamSectors.indexOf(VietNamSectors.TEX)], musd, VietNamSources.TEXTILES, ""));
    rows.add(new Row("Domestic value added in textile exports", 50,
        100 * m.domesticContent(VietNamSectors.TEX), "%", VietNamSources.SEED_MOIT,
        "calibration target"));
    rows.add(new Row("Domestic value added in electronics exports", 37,
        100 * m.domesticContent(VietNamSectors.ELE), "%", VietNamSources.SEED_MOIT,
        "calibration target"));
    rows.add(new Row("Employed persons", m.inputs().scalar("EMPLOYMENT"),
        t.satellite(NationalTable.EMPLOYMENT).byIndustry().rowSums().at(0), "persons",
        VietNamSources.GDP_STRUCTURE_2024, "GDP over labour productivity (9,182 USD per "
            + "worker); first nine months 51.5 million"));
    rows.add(new Row("FDI firms' share of goods exports", 71.9, 100 * fdiShareOfExports(e),
        "%", VietNamSources.TRADE_H1_2024, "first half of 2024; model: assumed sector shares, "
            + "not calibrated"));
    double provinces = 0;
    for (Province p : List.of(Province.HO_CHI_MINH_CITY, Province.BINH_DUONG,
        Province.BA_RIA_VUNG_TAU)) {
      provinces += p.grdp();
    }
    double regionGva = sumFirstRegion(m.regions().newHcmc().table());
    rows.add(new Row("New Ho Chi Minh City (GVA share)", 100 * provinces
        / (Targets2024.GDP), 100 * regionGva / t.valueAddedTotal().sum(), "% of GDP (GVA)",
        VietNamSources.MERGER_ECONOMY, "published: GRDP share (2,715,511 billion VND); model: "
            + "share of GVA"));
    return ImmutableList.copyOf(rows);
  }

  private static double sumFirstRegion(InputOutputTable two) {
    int n = two.sectors().size();
    double s = 0;
    for (int c = 0; c < n; c++) {
      s += two.valueAddedTotal().at(c);
    }
    return s;
  }

  /** Exports by FDI firms over goods exports, with the assumed sector shares. */
  static double fdiShareOfExports(double[] e) {
    double[] eps = inSectorOrder(VietNamAssumptions.FDI_EXPORT_SHARES);
    double fdi = 0;
    double all = 0;
    for (String c : VietNamSectors.GOODS) {
      int j = VietNamSectors.indexOf(c);
      fdi += eps[j] * e[j];
      all += e[j];
    }
    return fdi / all;
  }

  /** Imports by product: intermediate plus final use. */
  static double[] importsByProduct(InputOutputTable t) {
    double[] m = t.requireImports().rowSums().toArray();
    t.importedFinalDemand().ifPresent(y -> {
      double[] f = y.rowSums().toArray();
      for (int i = 0; i < m.length; i++) {
        m[i] += f[i];
      }
    });
    return m;
  }

  private static double importedFinal(InputOutputTable t, FinalDemandCategory cat) {
    if (t.importedFinalDemand().isEmpty()) {
      return 0;
    }
    LabelledMatrix<?, org.sectoral.core.table.FinalDemandColumn> y = t.importedFinalDemand()
        .get();
    double s = 0;
    for (int c = 0; c < y.columnCount(); c++) {
      if (y.columns().get(c).category() == cat) {
        s += y.columnSums().at(c);
      }
    }
    return s;
  }

  private static double sum(double[] v, List<String> codes) {
    double s = 0;
    for (String c : codes) {
      s += v[VietNamSectors.indexOf(c)];
    }
    return s;
  }
}
