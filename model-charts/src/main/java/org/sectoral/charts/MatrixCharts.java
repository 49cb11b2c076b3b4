package org.sectoral.charts;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.awt.Color;
import java.text.NumberFormat;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.LookupPaintScale;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.DefaultXYZDataset;
import org.sectoral.core.table.LabelledMatrix;

/**
 * Heatmaps of labelled matrices such as technical coefficients A = Z·x̂⁻¹ or the Leontief
 * inverse L = (I − A)⁻¹ (Miller &amp; Blair 2009, ch. 2), with a colour-scale legend.
 */
public final class MatrixCharts {
  /** Series key of the heatmap's XYZ dataset. */
  public static final String SERIES = "matrix";
  /** Matrices with at most this many rows and columns show their values in the cells. */
  public static final int ANNOTATE_UP_TO = 12;
  /** Number of colour steps of the paint scale. */
  static final int STEPS = 64;

  private MatrixCharts() {}

  /**
   * A heatmap of {@code matrix}: column j at x = j, row i at y = i with the first row on top,
   * cell colour from white (the lower bound: 0, or the minimum if negative) to the first
   * palette colour (the maximum), and a {@link PaintScaleLegend} on the right. Row and column
   * labels are display names abbreviated to {@link ChartStyle#maxLabelLength()}; column labels
   * turn vertical beyond {@link ChartStyle#rotateLabelsAbove()} columns or when they would not
   * fit side by side. Matrices up to {@value #ANNOTATE_UP_TO} × {@value #ANNOTATE_UP_TO} show
   * each value (3 decimals) in its cell.
   */
  public static <R, C> JFreeChart heatmap(LabelledMatrix<R, C> matrix, String title,
      ChartStyle style) {
    checkNotNull(matrix, "matrix");
    checkNotNull(style, "style");
    int rows = matrix.rowCount();
    int cols = matrix.columnCount();
    checkArgument(rows > 0 && cols > 0, "Empty matrix");
    double[] xs = new double[rows * cols];
    double[] ys = new double[rows * cols];
    double[] zs = new double[rows * cols];
    double min = 0;
    double max = 0;
    int k = 0;
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j < cols; j++) {
        xs[k] = j;
        ys[k] = i;
        zs[k] = matrix.at(i, j);
        min = Math.min(min, zs[k]);
        max = Math.max(max, zs[k]);
        k++;
      }
    }
    if (max <= min) {
      max = min + 1;
    }
    DefaultXYZDataset dataset = new DefaultXYZDataset();
    dataset.addSeries(SERIES, new double[][] {xs, ys, zs});
    PaintScale scale = paintScale(min, max, style.seriesColor(0));
    XYBlockRenderer renderer = new XYBlockRenderer();
    renderer.setPaintScale(scale);
    renderer.setBlockWidth(1);
    renderer.setBlockHeight(1);
    Labels.AxisLabels rowAxis = Labels.of(matrix.rows().keys(), style.maxLabelLength());
    Labels.AxisLabels colAxis = Labels.of(matrix.columns().keys(), style.maxLabelLength());
    List<String> rowLabels = rowAxis.shown();
    List<String> colLabels = colAxis.shown();
    List<String> rowFull = rowAxis.full();
    List<String> colFull = colAxis.full();
    renderer.setDefaultToolTipGenerator((data, series, item) -> String.format(style.locale(),
        "%s ← %s: %.4f", rowFull.get(item / cols), colFull.get(item % cols),
        ((DefaultXYZDataset) data).getZValue(series, item)));
    SymbolAxis x = new SymbolAxis(null, colLabels.toArray(new String[0]));
    x.setGridBandsVisible(false);
    int longest = colLabels.stream().mapToInt(String::length).max().orElse(0);
    x.setVerticalTickLabels(cols > style.rotateLabelsAbove() || cols * longest > 60);
    x.setRange(-0.5, cols - 0.5);
    SymbolAxis y = new SymbolAxis(null, rowLabels.toArray(new String[0]));
    y.setGridBandsVisible(false);
    y.setInverted(true);
    y.setRange(-0.5, rows - 0.5);
    XYPlot plot = new XYPlot(dataset, x, y, renderer);
    ChartSupport.xyPlot(plot, style);
    plot.setDomainGridlinesVisible(false);
    plot.setRangeGridlinesVisible(false);
    plot.setBackgroundPaint(Color.WHITE);
    if (rows <= ANNOTATE_UP_TO && cols <= ANNOTATE_UP_TO) {
      annotate(plot, matrix, min, max, style);
    }
    java.util.Map<String, String> key = new java.util.LinkedHashMap<>(rowAxis.key());
    key.putAll(colAxis.key());
    JFreeChart chart = ChartSupport.withKey(ChartSupport.chart(title, plot, false, style),
        new Labels.AxisLabels(List.copyOf(key.keySet()), List.copyOf(key.values())), style);
    String unit = matrix.unit();
    NumberAxis scaleAxis = ChartSupport.numberAxis(unit.isEmpty() || unit.equals("1") ? null
        : unit, style, false, 3);
    scaleAxis.setRange(min, max);
    PaintScaleLegend legend = new PaintScaleLegend(scale, scaleAxis);
    legend.setPosition(RectangleEdge.RIGHT);
    legend.setMargin(new RectangleInsets(4, 10, 4, 4));
    legend.setStripWidth(14);
    legend.setAxisOffset(4);
    legend.setSubdivisionCount(STEPS);
    legend.setBackgroundPaint(style.background());
    chart.addSubtitle(legend);
    return chart;
  }

  private static void annotate(XYPlot plot, LabelledMatrix<?, ?> matrix, double min,
      double max, ChartStyle style) {
    NumberFormat nf = style.numberFormat(3);
    nf.setMinimumFractionDigits(3);
    for (int i = 0; i < matrix.rowCount(); i++) {
      for (int j = 0; j < matrix.columnCount(); j++) {
        double v = matrix.at(i, j);
        XYTextAnnotation a = new XYTextAnnotation(nf.format(v), j, i);
        a.setFont(style.tickFont());
        a.setPaint((v - min) / (max - min) > 0.55 ? Color.WHITE : Color.BLACK);
        plot.addAnnotation(a);
      }
    }
  }

  /** A sequential scale from white at {@code lower} to {@code high} at {@code upper}. */
  static PaintScale paintScale(double lower, double upper, Color high) {
    LookupPaintScale scale = new LookupPaintScale(lower, upper, Color.WHITE);
    for (int s = 0; s <= STEPS; s++) {
      double f = (double) s / STEPS;
      Color c = new Color(mix(255, high.getRed(), f), mix(255, high.getGreen(), f),
          mix(255, high.getBlue(), f));
      scale.add(lower + f * (upper - lower), c);
    }
    return scale;
  }

  private static int mix(int from, int to, double f) {
    return (int) Math.round(from + (to - from) * f);
  }
}
