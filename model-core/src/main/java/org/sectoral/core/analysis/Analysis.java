package org.sectoral.core.analysis;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sectoral.core.ErrorCode;
import org.sectoral.core.SectoralException;
import org.sectoral.core.footprint.Footprints;
import org.sectoral.core.leontief.Diagnostic;
import org.sectoral.core.leontief.LeontiefModel;
import org.sectoral.core.leontief.Multipliers;
import org.sectoral.core.leontief.SolverDiagnostics;
import org.sectoral.core.linkage.KeySectorClass;
import org.sectoral.core.linkage.Linkages;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.core.table.LabelledVector;
import org.sectoral.core.table.RegionSector;
import org.sectoral.core.table.SatelliteAccount;
import org.sectoral.core.trade.KwwDecomposition;
import org.sectoral.core.trade.KwwRow;
import org.sectoral.core.trade.TivaIndicators;
import org.sectoral.core.trade.TivaRow;
import org.sectoral.core.valueadded.ExportContent;

/**
 * A whole analysis of a table in one call, the idea of pymrio's {@code calc_all} as an
 * immutable value: one Leontief model (one factorization of I − A), then multipliers (Type I
 * and II), linkages and key sectors, value-added contents, footprints, TiVA and KWW, each where
 * it applies.
 *
 * <pre>{@code
 * AnalysisResult r = Analysis.of(table);                       // every part, default options
 * double agriculture = r.multipliers().orElseThrow()
 *     .output(MultiplierType.TYPE_II).get(table.key("01"));
 * ResultTable linkages = r.tables().get("linkages");           // as in linkages.csv
 * }</pre>
 *
 * <p>Memory: the table, the model's coefficients and one n × n factorization (plus L with
 * {@link AnalysisOptions#withInverse()}); each result is a few vectors of n. Saving the results
 * in the folder layout of {@code ./sectoral analyze} is {@code AnalysisWriter} in model-io.
 */
public final class Analysis {
  private Analysis() {}

  /** Every part that applies to the table, with {@link AnalysisOptions#defaults()}. */
  public static AnalysisResult of(InputOutputTable table) {
    return of(table, AnalysisOptions.defaults());
  }

  /**
   * The parts of {@code options} that apply to the table, computed now (so that every failure
   * comes from this call, before anything is saved).
   *
   * @throws SectoralException {@link ErrorCode#NOT_PRODUCTIVE} when I − A (or, for Type II, the
   *     model closed with respect to households) has no non-negative inverse; the solver's codes
   *     ({@link ErrorCode#NOT_CONVERGED}, {@link ErrorCode#INACCURATE_SOLUTION})
   * @throws java.util.concurrent.CancellationException when the token of the solver options
   *     ({@link org.sectoral.core.leontief.SolverOptions#withCancellation}) is cancelled: inside
   *     the solver's work and between the parts of the analysis
   */
  public static AnalysisResult of(InputOutputTable table, AnalysisOptions options) {
    checkNotNull(table, "table");
    checkNotNull(options, "options");
    Stages stages = new Stages(options);
    stages.start("model");
    return of(table, LeontiefModel.of(table, options.solver()), options, stages);
  }

  /**
   * As {@link #of(InputOutputTable, AnalysisOptions)} with the Leontief model of the table
   * already made (e.g. so that its A can be written while the rest is computed); the model's
   * own solver options are used, not those of {@code options}.
   *
   * @throws SectoralException {@link ErrorCode#DIMENSION_MISMATCH} when the model's keys are
   *     not the table's
   */
  public static AnalysisResult of(InputOutputTable table, LeontiefModel model,
      AnalysisOptions options) {
    checkNotNull(table, "table");
    checkNotNull(model, "model");
    checkNotNull(options, "options");
    if (!model.keys().equals(table.keys())) {
      throw SectoralException.of(ErrorCode.DIMENSION_MISMATCH, java.util.List.of(table.name()),
          "The Leontief model's keys differ from those of table %s", table.name());
    }
    Stages stages = new Stages(options);
    stages.start("model");
    return of(table, model, options, stages);
  }

