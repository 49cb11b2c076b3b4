package org.sectoral.charts.report;

import java.awt.Graphics2D;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.text.TextBlock;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYSeriesCollection;
import org.sectoral.charts.ChartStyle;
import org.sectoral.core.analysis.ResultTable;
import org.sectoral.core.internal.files.AtomicFiles;
import org.sectoral.core.table.RegionSector;

/** What the table and scenario reports share (internal): styles, sizes, texts, data files. */
final class ReportSupport {
  /** The English start of a chart's key of shortened labels. */
  private static final String KEY = "Key: ";

  private ReportSupport() {}

  /** The chart style of a report: its number locale, the default look otherwise. */
  static ChartStyle style(ReportOptions o) {
    return ChartStyle.builder().locale(o.locale()).build();
  }

  /** Height of a horizontal bar chart of {@code categories} bars (and a key of that length). */
  static int barHeight(int categories, JFreeChart chart, int width) {
    int key = 0;
    for (Object t : chart.getSubtitles()) {
      if (t instanceof TextTitle tt) {
        key += 18 * (1 + tt.getText().length() / Math.max(40, width / 7));
      }
    }
    return Math.max(320, 120 + 24 * categories + key);
  }

  /** Height of a chart with a key below it. */
  static int height(int base, JFreeChart chart, int width) {
    int key = 0;
    for (Object t : chart.getSubtitles()) {
      if (t instanceof TextTitle tt) {
        key += 18 * (1 + tt.getText().length() / Math.max(40, width / 7));
      }
    }
    return base + key;
  }

  /** Translates what the chart factories write in English: the key's heading, legend items. */
  static JFreeChart localize(JFreeChart chart, ReportText t, Map<String, String> names) {
    for (Object o : chart.getSubtitles()) {
      if (o instanceof TextTitle tt && tt.getText().startsWith(KEY)) {
        tt.setText(t.get("key") + tt.getText().substring(KEY.length()));
      }
    }
    if (chart.getPlot() instanceof XYPlot xy && xy.getDataset() instanceof XYSeriesCollection c) {
      for (int s = 0; s < c.getSeriesCount(); s++) {
        String key = String.valueOf(c.getSeriesKey(s));
        if (names.containsKey(key)) {
          c.getSeries(s).setKey(names.get(key));
        }
      }
    }
    if (chart.getPlot() instanceof CategoryPlot cp) {
      LegendItemCollection fixed = cp.getFixedLegendItems();
      if (fixed != null) {
        LegendItemCollection out = new LegendItemCollection();
        for (int i = 0; i < fixed.getItemCount(); i++) {
          LegendItem li = fixed.get(i);
          out.add(new LegendItem(names.getOrDefault(li.getLabel(), li.getLabel()), null, null,
              null, li.getShape(), li.getFillPaint()));
        }
        cp.setFixedLegendItems(out);
      }
      if (!names.isEmpty() && cp.getDomainAxis() != null) {
        cp.setDomainAxis(new RenamedCategoryAxis(cp.getDomainAxis(), names));
      }
    }
    return chart;
  }

  /** Writes tables as CSV files into {@code dir/sub}; returns their paths relative to dir. */
  static List<String> writeData(Path dir, String sub, List<ResultTable> tables)
      throws IOException {
    List<String> out = new ArrayList<>();
    Path folder = dir.resolve(sub);
    Files.createDirectories(folder);
    for (ResultTable t : tables) {
      AtomicFiles.writeText(folder.resolve(t.name() + ".csv"), t::writeCsv);
      out.add(sub + "/" + t.name() + ".csv");
    }
    return out;
  }

  /** A sector's name as shown in tables: with its region's code for multi-region tables. */
  static String name(RegionSector k, boolean multiRegion) {
    return multiRegion ? k.region().code() + " " + k.sector().name() : k.sector().name();
  }

  /** A number in scientific notation in the report's locale, e.g. 3.2e-16 (3,2e-16 in vi). */
  static String sci(double v, Locale locale) {
    return String.format(locale, "%.1e", v);
  }

  /** A share as percent text in the report's locale with one decimal, e.g. 45.3%. */
  static String percent(double share, Locale locale) {
    java.text.NumberFormat f = java.text.NumberFormat.getNumberInstance(locale);
    f.setMinimumFractionDigits(1);
    f.setMaximumFractionDigits(1);
    return f.format(100 * share) + "%";
  }

  /** A category axis whose labels are translated (internal). */
  static final class RenamedCategoryAxis extends CategoryAxis {
    private static final long serialVersionUID = 1L;
    private final Map<String, String> names;

    RenamedCategoryAxis(CategoryAxis from, Map<String, String> names) {
      super(from.getLabel());
      this.names = Map.copyOf(names);
      setLabelFont(from.getLabelFont());
      setTickLabelFont(from.getTickLabelFont());
      setAxisLinePaint(from.getAxisLinePaint());
      setTickMarkPaint(from.getTickMarkPaint());
      setCategoryLabelPositions(from.getCategoryLabelPositions());
      setMaximumCategoryLabelLines(from.getMaximumCategoryLabelLines());
      setMaximumCategoryLabelWidthRatio(from.getMaximumCategoryLabelWidthRatio());
      setCategoryMargin(from.getCategoryMargin());
      setLowerMargin(from.getLowerMargin());
      setUpperMargin(from.getUpperMargin());
    }

    @Override
    @SuppressWarnings("rawtypes")
    protected TextBlock createLabel(Comparable category, float width, RectangleEdge edge,
        Graphics2D g2) {
      String key = String.valueOf(category);
      return super.createLabel(names.getOrDefault(key, key), width, edge, g2);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof RenamedCategoryAxis r && r.names.equals(names) && super.equals(o);
    }

    @Override
    public int hashCode() {
      return super.hashCode();
    }
  }
}
