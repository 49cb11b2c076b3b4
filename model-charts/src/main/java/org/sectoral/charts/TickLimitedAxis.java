package org.sectoral.charts;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnitSource;
import org.jfree.chart.ui.RectangleEdge;

/**
 * A number axis whose automatic tick unit gives at most {@value #MAX_TICKS} ticks over the
 * visible range: JFreeChart picks the smallest standard unit (1, 2, 5 × 10ᵏ, or 1, 2.5, 5 for
 * percent) whose labels do not overlap, which on a wide chart can mean a dozen or more ticks;
 * this axis then steps up to the next standard unit until the count is readable (internal).
 */
final class TickLimitedAxis extends NumberAxis {
  private static final long serialVersionUID = 1L;

  /** The most ticks an axis shows. */
  static final int MAX_TICKS = 8;

  TickLimitedAxis(String label) {
    super(label);
  }

  @Override
  protected void selectAutoTickUnit(Graphics2D g2, Rectangle2D dataArea, RectangleEdge edge) {
    super.selectAutoTickUnit(g2, dataArea, edge);
    limit();
  }

  /** Steps up the tick unit until the visible range holds at most {@link #MAX_TICKS} ticks. */
  void limit() {
    TickUnitSource units = getStandardTickUnits();
    NumberTickUnit unit = getTickUnit();
    double length = getRange().getLength();
    int guard = 0;
    while (length / unit.getSize() > MAX_TICKS && guard++ < 50) {
      NumberTickUnit larger = (NumberTickUnit) units.getLargerTickUnit(unit);
      if (larger.getSize() <= unit.getSize()) {
        larger = new NumberTickUnit(unit.getSize() * 2);
      }
      unit = larger;
    }
    if (unit != getTickUnit()) {
      setTickUnit(unit, false, false);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TickLimitedAxis && super.equals(o);
  }

  @Override
  public int hashCode() {
    return super.hashCode();
  }
}
