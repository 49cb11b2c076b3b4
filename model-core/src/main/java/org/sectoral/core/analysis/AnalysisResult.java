package org.sectoral.core.analysis;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Optional;
import org.sectoral.core.footprint.Footprints;
import org.sectoral.core.leontief.LeontiefModel;
import org.sectoral.core.leontief.Multipliers;
import org.sectoral.core.leontief.SolverDiagnostics;
import org.sectoral.core.linkage.Linkages;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.core.trade.KwwDecomposition;
import org.sectoral.core.trade.TivaIndicators;
import org.sectoral.core.valueadded.ExportContent;

/**
 * The results of one {@link Analysis} of a table: the Leontief model and, for each
 * {@link AnalysisPart} asked for that applies to the table, its result object and its tidy
 * table. Immutable and safe to share between threads; the result objects compute any further
 * quantity (an inverse, a variation) on first call, through the same model.
 *
 * <p>The tidy tables ({@link #tables()}) are the CSV files {@code ./sectoral analyze} writes
 * beside the pymrio folder: {@code multipliers}, {@code linkages}, {@code value_added_content},
 * {@code tiva}, {@code kww}.
 */
public final class AnalysisResult {
  private final InputOutputTable table;
  private final AnalysisOptions options;
  private final LeontiefModel model;
  private final Multipliers multipliers;
  private final Linkages linkages;
  private final ExportContent exportContent;
  private final ImmutableMap<String, Footprints> footprints;
  private final TivaIndicators tiva;
  private final KwwDecomposition kww;
  private final ImmutableMap<String, ResultTable> tables;
  private final ImmutableList<String> warnings;

  AnalysisResult(InputOutputTable table, AnalysisOptions options, LeontiefModel model,
      Multipliers multipliers, Linkages linkages, ExportContent exportContent,
      ImmutableMap<String, Footprints> footprints, TivaIndicators tiva, KwwDecomposition kww,
      ImmutableMap<String, ResultTable> tables, ImmutableList<String> warnings) {
    this.table = table;
    this.options = options;
    this.model = model;
    this.multipliers = multipliers;
    this.linkages = linkages;
    this.exportContent = exportContent;
    this.footprints = footprints;
    this.tiva = tiva;
    this.kww = kww;
    this.tables = tables;
    this.warnings = warnings;
  }

  /** The table analysed. */
  public InputOutputTable table() {
    return table;
  }

  /** The options of the analysis. */
  public AnalysisOptions options() {
    return options;
  }

  /** The Leontief model of the table (A = Z·x̂⁻¹, solves with L = (I − A)⁻¹). */
  public LeontiefModel model() {
    return model;
  }

  /** What the solves of the analysis found: scaled residuals and condition estimate. */
  public SolverDiagnostics solverDiagnostics() {
    return model.diagnostics();
  }

  /** Whether {@code part} was computed (asked for and applicable to the table). */
  public boolean has(AnalysisPart part) {
    checkNotNull(part, "part");
    return switch (part) {
      case MULTIPLIERS -> multipliers != null;
      case LINKAGES -> linkages != null;
      case VALUE_ADDED_CONTENT -> exportContent != null;
      case FOOTPRINTS -> !footprints.isEmpty();
      case TIVA -> tiva != null;
      case KWW -> kww != null;
    };
  }

  /** Type I and Type II multipliers and effects, with the closure of the options. */
  public Optional<Multipliers> multipliers() {
    return Optional.ofNullable(multipliers);
  }

  /** Rasmussen–Hirschman linkages and key sectors. */
  public Optional<Linkages> linkages() {
    return Optional.ofNullable(linkages);
  }

  /** Value-added, import and tax contents (national tables with imports). */
  public Optional<ExportContent> exportContent() {
    return Optional.ofNullable(exportContent);
  }

  /** pymrio's footprint accounts of each satellite account, by account name. */
  public ImmutableMap<String, Footprints> footprints() {
    return footprints;
  }

  /** The OECD TiVA indicators (multi-region tables). */
  public Optional<TivaIndicators> tiva() {
    return Optional.ofNullable(tiva);
  }

  /** The Koopman–Wang–Wei decomposition (multi-region tables). */
  public Optional<KwwDecomposition> kww() {
    return Optional.ofNullable(kww);
  }

  /**
   * The tidy tables, in file order, by name: {@code multipliers} ({@code region, sector} and
   * every column of {@link Multipliers#columns()}), {@code linkages} ({@code backward_total,
   * forward_total, backward_direct, forward_direct, class}), {@code value_added_content}
   * ({@code domestic_value_added, import_content, tax_content, exports,
   * domestic_value_added_in_exports}), {@code tiva} ({@code country, indicator, value}) and
   * {@code kww} ({@code country, term, value}), each present when its part was computed.
   */
  public ImmutableMap<String, ResultTable> tables() {
    return tables;
  }

  /** The tidy table of a name in {@link #tables()}. */
  public Optional<ResultTable> table(String name) {
    return Optional.ofNullable(tables.get(checkNotNull(name, "name")));
  }

  /** The tidy table of a part that has one (not {@link AnalysisPart#FOOTPRINTS}). */
  public Optional<ResultTable> table(AnalysisPart part) {
    checkArgument(part != AnalysisPart.FOOTPRINTS, "Footprints have no tidy table");
    return table(part.id());
  }

  /**
   * Warnings to show with the results, one sentence each: the Type II diagnostics
   * ({@link Multipliers#diagnostics()}), a note when a closure was given but the table has
   * no Type II, and the solver's {@link org.sectoral.core.ErrorCode#ILL_CONDITIONED} warning
   * ({@link org.sectoral.core.leontief.SolverDiagnostics#warnings()}) when the economy is so
   * close to not being productive that small changes of the data move the results a lot.
   */
  public ImmutableList<String> warnings() {
    return warnings;
  }

  @Override
  public String toString() {
    return "AnalysisResult{" + table.name() + ", " + table.size() + " region-sectors, tables "
        + tables.keySet() + ", footprints " + footprints.keySet() + "}";
  }
}
