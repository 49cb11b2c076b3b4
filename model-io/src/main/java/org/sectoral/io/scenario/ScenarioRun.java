package org.sectoral.io.scenario;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.sectoral.core.ProgressListener;
import org.sectoral.core.analysis.ScenarioOutcome;
import org.sectoral.core.leontief.HouseholdClosure;
import org.sectoral.core.table.InputOutputTable;
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
   * @throws org.sectoral.io.TableFormatException naming file, line, column and JSON path when a
   *     value does not fit the table (unknown sector or region, value out of range)
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
      outcomes.add(analyses.run(step.type(), step.name(), step.description(), list.get(i)));
    }
    progress.progress("done", 1, Double.NaN);
    return ScenarioResults.of(file, table, outcomes);
  }
}
