package org.sectoral.charts;

import static com.google.common.base.Preconditions.checkNotNull;

import java.awt.BasicStroke;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.labels.StandardCategoryToolTipGenerator;
import org.jfree.chart.plot.CategoryMarker;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Charts of paths: localization curves (domestic value-added share against the localization
 * parameter θ) and time series of indices or shares with growth rates and targets.
 */
public final class TrendCharts {
  private TrendCharts() {}

  /**
   * One line per sector of the domestic value-added share (y, percent) against θ (x, from 0
   * to the largest θ given, ticks every 0.1).
   * Series keys are the sector names abbreviated to {@link ChartStyle#maxLabelLength()}; the
   * legend tooltip carries the full name.
   */
  public static JFreeChart localization(LocalizationCurve curves, String title,
      ChartStyle style) {
    checkNotNull(curves, "curves");
    checkNotNull(style, "style");
    List<String> full = new ArrayList<>(curves.curves().keySet());
    Labels.AxisLabels axisLabels = Labels.of(full, style.maxLabelLength());
    List<String> keys = axisLabels.shown();
    XYSeriesCollection dataset = new XYSeriesCollection();
    int s = 0;
    for (LocalizationCurve.Points p : curves.curves().values()) {
      XYSeries series = new XYSeries(keys.get(s++), false, true);
      for (int i = 0; i < p.theta().size(); i++) {
        series.add(p.theta().get(i), p.share().get(i));
      }
      dataset.addSeries(series);
    }
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
    for (int i = 0; i < full.size(); i++) {
      renderer.setSeriesPaint(i, style.seriesColor(i));
      renderer.setSeriesStroke(i, new BasicStroke(2f));
    }
    renderer.setLegendItemToolTipGenerator((data, series) -> full.get(series));
    renderer.setDefaultToolTipGenerator((data, series, item) -> String.format(style.locale(),
        "%s: θ = %.2f, share = %.1f%%", full.get(series), data.getXValue(series, item),
        100 * data.getYValue(series, item)));
    NumberAxis x = ChartSupport.numberAxis("Localization θ (0 = today, 1 = full)", style,
        false, 2);
    double top = 0;
    for (LocalizationCurve.Points p : curves.curves().values()) {
      top = Math.max(top, p.theta().get(p.theta().size() - 1));
    }
    x.setRange(0, top > 0 ? top : 1);
    x.setTickUnit(new NumberTickUnit(0.1, style.numberFormat(1)));
    NumberAxis y = ChartSupport.numberAxis("Domestic value added, share of exports", style,
        true, 2);
    y.setAutoRangeIncludesZero(false);
    XYPlot plot = new XYPlot(dataset, x, y, renderer);
    ChartSupport.xyPlot(plot, style);
    return ChartSupport.withKey(ChartSupport.chart(title, plot, true, style),
        axisLabels, style);
  }

  /**
   * Lines with points per series over {@link TimeSeriesData#periods()} (category axis, labels
   * rotated when many). With a target, a dashed horizontal marker at its value labelled with
   * its label and value, and a vertical marker at its period.
   */
  public static JFreeChart timeSeries(TimeSeriesData data, String title, ChartStyle style) {
    checkNotNull(data, "data");
    checkNotNull(style, "style");
    DefaultCategoryDataset dataset = dataset(data);
    LineAndShapeRenderer renderer = new LineAndShapeRenderer(true, true);
    for (int i = 0; i < data.series().size(); i++) {
      renderer.setSeriesPaint(i, style.seriesColor(i));
      renderer.setSeriesStroke(i, new BasicStroke(2f));
    }
    renderer.setDefaultToolTipGenerator(
        new StandardCategoryToolTipGenerator("{0}, {1}: {2}", style.numberFormat(2)));
    NumberAxis y = ChartSupport.numberAxis(data.unit(), style, false, 2);
    y.setAutoRangeIncludesZero(false);
    CategoryPlot plot = new CategoryPlot(dataset, new CategoryAxis(null), y, renderer);
    ChartSupport.categoryPlot(plot, style, data.periods(), data.periods());
    plot.getDomainAxis().setCategoryMargin(0.05);
    data.target().ifPresent(t -> {
      ValueMarker level = ChartSupport.marker(t.value(),
          t.label() + ": " + style.numberFormat(2).format(t.value()), style, true);
      level.setLabelAnchor(RectangleAnchor.TOP_LEFT);
      level.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
      plot.addRangeMarker(level, Layer.FOREGROUND);
      CategoryMarker when = new CategoryMarker(t.period(), style.markerColor(),
          new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
              new float[] {2f, 3f}, 0f));
      when.setDrawAsLine(true);
      plot.addDomainMarker(when, Layer.BACKGROUND);
      double lo = Math.min(t.value(), y.getLowerBound());
      double hi = Math.max(t.value(), y.getUpperBound());
      double pad = (hi - lo) * 0.08;
      y.setRange(lo - pad, hi + pad);
    });
    return ChartSupport.chart(title, plot, true, style);
  }

  /**
   * Clustered bars of period-on-period growth in percent ({@link TimeSeriesData#growth()}),
   * one colour per series, with a zero line.
   */
  public static JFreeChart growthBars(TimeSeriesData data, String title, ChartStyle style) {
    checkNotNull(data, "data");
    checkNotNull(style, "style");
    TimeSeriesData growth = data.growth();
    DefaultCategoryDataset dataset = dataset(growth);
    for (String p : List.copyOf(growth.periods())) {
      boolean any = growth.series().values().stream().anyMatch(m -> m.containsKey(p));
      if (!any) {
        dataset.removeColumn(p);
      }
    }
    BarRenderer renderer = ChartSupport.barRenderer();
    renderer.setMaximumBarWidth(0.05);
    renderer.setItemMargin(0.05);
    for (int i = 0; i < growth.series().size(); i++) {
      renderer.setSeriesPaint(i, style.seriesColor(i));
    }
    renderer.setDefaultToolTipGenerator(
        new StandardCategoryToolTipGenerator("{0}, {1}: {2}%", style.numberFormat(1)));
    CategoryPlot plot = new CategoryPlot(dataset, new CategoryAxis(null),
        ChartSupport.numberAxis(growth.unit(), style, false, 1), renderer);
    List<String> periods = new ArrayList<>();
    for (Object k : dataset.getColumnKeys()) {
      periods.add((String) k);
    }
    ChartSupport.categoryPlot(plot, style, periods, periods);
    plot.addRangeMarker(ChartSupport.marker(0, null, style, false));
    return ChartSupport.chart(title, plot, true, style);
  }

  private static DefaultCategoryDataset dataset(TimeSeriesData data) {
    DefaultCategoryDataset dataset = new DefaultCategoryDataset();
    // add every period first to the first series so that the column order is periods()
    String first = data.series().keySet().iterator().next();
    for (String p : data.periods()) {
      dataset.addValue(data.series().get(first).get(p), first, p);
    }
    for (Map.Entry<String, ? extends Map<String, Double>> e : data.series().entrySet()) {
      for (String p : data.periods()) {
        Double v = e.getValue().get(p);
        dataset.addValue(v, e.getKey(), p);
      }
    }
    return dataset;
  }
}
