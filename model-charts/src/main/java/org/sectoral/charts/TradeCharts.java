package org.sectoral.charts;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.labels.StandardCategoryToolTipGenerator;
import org.jfree.chart.labels.StandardFlowLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.flow.FlowPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.flow.DefaultFlowDataset;
import org.jfree.data.flow.NodeKey;
import org.sectoral.core.table.LabelledVector;
import org.sectoral.core.table.RegionSector;
import org.sectoral.core.valueadded.ExportContent;

/**
 * Charts of value added in trade: domestic value-added shares of exports by sector, exports
 * split by the origin of their value added, and flows of value added from origin countries into
 * a country's exports (OECD TiVA indicators; Hummels, Ishii &amp; Yi 2001). Each factory takes
 * an explicit {@link ChartStyle} and returns a new chart.
 */
public final class TradeCharts {
  /** Series key of the bars in {@link #domesticValueAddedShares}. */
  public static final String SHARE_SERIES = "Domestic value-added share";
  /** Series key of domestic value added in {@link #exportDecomposition}. */
  public static final String DOMESTIC_SERIES = "Domestic value added";
  /** Series key of net product taxes in {@link #exportDecomposition}. */
  public static final String TAXES_SERIES = "Net product taxes";
  /** Prefix of foreign value-added series keys in {@link #exportDecomposition}. */
  public static final String FOREIGN_PREFIX = "Foreign VA: ";

  private TradeCharts() {}

  /**
   * Domestic value-added content of exports dⱼ by sector as horizontal bars sorted from the
   * highest share, with the national share Σⱼ dⱼ·eⱼ / Σⱼ eⱼ as a dashed marker line.
   */
  public static JFreeChart domesticValueAddedShares(ExportContent content, String title,
      ChartStyle style) {
    checkNotNull(content, "content");
    return domesticValueAddedShares(content.domesticValueAdded(),
        content.domesticShareOfExports(), title, style);
  }

