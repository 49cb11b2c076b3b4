package org.sectoral.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.IntervalBarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.IntervalCategoryDataset;
import org.jfree.chart.ui.Layer;
import org.junit.jupiter.api.Test;
import org.sectoral.charts.export.ChartExport;
import org.sectoral.core.uncertainty.MonteCarlo;
import org.sectoral.core.uncertainty.MonteCarloResult;
import org.sectoral.core.uncertainty.OneAtATime;
import org.sectoral.core.uncertainty.OutputSummary;
import org.sectoral.core.uncertainty.RankCorrelation;
import org.sectoral.core.uncertainty.ResultFunctions;
import org.sectoral.core.uncertainty.Sensitivity;
import org.sectoral.core.uncertainty.TablePerturbation;
import org.sectoral.core.uncertainty.UncertainInput;

/** The uncertainty charts' models: datasets, order, axes, renderers (never pixels). */
class UncertaintyChartsTest {
  private final ChartStyle style = ChartStyle.defaults();
  private final MonteCarloResult dva = MonteCarlo.builder().table(TestEconomy.table())
      .perturb(TablePerturbation.coefficients(0.15))
      .result(ResultFunctions.domesticValueAddedContent()).draws(300).seed(5).build().run();
  /**
   * y = 1 − a − 0.5b + 0.2c: swings (p5 to p95) 0.165 for the import share (sd 0.05), 0.066 for
   * the export price (lognormal, cv 0.1) and 0.045 for wage growth (uniform on [0, 0.1]).
   */
  private final MonteCarlo linear = MonteCarlo.builder()
      .input(UncertainInput.normal("Import share", 0.4, 0.05))
      .input(UncertainInput.uniform("Wage growth", 0.05, 0, 0.1))
      .input(UncertainInput.lognormal("Export price", 1, 0.1))
      .result(ResultFunctions.of(List.of("DVA share"), "1", v -> new double[] {
          1 - v.get("Import share") - 0.5 * v.get("Wage growth") + 0.2 * v.get("Export price")}))
      .draws(500).seed(3).build();

  @Test
  void intervalsShowThePercentileRangeMeanAndBaselinePerOutput() throws Exception {
    JFreeChart chart = UncertaintyCharts.intervals(dva, 5, 95,
        "Domestic value-added content",
        "Domestic value-added content, 5th–95th percentile (illustrative 4-sector economy)",
        style);
    Drawing.draw(chart);
    CategoryPlot plot = chart.getCategoryPlot();
    assertThat(plot.getOrientation()).isEqualTo(PlotOrientation.HORIZONTAL);
    IntervalCategoryDataset bars = (IntervalCategoryDataset) plot.getDataset(0);
    assertThat(Drawing.list(bars.getRowKeys())).containsExactly("p5–p95");
    assertThat(bars.getColumnCount()).isEqualTo(dva.labels().size());
    assertThat(plot.getRenderer(0)).isInstanceOf(IntervalBarRenderer.class);
    assertThat(plot.getRenderer(1)).isInstanceOf(LineAndShapeRenderer.class);
    CategoryDataset points = plot.getDataset(1);
    assertThat(Drawing.list(points.getRowKeys())).containsExactly(UncertaintyCharts.BASELINE,
        UncertaintyCharts.MEAN);
    for (int i = 0; i < dva.labels().size(); i++) {
      OutputSummary s = dva.summaries().get(i);
      assertThat(bars.getStartValue(0, i).doubleValue()).isEqualTo(s.percentile(5));
      assertThat(bars.getEndValue(0, i).doubleValue()).isEqualTo(s.percentile(95));
      assertThat(points.getValue(0, i).doubleValue()).isEqualTo(s.baseline());
      assertThat(points.getValue(1, i).doubleValue()).isEqualTo(s.mean());
      assertThat(s.percentile(5)).isLessThan(s.percentile(95));
    }
    assertThat(plot.getRangeAxis().getLabel()).isEqualTo("Domestic value-added content");
    Path png = ChartExport.png(chart, Path.of("target", "uncertainty", "intervals.png"), 800,
        500);
    assertThat(Files.readAllBytes(png)).startsWith(0x89, 'P', 'N', 'G');
  }

