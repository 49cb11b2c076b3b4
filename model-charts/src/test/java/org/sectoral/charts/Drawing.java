package org.sectoral.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;

/**
 * Draws charts headless into images for tests. Only what does not depend on the installed fonts
 * is checked: the chart draws without an exception and leaves room for its data. Text sizes,
 * pixel colours and automatically chosen tick units vary with the fonts of the machine, so the
 * chart tests assert the chart model (datasets, axis ranges, explicit tick units, labels,
 * renderers) instead.
 */
final class Drawing {
  private Drawing() {}

  /** A typed copy of one of JFreeChart's raw lists (keys, markers, annotations). */
  static List<Object> list(java.util.Collection<?> raw) {
    return new ArrayList<>(raw);
  }

  /** Draws {@code chart} at 800 × 500 and checks that its data area is inside the image. */
  static ChartRenderingInfo draw(JFreeChart chart) {
    BufferedImage image = new BufferedImage(800, 500, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g2 = image.createGraphics();
    ChartRenderingInfo info = new ChartRenderingInfo();
    try {
      chart.draw(g2, new Rectangle2D.Double(0, 0, 800, 500), info);
    } finally {
      g2.dispose();
    }
    Rectangle2D data = info.getPlotInfo().getDataArea();
    assertThat(data.getWidth()).as("data area width").isPositive();
    assertThat(data.getHeight()).as("data area height").isPositive();
    assertThat(new Rectangle2D.Double(0, 0, 800, 500).contains(data)).as("data area inside")
        .isTrue();
    return info;
  }

  /** The text of the chart's key of shortened labels (a bottom subtitle), or null. */
  static String key(JFreeChart chart) {
    for (Object t : chart.getSubtitles()) {
      if (t instanceof org.jfree.chart.title.TextTitle tt
          && tt.getText().startsWith(ChartSupport.KEY_PREFIX)) {
        return tt.getText();
      }
    }
    return null;
  }
}