  /**
   * Shares (0–1) by sector as horizontal bars sorted descending, with {@code average} (0–1) as
   * a dashed marker labelled "Average". A sector name longer than
   * {@link ChartStyle#maxLabelLength()} shows as its code, with a key below the chart.
   */
  public static JFreeChart domesticValueAddedShares(LabelledVector<RegionSector> shares,
      double average, String title, ChartStyle style) {
    checkNotNull(shares, "shares");
    checkNotNull(style, "style");
    checkArgument(Double.isFinite(average), "Average %s", average);
    List<String> full = Labels.fullNames(shares.keys());
    Labels.AxisLabels axisLabels = Labels.of(shares.keys(), style.maxLabelLength());
    List<String> keys = axisLabels.shown();
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < shares.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.comparingDouble((Integer i) -> -shares.at(i))
        .thenComparing(i -> keys.get(i)));
    DefaultCategoryDataset dataset = new DefaultCategoryDataset();
    List<String> sortedKeys = new ArrayList<>();
    List<String> sortedFull = new ArrayList<>();
    for (int i : order) {
      dataset.addValue(shares.at(i), SHARE_SERIES, keys.get(i));
      sortedKeys.add(keys.get(i));
      sortedFull.add(full.get(i));
    }
    BarRenderer renderer = ChartSupport.barRenderer();
    renderer.setSeriesPaint(0, style.seriesColor(0));
    renderer.setDefaultToolTipGenerator(
        new StandardCategoryToolTipGenerator("{1}: {2}", style.percentFormat()));
    renderer.setDefaultItemLabelGenerator(
        new StandardCategoryItemLabelGenerator("{2}", style.percentFormat()));
    renderer.setDefaultItemLabelsVisible(true);
    renderer.setDefaultItemLabelFont(style.tickFont());
    renderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3,
        TextAnchor.CENTER_LEFT));
    CategoryPlot plot = new CategoryPlot(dataset, new CategoryAxis(null),
        ChartSupport.numberAxis("Domestic value added, share of exports", style, true, 2),
        renderer);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    plot.getRangeAxis().setUpperMargin(0.1);
    ChartSupport.categoryPlot(plot, style, sortedKeys, sortedFull);
    ChartSupport.rangeMarker(plot, ChartSupport.marker(average,
        "Average " + style.percentFormat().format(average), style, true));
    return ChartSupport.withKey(ChartSupport.chart(title, plot, false, style),
        axisLabels, style);
  }

  /**
   * Stacked bars of each sector's exports: domestic value added, foreign value added by source
   * and net product taxes (a series only when some sector has taxes); sectors sorted by gross
   * exports, largest first.
   */
  public static JFreeChart exportDecomposition(ExportDecomposition decomposition, String title,
      ChartStyle style) {
    checkNotNull(decomposition, "decomposition");
    checkNotNull(style, "style");
    List<String> full = new ArrayList<>(decomposition.sectors());
    full.sort(Comparator.comparingDouble((String s) -> -decomposition.total(s))
        .thenComparing(s -> s));
    // vertical bars: labels that will be rotated are kept short (abbreviated, with the key)
    Labels.AxisLabels axisLabels = Labels.of(full, ChartSupport.rotates(full, style)
        ? Math.min(ChartSupport.ROTATED_LABEL_LENGTH, style.maxLabelLength())
        : style.maxLabelLength());
    List<String> keys = axisLabels.shown();
    DefaultCategoryDataset dataset = new DefaultCategoryDataset();
    StackedBarRenderer renderer = new StackedBarRenderer();
    ChartSupport.styleBars(renderer);
    int series = 0;
    renderer.setSeriesPaint(series++, style.seriesColor(0));
    for (int i = 0; i < full.size(); i++) {
      dataset.addValue(decomposition.domesticValueAdded(full.get(i)), DOMESTIC_SERIES,
          keys.get(i));
    }
    for (String source : decomposition.sources()) {
      for (int i = 0; i < full.size(); i++) {
        dataset.addValue(decomposition.foreignValueAdded(full.get(i), source),
            FOREIGN_PREFIX + source, keys.get(i));
      }
      renderer.setSeriesPaint(series, style.seriesColor(series));
      series++;
    }
    boolean taxes = full.stream().anyMatch(s -> decomposition.taxes(s) != 0);
    if (taxes) { // a legend item only for series present
      for (int i = 0; i < full.size(); i++) {
        dataset.addValue(decomposition.taxes(full.get(i)), TAXES_SERIES, keys.get(i));
      }
      renderer.setSeriesPaint(series, new Color(0xBBBBBB));
    }
    renderer.setDefaultToolTipGenerator(
        new StandardCategoryToolTipGenerator("{1}, {0}: {2}", style.numberFormat(1)));
    CategoryPlot plot = new CategoryPlot(dataset, new CategoryAxis(null),
        ChartSupport.numberAxis("Gross exports (" + decomposition.unit() + ")", style, false, 1),
        renderer);
    ChartSupport.categoryPlot(plot, style, keys, full);
    return ChartSupport.withKey(ChartSupport.chart(title, plot, true, style),
        axisLabels, style);
  }

  /**
   * A flow (Sankey) diagram: value added from each origin into each exporting sector (stage 0),
   * then from each sector into the exporter's gross exports (stage 1); node heights are values.
   * Origins are coloured from the palette, sectors and the exports node in grey.
   */
  public static JFreeChart valueAddedFlows(ValueAddedFlows flows, String title,
      ChartStyle style) {
    checkNotNull(flows, "flows");
    checkNotNull(style, "style");
    DefaultFlowDataset<String> dataset = new DefaultFlowDataset<>();
    Map<String, String> sectorLabels = new LinkedHashMap<>();
    Map<String, Double> sectorTotals = new LinkedHashMap<>();
    for (ValueAddedFlows.Flow f : flows.flows()) {
      sectorTotals.merge(f.sector(), f.value(), Double::sum);
    }
    List<String> sectors = new ArrayList<>(sectorTotals.keySet());
    Labels.AxisLabels axisLabels = Labels.of(sectors, style.maxLabelLength());
    List<String> shortNames = axisLabels.shown();
    for (int i = 0; i < sectors.size(); i++) {
      sectorLabels.put(sectors.get(i), shortNames.get(i));
    }
    String exportsNode = "Exports of " + flows.exporter();
    for (ValueAddedFlows.Flow f : flows.flows()) {
      String dest = sectorLabels.get(f.sector());
      Number old = dataset.getFlow(0, f.origin(), dest);
      dataset.setFlow(0, f.origin(), dest, f.value() + (old == null ? 0 : old.doubleValue()));
    }
    sectorTotals.forEach((s, v) -> dataset.setFlow(1, sectorLabels.get(s), exportsNode, v));
    FlowPlot plot = new FlowPlot(dataset);
    plot.setDefaultNodeLabelFont(style.tickFont());
    plot.setDefaultNodeColor(new Color(0x999999));
    plot.setNodeWidth(14);
    plot.setNodeMargin(0.02);
    plot.setToolTipGenerator(new StandardFlowLabelGenerator());
    int i = 0;
    for (String origin : dataset.getSources(0)) {
      plot.setNodeFillColor(new NodeKey<>(0, origin), style.seriesColor(i++));
    }
    for (String s : sectorLabels.values()) {
      plot.setNodeFillColor(new NodeKey<>(1, s), new Color(0x888888));
    }
    plot.setNodeFillColor(new NodeKey<>(2, exportsNode), style.markerColor());
    return ChartSupport.withKey(ChartSupport.chart(title, plot, false, style),
        axisLabels, style);
  }
}
