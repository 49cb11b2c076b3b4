package org.sectoral.charts.report;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.jfree.chart.JFreeChart;
import org.sectoral.charts.CategoryCharts;
import org.sectoral.charts.ChartStyle;
import org.sectoral.charts.ImpactCharts;
import org.sectoral.charts.LocalizationCurve;
import org.sectoral.charts.TimeSeriesData;
import org.sectoral.charts.TrendCharts;
import org.sectoral.core.analysis.ResultTable;
import org.sectoral.core.analysis.ScenarioOutcome;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.core.table.LabelledVector;
import org.sectoral.core.table.RegionSector;

/** The sections of a {@link ScenarioReport}: one per analysis, a chart by type (internal). */
final class ScenarioSections {
  /** Rows a preview table shows. */
  private static final int PREVIEW_ROWS = 12;

  private final InputOutputTable table;
  private final ReportOptions o;
  private final ReportText t;
  private final HtmlReport.Builder h;
  private final ChartStyle style;
  private final Locale locale;
  private final boolean multi;

  ScenarioSections(InputOutputTable table, ReportOptions o, ReportText t, HtmlReport.Builder h) {
    this.table = table;
    this.o = o;
    this.t = t;
    this.h = h;
    this.style = ReportSupport.style(o);
    this.locale = o.locale();
    this.multi = !table.isNational();
  }

  void overview(List<ScenarioOutcome> outcomes) {
    h.section(t.get("scenario.overview"));
    List<List<Object>> rows = new ArrayList<>();
    int i = 0;
    for (ScenarioOutcome oc : outcomes) {
      String key = "";
      for (Map.Entry<String, Object> e : oc.summary().entrySet()) {
        key = label(e.getKey()) + ": " + value(e.getValue());
        break;
      }
      rows.add(List.of(Integer.toString(++i), oc.name(), type(oc.type()), key));
    }
    h.table(List.of("#", t.get("scenario.analysis"), t.get("scenario.type"),
        t.get("scenario.keyResult")), rows, List.of());
  }

  void outcome(int number, ScenarioOutcome oc, List<String> hrefs) {
    h.section(oc.name());
    h.paragraph(t.get("scenario.type") + ": " + type(oc.type()));
    if (!oc.description().isEmpty()) {
      h.paragraph(oc.description());
    }
    List<List<Object>> rows = new ArrayList<>();
    for (Map.Entry<String, Object> e : oc.summary().entrySet()) {
      rows.add(List.of(label(e.getKey()), value(e.getValue())));
    }
    if (!rows.isEmpty()) {
      h.table(List.of(t.get("scenario.keyNumbers"), t.get("header.value")), rows, List.of());
    }
    try {
      chart(oc);
    } catch (RuntimeException e) {
      // a chart is a view of the tables: when a table lacks what the chart needs (an outcome
      // made by hand), the report keeps the tables and goes without that chart
    }
    for (ResultTable rt : oc.tables()) {
      preview(oc.type(), rt);
    }
    h.links(t.get("data") + ":", hrefs);
  }

