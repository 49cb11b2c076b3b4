package org.sectoral.io.analysis;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.sectoral.core.CancellationToken;
import org.sectoral.core.ProgressListener;
import org.sectoral.core.analysis.Analysis;
import org.sectoral.core.analysis.AnalysisOptions;
import org.sectoral.core.analysis.AnalysisPart;
import org.sectoral.core.analysis.AnalysisResult;
import org.sectoral.core.analysis.ResultTable;
import org.sectoral.core.leontief.LeontiefModel;
import org.sectoral.core.internal.files.AtomicFiles;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.io.LoadedTable;
import org.sectoral.io.pymrio.PymrioSystem;
import org.sectoral.io.pymrio.PymrioWriter;

/**
 * Saves an {@link AnalysisResult} in the documented layout of {@code ./sectoral analyze}
 * (FORMATS.md, "Analysis folder"): the system in pymrio's folder format at full precision (x,
 * A, L with {@link org.sectoral.core.analysis.AnalysisOptions#withInverse()}, and for each
 * extension what pymrio's {@code calc_all} computes: S, S_Y, M, D_cba, D_pba, D_imp, D_exp,
 * D_*_reg, D_*_cap), then the tidy CSV files of {@link AnalysisResult#tables()}
 * ({@code multipliers.csv}, {@code linkages.csv}, {@code value_added_content.csv},
 * {@code tiva.csv}, {@code kww.csv}).
 *
 * <pre>{@code
 * LoadedTable in = TableLoader.defaults().load("IOT_2022_pxp.zip");
 * AnalysisResult r = Analysis.of(in.table(), AnalysisOptions.defaults());
 * AnalysisWriter.write(r, in, Path.of("out"));   // pymrio keeps its extensions and names
 * }</pre>
 *
 * <p>A table read from a pymrio folder or an EXIOBASE 3 archive keeps its own extensions (their
 * folder names, F_Y, population and metadata): pass its {@link PymrioSystem} (or the
 * {@link LoadedTable}); any other table is written as {@link PymrioSystem#of} shows it, with
 * its value added, taxes and imports as the extension {@code factor_inputs}. The whole output
 * (pymrio files and CSV files) replaces {@code folder} as a unit once every file is written (a
 * failure leaves the previous folder as it was), and only when {@code folder} is new, empty or
 * a folder Sectoral wrote ({@code OUTPUT_NOT_OWNED} otherwise); a manifest
 * {@code .sectoral-output.json} of its files is written into it.
 * Without {@link AnalysisPart#FOOTPRINTS} in the options, extensions keep their flows only.
 *
 * <p>The static {@code write} methods save the full, self-contained folder; a configured writer
 * ({@link #create()}) can leave out the input's flows ({@link #derivedOnly}), report progress
 * and stop on a cancelled token:
 *
 * <pre>{@code
 * AnalysisWriter.create().derivedOnly(true).progress(listener).cancellation(token)
 *     .toFolder(r, in, Path.of("out"));
 * }</pre>
 *
 * <p>Memory: the pymrio files are streamed panel by panel (A, L and the D_* accounts derived as
 * they are written, see {@link PymrioWriter}); the CSV files are a few vectors of n.
 */
public final class AnalysisWriter {
  private final boolean derivedOnly;
  private final ProgressListener progress;
  private final CancellationToken cancellation;

  private AnalysisWriter(boolean derivedOnly, ProgressListener progress,
      CancellationToken cancellation) {
    this.derivedOnly = derivedOnly;
    this.progress = progress;
    this.cancellation = cancellation;
  }

  /** A writer of the full, self-contained folder, without progress reports. */
  public static AnalysisWriter create() {
    return new AnalysisWriter(false, ProgressListener.NONE, null);
  }

  /**
   * This writer leaving out, when true, what the result copies from its input: Z, Y, each
   * extension's F and F_Y, and {@code sectoral.json} (see {@link PymrioWriter#derivedOnly}).
   * The folder keeps x, A (and L), every extension's S, S_Y, M and D_* accounts, units,
   * population, metadata and the CSV files: pymrio's {@code load_all} opens it, but it is no
   * longer a table that Sectoral or pymrio's {@code calc_all} can start from.
   */
  public AnalysisWriter derivedOnly(boolean on) {
    return new AnalysisWriter(on, progress, cancellation);
  }

  /** This writer reporting which file it writes and how far it is (per panel of 64 rows). */
  public AnalysisWriter progress(ProgressListener listener) {
    return new AnalysisWriter(derivedOnly, checkNotNull(listener, "listener"), cancellation);
  }

  /**
   * This writer stopping with {@link java.util.concurrent.CancellationException} at the next
   * panel or file once {@code token} is cancelled; the previous folder is then left as it was.
   */
  public AnalysisWriter cancellation(CancellationToken token) {
    return new AnalysisWriter(derivedOnly, progress, checkNotNull(token, "token"));
  }

  /** Saves the result of a table that was not read from a pymrio system (full folder). */
  public static List<Path> write(AnalysisResult result, Path folder) throws IOException {
    return create().toFolder(result, folder);
  }

  /** Saves the result of a loaded table, keeping the pymrio system it was read from, if any. */
  public static List<Path> write(AnalysisResult result, LoadedTable source, Path folder)
      throws IOException {
    return create().toFolder(result, source, folder);
  }

  /**
   * Saves the result of a table read from {@code source} (same region-sectors and final-demand
   * columns).
   *
   * @return the CSV files written, in order (the pymrio files are the folder's other files)
   */
  public static List<Path> write(AnalysisResult result, PymrioSystem source, Path folder)
      throws IOException {
    return create().toFolder(result, source, folder);
  }

