package org.sectoral.charts;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.awt.BasicStroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryToolTipGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.IntervalBarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.category.DefaultIntervalCategoryDataset;
import org.sectoral.core.uncertainty.MonteCarloResult;
import org.sectoral.core.uncertainty.OneAtATime;
import org.sectoral.core.uncertainty.OutputSummary;
import org.sectoral.core.uncertainty.RankCorrelation;
import org.sectoral.core.uncertainty.Swing;

/**
 * Charts of Monte Carlo uncertainty: interval bars (the range between two percentiles of each
 * output, with its mean and baseline marked), a tornado chart of one-at-a-time swings around the
 * baseline, and diverging bars of rank correlations.
 */
public final class UncertaintyCharts {
  /** Series key of the interval bars in {@link #intervals}. */
  public static final String MEAN = "Mean";
  /** Series key of the baseline points in {@link #intervals}. */
  public static final String BASELINE = "Baseline";
  /** Series key of the tornado bars with the input at its low percentile. */
  public static final String LOW = "Input at low percentile";
  /** Series key of the tornado bars with the input at its high percentile. */
  public static final String HIGH = "Input at high percentile";
  /** Series key of the rank-correlation bars. */
  public static final String RHO = "Spearman ρ";

  private UncertaintyCharts() {}

  /**
   * Horizontal interval bars per output, in the result's order: a bar from the {@code low} to the
   * {@code high} percentile (series "p5–p95" for 5 and 95), a dot at the mean and a diamond at the
   * baseline. The axis reads "{measure} ({unit})".
   *
   * @param low a percentile level the result computed, e.g. 5
   * @param high a higher one, e.g. 95
   */
  public static JFreeChart intervals(MonteCarloResult result, double low, double high,
      String measure, String title, ChartStyle style) {
    checkNotNull(result, "result");
    checkNotNull(measure, "measure");
    checkNotNull(style, "style");
    checkArgument(low < high, "Low percentile %s ≥ high %s", low, high);
    List<String> full = new ArrayList<>(result.labels());
    Labels.AxisLabels axisLabels = Labels.of(full, style.maxLabelLength());
    List<String> keys = axisLabels.shown();
    int n = keys.size();
    Number[][] starts = new Number[1][n];
    Number[][] ends = new Number[1][n];
    DefaultCategoryDataset points = new DefaultCategoryDataset();
    for (int i = 0; i < n; i++) {
      OutputSummary s = result.summaries().get(i);
      starts[0][i] = s.percentile(low);
      ends[0][i] = s.percentile(high);
      points.addValue(s.baseline(), BASELINE, keys.get(i));
      points.addValue(s.mean(), MEAN, keys.get(i));
    }
    String range = intervalKey(low, high);
    DefaultIntervalCategoryDataset bars = new DefaultIntervalCategoryDataset(
        new Comparable<?>[] {range}, keys.toArray(new Comparable<?>[0]), starts, ends);
    IntervalBarRenderer barRenderer = intervalRenderer(style.seriesColor(0));
    String unit = result.unit().isEmpty() || result.unit().equals("1") ? ""
        : " (" + result.unit() + ")";
    NumberAxis axis = ChartSupport.numberAxis(measure + unit, style, false, 3);
    axis.setAutoRangeIncludesZero(false);
    CategoryPlot plot = new CategoryPlot(bars, new CategoryAxis(null), axis, barRenderer);
    plot.setDataset(1, points);
    plot.setRenderer(1, pointRenderer(style));
    plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    ChartSupport.categoryPlot(plot, style, keys, full);
    return ChartSupport.withKey(ChartSupport.chart(title, plot, true, style),
        axisLabels, style);
  }

  /**
   * A tornado chart of one output: one row per input, widest swing on top, a bar from the
   * baseline to the output with the input at its low percentile and one to the output with the
   * input at its high percentile, and a line at the baseline. The axis reads "{measure}".
   */
  public static JFreeChart tornado(OneAtATime sensitivity, String measure, String title,
      ChartStyle style) {
    checkNotNull(sensitivity, "sensitivity");
    checkNotNull(measure, "measure");
    checkNotNull(style, "style");
    List<Swing> swings = sensitivity.swings();
    checkArgument(!swings.isEmpty(), "No inputs to show");
    List<String> full = swings.stream().map(Swing::input).toList();
    Labels.AxisLabels axisLabels = Labels.of(full, style.maxLabelLength());
    List<String> keys = axisLabels.shown();
    int n = keys.size();
    double base = sensitivity.baseline();
    Number[][] starts = new Number[2][n];
    Number[][] ends = new Number[2][n];
    for (int i = 0; i < n; i++) {
      Swing s = swings.get(i);
      starts[0][i] = base;
      ends[0][i] = s.outputLow();
      starts[1][i] = base;
      ends[1][i] = s.outputHigh();
    }
    String lowKey = LOW + " (p" + trim(sensitivity.lowPercentile()) + ")";
    String highKey = HIGH + " (p" + trim(sensitivity.highPercentile()) + ")";
    Comparable<?>[] categories = keys.toArray(new Comparable<?>[0]);
    // two datasets of one series each, so that both bars of an input share its row
    DefaultIntervalCategoryDataset lowBars = new DefaultIntervalCategoryDataset(
        new Comparable<?>[] {lowKey}, categories, new Number[][] {starts[0]},
        new Number[][] {ends[0]});
    DefaultIntervalCategoryDataset highBars = new DefaultIntervalCategoryDataset(
        new Comparable<?>[] {highKey}, categories, new Number[][] {starts[1]},
        new Number[][] {ends[1]});
    IntervalBarRenderer renderer = intervalRenderer(style.negativeColor());
    IntervalBarRenderer highRenderer = intervalRenderer(style.positiveColor());
    NumberAxis axis = ChartSupport.numberAxis(measure, style, false, 3);
    axis.setAutoRangeIncludesZero(false);
    CategoryPlot plot = new CategoryPlot(lowBars, new CategoryAxis(null), axis, renderer);
    plot.setDataset(1, highBars);
    plot.setRenderer(1, highRenderer);
    plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    ChartSupport.categoryPlot(plot, style, keys, full);
    ChartSupport.rangeMarker(plot, ChartSupport.marker(base,
        String.format(style.locale(), "Baseline %s", style.numberFormat(3).format(base)), style,
        false));
    return ChartSupport.withKey(ChartSupport.chart(title, plot, true, style),
        axisLabels, style);
  }

