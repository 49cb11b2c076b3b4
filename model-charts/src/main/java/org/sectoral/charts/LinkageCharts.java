package org.sectoral.charts;

import static com.google.common.base.Preconditions.checkNotNull;

import java.awt.geom.Ellipse2D;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.sectoral.core.linkage.KeySectorClass;
import org.sectoral.core.linkage.Linkages;
import org.sectoral.core.table.LabelledVector;
import org.sectoral.core.table.RegionSector;

/**
 * Charts of Rasmussen–Hirschman linkages (Miller &amp; Blair 2009, §12.2): the key-sector
 * quadrant of normalized total backward against forward linkages.
 */
public final class LinkageCharts {
  /** Legend names of the four classes, in {@link KeySectorClass} order. */
  private static final Map<KeySectorClass, String> CLASS_NAMES = new EnumMap<>(Map.of(
      KeySectorClass.KEY, "Key sector (BL > 1, FL > 1)",
      KeySectorClass.BACKWARD_ORIENTED, "Backward-oriented (BL > 1)",
      KeySectorClass.FORWARD_ORIENTED, "Forward-oriented (FL > 1)",
      KeySectorClass.WEAK, "Weakly linked"));

  /** Up to this many sectors every point is labelled; beyond it only some are. */
  public static final int LABEL_ALL_UP_TO = 20;
  /** With more sectors, the sectors of largest BL and of largest FL labelled besides key sectors. */
  public static final int LABEL_TOP = 3;
  /** Longest point label in characters; longer names show as codes, with a key. */
  public static final int POINT_LABEL_LENGTH = 20;

  private LinkageCharts() {}

  /** Legend name of a key-sector class as shown by {@link #keySectorQuadrant}. */
  public static String className(KeySectorClass c) {
    return CLASS_NAMES.get(checkNotNull(c, "class"));
  }

