package org.sectoral.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.RenderingHints;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;

/** Applies a {@link ChartStyle} to charts, plots and axes (internal; no global theme). */
final class ChartSupport {
  /** Characters of category labels that fit side by side under a default-width chart. */
  static final int SIDE_BY_SIDE_CHARS = 80;

  /**
   * Longest label of a vertical category axis whose labels are rotated 45°: longer ones are
   * abbreviated (with the chart's key) so that a rotated label is never cut.
   */
  static final int ROTATED_LABEL_LENGTH = 24;

  /** Whether a vertical category plot of these labels rotates them (see {@link #categoryPlot}). */
  static boolean rotates(List<String> labels, ChartStyle style) {
    int longest = labels.stream().mapToInt(String::length).max().orElse(0);
    return labels.size() > style.rotateLabelsAbove()
        && labels.size() * Math.min(longest, ROTATED_LABEL_LENGTH) > SIDE_BY_SIDE_CHARS;
  }

  private ChartSupport() {}

  /** A chart around a plot, with or without a legend, styled. */
  static JFreeChart chart(String title, Plot plot, boolean legend, ChartStyle style) {
    JFreeChart chart = new JFreeChart(title, style.titleFont(), plot, legend);
    chart.setBackgroundPaint(style.background());
    chart.setAntiAlias(true);
    chart.setTextAntiAlias(true);
    chart.getRenderingHints().put(RenderingHints.KEY_TEXT_ANTIALIASING,
        RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    chart.setPadding(new RectangleInsets(8, 8, 8, 12));
    plot.setBackgroundPaint(style.background());
    plot.setOutlineVisible(false);
    LegendTitle legendTitle = chart.getLegend();
    if (legendTitle != null) {
      legendTitle.setItemFont(style.legendFont());
      legendTitle.setBackgroundPaint(style.background());
      legendTitle.setFrame(org.jfree.chart.block.BlockBorder.NONE);
      legendTitle.setPosition(RectangleEdge.BOTTOM);
    }
    return chart;
  }

  /** Styles an axis's label and tick fonts. */
  static void axis(Axis axis, ChartStyle style) {
    axis.setLabelFont(style.labelFont());
    axis.setTickLabelFont(style.tickFont());
    axis.setAxisLinePaint(Color.GRAY);
    axis.setTickMarkPaint(Color.GRAY);
  }

  /**
   * Styles a category plot: fonts, grid lines, and for vertical plots with more than
   * {@link ChartStyle#rotateLabelsAbove()} categories whose labels would not fit side by side
   * (count × longest label &gt; {@value #SIDE_BY_SIDE_CHARS} characters), labels rotated 45°;
   * labels wrap over at most two lines otherwise (horizontal plots give labels up to 45% of
   * the width). Full names become category tooltips.
   */
  static void categoryPlot(CategoryPlot plot, ChartStyle style, List<String> keys,
      List<String> fullNames) {
    CategoryAxis x = plot.getDomainAxis();
    axis(x, style);
    axis(plot.getRangeAxis(), style);
    plot.setRangeGridlinePaint(style.gridColor());
    plot.setRangeGridlineStroke(new BasicStroke(1f));
    plot.setDomainGridlinesVisible(false);
    x.setMaximumCategoryLabelLines(2);
    x.setCategoryMargin(0.2);
    x.setLowerMargin(0.02);
    x.setUpperMargin(0.02);
    int longest = keys.stream().mapToInt(String::length).max().orElse(0);
    if (plot.getOrientation() == PlotOrientation.VERTICAL
        && keys.size() > style.rotateLabelsAbove()
        && keys.size() * longest > SIDE_BY_SIDE_CHARS) {
      x.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
      x.setMaximumCategoryLabelLines(1);
      // room on the left for the first rotated label
      plot.setInsets(new RectangleInsets(4, 8 + 5 * Math.min(longest, ROTATED_LABEL_LENGTH),
          4, 8));
    }
    if (plot.getOrientation() == PlotOrientation.HORIZONTAL) {
      plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
      x.setMaximumCategoryLabelWidthRatio(0.45f);
      x.setMaximumCategoryLabelLines(2);
    }
    for (int i = 0; i < keys.size(); i++) {
      if (!keys.get(i).equals(fullNames.get(i))) {
        x.addCategoryLabelToolTip(keys.get(i), fullNames.get(i));
      }
    }
  }

  /**
   * Adds the key of shortened labels below the chart ("Key: C26 = Computer, electronic and
   * optical equipment; …"), when any label is shortened; returns the chart.
   */
  static JFreeChart withKey(JFreeChart chart, Labels.AxisLabels labels, ChartStyle style) {
    String key = labels.keyText();
    if (!key.isEmpty()) {
      org.jfree.chart.title.TextTitle t = new org.jfree.chart.title.TextTitle(KEY_PREFIX + key,
          style.tickFont());
      t.setPosition(RectangleEdge.BOTTOM);
      t.setHorizontalAlignment(org.jfree.chart.ui.HorizontalAlignment.LEFT);
      t.setTextAlignment(org.jfree.chart.ui.HorizontalAlignment.LEFT);
      t.setPaint(style.markerColor());
      t.setPadding(new RectangleInsets(6, 4, 0, 4));
      chart.addSubtitle(t);
    }
    return chart;
  }

  /** The start of a chart's key of shortened labels (a bottom subtitle). */
  static final String KEY_PREFIX = "Key: ";

  /** Styles an XY plot: fonts of both axes and grid lines. */
  static void xyPlot(XYPlot plot, ChartStyle style) {
    axis(plot.getDomainAxis(), style);
    axis(plot.getRangeAxis(), style);
    plot.setDomainGridlinePaint(style.gridColor());
    plot.setRangeGridlinePaint(style.gridColor());
  }

  /**
   * A number axis with the style's locale, {@code digits} decimals or percent, and at most
   * {@value TickLimitedAxis#MAX_TICKS} ticks.
   */
  static NumberAxis numberAxis(String label, ChartStyle style, boolean percent, int digits) {
    NumberAxis axis = new TickLimitedAxis(label);
    axis.setNumberFormatOverride(percent ? style.percentFormat() : style.numberFormat(digits));
    axis(axis, style);
    return axis;
  }

  /** A labelled reference line at {@code value} in the style's marker colour. */
  static ValueMarker marker(double value, String label, ChartStyle style, boolean dashed) {
    ValueMarker m = new ValueMarker(value);
    m.setPaint(style.markerColor());
    m.setStroke(dashed ? new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
        new float[] {6f, 4f}, 0f) : new BasicStroke(1.2f));
    if (label != null) {
      m.setLabel(label);
      m.setLabelFont(style.tickFont().deriveFont(Font.BOLD));
      m.setLabelPaint(style.markerColor());
      m.setLabelBackgroundColor(new Color(255, 255, 255, 200));
    }
    return m;
  }

  /** Adds a horizontal-range marker to a category plot, label at the top or right end. */
  static void rangeMarker(CategoryPlot plot, ValueMarker m) {
    if (plot.getOrientation() == PlotOrientation.HORIZONTAL) {
      m.setLabelAnchor(RectangleAnchor.BOTTOM_RIGHT);
      m.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
    } else {
      m.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
      m.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
    }
    plot.addRangeMarker(m, Layer.FOREGROUND);
  }

  /** A flat bar renderer: no gradient, shadow or outline, bars at most 8% of the axis. */
  static BarRenderer barRenderer() {
    BarRenderer r = new BarRenderer();
    styleBars(r);
    r.setMaximumBarWidth(0.08);
    return r;
  }

  /** Makes bars flat: no gradient, shadow or outline. */
  static void styleBars(BarRenderer r) {
    r.setBarPainter(new StandardBarPainter());
    r.setShadowVisible(false);
    r.setDrawBarOutline(false);
  }
}
