package org.sectoral.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;

/** Draws charts headless into images for tests. */
final class Drawing {
  private Drawing() {}

  /** A typed copy of one of JFreeChart's raw lists (keys, markers, annotations). */
  static List<Object> list(java.util.Collection<?> raw) {
    return new ArrayList<>(raw);
  }

  /** Draws {@code chart} at 800 × 500 and checks that something other than white was drawn. */
  static ChartRenderingInfo draw(JFreeChart chart) {
    BufferedImage image = new BufferedImage(800, 500, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g2 = image.createGraphics();
    ChartRenderingInfo info = new ChartRenderingInfo();
    chart.draw(g2, new Rectangle2D.Double(0, 0, 800, 500), info);
    g2.dispose();
    int coloured = 0;
    for (int y = 0; y < 500; y += 5) {
      for (int x = 0; x < 800; x += 5) {
        int rgb = image.getRGB(x, y) & 0xFFFFFF;
        if (rgb != 0xFFFFFF) {
          coloured++;
        }
      }
    }
    assertThat(coloured).as("non-white sample pixels").isGreaterThan(500);
    return info;
  }
}
