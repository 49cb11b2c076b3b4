package org.sectoral.charts;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.awt.Color;
import java.awt.Paint;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.labels.StandardCategoryToolTipGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.WaterfallBarRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.sectoral.core.leontief.Effects;
import org.sectoral.core.table.LabelledVector;
import org.sectoral.core.table.RegionSector;

/**
 * Charts of scenario impacts (Miller &amp; Blair 2009, §6.2): the change of a measure by sector
 * against the baseline as diverging bars, and a waterfall of the total effect built from direct,
 * indirect and induced effects.
 */
public final class ImpactCharts {
  /** Series key of the bars in {@link #change}. */
  public static final String CHANGE_SERIES = "Change";
  /** Legend item of increases in {@link #change}. */
  public static final String INCREASE = "Increase";
  /** Legend item of decreases in {@link #change}. */
  public static final String DECREASE = "Decrease";
  /** Series key of the waterfall. */
  public static final String EFFECT_SERIES = "Effect";
  /** Waterfall category of direct effects. */
  public static final String DIRECT = "Direct";
  /** Waterfall category of indirect effects. */
  public static final String INDIRECT = "Indirect";
  /** Waterfall category of induced effects (only with a household closure). */
  public static final String INDUCED = "Induced";
  /** Waterfall category of the total. */
  public static final String TOTAL = "Total";

  private ImpactCharts() {}

  /**
   * The change scenario − baseline by sector, as {@link #change(LabelledVector, String, String,
   * ChartStyle)}; both vectors must have the same keys.
   */
  public static JFreeChart change(LabelledVector<RegionSector> baseline,
      LabelledVector<RegionSector> scenario, String measure, String title, ChartStyle style) {
    checkNotNull(baseline, "baseline");
    checkNotNull(scenario, "scenario");
    return change(scenario.minus(baseline), measure, title, style);
  }

  /** The total effect by sector (Type II when induced effects exist, else Type I). */
  public static JFreeChart change(Effects effects, String title, ChartStyle style) {
    checkNotNull(effects, "effects");
    return change(effects.total(), effects.measure(), title, style);
  }