  private void chart(ScenarioOutcome oc) {
    int w = o.chartWidth();
    switch (oc.type()) {
      case "scenario" -> oc.table("comparison").ifPresent(rt -> {
        Map<RegionSector, Double> change = new LinkedHashMap<>();
        for (int i = 0; i < rt.rowCount(); i++) {
          if (rt.text(i, "measure").equals("output")) {
            change.put(key(rt, i), rt.number(i, "change"));
          }
        }
        LabelledVector<RegionSector> v = largest(change, o.topSectors());
        JFreeChart c = ImpactCharts.change(v, "output", t.get("chart.scenario"), style);
        c.getCategoryPlot().getRangeAxis().setLabel(t.get("axis.scenario", table.unit()));
        localize(c);
        h.chart(c, t.get("chart.scenario"), w, ReportSupport.barHeight(v.size(), c, w));
      });
      case "localization" -> oc.table("localization").ifPresent(rt -> {
        Map<String, List<double[]>> curves = new LinkedHashMap<>();
        for (int i = 0; i < rt.rowCount(); i++) {
          curves.computeIfAbsent(key(rt, i).sector().name(), k -> new ArrayList<>())
              .add(new double[] {rt.number(i, "theta"),
                  rt.number(i, "domestic_value_added_content")});
        }
        LocalizationCurve.Builder b = LocalizationCurve.builder();
        curves.forEach((name, points) -> b.curve(name,
            points.stream().mapToDouble(p -> p[0]).toArray(),
            points.stream().mapToDouble(p -> p[1]).toArray()));
        JFreeChart c = TrendCharts.localization(b.build(), t.get("chart.localization"), style);
        c.getXYPlot().getDomainAxis().setLabel(t.get("axis.theta"));
        c.getXYPlot().getRangeAxis().setLabel(t.get("axis.share"));
        localize(c);
        h.chart(c, t.get("chart.localization"), w, ReportSupport.height(w * 5 / 9, c, w));
      });
      case "investment" -> oc.table("impact").ifPresent(rt -> {
        for (int i = 0; i < rt.rowCount(); i++) {
          if (rt.text(i, "measure").equals("output")) {
            double induced = rt.number(i, "induced");
            JFreeChart c = ImpactCharts.effectsWaterfall("output", rt.text(i, "unit"),
                rt.number(i, "direct"), rt.number(i, "indirect"), induced != 0
                    ? OptionalDouble.of(induced) : OptionalDouble.empty(),
                t.get("chart.investment"), style);
            c.getCategoryPlot().getRangeAxis().setLabel(t.get("axis.output",
                rt.text(i, "unit")));
            localize(c);
            h.chart(c, t.get("chart.investment"), w, ReportSupport.height(w / 2, c, w));
          }
        }
      });
      case "projection" -> oc.table("projection").ifPresent(rt -> {
        Map<Integer, Double> byYear = new TreeMap<>();
        for (int i = 0; i < rt.rowCount(); i++) {
          if (rt.text(i, "measure").equals("value added")) {
            byYear.merge(((Number) rt.cell(i, "year")).intValue(), rt.number(i, "value"),
                Double::sum);
          }
        }
        TimeSeriesData d = TimeSeriesData.builder(table.unit()).series(t.get("chart.projection"),
            byYear.keySet().stream().mapToInt(Integer::intValue).toArray(),
            byYear.values().stream().mapToDouble(Double::doubleValue).toArray()).build();
        JFreeChart c = TrendCharts.timeSeries(d, t.get("chart.projection"), style);
        c.getXYPlot().getRangeAxis().setLabel(t.get("axis.valueAdded", table.unit()));
        localize(c);
        h.chart(c, t.get("chart.projection"), w, ReportSupport.height(w / 2, c, w));
      });
      case "price" -> oc.table("prices").ifPresent(rt -> {
        Map<RegionSector, Double> change = new LinkedHashMap<>();
        for (int i = 0; i < rt.rowCount(); i++) {
          change.put(key(rt, i), rt.number(i, "relative_price_change"));
        }
        bars(largest(change, o.topSectors()), "chart.price", "axis.price", true, 2);
      });
      case "productionIndex" -> {
        oc.table("contributions").ifPresent(rt -> named(rt, "sub_sector", "contribution_pp",
            "chart.contributions", "axis.contributions", false, 2));
        oc.table("implied_weights").ifPresent(rt -> named(rt, "sub_sector", "implied_weight",
            "chart.weights", "axis.weights", true, 1));
      }
      case "regional" -> oc.table("provincial").ifPresent(rt -> {
        Map<RegionSector, Double> m = new LinkedHashMap<>();
        for (int i = 0; i < rt.rowCount(); i++) {
          m.put(table.key(rt.text(i, "sector")), rt.number(i, "output_multiplier"));
        }
        bars(largest(m, o.topSectors()), "chart.regional", "axis.regional", false, 3);
      });
      case "sda" -> oc.table("sda").ifPresent(rt -> {
        Map<String, Double> byFactor = new LinkedHashMap<>();
        for (int i = 0; i < rt.rowCount(); i++) {
          byFactor.merge(rt.text(i, "factor"), rt.number(i, "effect"), Double::sum);
        }
        JFreeChart c = CategoryCharts.bars(List.copyOf(byFactor.keySet()),
            byFactor.values().stream().mapToDouble(Double::doubleValue).toArray(),
            t.get("axis.sda", table.unit()), false, 1, t.get("chart.sda"), style);
        localize(c);
        h.chart(c, t.get("chart.sda"), w, ReportSupport.barHeight(byFactor.size(), c, w));
      });
      default -> { }
    }
  }

  private void bars(LabelledVector<RegionSector> v, String title, String axis, boolean percent,
      int digits) {
    int w = o.chartWidth();
    JFreeChart c = CategoryCharts.bars(v.keys(), v.toArray(), t.get(axis), percent, digits,
        t.get(title), style);
    localize(c);
    h.chart(c, t.get(title), w, ReportSupport.barHeight(v.size(), c, w));
  }

  private void named(ResultTable rt, String nameColumn, String valueColumn, String title,
      String axis, boolean percent, int digits) {
    int w = o.chartWidth();
    List<String> names = new ArrayList<>();
    double[] values = new double[rt.rowCount()];
    for (int i = 0; i < rt.rowCount(); i++) {
      names.add(rt.text(i, nameColumn));
      values[i] = rt.number(i, valueColumn);
    }
    JFreeChart c = CategoryCharts.bars(names, values, t.get(axis), percent, digits,
        t.get(title), style);
    localize(c);
    h.chart(c, t.get(title), w, ReportSupport.barHeight(names.size(), c, w));
  }

