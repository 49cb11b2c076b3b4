package org.sectoral.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.data.xy.XYZDataset;
import org.junit.jupiter.api.Test;
import org.sectoral.core.leontief.LeontiefModel;
import org.sectoral.core.table.LabelledMatrix;
import org.sectoral.core.table.RegionSector;

class MatrixChartsTest {
  @Test
  void heatmapOfTheLeontiefInverseHasOneCellPerEntryAndAColourLegend() {
    LabelledMatrix<RegionSector, RegionSector> l =
        LeontiefModel.of(TestEconomy.table()).leontiefInverse();
    JFreeChart chart = MatrixCharts.heatmap(l, "L", ChartStyle.defaults());
    Drawing.draw(chart);
    XYPlot plot = chart.getXYPlot();
    XYZDataset ds = (XYZDataset) plot.getDataset();
    assertThat(ds.getItemCount(0)).isEqualTo(16);
    double max = 0;
    for (int i = 0; i < 4; i++) {
      for (int j = 0; j < 4; j++) {
        int item = i * 4 + j;
        assertThat(ds.getXValue(0, item)).isEqualTo(j);
        assertThat(ds.getYValue(0, item)).isEqualTo(i);
        assertThat(ds.getZValue(0, item)).isCloseTo(l.at(i, j), within(1e-12));
        max = Math.max(max, l.at(i, j));
      }
    }
    assertThat(plot.getRenderer()).isInstanceOf(XYBlockRenderer.class);
    SymbolAxis rows = (SymbolAxis) plot.getRangeAxis();
    assertThat(rows.isInverted()).as("first row on top").isTrue();
    // names of at most 48 characters in full; a longer one shows as its code, with a key
    assertThat(rows.getSymbols()).containsExactly("Agriculture, forestry and fishing", "C26",
        "Textiles and apparel", "Trade and business services");
    assertThat(Drawing.key(chart))
        .isEqualTo("Key: C26 = Manufacture of computer, electronic and optical products");
    PaintScaleLegend legend = (PaintScaleLegend) chart.getSubtitles().stream()
        .filter(PaintScaleLegend.class::isInstance).findFirst().orElseThrow();
    assertThat(legend.getScale().getUpperBound()).isCloseTo(max, within(1e-12));
    assertThat(legend.getScale().getLowerBound()).isZero();
    assertThat(Drawing.list(plot.getAnnotations())).hasSize(16);
  }
}
