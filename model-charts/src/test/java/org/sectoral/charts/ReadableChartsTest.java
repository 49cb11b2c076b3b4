package org.sectoral.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.junit.jupiter.api.Test;
import org.sectoral.core.leontief.LeontiefModel;
import org.sectoral.core.linkage.Linkages;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.core.table.LabelledVector;
import org.sectoral.core.table.RegionSector;
import org.sectoral.core.table.Sector;
import org.sectoral.core.testing.RandomEconomies;
import org.sectoral.core.valueadded.ExportContent;

/**
 * Charts read well by default, checked on the chart model: labels are full names or codes
 * listed in a key (never cut), ten distinguishable colours, legends only for what is shown, at
 * most eight ticks per number axis.
 */
class ReadableChartsTest {
  /** A random 30-sector table whose sectors have long names (some over 48 characters). */
  private static InputOutputTable longNames() {
    InputOutputTable t = RandomEconomies.national(30, 4);
    List<Sector> named = new ArrayList<>();
    for (int i = 0; i < t.size(); i++) {
      Sector s = t.keys().get(i).sector();
      named.add(Sector.of(s.code(), i % 3 == 0
          ? "Manufacture of machinery, equipment and parts of sector number " + i
          : "Sector " + i + " services"));
    }
    return t.toBuilder().sectors(named).build();
  }

  @Test
  void categoryLabelsAreFullNamesOrCodesListedInTheKey() {
    InputOutputTable t = longNames();
    ExportContent c = ExportContent.of(t);
    JFreeChart chart = TradeCharts.domesticValueAddedShares(c, "DVA", ChartStyle.defaults());
    Drawing.draw(chart);
    CategoryPlot plot = chart.getCategoryPlot();
    List<String> coded = new ArrayList<>();
    for (Object k : plot.getDataset().getColumnKeys()) {
      String label = k.toString();
      RegionSector key = t.keys().keys().stream().filter(rs -> rs.sector().name().equals(label)
          || rs.sector().code().equals(label)).findFirst().orElseThrow();
      assertThat(label.equals(key.sector().name()) || label.equals(key.sector().code()))
          .isTrue();
      assertThat(label).doesNotContain("\u2026");
      if (!label.equals(key.sector().name())) {
        assertThat(key.sector().name()).hasSizeGreaterThan(48);
        coded.add(label + " = " + key.sector().name());
      }
    }
    assertThat(coded).hasSize(10);
    String text = Drawing.key(chart);
    for (String entry : coded) {
      assertThat(text).contains(entry);
    }
  }

  @Test
  void numberAxesShowAtMostEightTicks() {
    InputOutputTable t = RandomEconomies.national(50, 9);
    ChartStyle wide = ChartStyle.builder().size(1600, 900).build();
    List<JFreeChart> charts = List.of(
        TradeCharts.domesticValueAddedShares(ExportContent.of(t), "DVA", wide),
        ImpactCharts.change(LabelledVector.of(t.keys(), randomChange(t.size()), t.unit()),
            "output", "Change", wide),
        LinkageCharts.keySectorQuadrant(Linkages.of(LeontiefModel.of(t)), "Key sectors", wide));
    for (JFreeChart chart : charts) {
      Drawing.draw(chart);
      NumberAxis axis = (NumberAxis) (chart.getPlot() instanceof CategoryPlot p
          ? p.getRangeAxis() : chart.getXYPlot().getRangeAxis());
      double ticks = axis.getRange().getLength() / axis.getTickUnit().getSize();
      assertThat(ticks).as(chart.getTitle().getText()).isLessThanOrEqualTo(
          TickLimitedAxis.MAX_TICKS).isGreaterThanOrEqualTo(1);
    }
  }

  private static double[] randomChange(int n) {
    double[] v = new double[n];
    for (int i = 0; i < n; i++) {
      v[i] = Math.sin(i * 1.7) * 1234.5;
    }
    return v;
  }

