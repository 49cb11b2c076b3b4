package org.sectoral.charts;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.labels.StandardCategoryToolTipGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Bar charts of any labelled values (a value per sector, region, factor or year), with the
 * labelling rules of every Sectoral chart: labels up to {@link ChartStyle#maxLabelLength()} in
 * full, longer ones as codes or abbreviated with a key below the chart; bars in the order
 * given. Keys may be sectors ({@code RegionSector}), regions or any object shown by
 * {@code toString()}.
 */
public final class CategoryCharts {
  private CategoryCharts() {}

  /**
   * Horizontal bars, one series: the value of each key, labelled at the bar's end (numbers
   * with {@code digits} decimals, or percent). Negative values are drawn in
   * {@link ChartStyle#negativeColor()}, positive ones in {@link ChartStyle#positiveColor()}
   * when the values have both signs, else in the first palette colour.
   *
   * @param keys the categories, in the order to show (top to bottom)
   * @param values one value per key
   * @param axisLabel the value axis label, with its unit
   * @param percent values are shares (0.25 shows as 25%)
   */
  public static JFreeChart bars(List<?> keys, double[] values, String axisLabel,
      boolean percent, int digits, String title, ChartStyle style) {
    checkNotNull(keys, "keys");
    checkNotNull(values, "values");
    checkNotNull(style, "style");
    checkArgument(keys.size() == values.length, "%s keys, %s values", keys.size(),
        values.length);
    checkArgument(!keys.isEmpty(), "No categories");
    Labels.AxisLabels axisLabels = Labels.of(keys, style.maxLabelLength());
    List<String> shown = axisLabels.shown();
    DefaultCategoryDataset dataset = new DefaultCategoryDataset();
    boolean negative = false;
    boolean positive = false;
    for (int i = 0; i < values.length; i++) {
      checkArgument(Double.isFinite(values[i]), "Value %s of %s", values[i], keys.get(i));
      dataset.addValue(values[i], SERIES, shown.get(i));
      negative |= values[i] < 0;
      positive |= values[i] > 0;
    }
    BarRenderer renderer = negative && positive
        ? new ImpactCharts.DivergingBarRenderer(style.positiveColor(), style.negativeColor())
        : new BarRenderer();
    ChartSupport.styleBars(renderer);
    renderer.setMaximumBarWidth(0.08);
    renderer.setSeriesPaint(0, negative && !positive ? style.negativeColor()
        : style.seriesColor(0));
    java.text.NumberFormat format = percent ? style.percentFormat()
        : style.numberFormat(digits);
    if (percent) {
      format.setMinimumFractionDigits(digits);
      format.setMaximumFractionDigits(digits);
    }
    renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", format));
    renderer.setDefaultItemLabelsVisible(true);
    renderer.setDefaultItemLabelFont(style.tickFont());
    renderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3,
        TextAnchor.CENTER_LEFT));
    renderer.setDefaultNegativeItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE9,
        TextAnchor.CENTER_RIGHT));
    renderer.setDefaultToolTipGenerator(new StandardCategoryToolTipGenerator("{1}: {2}",
        format));
    CategoryPlot plot = new CategoryPlot(dataset, new CategoryAxis(null),
        ChartSupport.numberAxis(axisLabel, style, percent, digits), renderer);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    plot.getRangeAxis().setUpperMargin(0.12);
    plot.getRangeAxis().setLowerMargin(negative ? 0.12 : 0.02);
    ChartSupport.categoryPlot(plot, style, shown, new ArrayList<>(axisLabels.full()));
    if (negative && positive) {
      plot.addRangeMarker(ChartSupport.marker(0, null, style, false));
    }
    return ChartSupport.withKey(ChartSupport.chart(title, plot, false, style), axisLabels,
        style);
  }

  /**
   * Horizontal grouped bars: for each key one bar per series (e.g. Type I and Type II
   * multipliers), in the palette's colours, with a legend of the series.
   *
   * @param keys the categories, in the order to show (top to bottom)
   * @param series series name → one value per key, in legend order
   */
  public static JFreeChart groupedBars(List<?> keys, java.util.Map<String, double[]> series,
      String axisLabel, int digits, String title, ChartStyle style) {
    checkNotNull(keys, "keys");
    checkNotNull(series, "series");
    checkNotNull(style, "style");
    checkArgument(!keys.isEmpty() && !series.isEmpty(), "No categories or series");
    Labels.AxisLabels axisLabels = Labels.of(keys, style.maxLabelLength());
    List<String> shown = axisLabels.shown();
    DefaultCategoryDataset dataset = new DefaultCategoryDataset();
    for (java.util.Map.Entry<String, double[]> e : series.entrySet()) {
      checkArgument(e.getValue().length == keys.size(), "Series %s has %s values, %s keys",
          e.getKey(), e.getValue().length, keys.size());
      for (int i = 0; i < keys.size(); i++) {
        dataset.addValue(e.getValue()[i], e.getKey(), shown.get(i));
      }
    }
    BarRenderer renderer = new BarRenderer();
    ChartSupport.styleBars(renderer);
    renderer.setItemMargin(0.05);
    for (int s = 0; s < series.size(); s++) {
      renderer.setSeriesPaint(s, style.seriesColor(s));
    }
    renderer.setDefaultToolTipGenerator(new StandardCategoryToolTipGenerator("{0}, {1}: {2}",
        style.numberFormat(digits)));
    CategoryPlot plot = new CategoryPlot(dataset, new CategoryAxis(null),
        ChartSupport.numberAxis(axisLabel, style, false, digits), renderer);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    ChartSupport.categoryPlot(plot, style, shown, new ArrayList<>(axisLabels.full()));
    return ChartSupport.withKey(ChartSupport.chart(title, plot, series.size() > 1, style),
        axisLabels, style);
  }

  /** The series key of {@link #bars}. */
  public static final String SERIES = "Value";
}