  /**
   * Diverging horizontal bars of a change by sector, sorted from the largest increase to the
   * largest decrease, increases in {@link ChartStyle#positiveColor()}, decreases in
   * {@link ChartStyle#negativeColor()}, with a zero line and a legend of the signs present. The
   * axis reads "Change in {measure} ({unit})".
   */
  public static JFreeChart change(LabelledVector<RegionSector> change, String measure,
      String title, ChartStyle style) {
    checkNotNull(change, "change");
    checkNotNull(measure, "measure");
    checkNotNull(style, "style");
    List<String> full = Labels.fullNames(change.keys());
    Labels.AxisLabels axisLabels = Labels.of(change.keys(), style.maxLabelLength());
    List<String> keys = axisLabels.shown();
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < change.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.comparingDouble((Integer i) -> -change.at(i))
        .thenComparing(i -> keys.get(i)));
    DefaultCategoryDataset dataset = new DefaultCategoryDataset();
    List<String> sortedKeys = new ArrayList<>();
    List<String> sortedFull = new ArrayList<>();
    for (int i : order) {
      dataset.addValue(change.at(i), CHANGE_SERIES, keys.get(i));
      sortedKeys.add(keys.get(i));
      sortedFull.add(full.get(i));
    }
    DivergingBarRenderer renderer = new DivergingBarRenderer(style.positiveColor(),
        style.negativeColor());
    ChartSupport.styleBars(renderer);
    renderer.setMaximumBarWidth(0.08);
    renderer.setDefaultToolTipGenerator(
        new StandardCategoryToolTipGenerator("{1}: {2}", style.numberFormat(2)));
    String unit = change.unit().isEmpty() ? "" : " (" + change.unit() + ")";
    CategoryPlot plot = new CategoryPlot(dataset, new CategoryAxis(null),
        ChartSupport.numberAxis("Change in " + measure + unit, style, false, 2), renderer);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    ChartSupport.categoryPlot(plot, style, sortedKeys, sortedFull);
    plot.addRangeMarker(ChartSupport.marker(0, null, style, false));
    LegendItemCollection legend = new LegendItemCollection(); // only the signs present
    if (java.util.Arrays.stream(change.toArray()).anyMatch(v -> v > 0)) {
      legend.add(new LegendItem(INCREASE, null, null, null, new Rectangle(-5, -5, 10, 10),
          style.positiveColor()));
    }
    if (java.util.Arrays.stream(change.toArray()).anyMatch(v -> v < 0)) {
      legend.add(new LegendItem(DECREASE, null, null, null, new Rectangle(-5, -5, 10, 10),
          style.negativeColor()));
    }
    plot.setFixedLegendItems(legend);
    JFreeChart chart = ChartSupport.withKey(ChartSupport.chart(title, plot, true, style),
        axisLabels, style);
    return chart;
  }

  /**
   * A waterfall from direct through indirect (and induced, when present) effects to the total
   * (Σ over sectors, in the measure's unit), each step labelled with its value.
   */
  public static JFreeChart effectsWaterfall(Effects effects, String title, ChartStyle style) {
    checkNotNull(effects, "effects");
    return effectsWaterfall(effects.measure(), effects.unit(), effects.directSum(),
        effects.indirectSum(), effects.induced().isPresent()
            ? java.util.OptionalDouble.of(effects.inducedSum()) : java.util.OptionalDouble.empty(),
        title, style);
  }

  /**
   * A waterfall from direct through indirect (and induced, when given) effects to their total,
   * each step labelled with its value: the same chart from sums already computed (e.g. the
   * {@code impact.csv} of an investment analysis).
   */
  public static JFreeChart effectsWaterfall(String measure, String unit, double direct,
      double indirect, java.util.OptionalDouble induced, String title, ChartStyle style) {
    checkNotNull(measure, "measure");
    checkNotNull(unit, "unit");
    checkNotNull(induced, "induced");
    checkNotNull(style, "style");
    DefaultCategoryDataset dataset = new DefaultCategoryDataset();
    dataset.addValue(direct, EFFECT_SERIES, DIRECT);
    dataset.addValue(indirect, EFFECT_SERIES, INDIRECT);
    if (induced.isPresent()) {
      dataset.addValue(induced.getAsDouble(), EFFECT_SERIES, INDUCED);
    }
    dataset.addValue(direct + indirect + induced.orElse(0), EFFECT_SERIES, TOTAL);
    WaterfallBarRenderer renderer = new WaterfallBarRenderer(style.seriesColor(0),
        style.positiveColor().brighter(), style.negativeColor(), style.markerColor());
    ChartSupport.styleBars(renderer);
    renderer.setMaximumBarWidth(0.2);
    renderer.setDefaultItemLabelGenerator(
        new StandardCategoryItemLabelGenerator("{2}", style.numberFormat(1)));
    renderer.setDefaultItemLabelsVisible(true);
    renderer.setDefaultItemLabelFont(style.tickFont());
    renderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(
        ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
    renderer.setDefaultToolTipGenerator(
        new StandardCategoryToolTipGenerator("{1}: {2}", style.numberFormat(2)));
    String u = unit.isEmpty() ? "" : " (" + unit + ")";
    CategoryPlot plot = new CategoryPlot(dataset, new CategoryAxis(null),
        ChartSupport.numberAxis(capitalized(measure) + u, style, false, 1),
        renderer);
    List<String> cats = new ArrayList<>();
    for (Object k : dataset.getColumnKeys()) {
      cats.add((String) k);
    }
    ChartSupport.categoryPlot(plot, style, cats, cats);
    plot.getRangeAxis().setUpperMargin(0.12);
    return ChartSupport.chart(title, plot, false, style);
  }

  private static String capitalized(String s) {
    checkArgument(s != null);
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /** Bars coloured by sign (internal). */
  static final class DivergingBarRenderer extends BarRenderer {
    private final Color positive;
    private final Color negative;

    DivergingBarRenderer(Color positive, Color negative) {
      this.positive = positive;
      this.negative = negative;
    }

    /** The positive or negative colour by the sign of the item's value. */
    @Override
    public Paint getItemPaint(int row, int column) {
      Number v = getPlot().getDataset().getValue(row, column);
      return v != null && v.doubleValue() < 0 ? negative : positive;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof DivergingBarRenderer d && d.positive.equals(positive)
          && d.negative.equals(negative) && super.equals(o);
    }

    @Override
    public int hashCode() {
      return 31 * positive.hashCode() + negative.hashCode();
    }
  }
}
