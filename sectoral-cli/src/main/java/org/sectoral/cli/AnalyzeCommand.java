package org.sectoral.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sectoral.core.CancellationToken;
import org.sectoral.core.analysis.Analysis;
import org.sectoral.core.analysis.AnalysisOptions;
import org.sectoral.core.analysis.AnalysisResult;
import org.sectoral.core.internal.files.OutputFolder;
import org.sectoral.core.leontief.HouseholdTerms;
import org.sectoral.io.LoadedTable;
import org.sectoral.io.analysis.AnalysisWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code sectoral analyze}: one {@link Analysis#of} call, saved by {@link AnalysisWriter}: the
 * system as pymrio's {@code calc_all} computes it, in pymrio folder format (x, A, per extension
 * S, S_Y, M, D_cba, D_pba, D_imp, D_exp, D_*_reg, D_*_cap; L only on request) plus tidy CSVs.
 *
 * <p>Memory by stage (n region-sectors, k stressors, R regions): reading holds Z (n², shared
 * with the table) and a few MiB of text per core; the model adds one n × n working array while
 * it factorizes and then keeps only the factorization (off the heap with native OpenBLAS);
 * footprints, Type I/II multipliers, linkages, TiVA and KWW are solves (k × n, R × n arrays);
 * writing streams 64-row panels, A and L derived as they are written. At most one n × n array
 * beyond Z and the factorization at any time. Every stage watches the command line's
 * cancellation token (Ctrl-C, SIGTERM).
 */
@Command(name = "analyze", mixinStandardHelpOptions = true,
    header = "Compute a table's multipliers, linkages, footprints and value added in trade.",
    description = "Writes DIR in pymrio's folder format at full precision (x, A, and for each "
        + "extension what pymrio's calc_all computes: S, S_Y, M, D_cba, D_pba, D_imp, D_exp, "
        + "D_*_reg, D_*_cap; L only with --with-inverse), plus tidy CSVs: multipliers.csv (Type I "
        + "and Type II output, GVA, income and employment effects and multipliers), linkages.csv, "
        + "value_added_content.csv (national tables with imports), tiva.csv and kww.csv "
        + "(multi-region tables). Stage times and the progress of reading, solving and writing go "
        + "to stderr. DIR must be new, empty or a folder Sectoral wrote, and is replaced as a "
        + "whole once every file is written; Ctrl-C leaves the previous DIR as it was.")
final class AnalyzeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "IN", description = {"Input table: a file or folder, or",
      TableInput.BUILTIN_HELP + "."})
  String input;

  @Option(names = "--from", paramLabel = "F", converter = FormatChoice.Readable.class,
      completionCandidates = FormatChoice.ReadableIds.class,
      description = "Input format, one of ${COMPLETION-CANDIDATES} (default: detected).")
  FormatChoice from;

  @Mixin InputOptions inputOptions = new InputOptions();

  @Option(names = "--out", paramLabel = "DIR", required = true,
      description = "Output folder: new, empty, or one Sectoral wrote (replaced as a whole).")
  Path out;

  @Option(names = "--with-inverse", description = "Also write the Leontief inverse L (n × n).")
  boolean withInverse;

  @Option(names = "--derived-only",
      description = "Write only what is computed (x, A, L, each extension's S, S_Y, M and D_* "
          + "accounts, the CSV files), not the input's Z, Y, F and F_Y: for a world table about "
          + "half the bytes of the default, self-contained folder. pymrio's load_all still opens "
          + "it; it is no longer a table to start from.")
  boolean derivedOnly;

  @Mixin AnalysisMixin analysis = new AnalysisMixin();

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    analysis.checkValues();
    long start = System.nanoTime();
    List<Path> files;
    CancellationToken token = SectoralCli.cancellation(spec);
    try (OutputFolder o = CommandOutput.begin(spec, out, TableInput.paths(input))) {
      err.println("sectoral: reading " + input);
      LoadedTable loaded = TableInput.load(input, from, inputOptions, Progress.files(err), token);
      loaded.warnings().forEach(w -> err.println("sectoral: warning: " + w));
      long read = System.nanoTime();
      err.printf(Locale.ROOT, "sectoral: read %d region-sectors in %.2f s; factorizing I − A%n",
          loaded.table().size(), (read - start) / 1e9);
      AnalysisOptions options = analysis.options(loaded.table(), err, token)
          .withInverse(withInverse).build();
      AnalysisResult result = Analysis.of(loaded.table(), options);
      printTypeII(result, err);
      long analysed = System.nanoTime();
      err.printf(Locale.ROOT, "sectoral: analysis in %.2f s; writing %s%n",
          (analysed - read) / 1e9, out);
      files = AnalysisWriter.create().derivedOnly(derivedOnly).progress(Progress.files(err))
          .cancellation(token).toFolder(result, loaded, o.stage());
      token.throwIfCancelled("analyze");
      o.commit();
    }
    err.printf(Locale.ROOT, "sectoral: done in %.2f s → %s (pymrio folder and %d CSV files)%n",
        (System.nanoTime() - start) / 1e9, out, files.size());
    return 0;
  }

  /** The household terms of Type II and the analysis's warnings, on stderr. */
  static void printTypeII(AnalysisResult result, PrintWriter err) {
    result.multipliers().filter(m -> m.hasTypeII()).ifPresent(m -> {
      for (HouseholdTerms h : m.householdTerms()) {
        err.printf(Locale.ROOT, "sectoral: Type II closure, %s: household income "
            + "%.6g [%s], consumption %.6g = %.4f per unit of income%n", h.region().code(),
            h.incomeTotal(), h.income(), h.consumption(), h.spendingPerIncome());
      }
    });
    result.warnings().forEach(w -> err.println("sectoral: warning: " + w));
  }
}