  /**
   * A scatter of normalized total backward linkage BLⱼ (x) against forward linkage FLⱼ (y), one
   * series per {@link KeySectorClass} present (in enum order; each class keeps its palette
   * colour, so a legend shows only classes that have sectors), dashed quadrant lines at 1 on
   * both axes (each axis logarithmic when its values span more than a factor
   * {@value #LOG_ABOVE}), and labelled points: every point when there are at most
   * {@value #LABEL_ALL_UP_TO} sectors, else the key sectors (BL &gt; 1, FL &gt; 1) and the
   * {@value #LABEL_TOP} sectors with the largest BL and FL. A point's label is the sector's name
   * when it has at most {@value #POINT_LABEL_LENGTH} characters, else its code, and the chart then
   * carries a key of the codes shown.
   */
  public static JFreeChart keySectorQuadrant(Linkages linkages, String title, ChartStyle style) {
    checkNotNull(linkages, "linkages");
    checkNotNull(style, "style");
    LabelledVector<RegionSector> bl = linkages.backwardTotal();
    LabelledVector<RegionSector> fl = linkages.forwardTotal();
    Labels.AxisLabels all = Labels.of(bl.keys(),
        Math.min(POINT_LABEL_LENGTH, style.maxLabelLength()));
    List<String> full = all.full();
    Set<Integer> labelled = labelled(bl, fl);
    XYSeriesCollection dataset = new XYSeriesCollection();
    Map<KeySectorClass, List<Integer>> members = new EnumMap<>(KeySectorClass.class);
    for (int i = 0; i < bl.size(); i++) {
      members.computeIfAbsent(KeySectorClass.of(bl.at(i), fl.at(i)), c -> new ArrayList<>())
          .add(i);
    }
    List<KeySectorClass> present = new ArrayList<>(members.keySet());
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
    for (int s = 0; s < present.size(); s++) {
      KeySectorClass c = present.get(s);
      XYSeries series = new XYSeries(CLASS_NAMES.get(c), false, true);
      for (int i : members.get(c)) {
        series.add(bl.at(i), fl.at(i));
      }
      dataset.addSeries(series);
      renderer.setSeriesPaint(s, style.seriesColor(c.ordinal()));
      renderer.setSeriesShape(s, new Ellipse2D.Double(-5, -5, 10, 10));
    }
    renderer.setDefaultItemLabelGenerator((data, series, item) -> {
      int i = members.get(present.get(series)).get(item);
      return labelled.contains(i) ? all.shown().get(i) : null;
    });
    renderer.setDefaultToolTipGenerator((data, series, item) -> {
      int i = members.get(present.get(series)).get(item);
      return String.format(style.locale(), "%s: BL %.2f, FL %.2f", full.get(i), bl.at(i),
          fl.at(i));
    });
    renderer.setDefaultItemLabelsVisible(true);
    renderer.setDefaultItemLabelFont(style.tickFont());
    renderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3,
        TextAnchor.CENTER_LEFT));
    renderer.setItemLabelInsets(new RectangleInsets(2, 4, 2, 4));
    ValueAxis x = axis("Backward linkage BL (total, normalized)", bl.toArray(), style, 3);
    ValueAxis y = axis("Forward linkage FL (total, normalized)", fl.toArray(), style, 1);
    XYPlot plot = new XYPlot(dataset, x, y, renderer);
    ChartSupport.xyPlot(plot, style);
    plot.addDomainMarker(ChartSupport.marker(1.0, null, style, true), Layer.BACKGROUND);
    plot.addRangeMarker(ChartSupport.marker(1.0, null, style, true), Layer.BACKGROUND);
    List<String> shownLabels = new ArrayList<>();
    List<String> shownFull = new ArrayList<>();
    for (int i : labelled) {
      shownLabels.add(all.shown().get(i));
      shownFull.add(full.get(i));
    }
    return ChartSupport.withKey(ChartSupport.chart(title, plot, true, style),
        new Labels.AxisLabels(shownLabels, shownFull), style);
  }

  /**
   * The axis of one linkage: linear around the values and 1; logarithmic (base 2, ticks at
   * ½, 1, 2, 4 …) when the largest value is more than {@value #LOG_ABOVE} times the smallest,
   * so that one outlying sector does not squeeze the others into a corner.
   *
   * @param rightPad extra room past the largest value, in paddings, for point labels
   */
  static ValueAxis axis(String label, double[] values, ChartStyle style, int rightPad) {
    double lo = 1;
    double hi = 1;
    for (double v : values) {
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
    if (lo > 0 && hi / lo > LOG_ABOVE) {
      LogAxis a = new LogAxis(label);
      a.setBase(2);
      a.setTickUnit(new NumberTickUnit(1));
      a.setNumberFormatOverride(style.numberFormat(2));
      a.setMinorTickMarksVisible(false);
      ChartSupport.axis(a, style);
      a.setRange(lo / 1.25, hi * Math.pow(1.25, rightPad));
      return a;
    }
    double pad = Math.max(0.05, (hi - lo) * 0.1);
    NumberAxis a = ChartSupport.numberAxis(label, style, false, 2);
    a.setRange(lo - pad, hi + pad * rightPad);
    return a;
  }

  /** A linkage axis turns logarithmic above this ratio of largest to smallest value. */
  static final double LOG_ABOVE = 4;

  /**
   * The sectors whose points carry a label: all up to {@value #LABEL_ALL_UP_TO}, else key
   * sectors and the {@value #LABEL_TOP} largest BL and FL (indices, in key order).
   */
  public static Set<Integer> labelled(LabelledVector<RegionSector> bl,
      LabelledVector<RegionSector> fl) {
    Set<Integer> out = new TreeSet<>();
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < bl.size(); i++) {
      order.add(i);
      if (bl.size() <= LABEL_ALL_UP_TO
          || KeySectorClass.of(bl.at(i), fl.at(i)) == KeySectorClass.KEY) {
        out.add(i);
      }
    }
    order.sort((a, b) -> Double.compare(bl.at(b), bl.at(a)));
    out.addAll(order.subList(0, Math.min(LABEL_TOP, order.size())));
    order.sort((a, b) -> Double.compare(fl.at(b), fl.at(a)));
    out.addAll(order.subList(0, Math.min(LABEL_TOP, order.size())));
    return out;
  }
}