  /** The first rows of a table (or, for a comparison, the largest changes in output). */
  private void preview(String type, ResultTable rt) {
    List<Integer> rows = new ArrayList<>();
    if (type.equals("scenario") && rt.name().equals("comparison")) {
      for (int i = 0; i < rt.rowCount(); i++) {
        if (rt.text(i, "measure").equals("output")) {
          rows.add(i);
        }
      }
      rows.sort(Comparator.comparingDouble((Integer i) -> -Math.abs(rt.number(i, "change"))));
    } else {
      for (int i = 0; i < rt.rowCount(); i++) {
        rows.add(i);
      }
    }
    List<Integer> shown = rows.subList(0, Math.min(rows.size(), PREVIEW_ROWS));
    String file = rt.name() + ".csv";
    h.paragraph(type.equals("scenario") && rt.name().equals("comparison")
        ? t.get("scenario.largest", file, rt.rowCount())
        : rt.rowCount() <= PREVIEW_ROWS ? t.get("scenario.all", file, rt.rowCount())
        : t.get("scenario.preview", file, rt.rowCount()));
    List<String> headers = new ArrayList<>(rt.columns());
    int sectorColumn = rt.columnIndex("sector");
    if (sectorColumn >= 0) {
      headers.add(sectorColumn + 1, t.get("header.sector"));
    }
    List<List<Object>> out = new ArrayList<>();
    for (int i : shown) {
      List<Object> row = new ArrayList<>();
      for (int c = 0; c < rt.columns().size(); c++) {
        Object cell = rt.cell(i, c);
        row.add(cell instanceof Double d ? (Object) d : String.valueOf(cell));
        if (c == sectorColumn) {
          row.add(name(rt, i));
        }
      }
      out.add(row);
    }
    List<Integer> digits = new ArrayList<>();
    for (String hd : headers) {
      digits.add(hd.equals("theta") ? 2 : hd.contains("share") || hd.contains("content")
          || hd.contains("multiplier") || hd.contains("weight") || hd.contains("leakage")
          || hd.contains("price") || hd.contains("_pp") || hd.equals("growth") ? 4 : 1);
    }
    h.table(headers, out, List.of(), digits);
  }

  private String name(ResultTable rt, int i) {
    try {
      return key(rt, i).sector().name();
    } catch (RuntimeException e) {
      return "";
    }
  }

  private RegionSector key(ResultTable rt, int i) {
    String sector = rt.text(i, "sector");
    return rt.columnIndex("region") >= 0 ? table.key(rt.text(i, "region"), sector)
        : table.key(sector);
  }

  /** The {@code n} entries of largest magnitude, largest first. */
  private static LabelledVector<RegionSector> largest(Map<RegionSector, Double> values, int n) {
    List<Map.Entry<RegionSector, Double>> e = new ArrayList<>(values.entrySet());
    e.sort(Comparator.comparingDouble((Map.Entry<RegionSector, Double> x)
        -> -Math.abs(x.getValue())));
    e = e.subList(0, Math.min(n, e.size()));
    List<RegionSector> keys = new ArrayList<>();
    double[] v = new double[e.size()];
    for (int i = 0; i < e.size(); i++) {
      keys.add(e.get(i).getKey());
      v[i] = e.get(i).getValue();
    }
    return LabelledVector.of(keys, v, "");
  }

  private void localize(JFreeChart c) {
    ReportSupport.localize(c, t, Map.of(ImpactCharts.INCREASE, t.get("change.increase"),
        ImpactCharts.DECREASE, t.get("change.decrease"), ImpactCharts.DIRECT,
        t.get("effect.direct"), ImpactCharts.INDIRECT, t.get("effect.indirect"),
        ImpactCharts.INDUCED, t.get("effect.induced"), ImpactCharts.TOTAL,
        t.get("effect.total")));
  }

  private String type(String type) {
    return t.getOr("type." + type, type);
  }

  /** A key number's label in the report's language (as given when there is no translation). */
  private String label(String label) {
    String exact = t.getOr(labelKey(label), null);
    if (exact != null) {
      return exact;
    }
    for (String prefix : List.of("change in ", "total ")) {
      if (label.startsWith(prefix)) {
        String rest = label.substring(prefix.length());
        return t.getOr(labelKey(prefix.strip()), prefix.strip()) + " "
            + t.getOr(labelKey(rest), rest);
      }
    }
    if (label.endsWith(" effect")) {
      String factor = label.substring(0, label.length() - " effect".length());
      String effect = t.getOr(labelKey("effect"), null);
      return effect == null ? label : effect + " " + factor;
    }
    return label;
  }

  private static String labelKey(String label) {
    return "label." + label.replaceAll("[^A-Za-z0-9]+", "_").replaceAll("(^_+|_+$)", "");
  }

  private String value(Object v) {
    if (v instanceof Double d) {
      NumberFormat f = NumberFormat.getNumberInstance(locale);
      double a = Math.abs(d);
      int digits = a >= 1000 ? 0 : a >= 10 ? 1 : a >= 1 ? 3 : 4;
      f.setMinimumFractionDigits(digits);
      f.setMaximumFractionDigits(digits);
      return f.format(d);
    }
    return String.valueOf(v);
  }
}