  /** As {@link #write(AnalysisResult, Path)}, with this writer's choices. */
  public List<Path> toFolder(AnalysisResult result, Path folder) throws IOException {
    checkNotNull(result, "result");
    return toFolder(result, PymrioSystem.of(result.table()), folder);
  }

  /** As {@link #write(AnalysisResult, LoadedTable, Path)}, with this writer's choices. */
  public List<Path> toFolder(AnalysisResult result, LoadedTable source, Path folder)
      throws IOException {
    checkNotNull(result, "result");
    checkNotNull(source, "source");
    return toFolder(result, source.pymrio().orElseGet(() -> PymrioSystem.of(result.table())),
        folder);
  }

  /** As {@link #write(AnalysisResult, PymrioSystem, Path)}, with this writer's choices. */
  public List<Path> toFolder(AnalysisResult result, PymrioSystem source, Path folder)
      throws IOException {
    checkNotNull(result, "result");
    checkNotNull(source, "source");
    checkNotNull(folder, "folder");
    PymrioSystem system = system(result, source);
    PymrioWriter pymrio = PymrioWriter.create().derivedOnly(derivedOnly).progress(progress);
    if (cancellation != null) {
      pymrio = pymrio.cancellation(cancellation);
    }
    PymrioWriter writer = pymrio;
    Path target = AtomicFiles.writeDirectory(folder, dir -> {
      writer.toFolder(system, dir); // first: it makes the folder the other files go into
      for (ResultTable t : result.tables().values()) {
        checkCancelled();
        AtomicFiles.writeText(dir.resolve(t.name() + ".csv"), t::writeCsv);
      }
    });
    List<Path> written = new ArrayList<>();
    for (ResultTable t : result.tables().values()) {
      written.add(target.resolve(t.name() + ".csv"));
    }
    return written;
  }

  /**
   * Computes {@code Analysis.of(table, options)} and saves it as
   * {@link #toFolder(AnalysisResult, LoadedTable, Path)} does, in one call that overlaps the
   * two: the Leontief model is made first (its LU keeps both cores to itself), then the input's
   * flows that the folder copies (Z, Y, each extension's F and F_Y; none with
   * {@link #derivedOnly}) and A = Z·x̂⁻¹ are written on a second thread while the rest of the
   * analysis runs on the calling thread and the other computed files are written after it. The folder is the same, byte for byte, as analysing first
   * and writing after; a failure of the analysis (e.g. {@code NOT_PRODUCTIVE}, a cancelled
   * token) is thrown as it was and leaves {@code folder} as it was.
   *
   * <p>This writer's progress listener hears the stage {@code "analysis"} with done = 1 when the
   * analysis is computed, besides the files as they are written.
   *
   * <p>Memory: the analysis's (see {@link Analysis}) plus one panel of 64 rows for the copies
   * and A.
   *
   * @param source the loaded table that {@code table} is (its pymrio system is kept, if any)
   * @return the analysis result; its CSV files are {@code folder/<name>.csv} for each of
   *     {@link AnalysisResult#tables()}
   */
  public AnalysisResult analyzeToFolder(InputOutputTable table, AnalysisOptions options,
      LoadedTable source, Path folder) throws IOException {
    checkNotNull(table, "table");
    checkNotNull(options, "options");
    checkNotNull(source, "source");
    checkNotNull(folder, "folder");
    PymrioSystem input = source.pymrio().orElseGet(() -> PymrioSystem.of(table));
    PymrioWriter pymrio = PymrioWriter.create().derivedOnly(derivedOnly).progress(progress);
    if (cancellation != null) {
      pymrio = pymrio.cancellation(cancellation);
    }
    PymrioWriter writer = pymrio;
    AnalysisResult[] result = new AnalysisResult[1];
    AtomicFiles.writeDirectory(folder, dir -> {
      writer.toFolder(input, startEarly -> {
        // the model first (the LU wants both cores to itself); then the input's copies and A
        // are written on a second thread while the rest of the analysis runs
        options.solver().cancellation().ifPresent(t -> t.throwIfCancelled("analysis"));
        options.progress().progress("model", 0, Double.NaN);
        LeontiefModel model = LeontiefModel.of(table, options.solver());
        startEarly.accept(input.flowsOnly().withCoefficients(model));
        result[0] = Analysis.of(table, model, options.toBuilder()
            .progress(new ProgressListener() {
              private boolean first = true;

              @Override
              public void progress(String stage, double done, double residual) {
                if (first && stage.equals("model") && done == 0) {
                  first = false; // reported above, before the model was made
                  return;
                }
                options.progress().progress(stage, done, residual);
              }
            }).build());
        progress.progress("analysis", 1, Double.NaN);
        return system(result[0], input);
      }, dir);
      for (ResultTable t : result[0].tables().values()) {
        checkCancelled();
        AtomicFiles.writeText(dir.resolve(t.name() + ".csv"), t::writeCsv);
      }
    });
    return result[0];
  }

  private void checkCancelled() {
    if (cancellation != null) {
      cancellation.throwIfCancelled("writing");
    } else if (Thread.currentThread().isInterrupted()) {
      throw new CancellationException("writing interrupted");
    }
  }

  /** The pymrio system as saved: {@code calc_all}'s accounts, or flows with x, A (and L). */
  static PymrioSystem system(AnalysisResult result, PymrioSystem source) {
    InputOutputTable t = result.table();
    boolean inverse = result.options().withInverse();
    if (result.options().includes(AnalysisPart.FOOTPRINTS)) {
      return source.calcAll(t, result.model(), inverse, result.footprints());
    }
    PymrioSystem s = source.flowsOnly().withOutput(t.output())
        .withMatrix("A", result.model().technicalCoefficients());
    return inverse ? s.withMatrix("L", result.model().leontiefInverse()) : s;
  }
}