  private static AnalysisResult of(InputOutputTable table, LeontiefModel model,
      AnalysisOptions options, Stages stages) {
    if (options.withInverse()) {
      model.leontiefInverse();
    }
    stages.end("model");
    ImmutableMap.Builder<String, ResultTable> tables = ImmutableMap.builder();
    List<String> warnings = new ArrayList<>();
    Multipliers multipliers = null;
    if (wanted(options, AnalysisPart.MULTIPLIERS, table)) {
      stages.start(AnalysisPart.MULTIPLIERS.id());
      multipliers = Multipliers.of(table, model, options.closure());
      if (multipliers.hasTypeII()) {
        for (Diagnostic d : multipliers.diagnostics()) {
          warnings.add(d.toString());
        }
      } else if (!options.closure().isDefault()) {
        warnings.add("no Type II (the table lacks compensation or household consumption): "
            + "the household closure is not used");
      }
      tables.put(AnalysisPart.MULTIPLIERS.id(), multipliersTable(table, multipliers));
      stages.end(AnalysisPart.MULTIPLIERS.id());
    }
    Linkages linkages = null;
    if (wanted(options, AnalysisPart.LINKAGES, table)) {
      stages.start(AnalysisPart.LINKAGES.id());
      linkages = Linkages.of(model);
      tables.put(AnalysisPart.LINKAGES.id(), linkagesTable(table, linkages));
      stages.end(AnalysisPart.LINKAGES.id());
    }
    ExportContent content = null;
    if (wanted(options, AnalysisPart.VALUE_ADDED_CONTENT, table)) {
      stages.start(AnalysisPart.VALUE_ADDED_CONTENT.id());
      content = ExportContent.of(table, model);
      tables.put(AnalysisPart.VALUE_ADDED_CONTENT.id(), contentTable(table, content));
      stages.end(AnalysisPart.VALUE_ADDED_CONTENT.id());
    }
    ImmutableMap.Builder<String, Footprints> footprints = ImmutableMap.builder();
    if (wanted(options, AnalysisPart.FOOTPRINTS, table)) {
      stages.start(AnalysisPart.FOOTPRINTS.id());
      for (Map.Entry<String, SatelliteAccount> e : table.satellites().entrySet()) {
        footprints.put(e.getKey(), Footprints.of(table, model, e.getValue()));
      }
      stages.end(AnalysisPart.FOOTPRINTS.id());
    }
    TivaIndicators tiva = null;
    if (wanted(options, AnalysisPart.TIVA, table)) {
      stages.start(AnalysisPart.TIVA.id());
      tiva = TivaIndicators.of(table, model);
      ResultTable.Builder b = ResultTable.builder("tiva", "country", "indicator", "value");
      for (TivaRow r : tiva.rows()) {
        b.row(r.country().code(), r.indicator().name(), r.value());
      }
      tables.put(AnalysisPart.TIVA.id(), b.build());
      stages.end(AnalysisPart.TIVA.id());
    }
    KwwDecomposition kww = null;
    if (wanted(options, AnalysisPart.KWW, table)) {
      stages.start(AnalysisPart.KWW.id());
      kww = tiva != null ? KwwDecomposition.of(tiva) : KwwDecomposition.of(table, model);
      ResultTable.Builder b = ResultTable.builder("kww", "country", "term", "value");
      for (KwwRow r : kww.rows()) {
        b.row(r.country().code(), r.term().name(), r.value());
      }
      tables.put(AnalysisPart.KWW.id(), b.build());
      stages.end(AnalysisPart.KWW.id());
    }
    SolverDiagnostics d = model.diagnostics();
    for (ErrorCode w : d.warnings()) {
      warnings.add(w + ": the economy is within a hair of not being productive, so small changes"
          + " of the data move the results a lot (" + d + ")");
    }
    return new AnalysisResult(table, options, model, multipliers, linkages, content,
        footprints.build(), tiva, kww, tables.build(), ImmutableList.copyOf(warnings));
  }

  private static boolean wanted(AnalysisOptions o, AnalysisPart part, InputOutputTable t) {
    return o.includes(part) && part.appliesTo(t);
  }

  /** {@code multipliers}: region, sector and every column of {@link Multipliers#columns()}. */
  static ResultTable multipliersTable(InputOutputTable t, Multipliers m) {
    Map<String, LabelledVector<RegionSector>> columns = m.columns();
    List<String> header = new ArrayList<>(List.of("region", "sector"));
    header.addAll(columns.keySet());
    return byKey(ResultTable.builder("multipliers", header), t,
        List.copyOf(columns.values()), null).build();
  }

  /** {@code linkages}: total and direct backward and forward linkages and the class. */
  static ResultTable linkagesTable(InputOutputTable t, Linkages k) {
    LabelledVector<RegionSector> bl = k.backwardTotal();
    LabelledVector<RegionSector> fl = k.forwardTotal();
    List<String> classes = new ArrayList<>();
    for (int i = 0; i < bl.size(); i++) {
      classes.add(KeySectorClass.of(bl.at(i), fl.at(i)).name());
    }
    return byKey(ResultTable.builder("linkages", "region", "sector", "backward_total",
        "forward_total", "backward_direct", "forward_direct", "class"), t,
        List.of(bl, fl, k.backwardDirect(), k.forwardDirect()), classes).build();
  }

  /** {@code value_added_content}: contents per unit of output, exports and DVA in exports. */
  static ResultTable contentTable(InputOutputTable t, ExportContent c) {
    return byKey(ResultTable.builder("value_added_content", "region", "sector",
        "domestic_value_added", "import_content", "tax_content", "exports",
        "domestic_value_added_in_exports"), t, List.of(c.domesticValueAdded(),
            c.importContent(), c.taxContent(), t.exports(), c.domesticValueAddedInExports()),
        null).build();
  }

  private static ResultTable.Builder byKey(ResultTable.Builder b, InputOutputTable t,
      List<LabelledVector<RegionSector>> cols, List<String> last) {
    for (int i = 0; i < t.size(); i++) {
      RegionSector k = t.keys().get(i);
      List<Object> r = new ArrayList<>(cols.size() + 3);
      r.add(k.region().code());
      r.add(k.sector().code());
      for (LabelledVector<RegionSector> c : cols) {
        r.add(c.at(i));
      }
      if (last != null) {
        r.add(last.get(i));
      }
      b.row(r);
    }
    return b;
  }

  /** Stage reports to the options' listener, and the solver's token checked between stages. */
  private record Stages(AnalysisOptions options) {
    void start(String stage) {
      options.solver().cancellation().ifPresent(t -> t.throwIfCancelled("analysis"));
      options.progress().progress(stage, 0, Double.NaN);
    }

    void end(String stage) {
      options.progress().progress(stage, 1, Double.NaN);
      options.solver().cancellation().ifPresent(t -> t.throwIfCancelled("analysis"));
    }
  }
}
