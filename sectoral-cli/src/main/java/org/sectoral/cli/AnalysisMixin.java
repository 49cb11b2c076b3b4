package org.sectoral.cli;

import java.io.PrintWriter;
import java.util.List;
import org.sectoral.core.CancellationToken;
import org.sectoral.core.analysis.AnalysisOptions;
import org.sectoral.core.table.InputOutputTable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The options of an analysis shared by {@code analyze} and {@code report}: the solver, its
 * tolerance and the household closure of Type II, turned into {@link AnalysisOptions}.
 */
final class AnalysisMixin {
  @Spec(Spec.Target.MIXEE) CommandSpec spec;

  @Option(names = "--solver", paramLabel = "S", defaultValue = "direct",
      converter = SolverChoice.Converter.class, completionCandidates = SolverChoice.Names.class,
      description = "direct (the default: dense LU, native OpenBLAS where available, else pure "
          + "Java) or iterative (Gauss–Seidel, sparse storage below 25%% density: for tables too "
          + "large for a dense LU; slower here, since an analysis solves hundreds of systems).")
  SolverChoice solver;

  private double tolerance = 1e-12;

  /** The iterative solver's tolerance, checked when the options are parsed. */
  @Option(names = "--tolerance", paramLabel = "T", defaultValue = "1e-12",
      description = "Relative residual of the iterative solver, above 0 and below 1 "
          + "(default: ${DEFAULT-VALUE}).")
  void tolerance(double value) {
    if (!(value > 0 && value < 1)) {
      throw new ParameterException(spec.commandLine(),
          "--tolerance must be above 0 and below 1, not " + value);
    }
    tolerance = value;
  }

  @Option(names = "--household-income", paramLabel = "AMOUNT|REG=AMOUNT",
      description = {"Type II: total household income (table unit) that household consumption",
          "is divided by, as statistical offices do (e.g. 143398 for Scotland 2016); REG=AMOUNT",
          "for one region of a multi-region table (repeat per region). Default: compensation",
          "of employees (Miller & Blair)."})
  List<String> householdIncome;

  @Option(names = "--household-surplus-share", paramLabel = "S|REG=S",
      description = {"Type II: count this share in [0, 1] of operating surplus and mixed income",
          "as household income besides compensation (REG=S for one region)."})
  List<String> householdSurplusShare;

  /**
   * Checks the household options' numbers without the table, before anything is read: each a
   * number, incomes positive and finite, shares in [0, 1] (regions are checked with the table).
   */
  void checkValues() {
    ClosureOptions.checkValues(spec.commandLine(), householdIncome, householdSurplusShare);
  }

  /** The analysis options of a table: solver with progress on {@code err}, the closure. */
  AnalysisOptions.Builder options(InputOutputTable table, PrintWriter err) {
    return options(table, err, CancellationToken.create());
  }

  /**
   * The analysis options of a table: solver with progress on {@code err} watching
   * {@code cancellation}, the closure.
   */
  AnalysisOptions.Builder options(InputOutputTable table, PrintWriter err,
      CancellationToken cancellation) {
    return AnalysisOptions.builder()
        .solver(solver.options(tolerance).withProgress(Progress.solver(err))
            .withCancellation(cancellation))
        .closure(ClosureOptions.closure(spec.commandLine(), table, householdIncome,
            householdSurplusShare))
        .progress(Progress.stages(err));
  }
}
