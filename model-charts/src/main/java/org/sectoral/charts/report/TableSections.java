package org.sectoral.charts.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.sectoral.charts.CategoryCharts;
import org.sectoral.charts.ChartStyle;
import org.sectoral.charts.LinkageCharts;
import org.sectoral.charts.TradeCharts;
import org.sectoral.core.analysis.AnalysisResult;
import org.sectoral.core.footprint.Footprints;
import org.sectoral.core.leontief.Multipliers;
import org.sectoral.core.leontief.SolverDiagnostics;
import org.sectoral.core.linkage.KeySectorClass;
import org.sectoral.core.linkage.Linkages;
import org.sectoral.core.table.BalanceReport;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.core.table.LabelledMatrix;
import org.sectoral.core.table.LabelledVector;
import org.sectoral.core.table.Region;
import org.sectoral.core.table.RegionSector;
import org.sectoral.core.table.Stressor;
import org.sectoral.core.trade.KwwDecomposition;
import org.sectoral.core.trade.KwwTerm;
import org.sectoral.core.trade.TivaIndicator;
import org.sectoral.core.trade.TivaIndicators;
import org.sectoral.core.valueadded.ExportContent;

/** The sections of a {@link TableReport} (internal). */
final class TableSections {
  /** Most stressors of an account a footprint table shows (all are in the data file). */
  private static final int MAX_STRESSORS = 12;
  /** Most sectors the value-added content chart shows. */
  private static final int MAX_CONTENT_BARS = 40;

  private final AnalysisResult r;
  private final ReportOptions o;
  private final ReportText t;
  private final HtmlReport.Builder h;
  private final InputOutputTable table;
  private final ChartStyle style;
  private final Locale locale;
  private final boolean multi;

  TableSections(AnalysisResult r, ReportOptions o, ReportText t, HtmlReport.Builder h) {
    this.r = r;
    this.o = o;
    this.t = t;
    this.h = h;
    this.table = r.table();
    this.style = ReportSupport.style(o);
    this.locale = o.locale();
    this.multi = !table.isNational();
  }

  void summary() {
    h.section(t.get("summary"));
    String unit = table.unit();
    List<List<Object>> rows = new ArrayList<>();
    rows.add(List.of(t.get("summary.output"), amount(table.output().sum()), unit));
    rows.add(List.of(t.get("summary.valueAdded"), amount(table.valueAddedTotal().sum()), unit));
    rows.add(List.of(t.get("summary.finalDemand"), amount(table.finalDemandTotal().sum()),
        unit));
    if (table.exports().sum() != 0) {
      rows.add(List.of(t.get("summary.exports"), amount(table.exports().sum()), unit));
    }
    table.imports().ifPresent(m -> rows.add(List.of(t.get("summary.imports"),
        amount(m.columnSums().sum()), unit)));
    if (Arrays.stream(table.productTaxes().toArray()).anyMatch(v -> v != 0)) {
      rows.add(List.of(t.get("summary.taxes"), amount(table.productTaxes().sum()), unit));
    }
    r.multipliers().ifPresent(m -> {
      LabelledVector<RegionSector> one = m.output(
          org.sectoral.core.leontief.MultiplierType.TYPE_I);
      int best = argmax(one.toArray());
      rows.add(List.of(t.get("summary.maxMultiplier"), fixed(one.at(best), 3),
          ReportSupport.name(one.keys().get(best), multi)));
    });
    r.linkages().ifPresent(k -> rows.add(List.of(t.get("summary.keySectors"),
        new HtmlReport.Formatted(Integer.toString(classes(k).get(KeySectorClass.KEY).size())),
        t.get("summary.ofSectors", table.size()))));
    r.exportContent().ifPresent(c -> rows.add(List.of(t.get("summary.dvaShare"),
        fixed(100 * c.domesticShareOfExports(), 1), "%")));
    h.table(List.of(t.get("header.indicator"), t.get("header.value"), t.get("header.unit")),
        rows, List.of());
    h.paragraph(t.get("estimates", " " + table.name()));
  }

  private HtmlReport.Formatted amount(double v) {
    return fixed(v, 1);
  }

  private HtmlReport.Formatted fixed(double v, int digits) {
    java.text.NumberFormat f = java.text.NumberFormat.getNumberInstance(locale);
    f.setMinimumFractionDigits(digits);
    f.setMaximumFractionDigits(digits);
    return new HtmlReport.Formatted(f.format(v));
  }

  void warnings() {
    List<String> all = new ArrayList<>(o.warnings());
    all.addAll(r.warnings());
    if (!all.isEmpty()) {
      h.section(t.get("warnings"));
      all.forEach(h::note);
    }
  }