  @Test
  void legendsShowOnlyWhatIsPresent() {
    InputOutputTable t = TestEconomy.table();
    LabelledVector<RegionSector> up = LabelledVector.of(t.keys(), new double[] {1, 2, 3, 4},
        t.unit());
    JFreeChart increases = ImpactCharts.change(up, "output", "Up", ChartStyle.defaults());
    assertThat(increases.getCategoryPlot().getLegendItems().getItemCount()).isEqualTo(1);
    assertThat(increases.getCategoryPlot().getLegendItems().get(0).getLabel())
        .isEqualTo(ImpactCharts.INCREASE);
    JFreeChart both = ImpactCharts.change(TestEconomy.demandShock(t), "output", "Both",
        ChartStyle.defaults());
    assertThat(both.getCategoryPlot().getLegendItems().getItemCount()).isEqualTo(2);
    // each series of the quadrant is a class that has sectors
    InputOutputTable big = RandomEconomies.national(25, 2);
    JFreeChart quadrant = LinkageCharts.keySectorQuadrant(Linkages.of(LeontiefModel.of(big)),
        "Q", ChartStyle.defaults());
    for (int s = 0; s < quadrant.getXYPlot().getDataset().getSeriesCount(); s++) {
      assertThat(quadrant.getXYPlot().getDataset().getItemCount(s)).isPositive();
    }
  }

  @Test
  void manySectorsLabelOnlyKeySectorsAndTheLargestLinkages() {
    InputOutputTable t = RandomEconomies.national(40, 12);
    Linkages k = Linkages.of(LeontiefModel.of(t));
    var labelled = LinkageCharts.labelled(k.backwardTotal(), k.forwardTotal());
    assertThat(labelled.size()).isLessThan(40).isGreaterThanOrEqualTo(LinkageCharts.LABEL_TOP);
    int maxBl = 0;
    for (int i = 1; i < 40; i++) {
      if (k.backwardTotal().at(i) > k.backwardTotal().at(maxBl)) {
        maxBl = i;
      }
    }
    assertThat(labelled).contains(maxBl);
  }

  @Test
  void linkageAxesTurnLogarithmicWhenOneSectorIsFarOut() {
    ChartStyle style = ChartStyle.defaults();
    var spread = LinkageCharts.axis("FL", new double[] {0.4, 0.9, 1.2, 14.3}, style, 1);
    assertThat(spread).isInstanceOf(org.jfree.chart.axis.LogAxis.class);
    assertThat(((org.jfree.chart.axis.LogAxis) spread).getBase()).isEqualTo(2);
    assertThat(spread.getRange().contains(0.4) && spread.getRange().contains(14.3)).isTrue();
    var close = LinkageCharts.axis("BL", new double[] {0.7, 1.0, 1.4}, style, 3);
    assertThat(close).isInstanceOf(NumberAxis.class);
    assertThat(close.getRange().contains(1.0)).isTrue();
  }

  @Test
  void theDefaultPaletteHasTenDistinguishableColours() {
    List<Color> p = ChartStyle.defaults().palette();
    assertThat(p).hasSize(10).doesNotHaveDuplicates();
    double closest = Double.MAX_VALUE;
    for (int i = 0; i < p.size(); i++) {
      for (int j = i + 1; j < p.size(); j++) {
        closest = Math.min(closest, deltaE(p.get(i), p.get(j)));
      }
    }
    // CIE76 colour difference: above about 20 two flat colours are clearly different
    assertThat(closest).isGreaterThan(20);
  }

  /** CIE76 ΔE between two sRGB colours (D65). */
  private static double deltaE(Color a, Color b) {
    double[] x = lab(a);
    double[] y = lab(b);
    return Math.sqrt(Math.pow(x[0] - y[0], 2) + Math.pow(x[1] - y[1], 2)
        + Math.pow(x[2] - y[2], 2));
  }

  private static double[] lab(Color c) {
    double r = lin(c.getRed() / 255.0);
    double g = lin(c.getGreen() / 255.0);
    double b = lin(c.getBlue() / 255.0);
    double x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
    double y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
    double z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
    double fx = f(x);
    double fy = f(y);
    double fz = f(z);
    return new double[] {116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)};
  }

  private static double lin(double v) {
    return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
  }

  private static double f(double t) {
    return t > 216.0 / 24389 ? Math.cbrt(t) : (24389.0 / 27 * t + 16) / 116;
  }
}
