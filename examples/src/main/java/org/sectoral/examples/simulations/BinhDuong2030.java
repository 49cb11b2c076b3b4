package org.sectoral.examples.simulations;

import static org.sectoral.examples.simulations.Outputs.pct;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.sectoral.charts.TimeSeriesData;
import org.sectoral.charts.TrendCharts;
import org.sectoral.core.scenario.Projection;
import org.sectoral.core.scenario.ProjectionResult;
import org.sectoral.core.scenario.ScenarioResult;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.core.table.RegionSector;
import org.sectoral.examples.vietnam.VietNamAssumptions;
import org.sectoral.examples.vietnam.VietNamModel;
import org.sectoral.examples.vietnam.VietNamSectors;

/**
 * {@code binh-duong-2030}: growth paths of Binh Duong on its provincial table
 * ({@link Projection}: final demand grows at constant rates, output x = (I − A)⁻¹·f carries the
 * indirect effects; Miller &amp; Blair 2009, §2.4). Solves the extra annual rate of industry &amp;
 * construction final demand, above a uniform baseline, that lifts their share of GVA to 64% in
 * 2030, and the extra rate of industry (B–E) that makes its value added (an index at fixed
 * coefficients) grow 8.7% in the first year, the 2024 target.
 */
public final class BinhDuong2030 implements Simulation {
  /** Base year of the provincial table. */
  static final int BASE_YEAR = 2024;
  /** Target year. */
  static final int TARGET_YEAR = 2030;
  /** Target share of industry and construction in the economy (GRDP), 2030. */
  static final double TARGET_SHARE = 0.64;
  /** Binh Duong's product taxes, share of GRDP in 2024 (published). */
  static final double TAX_SHARE = 0.0726;

  /** The target as a share of GVA (the model has no provincial product taxes by sector). */
  static double targetShareOfGva() {
    return TARGET_SHARE / (1 - TAX_SHARE);
  }
  /** Target industrial production index growth for 2024. */
  static final double IIP_TARGET = 0.087;

  @Override
  public String name() {
    return "binh-duong-2030";
  }

  @Override
  public String question() {
    return "How fast must Binh Duong's industry and construction grow to be 64% of the "
        + "economy by 2030, and what does the +8.7% industrial production target for 2024 "
        + "require?";
  }

  @Override
  public String howToRead() {
    return "Final demand for Binh Duong's products grows at a baseline 7.5% a year everywhere; "
        + "industry & construction then need the extra growth shown to reach 64% of the "
        + "province's value added by 2030. Coefficients are fixed, so the share moves only "
        + "through what is demanded, not through new technology. The 2024 row asks how much "
        + "faster industry's final demand must grow for its value added to rise 8.7%, the "
        + "province's target for the industrial production index (the outcome was about 7.6%).";
  }

  static List<RegionSector> group(InputOutputTable t, List<String> codes) {
    List<RegionSector> g = new ArrayList<>();
    for (String c : codes) {
      g.add(t.key(c));
    }
    return g;
  }

  static List<String> industryAndConstruction() {
    List<String> codes = new ArrayList<>(VietNamSectors.INDUSTRY);
    codes.add(VietNamSectors.CON);
    return codes;
  }

