package org.sectoral.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.plot.CategoryMarker;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.core.table.RegionSector;
import org.sectoral.core.valueadded.ExportContent;

class TrendChartsTest {
  private final ChartStyle style = ChartStyle.defaults();

  @Test
  void localizationCurvesStartAtTheDomesticContentOfCore() {
    InputOutputTable table = TestEconomy.table();
    JFreeChart chart = TrendCharts.localization(Illustrations.localization(table), "Loc", style);
    Drawing.draw(chart);
    XYPlot plot = chart.getXYPlot();
    XYDataset ds = plot.getDataset();
    assertThat(ds.getSeriesCount()).isEqualTo(4);
    assertThat((Object) ds.getSeriesKey(1))
        .isEqualTo("Manufacture of computer, electronic and optical\u2026");
    assertThat(Drawing.key(chart)).isEqualTo("Key: Manufacture of computer, electronic and "
        + "optical\u2026 = Manufacture of computer, electronic and optical products");
    ExportContent content = ExportContent.of(table);
    for (int s = 0; s < 4; s++) {
      RegionSector k = RegionSector.of(TestEconomy.REGION, TestEconomy.SECTORS.get(s));
      assertThat(ds.getXValue(s, 0)).isZero();
      assertThat(ds.getXValue(s, ds.getItemCount(s) - 1)).isEqualTo(1.0);
      assertThat(ds.getYValue(s, 0)).isCloseTo(content.domesticValueAdded().get(k),
          within(1e-9));
      assertThat(ds.getYValue(s, ds.getItemCount(s) - 1)).isGreaterThan(ds.getYValue(s, 0));
    }
    XYLineAndShapeRenderer r = (XYLineAndShapeRenderer) plot.getRenderer();
    assertThat(r.getLegendItemToolTipGenerator().generateLabel(ds, 1))
        .isEqualTo("Manufacture of computer, electronic and optical products");
    assertThat(plot.getDomainAxis().getRange().getLowerBound()).isZero();
    assertThat(plot.getDomainAxis().getRange().getUpperBound()).isEqualTo(1.0);
  }

  @Test
  void localizationAxisEndsAtTheLargestThetaWithReadableTicks() {
    JFreeChart chart = TrendCharts.localization(LocalizationCurve.builder()
        .curve("A", new double[] {0, 0.25, 0.5}, new double[] {0.37, 0.45, 0.57}).build(),
        "Half", style);
    NumberAxis x = (NumberAxis) chart.getXYPlot().getDomainAxis();
    // an explicit tick unit: automatic selection would depend on the width of the tick labels,
    // that is on the installed fonts
    assertThat(x.isAutoTickUnitSelection()).isFalse();
    assertThat(x.isAutoRange()).isFalse();
    Drawing.draw(chart);
    assertThat(x.getRange().getLowerBound()).isZero();
    assertThat(x.getRange().getUpperBound()).isEqualTo(0.5);
    assertThat(x.getTickUnit().getSize()).isEqualTo(0.1);
    assertThat(x.getTickUnit().valueToString(0.3)).isEqualTo("0.3");
  }

  @Test
  void localizationRejectsDecreasingTheta() {
    assertThatThrownBy(() -> LocalizationCurve.builder()
        .curve("A", new double[] {0, 0.5, 0.4}, new double[] {0.1, 0.2, 0.3}))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void timeSeriesMarksTheTargetLevelAndPeriod() {
    TimeSeriesData data = Illustrations.localContentPath();
    JFreeChart chart = TrendCharts.timeSeries(data, "Target", style);
    Drawing.draw(chart);
    CategoryPlot plot = chart.getCategoryPlot();
    CategoryDataset ds = plot.getDataset();
    assertThat(ds.getRowCount()).isEqualTo(3);
    assertThat(Drawing.list(ds.getColumnKeys())).containsExactly("2018", "2019", "2020", "2021", "2022",
        "2023", "2024", "2025", "2026", "2027", "2028", "2029", "2030");
    assertThat(ds.getValue("Observed", "2025")).isNull();
    assertThat(ds.getValue("Projected: supplier programme", "2030").doubleValue())
        .isEqualTo(43.6);
    assertThat(plot.getRenderer()).isInstanceOf(LineAndShapeRenderer.class);
    assertThat(plot.getRangeAxis().getLabel()).isEqualTo("Domestic value added, % of exports");
    assertThat(Drawing.list(plot.getRangeMarkers(Layer.FOREGROUND))).singleElement().satisfies(m -> {
      assertThat(((ValueMarker) m).getValue()).isEqualTo(45.0);
      assertThat(((ValueMarker) m).getLabel()).isEqualTo("2030 target: 45");
    });
    assertThat(Drawing.list(plot.getDomainMarkers(Layer.BACKGROUND))).singleElement()
        .satisfies(m -> assertThat((Object) ((CategoryMarker) m).getKey()).isEqualTo("2030"));
    assertThat(plot.getRangeAxis().getRange().contains(45.0)).isTrue();
    // 13 year labels fit side by side: no rotation
    assertThat(plot.getDomainAxis().getCategoryLabelPositions())
        .isEqualTo(CategoryLabelPositions.STANDARD);
  }

  @Test
  void growthBarsShowPeriodOnPeriodPercentChange() {
    JFreeChart chart = TrendCharts.growthBars(Illustrations.industrialProduction(), "Growth",
        style);
    Drawing.draw(chart);
    CategoryPlot plot = chart.getCategoryPlot();
    CategoryDataset ds = plot.getDataset();
    assertThat(ds.getRowCount()).isEqualTo(3);
    assertThat(Drawing.list(ds.getColumnKeys())).hasSize(9).first().isEqualTo("2016");
    assertThat(ds.getValue("Electronics", "2016").doubleValue()).isCloseTo(12.0, within(1e-9));
    assertThat(ds.getValue("Textiles and apparel", "2020").doubleValue())
        .isCloseTo(100 * (112.0 / 124 - 1), within(1e-9));
    assertThat(plot.getRenderer()).isInstanceOf(BarRenderer.class);
    assertThat(plot.getRangeAxis().getLabel()).isEqualTo("% change on previous period");
  }

  @Test
  void periodsKeepInsertionOrderUnlessDateLike() {
    TimeSeriesData quarters = TimeSeriesData.builder("t")
        .series("a", List.of("Q3", "Q1", "Q2"), new double[] {1, 2, 3}).build();
    assertThat(quarters.periods()).containsExactly("Q3", "Q1", "Q2");
    TimeSeriesData months = TimeSeriesData.builder("t")
        .series("a", List.of("2024-03", "2024-01"), new double[] {1, 2})
        .target("2024-02", 5, "goal").build();
    assertThat(months.periods()).containsExactly("2024-01", "2024-02", "2024-03");
  }
}
