package org.sectoral.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.flow.FlowPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.flow.FlowDataset;
import org.junit.jupiter.api.Test;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.core.table.RegionSector;
import org.sectoral.core.valueadded.ExportContent;

class TradeChartsTest {
  private static final double EPS = 1e-9;
  private final InputOutputTable table = TestEconomy.table();
  private final ExportContent content = ExportContent.of(table);
  private final ChartStyle style = ChartStyle.defaults();

  private static RegionSector key(int i) {
    return RegionSector.of(TestEconomy.REGION, TestEconomy.SECTORS.get(i));
  }

  @Test
  void domesticSharesAreSortedBarsWithTheNationalAverageMarker() {
    JFreeChart chart = TradeCharts.domesticValueAddedShares(content, "DVA shares", style);
    Drawing.draw(chart);
    CategoryPlot plot = chart.getCategoryPlot();
    CategoryDataset ds = plot.getDataset();
    assertThat(ds.getRowCount()).isEqualTo(1);
    assertThat((Object) ds.getRowKey(0)).isEqualTo(TradeCharts.SHARE_SERIES);
    // names of at most 48 characters in full; a longer one shows as its code, with a key
    assertThat(Drawing.list(ds.getColumnKeys())).containsExactly(
        "Agriculture, forestry and fishing", "Trade and business services",
        "Textiles and apparel", "C26");
    assertThat(Drawing.key(chart))
        .isEqualTo("Key: C26 = Manufacture of computer, electronic and optical products");
    List<Double> values = new ArrayList<>();
    for (int c = 0; c < ds.getColumnCount(); c++) {
      values.add(ds.getValue(0, c).doubleValue());
    }
    assertThat(values).isSortedAccordingTo(Comparator.reverseOrder());
    assertThat(ds.getValue(TradeCharts.SHARE_SERIES, "Textiles and apparel").doubleValue())
        .isCloseTo(content.domesticValueAdded().get(key(2)), within(EPS));
    assertThat(ds.getValue(TradeCharts.SHARE_SERIES, "C26")
        .doubleValue()).isCloseTo(content.domesticValueAdded().get(key(1)), within(EPS));
    assertThat(plot.getOrientation()).isEqualTo(PlotOrientation.HORIZONTAL);
    assertThat(plot.getRenderer()).isInstanceOf(BarRenderer.class);
    assertThat(plot.getRangeAxis().getLabel())
        .isEqualTo("Domestic value added, share of exports");
    Collection<?> markers = plot.getRangeMarkers(Layer.FOREGROUND);
    assertThat(markers).hasSize(1);
    ValueMarker average = (ValueMarker) markers.iterator().next();
    assertThat(average.getValue()).isCloseTo(content.domesticShareOfExports(), within(EPS));
    assertThat(average.getLabel()).startsWith("Average ");
    assertThat(plot.getDomainAxis().getCategoryLabelToolTip("C26"))
        .isEqualTo("Manufacture of computer, electronic and optical products");
    assertThat(chart.getTitle().getText()).isEqualTo("DVA shares");
  }

  @Test
  void decompositionFromExportContentStacksToGrossExports() {
    JFreeChart chart = TradeCharts.exportDecomposition(ExportDecomposition.of(content),
        "Exports", style);
    Drawing.draw(chart);
    CategoryPlot plot = chart.getCategoryPlot();
    CategoryDataset ds = plot.getDataset();
    assertThat(Drawing.list(ds.getRowKeys())).containsExactly(TradeCharts.DOMESTIC_SERIES,
        TradeCharts.FOREIGN_PREFIX + ExportDecomposition.IMPORTED_CONTENT,
        TradeCharts.TAXES_SERIES);
    // sorted by gross exports (120, 70, 20, 20), ties by name
    // names without codes: a name over 48 characters is abbreviated, with a key
    String electronics = "Manufacture of computer, electronic and optical\u2026";
    assertThat(Drawing.list(ds.getColumnKeys())).containsExactly(electronics,
        "Textiles and apparel", "Agriculture, forestry and fishing",
        "Trade and business services");
    assertThat(Drawing.key(chart)).isEqualTo("Key: " + electronics
        + " = Manufacture of computer, electronic and optical products");
    double[] exports = {120, 70, 20, 20};
    for (int c = 0; c < 4; c++) {
      double sum = 0;
      for (int r = 0; r < ds.getRowCount(); r++) {
        sum += ds.getValue(r, c).doubleValue();
      }
      assertThat(sum).as("column %s", c).isCloseTo(exports[c], within(1e-9));
    }
    assertThat(ds.getValue(TradeCharts.DOMESTIC_SERIES, "Textiles and apparel").doubleValue())
        .isCloseTo(content.domesticValueAddedInExports().get(key(2)), within(EPS));
    assertThat(plot.getRenderer()).isInstanceOf(StackedBarRenderer.class);
    assertThat(plot.getRangeAxis().getLabel()).isEqualTo("Gross exports (billion USD)");
    assertThat(chart.getLegend()).isNotNull();
  }