  void balance() {
    h.section(t.get("balance"));
    BalanceReport b = table.balanceReport();
    double largest = 0;
    for (int i = 0; i < table.size(); i++) {
      largest = Math.max(largest, Math.max(Math.abs(b.rowGaps().at(i)),
          Math.abs(b.columnGaps().at(i))));
    }
    String tol = ReportSupport.sci(b.tolerance(), locale);
    String abs = ReportSupport.sci(b.absoluteTolerance(), locale);
    if (b.isBalanced()) {
      h.paragraph(t.get("balance.ok", tol, abs, table.unit(),
          ReportSupport.sci(largest, locale)));
    } else {
      h.note(t.get("balance.not", b.violations().size(), tol, abs, table.unit()));
      List<List<Object>> rows = new ArrayList<>();
      for (BalanceReport.Gap g : b.worst(5)) {
        rows.add(List.of(ReportSupport.name(g.sector(), multi),
            t.get(g.side() == BalanceReport.Side.ROW ? "balance.row" : "balance.column"),
            g.gap(), ReportSupport.sci(g.relative(), locale)));
      }
      h.table(List.of(t.get("header.sector"), t.get("header.where"), t.get("header.gap"),
          t.get("header.relativeGap")), rows, List.of("", "", table.unit(), ""));
    }
    h.paragraph(t.get("balance.productive"));
    SolverDiagnostics d = r.solverDiagnostics();
    String condition = d.conditionEstimate().isPresent()
        ? t.get("balance.condition", ReportSupport.sci(d.conditionEstimate().getAsDouble(),
            locale)) : "";
    h.paragraph(t.get("balance.solver", ReportSupport.sci(d.largestScaledResidual(), locale),
        ReportSupport.sci(SolverDiagnostics.RESIDUAL_LIMIT, locale), condition));
  }

  void multipliers() {
    if (r.multipliers().isEmpty()) {
      return;
    }
    Multipliers m = r.multipliers().get();
    Map<String, LabelledVector<RegionSector>> cols = m.columns();
    LabelledVector<RegionSector> one = cols.get("output_type1");
    List<Integer> top = top(one.toArray(), o.topSectors());
    h.section(t.get("multipliers"));
    h.paragraph(t.get("multipliers.text", top.size()));
    if (!m.hasTypeII()) {
      h.note(t.get("multipliers.noTypeII"));
    }
    List<String> headers = new ArrayList<>(List.of(t.get("header.sector")));
    List<String> names = new ArrayList<>(List.of("output_type1"));
    headers.add(t.get("multipliers.output1"));
    if (cols.containsKey("output_type2")) {
      names.add("output_type2");
      headers.add(t.get("multipliers.output2"));
    }
    names.add("value_added_effect_type1");
    headers.add(t.get("multipliers.gva1"));
    if (cols.containsKey("income_effect_type1")) {
      names.add("income_effect_type1");
      headers.add(t.get("multipliers.income1"));
    }
    if (cols.containsKey("employment_effect_type1")) {
      names.add("employment_effect_type1");
      headers.add(t.get("multipliers.employment1"));
    }
    List<List<Object>> rows = new ArrayList<>();
    List<RegionSector> keys = new ArrayList<>();
    for (int i : top) {
      List<Object> row = new ArrayList<>(List.of(ReportSupport.name(one.keys().get(i), multi)));
      for (String n : names) {
        row.add(cols.get(n).at(i));
      }
      rows.add(row);
      keys.add(one.keys().get(i));
    }
    List<Integer> digits = new ArrayList<>(List.of(-1));
    names.forEach(n -> digits.add(n.startsWith("employment") ? 4 : 3));
    Map<String, double[]> series = new LinkedHashMap<>();
    series.put(t.get("multipliers.typeI"), top.stream().mapToDouble(one::at).toArray());
    if (cols.containsKey("output_type2")) {
      series.put(t.get("multipliers.typeII"), top.stream()
          .mapToDouble(cols.get("output_type2")::at).toArray());
    }
    JFreeChart chart = ReportSupport.localize(CategoryCharts.groupedBars(keys, series,
        t.get("multipliers.axis"), 2, t.get("multipliers.chart", top.size()), style), t,
        Map.of());
    int w = o.chartWidth();
    h.chart(chart, t.get("multipliers.chart", top.size()), w,
        ReportSupport.barHeight(keys.size() * series.size(), chart, w));
    h.table(headers, rows, List.of(), digits);
  }

