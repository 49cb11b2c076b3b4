package org.sectoral.charts;

import static com.google.common.base.Preconditions.checkNotNull;

import java.awt.geom.Ellipse2D;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
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

  /** Up to this many sectors every point is labelled; beyond it only key sectors are. */
  public static final int LABEL_ALL_UP_TO = 12;

  private LinkageCharts() {}

  /** Legend name of a key-sector class as shown by {@link #keySectorQuadrant}. */
  public static String className(KeySectorClass c) {
    return CLASS_NAMES.get(checkNotNull(c, "class"));
  }

  /**
   * A scatter of normalized total backward linkage BLⱼ (x) against forward linkage FLⱼ (y), one
   * series per {@link KeySectorClass} (in enum order, every class present even when empty),
   * dashed quadrant lines at 1 on both axes, and key sectors (BL &gt; 1, FL &gt; 1) labelled
   * with their (abbreviated) names; with at most {@value #LABEL_ALL_UP_TO} sectors every point
   * is labelled.
   */
  public static JFreeChart keySectorQuadrant(Linkages linkages, String title, ChartStyle style) {
    checkNotNull(linkages, "linkages");
    checkNotNull(style, "style");
    LabelledVector<RegionSector> bl = linkages.backwardTotal();
    LabelledVector<RegionSector> fl = linkages.forwardTotal();
    List<String> full = Labels.fullNames(bl.keys());
    List<String> labels = Labels.shortLabels(full, style.maxLabelLength());
    XYSeriesCollection dataset = new XYSeriesCollection();
    Map<KeySectorClass, List<Integer>> members = new EnumMap<>(KeySectorClass.class);
    for (KeySectorClass c : KeySectorClass.values()) {
      dataset.addSeries(new XYSeries(CLASS_NAMES.get(c), false, true));
      members.put(c, new ArrayList<>());
    }
    double lo = 1;
    double hi = 1;
    for (int i = 0; i < bl.size(); i++) {
      KeySectorClass c = KeySectorClass.of(bl.at(i), fl.at(i));
      dataset.getSeries(c.ordinal()).add(bl.at(i), fl.at(i));
      members.get(c).add(i);
      lo = Math.min(lo, Math.min(bl.at(i), fl.at(i)));
      hi = Math.max(hi, Math.max(bl.at(i), fl.at(i)));
    }
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
    for (KeySectorClass c : KeySectorClass.values()) {
      renderer.setSeriesPaint(c.ordinal(), style.seriesColor(c.ordinal()));
      renderer.setSeriesShape(c.ordinal(), new Ellipse2D.Double(-5, -5, 10, 10));
    }
    renderer.setDefaultItemLabelGenerator((data, series, item) ->
        labels.get(members.get(KeySectorClass.values()[series]).get(item)));
    renderer.setDefaultToolTipGenerator((data, series, item) -> {
      int i = members.get(KeySectorClass.values()[series]).get(item);
      return String.format(style.locale(), "%s: BL %.2f, FL %.2f", full.get(i), bl.at(i),
          fl.at(i));
    });
    if (bl.size() <= LABEL_ALL_UP_TO) {
      renderer.setDefaultItemLabelsVisible(true);
    } else {
      renderer.setSeriesItemLabelsVisible(KeySectorClass.KEY.ordinal(), true);
    }
    renderer.setDefaultItemLabelFont(style.tickFont());
    renderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3,
        TextAnchor.CENTER_LEFT));
    renderer.setItemLabelInsets(new RectangleInsets(2, 4, 2, 4));
    double pad = Math.max(0.05, (hi - lo) * 0.1);
    NumberAxis x = ChartSupport.numberAxis("Backward linkage BL (total, normalized)", style,
        false, 2);
    NumberAxis y = ChartSupport.numberAxis("Forward linkage FL (total, normalized)", style,
        false, 2);
    x.setRange(lo - pad, hi + pad * 3);
    y.setRange(lo - pad, hi + pad);
    XYPlot plot = new XYPlot(dataset, x, y, renderer);
    ChartSupport.xyPlot(plot, style);
    plot.addDomainMarker(ChartSupport.marker(1.0, null, style, true), Layer.BACKGROUND);
    plot.addRangeMarker(ChartSupport.marker(1.0, null, style, true), Layer.BACKGROUND);
    return ChartSupport.chart(title, plot, true, style);
  }
}
