package org.sectoral.charts;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.sectoral.charts.export.ChartExport;
import org.sectoral.core.leontief.Effects;
import org.sectoral.core.leontief.ImpactAnalysis;
import org.sectoral.core.leontief.LeontiefModel;
import org.sectoral.core.linkage.Linkages;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.core.valueadded.ExportContent;

/**
 * Renders every chart of model-charts from {@link TestEconomy} (an illustrative 4-sector
 * economy) to PNG files named by the slug of their titles. Run by {@code GalleryTest}; with
 * {@code -Dsectoral.gallery=docs/gallery} it also writes into that folder.
 */
public final class Gallery {
  /** Size of the gallery images in pixels. */
  static final int WIDTH = 800;
  static final int HEIGHT = 500;

  private Gallery() {}

  /** Every gallery chart by title, built from core results of the illustrative economy. */
  static Map<String, JFreeChart> charts(ChartStyle style) {
    InputOutputTable table = TestEconomy.table();
    ExportContent content = ExportContent.of(table);
    LeontiefModel model = LeontiefModel.of(table);
    Map<String, Effects> impact = ImpactAnalysis.of(table).impact(Illustrations.shock(table));
    Effects output = impact.get(ImpactAnalysis.OUTPUT);
    Map<String, JFreeChart> charts = new LinkedHashMap<>();
    String ill = " (illustrative 4-sector economy)";
    put(charts, "Domestic value-added share of exports by sector" + ill,
        t -> TradeCharts.domesticValueAddedShares(content, t, style));
    put(charts, "Value added in exports by origin (illustrative economy and source split)",
        t -> TradeCharts.exportDecomposition(Illustrations.decompositionBySource(content), t,
            style));
    put(charts, "Value added in exports of ten sectors (illustrative data)",
        t -> TradeCharts.exportDecomposition(Illustrations.tenSectors(), t, style));
    put(charts, "Flows of value added into exports" + ill,
        t -> TradeCharts.valueAddedFlows(Illustrations.flows(content, "Illustria"), t, style));
    put(charts, "Key sectors: backward and forward linkages" + ill,
        t -> LinkageCharts.keySectorQuadrant(Linkages.of(model), t, style));
    put(charts, "Change in output, scenario vs baseline" + ill,
        t -> ImpactCharts.change(output, t, style));
    put(charts, "Output effects: direct, indirect, induced" + ill,
        t -> ImpactCharts.effectsWaterfall(output, t, style));
    put(charts, "Localization curves" + ill,
        t -> TrendCharts.localization(Illustrations.localization(table), t, style));
    put(charts, "Industrial production index by sub-sector (illustrative data)",
        t -> TrendCharts.timeSeries(Illustrations.industrialProduction(), t, style));
    put(charts, "Industrial production growth by sub-sector (illustrative data)",
        t -> TrendCharts.growthBars(Illustrations.industrialProduction(), t, style));
    put(charts, "Local content of electronics exports against the 2030 target (illustrative)",
        t -> TrendCharts.timeSeries(Illustrations.localContentPath(), t, style));
    put(charts, "Leontief inverse L" + ill,
        t -> MatrixCharts.heatmap(model.leontiefInverse(), t, style));
    return charts;
  }

  /** Renders every chart into {@code dir}; returns the files written, in gallery order. */
  public static List<Path> render(Path dir) throws IOException {
    List<Path> out = new ArrayList<>();
    for (Map.Entry<String, JFreeChart> e : charts(ChartStyle.defaults()).entrySet()) {
      out.add(ChartExport.png(e.getValue(), dir.resolve(ChartExport.fileName(e.getKey(), "png")),
          WIDTH, HEIGHT));
    }
    return out;
  }

  /** Renders the gallery into the folder given as the first argument (default docs/gallery). */
  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "docs/gallery");
    for (Path p : render(dir)) {
      System.out.println(p);
    }
  }

  private static void put(Map<String, JFreeChart> charts, String title,
      java.util.function.Function<String, JFreeChart> factory) {
    charts.put(title, factory.apply(title));
  }
}
