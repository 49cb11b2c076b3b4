package org.sectoral.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sectoral.core.analysis.ResultTable;
import org.sectoral.core.internal.files.AtomicFiles;
import org.sectoral.core.internal.files.OutputFolder;
import org.sectoral.core.leontief.MultiplierType;
import org.sectoral.core.table.FinalDemandCategory;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.core.uncertainty.MonteCarlo;
import org.sectoral.core.uncertainty.MonteCarloResult;
import org.sectoral.core.uncertainty.MonteCarloRunner;
import org.sectoral.core.uncertainty.OutputSummary;
import org.sectoral.core.uncertainty.ResultFunction;
import org.sectoral.core.uncertainty.ResultFunctions;
import org.sectoral.core.uncertainty.TablePerturbation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sectoral montecarlo}: a seeded Monte Carlo of a result of a table under lognormal
 * perturbations, on this machine or, with {@code --spark MASTER}, on Apache Spark when the
 * {@code model-spark} runner is on the class path (found by {@link MonteCarloRunner#discover};
 * the command line itself never depends on Spark).
 */
@Command(name = "montecarlo", mixinStandardHelpOptions = true,
    header = "Estimate the uncertainty of a result by seeded Monte Carlo draws.",
    description = {"Seeded Monte Carlo of a result of a table: perturb the table in each draw,",
        "recompute the result, and write its mean, standard deviation and percentiles per",
        "output to DIR/summary.csv (and every draw to DIR/draws.csv with --keep-draws).",
        "The same seed gives the same numbers on any number of threads and on Spark."})
final class MonteCarloCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "TABLE", description = {"A table file, or",
      TableInput.BUILTIN_HELP + "."})
  String table;

  @Option(names = "--from", paramLabel = "F", converter = FormatChoice.Readable.class,
      completionCandidates = FormatChoice.ReadableIds.class,
      description = "Format of TABLE, one of ${COMPLETION-CANDIDATES} (default: detected).")
  FormatChoice from;

  @Option(names = "--result", paramLabel = "R", defaultValue = "dva-content",
      description = {"dva-content (domestic value-added content of each sector's exports,",
          "default), dva-share (of total exports), output-multipliers, value-added-effects,",
          "or footprints:ACCOUNT (consumption-based, by stressor and region)."})
  String result;

  @Option(names = "--perturb", paramLabel = "P", split = ",", defaultValue = "coefficients",
      description = {"What varies, comma-separated: coefficients (A, value added absorbs; default),",
          "flows (Z, then RAS to the same margins), final-demand, stressors:ACCOUNT",
          "(lognormal factors of mean 1 and --cv), export-shares (Dirichlet, --concentration)."})
  List<String> perturb;

  @Option(names = "--cv", paramLabel = "CV", defaultValue = "0.1",
      description = "Coefficient of variation of the lognormal factors (default 0.1).")
  double cv;

  @Option(names = "--concentration", paramLabel = "A0", defaultValue = "100",
      description = "Dirichlet concentration of export-shares (default 100; larger is tighter).")
  double concentration;

  @Option(names = "--draws", paramLabel = "N", defaultValue = "1000",
      description = "Number of draws (default 1000).")
  int draws;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Seed (default 1).")
  long seed;

  @Option(names = "--percentiles", paramLabel = "P", split = ",", defaultValue = "5,50,95",
      description = "Percentiles to report, each in (0, 100) (default 5,50,95).")
  List<Double> percentiles;

  @Option(names = "--threads", paramLabel = "T",
      description = "Threads on this machine (default: every processor).")
  Integer threads;

  @Option(names = "--out", paramLabel = "DIR", required = true,
      description = "Output folder: new, empty, or one Sectoral wrote (replaced as a whole).")
  Path out;

  @Option(names = "--keep-draws", description = "Also write every draw to DIR/draws.csv.")
  boolean keepDraws;

  @Option(names = "--spark", paramLabel = "MASTER",
      description = {"Run the draws on Apache Spark (local[2], local[*], spark://host:7077,",
          "yarn …); needs model-spark on the class path: ./sectoral adds it."})
  String spark;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    checkOptions();
    MonteCarloResult r;
    try (OutputFolder o = CommandOutput.begin(spec, out, TableInput.paths(table))) {
      MonteCarlo mc = monteCarlo(readTable());
      long start = System.nanoTime();
      if (spark != null) {
        try (MonteCarloRunner runner = sparkRunner()) {
          err.println("sectoral: " + draws + " draws on Spark " + spark);
          r = runner.run(mc);
        }
      } else {
        int t = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        err.println("sectoral: " + draws + " draws on " + t + " thread(s)");
        r = mc.run(t);
      }
      err.printf(Locale.ROOT, "sectoral: %d draws in %.2f s%n", draws,
          (System.nanoTime() - start) / 1e9);
      writeSummary(r, o.stage());
      if (keepDraws) {
        writeDraws(r, o.stage());
      }
      o.commit();
    }
    print(r, spec.commandLine().getOut());
    err.println("sectoral: results in " + out.resolve("summary.csv"));
    return 0;
  }

  private InputOutputTable readTable() throws Exception {
    return TableInput.read(table, from);
  }

  /** Checks every option that needs no table, before anything is read or written. */
  private void checkOptions() {
    if (draws < 1) {
      throw usage("--draws must be at least 1, not " + draws);
    }
    if (!(cv >= 0) || !Double.isFinite(cv)) {
      throw usage("--cv must be a finite number ≥ 0, not " + cv);
    }
    if (!(concentration > 0) || !Double.isFinite(concentration)) {
      throw usage("--concentration must be positive, not " + concentration);
    }
    if (threads != null && threads < 1) {
      throw usage("--threads must be at least 1, not " + threads);
    }
    for (double v : percentiles) {
      if (!(v > 0 && v < 100)) {
        throw usage("--percentiles must lie in (0, 100), not " + v);
      }
    }
    resultFunction();
    for (String name : perturb) {
      perturbation(name.trim());
    }
  }

  private MonteCarlo monteCarlo(InputOutputTable t) {
    double[] p = percentiles.stream().mapToDouble(Double::doubleValue).toArray();
    MonteCarlo.Builder b = MonteCarlo.builder().table(t).result(resultFunction()).draws(draws)
        .seed(seed).percentiles(p);
    for (String name : perturb) {
      b.perturb(perturbation(name.trim()));
    }
    try {
      MonteCarlo mc = b.build();
      mc.outputLabels(); // the result on the unperturbed table: fails here if it cannot work
      return mc;
    } catch (org.sectoral.core.SectoralException e) {
      if (e.code() == org.sectoral.core.ErrorCode.MISSING_BLOCK
          || e.code() == org.sectoral.core.ErrorCode.UNKNOWN_KEY) {
        throw usage(e.getMessage() + " (--result " + result + ", --perturb "
            + String.join(",", perturb) + ")");
      }
      throw e;
    }
  }

  private ResultFunction resultFunction() {
    if (result.startsWith("footprints:")) {
      return ResultFunctions.footprints(result.substring("footprints:".length()));
    }
    return switch (result) {
      case "dva-content" -> ResultFunctions.domesticValueAddedContent();
      case "dva-share" -> ResultFunctions.domesticShareOfExports();
      case "output-multipliers" -> ResultFunctions.outputMultipliers(MultiplierType.TYPE_I);
      case "value-added-effects" -> ResultFunctions.valueAddedEffects();
      default -> throw usage("--result must be dva-content, dva-share, output-multipliers, "
          + "value-added-effects or footprints:ACCOUNT, not " + result);
    };
  }

  private TablePerturbation perturbation(String name) {
    if (name.startsWith("stressors:")) {
      return TablePerturbation.stressors(name.substring("stressors:".length()), cv);
    }
    return switch (name) {
      case "coefficients" -> TablePerturbation.coefficients(cv);
      case "flows" -> TablePerturbation.flows(cv);
      case "final-demand" -> TablePerturbation.finalDemand(cv);
      case "export-shares" -> TablePerturbation.finalDemandShares(FinalDemandCategory.EXPORTS,
          concentration);
      default -> throw usage("--perturb must be coefficients, flows, final-demand, "
          + "stressors:ACCOUNT or export-shares, not " + name);
    };
  }

  private MonteCarloRunner sparkRunner() {
    boolean present;
    try {
      present = java.util.ServiceLoader.load(MonteCarloRunner.Provider.class).stream()
          .anyMatch(p -> p.get().name().equals("spark"));
    } catch (LinkageError | java.util.ServiceConfigurationError e) {
      throw usage("--spark: Apache Spark is not on the class path (" + e + "); run through "
          + "./sectoral, which adds model-spark and Spark");
    }
    if (!present) {
      throw usage("--spark: the Spark runner (module model-spark) is not on the class path; "
          + "run through ./sectoral, which adds it, or add model-spark/target/sectoral-spark.jar "
          + "and Spark's jars");
    }
    // Spark logs through Log4j 2's core; the command line's simple logger would stop it
    System.clearProperty("log4j2.loggerContextFactory");
    return MonteCarloRunner.discover("spark", spark).orElseThrow();
  }

  private static void writeSummary(MonteCarloResult r, Path out) throws Exception {
    List<String> header = new ArrayList<>(List.of("output", "unit", "baseline", "mean", "sd"));
    for (double p : r.percentileLevels()) {
      header.add("p" + trim(p));
    }
    ResultTable.Builder rows = ResultTable.builder("summary", header);
    for (OutputSummary s : r.summaries()) {
      List<Object> row = new ArrayList<>(List.of(s.label(), r.unit(), s.baseline(), s.mean(),
          s.standardDeviation()));
      row.addAll(s.percentiles());
      rows.row(row);
    }
    write(rows.build(), out);
  }

  private static void writeDraws(MonteCarloResult r, Path out) throws Exception {
    List<String> header = new ArrayList<>(List.of("draw"));
    header.addAll(r.inputNames());
    header.addAll(r.labels());
    double[][] in = r.inputDraws();
    double[][] o = r.outputDraws();
    ResultTable.Builder rows = ResultTable.builder("draws", header);
    for (int i = 0; i < o.length; i++) {
      List<Object> row = new ArrayList<>();
      row.add(i);
      for (double v : in[i]) {
        row.add(v);
      }
      for (double v : o[i]) {
        row.add(v);
      }
      rows.row(row);
    }
    write(rows.build(), out);
  }

  /** Writes {@code out/NAME.csv} atomically. */
  private static void write(ResultTable t, Path out) throws java.io.IOException {
    AtomicFiles.writeText(out.resolve(t.name() + ".csv"), t::writeCsv);
  }

  private static void print(MonteCarloResult r, PrintWriter w) {
    double lo = r.percentileLevels().get(0);
    double hi = r.percentileLevels().get(r.percentileLevels().size() - 1);
    w.printf(Locale.ROOT, "%-28s %12s %12s %12s   %s%n", "output", "baseline", "mean", "sd",
        "p" + trim(lo) + " – p" + trim(hi));
    int shown = 0;
    for (OutputSummary s : r.summaries()) {
      if (shown++ == 30) {
        w.printf(Locale.ROOT, "… %d more in summary.csv%n", r.summaries().size() - 30);
        break;
      }
      w.printf(Locale.ROOT, "%-28s %12.6g %12.6g %12.4g   %.6g – %.6g%n",
          s.label().length() > 28 ? s.label().substring(0, 27) + "…" : s.label(), s.baseline(),
          s.mean(), s.standardDeviation(), s.percentile(lo), s.percentile(hi));
    }
  }

  private static String trim(double p) {
    return p == Math.rint(p) ? Long.toString((long) p) : Double.toString(p);
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }
}