  @Test
  void decompositionBySourceHasOneSeriesPerCountryAndRotatesManyLabels() {
    ExportDecomposition.Builder b = ExportDecomposition.builder("billion USD");
    for (int i = 0; i < 8; i++) {
      b.sector("Sector number " + i + " with a long descriptive name", 10 + i,
          i == 0 ? Map.of("China", 3.0) : ordered("China", 2.0, "Korea", 1.0, "Japan", 0.5), 1);
    }
    JFreeChart chart = TradeCharts.exportDecomposition(b.build(), "By source", style);
    Drawing.draw(chart);
    CategoryPlot plot = chart.getCategoryPlot();
    assertThat(Drawing.list(plot.getDataset().getRowKeys())).containsExactly("Domestic value added",
        "Foreign VA: China", "Foreign VA: Korea", "Foreign VA: Japan", "Net product taxes");
    assertThat(plot.getDataset().getValue("Foreign VA: Korea",
        plot.getDataset().getColumnKey(7)).doubleValue()).isZero();
    assertThat(plot.getDomainAxis().getCategoryLabelPositions())
        .isEqualTo(CategoryLabelPositions.UP_45);
    // rotated labels are kept to 24 characters: abbreviated, each with its full name in the key
    String key = Drawing.key(chart);
    for (int i = 0; i < 8; i++) {
      String label = plot.getDataset().getColumnKey(i).toString();
      assertThat(label).hasSizeLessThanOrEqualTo(24).endsWith("\u2026");
      assertThat(key).contains(label + " = Sector number ");
    }
    // taxes everywhere zero: no taxes series, so no legend item for it
    ExportDecomposition.Builder nb = ExportDecomposition.builder("billion USD");
    nb.sector("A", 10, Map.of("China", 3.0), 0).sector("B", 5, Map.of("China", 1.0), 0);
    JFreeChart untaxed = TradeCharts.exportDecomposition(nb.build(), "No taxes", style);
    assertThat(Drawing.list(untaxed.getCategoryPlot().getDataset().getRowKeys()))
        .containsExactly("Domestic value added", "Foreign VA: China");
    assertThat(untaxed.getCategoryPlot().getLegendItems().getItemCount()).isEqualTo(2);
  }

  private static Map<String, Double> ordered(Object... pairs) {
    Map<String, Double> m = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      m.put((String) pairs[i], (Double) pairs[i + 1]);
    }
    return m;
  }

  @Test
  void decompositionRejectsDuplicateSectors() {
    ExportDecomposition.Builder b = ExportDecomposition.builder("USD")
        .sector("A", 1, Map.of(), 0);
    assertThatThrownBy(() -> b.sector("A", 1, Map.of(), 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void flowsGoFromOriginsThroughSectorsIntoExports() {
    ValueAddedFlows flows = Illustrations.flows(content, "Illustria");
    JFreeChart chart = TradeCharts.valueAddedFlows(flows, "Flows", style);
    Drawing.draw(chart);
    assertThat(chart.getPlot()).isInstanceOf(FlowPlot.class);
    @SuppressWarnings("unchecked")
    FlowDataset<String> ds = ((FlowPlot) chart.getPlot()).getDataset();
    assertThat(ds.getStageCount()).isEqualTo(2);
    assertThat(ds.getSources(0)).containsExactly("Domestic", "China", "Korea", "Japan",
        "Rest of world");
    assertThat(ds.getDestinations(1)).containsExactly("Exports of Illustria");
    double foreign = content.foreignValueAddedInExports().get(key(1));
    String electronics = "Manufacture of computer, electronic and optical\u2026";
    assertThat(ds.getFlow(0, "China", electronics).doubleValue())
        .isCloseTo(0.4 * foreign, within(EPS));
    assertThat(ds.getFlow(1, electronics, "Exports of Illustria")
        .doubleValue()).isCloseTo(120, within(1e-9));
    assertThat(flows.total()).isCloseTo(230, within(1e-9));
  }
}
