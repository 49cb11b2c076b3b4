/**
 * JFreeChart charts of input-output results, one static factory call each, styled by an
 * explicit {@link org.sectoral.charts.ChartStyle}: {@link org.sectoral.charts.TradeCharts},
 * {@link org.sectoral.charts.LinkageCharts}, {@link org.sectoral.charts.ImpactCharts},
 * {@link org.sectoral.charts.TrendCharts} and {@link org.sectoral.charts.MatrixCharts}.
 */
package org.sectoral.charts;