  void linkages() {
    if (r.linkages().isEmpty()) {
      return;
    }
    Linkages k = r.linkages().get();
    Map<KeySectorClass, List<Integer>> classes = classes(k);
    h.section(t.get("linkages"));
    h.paragraph(t.get("linkages.text", classes.get(KeySectorClass.KEY).size(),
        classes.get(KeySectorClass.BACKWARD_ORIENTED).size(),
        classes.get(KeySectorClass.FORWARD_ORIENTED).size(),
        classes.get(KeySectorClass.WEAK).size()));
    JFreeChart chart = LinkageCharts.keySectorQuadrant(k, t.get("linkages.chart"), style);
    chart.getXYPlot().getDomainAxis().setLabel(t.get("linkages.bl"));
    chart.getXYPlot().getRangeAxis().setLabel(t.get("linkages.fl"));
    Map<String, String> names = Map.of(
        LinkageCharts.className(KeySectorClass.KEY), t.get("linkages.key"),
        LinkageCharts.className(KeySectorClass.BACKWARD_ORIENTED), t.get("linkages.backward"),
        LinkageCharts.className(KeySectorClass.FORWARD_ORIENTED), t.get("linkages.forward"),
        LinkageCharts.className(KeySectorClass.WEAK), t.get("linkages.weak"));
    ReportSupport.localize(chart, t, names);
    int w = o.chartWidth();
    h.chart(chart, t.get("linkages.chart"), w, ReportSupport.height(w * 2 / 3, chart, w));
    List<Integer> key = new ArrayList<>(classes.get(KeySectorClass.KEY));
    LabelledVector<RegionSector> bl = k.backwardTotal();
    LabelledVector<RegionSector> fl = k.forwardTotal();
    if (key.isEmpty()) {
      h.paragraph(t.get("linkages.none"));
      return;
    }
    key.sort(Comparator.comparingDouble((Integer i) -> -bl.at(i)));
    List<List<Object>> rows = new ArrayList<>();
    for (int i : key.subList(0, Math.min(key.size(), o.topSectors()))) {
      rows.add(List.of(ReportSupport.name(bl.keys().get(i), multi), bl.at(i), fl.at(i)));
    }
    h.paragraph(t.get("linkages.table"));
    h.table(List.of(t.get("header.sector"), "BL", "FL"), rows, List.of(), List.of(-1, 3, 3));
  }

  void content() {
    if (r.exportContent().isEmpty()) {
      return;
    }
    ExportContent c = r.exportContent().get();
    double[] exports = table.exports().toArray();
    List<Integer> exporters = top(exports, MAX_CONTENT_BARS);
    exporters.removeIf(i -> exports[i] <= 0);
    if (exporters.isEmpty()) {
      return;
    }
    h.section(t.get("content"));
    h.paragraph(t.get("content.text", ReportSupport.percent(c.domesticShareOfExports(),
        locale)));
    List<RegionSector> keys = new ArrayList<>();
    double[] shares = new double[exporters.size()];
    for (int n = 0; n < exporters.size(); n++) {
      keys.add(table.keys().get(exporters.get(n)));
      shares[n] = c.domesticValueAdded().at(exporters.get(n));
    }
    JFreeChart chart = TradeCharts.domesticValueAddedShares(LabelledVector.of(keys, shares, "1"),
        c.domesticShareOfExports(), t.get("content.chart"), style);
    chart.getCategoryPlot().getRangeAxis().setLabel(t.get("content.axis"));
    for (Object m : chart.getCategoryPlot().getRangeMarkers(
        org.jfree.chart.ui.Layer.FOREGROUND)) {
      if (m instanceof org.jfree.chart.plot.ValueMarker vm && vm.getLabel() != null) {
        vm.setLabel(t.get("content.average") + " "
            + ReportSupport.percent(vm.getValue(), locale));
      }
    }
    ReportSupport.localize(chart, t, Map.of());
    int w = o.chartWidth();
    h.chart(chart, t.get("content.chart"), w, ReportSupport.barHeight(keys.size(), chart, w));
    List<List<Object>> rows = new ArrayList<>();
    for (int i : exporters.subList(0, Math.min(exporters.size(), o.topSectors()))) {
      rows.add(List.of(ReportSupport.name(table.keys().get(i), multi), exports[i],
          100 * c.domesticValueAdded().at(i), 100 * c.importContent().at(i),
          c.domesticValueAddedInExports().at(i)));
    }
    h.paragraph(t.get("content.table", Math.min(exporters.size(), o.topSectors())));
    h.table(List.of(t.get("header.sector"), t.get("content.exports"), t.get("content.dva"),
        t.get("content.imports"), t.get("content.dvaExports")), rows,
        List.of("", table.unit(), "%", "%", table.unit()), List.of(-1, 1, 1, 1, 1));
  }