  /**
   * Diverging horizontal bars of Spearman's ρ per input (largest |ρ| on top), positive and
   * negative in the style's colours, on a fixed axis from −1 to 1.
   */
  public static JFreeChart rankCorrelations(List<RankCorrelation> correlations, String title,
      ChartStyle style) {
    checkNotNull(correlations, "correlations");
    checkNotNull(style, "style");
    checkArgument(!correlations.isEmpty(), "No inputs to show");
    List<String> full = correlations.stream().map(RankCorrelation::input).toList();
    Labels.AxisLabels axisLabels = Labels.of(full, style.maxLabelLength());
    List<String> keys = axisLabels.shown();
    DefaultCategoryDataset dataset = new DefaultCategoryDataset();
    for (int i = 0; i < keys.size(); i++) {
      dataset.addValue(correlations.get(i).rho(), RHO, keys.get(i));
    }
    ImpactCharts.DivergingBarRenderer renderer = new ImpactCharts.DivergingBarRenderer(
        style.positiveColor(), style.negativeColor());
    ChartSupport.styleBars(renderer);
    renderer.setMaximumBarWidth(0.08);
    renderer.setDefaultToolTipGenerator(new StandardCategoryToolTipGenerator("{1}: {2}",
        style.numberFormat(3)));
    NumberAxis axis = ChartSupport.numberAxis("Rank correlation with "
        + correlations.get(0).output() + " (Spearman ρ)", style, false, 1);
    axis.setRange(-1, 1);
    CategoryPlot plot = new CategoryPlot(dataset, new CategoryAxis(null), axis, renderer);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    ChartSupport.categoryPlot(plot, style, keys, full);
    plot.addRangeMarker(ChartSupport.marker(0, null, style, false));
    return ChartSupport.withKey(ChartSupport.chart(title, plot, false, style),
        axisLabels, style);
  }

  /** The series key of an interval, e.g. {@code "p5–p95"}. */
  public static String intervalKey(double low, double high) {
    return "p" + trim(low) + "–p" + trim(high);
  }

  /** Flat interval bars of one colour, the axis not stretched to include zero. */
  private static IntervalBarRenderer intervalRenderer(java.awt.Color color) {
    IntervalBarRenderer r = new IntervalBarRenderer();
    ChartSupport.styleBars(r);
    r.setIncludeBaseInRange(false);
    r.setSeriesPaint(0, color);
    r.setMaximumBarWidth(0.06);
    r.setItemMargin(0);
    r.setDefaultToolTipGenerator(new StandardCategoryToolTipGenerator("{0} {1}: {3} – {4}",
        new java.text.DecimalFormat("0.####", java.text.DecimalFormatSymbols.getInstance(
            Locale.ROOT))));
    return r;
  }

  private static LineAndShapeRenderer pointRenderer(ChartStyle style) {
    LineAndShapeRenderer r = new LineAndShapeRenderer(false, true);
    Rectangle2D.Double square = new Rectangle2D.Double(-4.5, -4.5, 9, 9);
    r.setSeriesShape(0, java.awt.geom.AffineTransform.getRotateInstance(Math.PI / 4)
        .createTransformedShape(square));
    r.setSeriesPaint(0, style.seriesColor(1));
    r.setSeriesShape(1, new Ellipse2D.Double(-3, -3, 6, 6));
    r.setSeriesPaint(1, style.markerColor());
    r.setSeriesStroke(1, new BasicStroke(1f));
    r.setDefaultToolTipGenerator(new StandardCategoryToolTipGenerator("{0} {1}: {2}",
        style.numberFormat(4)));
    return r;
  }

  private static String trim(double p) {
    return p == Math.rint(p) ? Long.toString((long) p) : String.format(Locale.ROOT, "%s", p);
  }
}
