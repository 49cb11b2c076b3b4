package org.sectoral.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.CategoryItemRenderer;
import org.jfree.chart.renderer.category.WaterfallBarRenderer;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.Test;
import org.sectoral.core.leontief.Effects;
import org.sectoral.core.leontief.ImpactAnalysis;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.core.table.LabelledVector;
import org.sectoral.core.table.RegionSector;

class ImpactChartsTest {
  private final InputOutputTable table = TestEconomy.table();
  private final Effects output = ImpactAnalysis.of(table)
      .impact(TestEconomy.demandShock(table)).get(ImpactAnalysis.OUTPUT);
  private final ChartStyle style = ChartStyle.defaults();

  @Test
  void changeIsSortedDivergingBarsWithNegativesInTheirOwnColour() {
    JFreeChart chart = ImpactCharts.change(output, "Change", style);
    Drawing.draw(chart);
    CategoryPlot plot = chart.getCategoryPlot();
    CategoryDataset ds = plot.getDataset();
    assertThat(Drawing.list(ds.getRowKeys())).containsExactly(ImpactCharts.CHANGE_SERIES);
    assertThat(ds.getColumnCount()).isEqualTo(4);
    List<Double> values = new ArrayList<>();
    for (int c = 0; c < 4; c++) {
      values.add(ds.getValue(0, c).doubleValue());
    }
    assertThat(values).isSortedAccordingTo(Comparator.reverseOrder());
    assertThat(values.stream().mapToDouble(Double::doubleValue).sum())
        .isCloseTo(output.totalSum(), within(1e-9));
    assertThat((Object) ds.getColumnKey(3)).isEqualTo("Textiles and apparel");
    assertThat(values.get(3)).isNegative();
    CategoryItemRenderer r = plot.getRenderer();
    assertThat(r.getItemPaint(0, 3)).isEqualTo(style.negativeColor());
    assertThat(r.getItemPaint(0, 0)).isEqualTo(style.positiveColor());
    assertThat(plot.getRangeAxis().getLabel()).isEqualTo("Change in output (billion USD)");
    assertThat(plot.getFixedLegendItems().getItemCount()).isEqualTo(2);
  }

  @Test
  void changeFromBaselineAndScenarioIsTheirDifference() {
    LabelledVector<RegionSector> baseline = table.output();
    LabelledVector<RegionSector> scenario = baseline.plus(output.typeITotal());
    JFreeChart chart = ImpactCharts.change(baseline, scenario, "gross output", "Scenario",
        style);
    CategoryDataset ds = chart.getCategoryPlot().getDataset();
    double sum = 0;
    for (int c = 0; c < ds.getColumnCount(); c++) {
      sum += ds.getValue(0, c).doubleValue();
    }
    assertThat(sum).isCloseTo(output.directSum() + output.indirectSum(), within(1e-9));
    assertThat(chart.getCategoryPlot().getRangeAxis().getLabel())
        .isEqualTo("Change in gross output (billion USD)");
  }

  @Test
  void waterfallStepsFromDirectThroughIndirectAndInducedToTotal() {
    assertThat(output.induced()).isPresent();
    JFreeChart chart = ImpactCharts.effectsWaterfall(output, "Effects", style);
    Drawing.draw(chart);
    CategoryPlot plot = chart.getCategoryPlot();
    CategoryDataset ds = plot.getDataset();
    assertThat(Drawing.list(ds.getColumnKeys())).containsExactly("Direct", "Indirect", "Induced", "Total");
    assertThat(ds.getValue(0, 0).doubleValue()).isCloseTo(8, within(1e-9));
    assertThat(ds.getValue(0, 1).doubleValue()).isCloseTo(output.indirectSum(), within(1e-9));
    assertThat(ds.getValue(0, 2).doubleValue()).isCloseTo(output.inducedSum(), within(1e-9));
    assertThat(ds.getValue(0, 3).doubleValue()).isCloseTo(output.totalSum(), within(1e-9));
    assertThat(plot.getRenderer()).isInstanceOf(WaterfallBarRenderer.class);
    assertThat(plot.getRangeAxis().getLabel()).isEqualTo("Output (billion USD)");
  }
}