  void footprints() {
    if (r.footprints().isEmpty()) {
      return;
    }
    h.section(t.get("footprints"));
    h.paragraph(t.get("footprints.text"));
    for (Map.Entry<String, Footprints> e : r.footprints().entrySet()) {
      h.subsection(e.getKey());
      LabelledMatrix<Stressor, Region> pba = e.getValue().productionBasedByRegion();
      LabelledMatrix<Stressor, Region> cba = e.getValue().consumptionBasedByRegion();
      List<List<Object>> rows = new ArrayList<>();
      for (int i = 0; i < Math.min(pba.rowCount(), MAX_STRESSORS); i++) {
        for (int j = 0; j < pba.columnCount(); j++) {
          Stressor s = pba.rows().get(i);
          rows.add(List.of(s.name(), pba.columns().get(j).code(), pba.at(i, j), cba.at(i, j),
              s.unit()));
        }
      }
      h.table(List.of(t.get("footprints.stressor"), t.get("header.region"),
          t.get("footprints.production"), t.get("footprints.consumption"),
          t.get("header.unit")), rows, List.of(), List.of(-1, -1, 2, 2, -1));
    }
  }

  void tiva() {
    if (r.tiva().isEmpty()) {
      return;
    }
    TivaIndicators tiva = r.tiva().get();
    h.section(t.get("tiva"));
    h.paragraph(t.get("tiva.text"));
    List<List<Object>> rows = new ArrayList<>();
    List<Region> countries = tiva.countries().keys();
    double[] shares = new double[countries.size()];
    for (int c = 0; c < countries.size(); c++) {
      Region country = countries.get(c);
      shares[c] = tiva.value(country, TivaIndicator.EXGR_DVASH) / 100;
      rows.add(List.of(country.name(), tiva.value(country, TivaIndicator.EXGR),
          tiva.value(country, TivaIndicator.EXGR_DVA), tiva.value(country,
              TivaIndicator.EXGR_FVA), tiva.value(country, TivaIndicator.EXGR_DVASH)));
    }
    JFreeChart chart = ReportSupport.localize(CategoryCharts.bars(countries, shares,
        t.get("tiva.axis"), true, 1, t.get("tiva.chart"), style), t, Map.of());
    int w = o.chartWidth();
    h.chart(chart, t.get("tiva.chart"), w, ReportSupport.barHeight(countries.size(), chart, w));
    h.table(List.of(t.get("header.country"), "EXGR", "EXGR_DVA", "EXGR_FVA", "EXGR_DVASH"),
        rows, List.of("", table.unit(), table.unit(), table.unit(), "%"),
        List.of(-1, 1, 1, 1, 1));
  }

  void kww() {
    if (r.kww().isEmpty()) {
      return;
    }
    KwwDecomposition k = r.kww().get();
    h.section(t.get("kww"));
    h.paragraph(t.get("kww.text"));
    List<String> headers = new ArrayList<>(List.of(t.get("header.country")));
    for (KwwTerm term : KwwTerm.values()) {
      headers.add(term.name());
    }
    headers.add("EXGR");
    List<List<Object>> rows = new ArrayList<>();
    for (Region c : k.countries().keys()) {
      List<Object> row = new ArrayList<>(List.of(c.name()));
      for (KwwTerm term : KwwTerm.values()) {
        row.add(k.value(c, term));
      }
      row.add(k.grossExports().get(c));
      rows.add(row);
    }
    h.table(headers, rows, List.of());
  }

  /** Sector indices by class, every class present (possibly empty). */
  private static Map<KeySectorClass, List<Integer>> classes(Linkages k) {
    Map<KeySectorClass, List<Integer>> out = new EnumMap<>(KeySectorClass.class);
    for (KeySectorClass c : KeySectorClass.values()) {
      out.put(c, new ArrayList<>());
    }
    LabelledVector<RegionSector> bl = k.backwardTotal();
    LabelledVector<RegionSector> fl = k.forwardTotal();
    for (int i = 0; i < bl.size(); i++) {
      out.get(KeySectorClass.of(bl.at(i), fl.at(i))).add(i);
    }
    return out;
  }

  /** Indices of the {@code n} largest values, largest first (ties by index). */
  static List<Integer> top(double[] values, int n) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < values.length; i++) {
      order.add(i);
    }
    order.sort(Comparator.comparingDouble((Integer i) -> -values[i])
        .thenComparingInt(i -> i));
    return new ArrayList<>(order.subList(0, Math.min(n, order.size())));
  }

  private static int argmax(double[] v) {
    int best = 0;
    for (int i = 1; i < v.length; i++) {
      if (v[i] > v[best]) {
        best = i;
      }
    }
    return best;
  }
}