  @Override
  public SimulationResult run(VietNamModel model, Path outDir) throws IOException {
    Outputs out = new Outputs(this, model, outDir);
    InputOutputTable t = model.binhDuongTable();
    List<RegionSector> ic = group(t, industryAndConstruction());
    List<RegionSector> industry = group(t, VietNamSectors.INDUSTRY);
    double[] base = new double[t.size()];
    Arrays.fill(base, model.inputs().scalar("BINH_DUONG_BASE_GROWTH"));
    Projection p = Projection.of(t, BASE_YEAR);
    double extra = p.rateForValueAddedShare(base, ic, targetShareOfGva(), TARGET_YEAR);
    double[] rates = base.clone();
    for (RegionSector k : ic) {
      rates[t.keys().indexOf(k)] += extra;
    }
    ProjectionResult baseline = p.run(base, TARGET_YEAR);
    ProjectionResult target = p.run(rates, TARGET_YEAR);
    double iipExtra = Projection.of(t, BASE_YEAR - 1).rateForFirstYearGrowth(base, industry,
        IIP_TARGET);
    double[] shareBase = baseline.valueAddedShare(ic);
    double[] shareTarget = target.valueAddedShare(ic);
    double[] gvaBase = baseline.total(ScenarioResult.VALUE_ADDED);
    double[] gvaTarget = target.total(ScenarioResult.VALUE_ADDED);
    ResultTable.Builder b = ResultTable.builder("Binh Duong growth paths — " + out.label(),
        "Year", "", "GVA, baseline", t.unit(), "Industry & construction share, baseline", "%",
        "GVA, path ending at the target", t.unit(),
        "Industry & construction share, that path", "%");
    int[] years = new int[TARGET_YEAR - BASE_YEAR + 1];
    for (int y = 0; y < years.length; y++) {
      years[y] = BASE_YEAR + y;
      b.row(String.valueOf(years[y]), gvaBase[y], 100 * shareBase[y], gvaTarget[y],
          100 * shareTarget[y]);
    }
    out.table(b.build(), "growth-paths");
    double gvaGrowth = Math.pow(gvaTarget[years.length - 1] / gvaTarget[0],
        1.0 / (years.length - 1)) - 1;
    ResultTable.Builder r = ResultTable.builder("Solved rates — " + out.label(), "Target", "",
        "Extra annual final-demand growth", "%", "Total for the group", "%");
    r.row("Industry & construction 64% of GRDP (69.0% of GVA) in 2030", 100 * extra,
        100 * (model.inputs().scalar("BINH_DUONG_BASE_GROWTH") + extra));
    r.row("Industry (B–E) value added +8.7% in 2024", 100 * iipExtra,
        100 * (model.inputs().scalar("BINH_DUONG_BASE_GROWTH") + iipExtra));
    out.table(r.build(), "solved-rates");

    double[] pctBase = Arrays.stream(shareBase).map(v -> 100 * v).toArray();
    double[] pctTarget = Arrays.stream(shareTarget).map(v -> 100 * v).toArray();
    out.chart(TrendCharts.timeSeries(TimeSeriesData.builder("% of GVA")
            .series("Baseline (7.5% a year everywhere)", years, pctBase)
            .series("Path reaching the 2030 target", years, pctTarget)
            .target(String.valueOf(TARGET_YEAR), 100 * targetShareOfGva(),
                "2030 vision (64% of GRDP)").build(),
        out.title("Industry & construction share of Binh Duong's GVA"), Outputs.STYLE),
        "share-path");

    out.assume("Base structure: Binh Duong's published 2024 shares (industry & construction "
        + "64.93% of GRDP, about 70% of GVA); baseline final-demand growth 7.5% a year in every "
        + "sector (assumption, near the province's 2024 GRDP growth).");
    out.assume("Fixed coefficients (no technical change). The vision's 64% is read as a share of "
        + "GRDP and compared in GVA terms (64% ÷ (1 − 7.26% taxes) = 69.0% of GVA).");
    out.assume("For the 2024 index target the base table is read as 2023 and the index as "
        + "industry's value added at fixed coefficients (a Laspeyres volume index).");
    String answer = String.format(Locale.ROOT,
        "Binh Duong is already at the vision: industry & construction were 64.93%% of GRDP in "
            + "2024. To be at exactly 64%% in 2030, their final demand can grow an estimated "
            + "%.1f points a year %s the 7.5%% baseline (GVA then grows %s a year); the +8.7%% "
            + "index target for 2024 needs industry's final demand %s above baseline.",
        Math.abs(100 * extra), extra < 0 ? "slower than" : "faster than", pct(gvaGrowth),
        String.format(Locale.ROOT, "%+.1f points", 100 * iipExtra));
    return out.finish(answer, extra);
  }
}