  @Test
  void tornadoPutsTheWidestSwingOnTopAroundTheBaseline() throws Exception {
    OneAtATime oat = Sensitivity.oneAtATime(linear, "DVA share", 5, 95);
    JFreeChart chart = UncertaintyCharts.tornado(oat, "DVA share of exports",
        "One-at-a-time sensitivity (illustrative assumptions)", style);
    Drawing.draw(chart);
    CategoryPlot plot = chart.getCategoryPlot();
    // one dataset per percentile, so that both bars of an input share its row
    IntervalCategoryDataset low = (IntervalCategoryDataset) plot.getDataset(0);
    IntervalCategoryDataset high = (IntervalCategoryDataset) plot.getDataset(1);
    assertThat(Drawing.list(low.getColumnKeys())).containsExactly("Import share",
        "Export price", "Wage growth");
    assertThat(Drawing.list(high.getColumnKeys())).isEqualTo(Drawing.list(low.getColumnKeys()));
    assertThat(Drawing.list(low.getRowKeys())).containsExactly(UncertaintyCharts.LOW + " (p5)");
    assertThat(Drawing.list(high.getRowKeys())).containsExactly(UncertaintyCharts.HIGH
        + " (p95)");
    for (int c = 0; c < 3; c++) {
      assertThat(low.getStartValue(0, c).doubleValue()).isEqualTo(oat.baseline());
      assertThat(low.getEndValue(0, c).doubleValue()).isEqualTo(oat.swings().get(c).outputLow());
      assertThat(high.getStartValue(0, c).doubleValue()).isEqualTo(oat.baseline());
      assertThat(high.getEndValue(0, c).doubleValue())
          .isEqualTo(oat.swings().get(c).outputHigh());
    }
    // the import share lowers the result when high: its high bar ends below the baseline
    assertThat(high.getEndValue(0, 0).doubleValue()).isLessThan(oat.baseline());
    assertThat(plot.getRenderer(0)).isInstanceOf(IntervalBarRenderer.class);
    assertThat(plot.getRenderer(0).getSeriesPaint(0)).isEqualTo(style.negativeColor());
    assertThat(plot.getRenderer(1).getSeriesPaint(0)).isEqualTo(style.positiveColor());
    assertThat(plot.getRangeAxis().getLabel()).isEqualTo("DVA share of exports");
    ValueMarker baseline = (ValueMarker) plot.getRangeMarkers(Layer.FOREGROUND).iterator().next();
    assertThat(baseline.getValue()).isEqualTo(oat.baseline());
    ChartExport.png(chart, Path.of("target", "uncertainty", "tornado.png"), 800, 500);
  }

  @Test
  void rankCorrelationsAreDivergingBarsOnAFixedAxis() throws Exception {
    List<RankCorrelation> rho = Sensitivity.rankCorrelations(linear.run(), "DVA share");
    JFreeChart chart = UncertaintyCharts.rankCorrelations(rho, "Rank correlations", style);
    Drawing.draw(chart);
    CategoryPlot plot = chart.getCategoryPlot();
    CategoryDataset ds = plot.getDataset();
    assertThat(Drawing.list(ds.getColumnKeys())).containsExactly("Import share", "Export price",
        "Wage growth");
    assertThat(ds.getValue(0, 0).doubleValue()).isEqualTo(rho.get(0).rho()).isNegative();
    assertThat(plot.getRenderer().getItemPaint(0, 0)).isEqualTo(style.negativeColor());
    assertThat(plot.getRenderer().getItemPaint(0, 1)).isEqualTo(style.positiveColor());
    assertThat(plot.getRenderer().getItemPaint(0, 2)).isEqualTo(style.negativeColor());
    assertThat(plot.getRangeAxis().getLowerBound()).isEqualTo(-1);
    assertThat(plot.getRangeAxis().getUpperBound()).isEqualTo(1);
    assertThat(plot.getRangeAxis().getLabel())
        .isEqualTo("Rank correlation with DVA share (Spearman ρ)");
    ChartExport.png(chart, Path.of("target", "uncertainty", "rank-correlations.png"), 800, 500);
  }
}
