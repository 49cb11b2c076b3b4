package org.sectoral.io.scenario;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.sectoral.core.ProgressListener;
import org.sectoral.core.SectoralArgumentException;
import org.sectoral.core.SectoralException;
import org.sectoral.core.analysis.ScenarioOutcome;
import org.sectoral.core.leontief.HouseholdClosure;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.io.TableFormatException;
import org.sectoral.io.TableLoader;

/**
 * Runs the analyses of a {@link ScenarioFile} on a table, in memory: every analysis is computed
 * (and every table-dependent check of the file made) before anything is written, so a failing
 * analysis leaves no partial results.
 */
public final class ScenarioRun {
  private ScenarioRun() {}

  /** Runs every analysis on {@code table}; other tables the file names are read by default. */
  public static ScenarioResults of(ScenarioFile file, InputOutputTable table) throws IOException {
    return of(file, table, TableLoader.defaults(), ProgressListener.NONE);
  }

  /**
   * Runs every analysis on {@code table}.
   *
   * @param loader reads the other tables the file names (an {@code sda} analysis's
   *     {@code compareWith}), relative to the file
   * @param progress told when each analysis starts: the stage is its name, the fraction the
   *     share of analyses done; and 1 when all are done
   * @throws TableFormatException naming file, line, column and JSON path when a value does not
   *     fit the table (unknown sector or region, value out of range)
   * @throws SectoralException when an analysis's economics fails a check (e.g. a scenario that
   *     leaves value added negative), its message led by the file, line, column and JSON path
   */
  public static ScenarioResults of(ScenarioFile file, InputOutputTable table, TableLoader loader,
      ProgressListener progress) throws IOException {
    checkNotNull(file, "file");
    checkNotNull(table, "table");
    checkNotNull(loader, "loader");
    checkNotNull(progress, "progress");
    JsonSpec root = file.root();
    HouseholdClosure closure = Households.closure(root, table);
    ScenarioAnalyses analyses = new ScenarioAnalyses(table, file.baseDir(), loader, closure);
    List<JsonSpec> list = root.objects("analyses");
    List<ScenarioOutcome> outcomes = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      ScenarioFile.Step step = file.analyses().get(i);
      progress.progress(step.name(), i / (double) list.size(), Double.NaN);
      JsonSpec a = list.get(i);
      outcomes.add(located(a, step.name(),
          () -> analyses.run(step.type(), step.name(), step.description(), a)));
    }
    progress.progress("done", 1, Double.NaN);
    return ScenarioResults.of(file, table, outcomes);
  }

  /** An analysis to run. */
  @FunctionalInterface
  private interface AnalysisRun {
    ScenarioOutcome run() throws IOException;
  }

  /**
   * Runs an analysis; a value out of its domain or an economy failing a check gets the file,
   * line, column and JSON path of the analysis in front of its message (its code is kept): a
   * {@link SectoralArgumentException} (or another caller mistake) becomes a
   * {@link TableFormatException}, a {@link SectoralException} keeps its class and code.
   */
  private static ScenarioOutcome located(JsonSpec a, String name, AnalysisRun run)
      throws IOException {
    try {
      return run.run();
    } catch (IllegalArgumentException e) { // a SectoralArgumentException or a caller mistake
      TableFormatException t = a.errorHere(" (" + name + "): " + e.getMessage());
      t.initCause(e);
      throw t;
    } catch (SectoralException e) {
      SectoralException s = new SectoralException(e.code(), e.culprits(), a.where() + " ("
          + name + "): " + e.getMessage().replaceFirst("^\\[" + e.code() + "\\] ", ""));
      s.initCause(e);
      throw s;
    }
  }
}
