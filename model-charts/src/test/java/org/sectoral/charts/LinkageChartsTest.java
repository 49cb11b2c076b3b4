package org.sectoral.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Collection;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;
import org.sectoral.core.leontief.LeontiefModel;
import org.sectoral.core.linkage.KeySectorClass;
import org.sectoral.core.linkage.Linkages;
import org.sectoral.core.table.RegionSector;

class LinkageChartsTest {
  @Test
  void quadrantPlotsBackwardAgainstForwardWithLinesAtOneAndLabelledKeySectors() {
    Linkages linkages = Linkages.of(LeontiefModel.of(TestEconomy.table()));
    JFreeChart chart = LinkageCharts.keySectorQuadrant(linkages, "Linkages",
        ChartStyle.defaults());
    Drawing.draw(chart);
    XYPlot plot = chart.getXYPlot();
    XYDataset ds = plot.getDataset();
    // the illustrative economy has one sector of each class: four series, four legend items
    assertThat(ds.getSeriesCount()).isEqualTo(4);
    for (KeySectorClass c : KeySectorClass.values()) {
      assertThat((Object) ds.getSeriesKey(c.ordinal())).isEqualTo(LinkageCharts.className(c));
    }
    assertThat(plot.getLegendItems().getItemCount()).isEqualTo(4);
    // the illustrative economy has one sector of each class; services is the key sector
    RegionSector services = RegionSector.of(TestEconomy.REGION, TestEconomy.SECTORS.get(3));
    int key = KeySectorClass.KEY.ordinal();
    assertThat(ds.getItemCount(key)).isEqualTo(1);
    assertThat(ds.getXValue(key, 0)).isCloseTo(linkages.backwardTotal().get(services),
        within(1e-12));
    assertThat(ds.getYValue(key, 0)).isCloseTo(linkages.forwardTotal().get(services),
        within(1e-12));
    XYLineAndShapeRenderer renderer = (XYLineAndShapeRenderer) plot.getRenderer();
    assertThat(renderer.getDefaultLinesVisible()).isFalse();
    assertThat(renderer.isItemLabelVisible(key, 0)).isTrue();
    assertThat(renderer.getItemLabelGenerator(key, 0).generateLabel(ds, key, 0))
        .isEqualTo("SER");
    // every point of a small table is labelled; names over 20 characters show as codes
    assertThat(Drawing.key(chart)).isEqualTo("Key: AGR = Agriculture, forestry and fishing; "
        + "C26 = Manufacture of computer, electronic and optical products; "
        + "SER = Trade and business services");
    assertThat(plot.getDomainAxis().getLabel()).startsWith("Backward linkage");
    assertThat(plot.getRangeAxis().getLabel()).startsWith("Forward linkage");
    Collection<?> vertical = plot.getDomainMarkers(Layer.BACKGROUND);
    Collection<?> horizontal = plot.getRangeMarkers(Layer.BACKGROUND);
    assertThat(vertical).singleElement()
        .satisfies(m -> assertThat(((ValueMarker) m).getValue()).isEqualTo(1.0));
    assertThat(horizontal).singleElement()
        .satisfies(m -> assertThat(((ValueMarker) m).getValue()).isEqualTo(1.0));
    assertThat(plot.getDomainAxis().getRange().contains(1.0)).isTrue();
    assertThat(plot.getRangeAxis().getRange().contains(1.0)).isTrue();
  }
}
