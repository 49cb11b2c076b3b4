package org.sectoral.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sectoral.core.leontief.Diagnostic;
import org.sectoral.core.leontief.HouseholdClosure;
import org.sectoral.core.leontief.HouseholdTerms;
import org.sectoral.core.leontief.LeontiefModel;
import org.sectoral.core.leontief.Multipliers;
import org.sectoral.core.linkage.KeySectorClass;
import org.sectoral.core.linkage.Linkages;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.core.table.LabelledVector;
import org.sectoral.core.table.RegionSector;
import org.sectoral.core.trade.KwwDecomposition;
import org.sectoral.core.trade.KwwRow;
import org.sectoral.core.trade.TivaIndicators;
import org.sectoral.core.trade.TivaRow;
import org.sectoral.core.valueadded.ExportContent;
import org.sectoral.examples.scenario.Csv;
import org.sectoral.io.pymrio.PymrioSystem;
import org.sectoral.io.pymrio.PymrioWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code sectoral analyze}: computes the system as pymrio's {@code calc_all} does and writes it
 * in pymrio folder format (x, A, per extension S, S_Y, M, D_cba, D_pba, D_imp, D_exp, D_*_reg,
 * D_*_cap; L only on request) plus tidy CSVs.
 *
 * <p>Memory by stage (n region-sectors, k stressors, R regions): reading holds Z (n², shared
 * with the table) and 2 MiB of text per core; the model adds one n × n working array while it
 * factorizes and then keeps only the factorization (off the heap with native OpenBLAS);
 * footprints, Type I/II multipliers, linkages, TiVA and KWW are solves (k × n, R × n arrays);
 * writing streams 64-row panels, A and L derived as they are written. At most one n × n array
 * beyond Z and the factorization at any time: 3,420 sectors run in a 1 GiB heap, 9,800 in 3 GiB.
 */
@Command(name = "analyze", mixinStandardHelpOptions = true,
    description = {"Compute a table's system and write it to DIR in pymrio folder format at full",
        "precision (x, A, and for each extension what pymrio's calc_all computes: S, S_Y, M,",
        "D_cba, D_pba, D_imp, D_exp, D_*_reg, D_*_cap; L only with --with-inverse), plus tidy",
        "CSVs: multipliers.csv (Type I and Type II output, GVA, income and employment effects",
        "and multipliers), linkages.csv,",
        "value_added_content.csv (national tables with imports), tiva.csv and kww.csv",
        "(multi-region tables). Progress goes to stderr."})
final class AnalyzeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "IN", description = "Input table.")
  Path input;

  @Option(names = "--from", paramLabel = "F", description = "Input format (default: detected).")
  String from;

  @Mixin InputOptions inputOptions = new InputOptions();

  @Option(names = "--out", paramLabel = "DIR", required = true, description = "Output folder.")
  Path out;

  @Option(names = "--with-inverse", description = "Also write the Leontief inverse L (n × n).")
  boolean withInverse;

  @Option(names = "--derived-only",
      description = {"Write only what is computed (x, A, L, each extension's S, S_Y, M and D_*",
          "accounts, the CSVs), not the input's Z, Y, F and F_Y: about half the bytes of the",
          "default, self-contained folder. pymrio's load_all still opens it."})
  boolean derivedOnly;

  @Option(names = "--solver", paramLabel = "S", defaultValue = "direct",
      description = {"direct (dense LU: native OpenBLAS where available, else pure Java;",
          "default) or iterative (Gauss–Seidel, sparse storage below 25%% density: for tables",
          "too large for a dense LU; slower here, since analyze solves hundreds of systems)."})
  String solver;

  @Option(names = "--tolerance", paramLabel = "T", defaultValue = "1e-12",
      description = "Relative residual of the iterative solver (default 1e-12).")
  double tolerance;

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

  /** Progress of reading, solving and writing on stderr, at most about twice a second. */
  static org.sectoral.core.ProgressListener progress(PrintWriter err) {
    long[] last = {System.nanoTime()};
    return (stage, done, residual) -> {
      long now = System.nanoTime();
      if (now - last[0] > 500_000_000L) {
        last[0] = now;
        if (Double.isNaN(residual)) {
          err.printf(java.util.Locale.ROOT, "sectoral: %s %3.0f%%%n", stage, 100 * done);
        } else {
          err.printf(java.util.Locale.ROOT, "sectoral: %s %3.0f%% (residual %.2e)%n", stage,
              100 * done, residual);
        }
      }
    };
  }

  @Override
  public Integer call() throws Exception {
    try (SignalCancellation signal = SignalCancellation.install()) {
      return run(signal.token());
    }
  }

  private Integer run(org.sectoral.core.CancellationToken token) throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    long start = System.nanoTime();
    err.println("sectoral: reading " + input);
    TableInput.Loaded loaded = TableInput.load(input, from, inputOptions, progress(err), token);
    loaded.warnings().forEach(w -> err.println("sectoral: warning: " + w));
    InputOutputTable t = loaded.table();
    long read = System.nanoTime();
    err.printf("sectoral: read %d region-sectors in %.2f s; factorizing I − A%n", t.size(),
        (read - start) / 1e9);
    org.sectoral.core.leontief.SolverOptions options = switch (solver) {
      case "direct" -> org.sectoral.core.leontief.SolverOptions.direct();
      case "iterative" -> org.sectoral.core.leontief.SolverOptions.iterative(tolerance);
      default -> throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "--solver must be direct or iterative, not " + solver);
    };
    HouseholdClosure closure = ClosureOptions.closure(spec.commandLine(), t, householdIncome,
        householdSurplusShare);
    LeontiefModel model = LeontiefModel.of(t, options.withProgress(progress(err))
        .withCancellation(token));
    long factorized = System.nanoTime();
    err.printf("sectoral: I − A factorized in %.2f s; multipliers%n", (factorized - read) / 1e9);
    Multipliers multipliers = typeII(Multipliers.of(t, model, closure), err);
    long multiplied = System.nanoTime();
    // A pymrio input keeps its own extensions, names and population; others get the pymrio view.
    PymrioSystem source = loaded.pymrio() != null ? loaded.pymrio() : PymrioSystem.of(t);
    err.printf("sectoral: multipliers in %.2f s; A%s and the footprints of %s%n",
        (multiplied - factorized) / 1e9, withInverse ? ", L" : "", source.extensions().keySet());
    PymrioSystem system = source.calcAll(t, model, withInverse);
    long analysed = System.nanoTime();
    err.printf("sectoral: footprints in %.2f s; writing %s%n", (analysed - multiplied) / 1e9,
        out);
    PymrioWriter.create().derivedOnly(derivedOnly).progress(progress(err)).cancellation(token)
        .toFolder(system, out);
    err.printf("sectoral: pymrio folder written in %.2f s; multipliers, linkages%n",
        (System.nanoTime() - analysed) / 1e9);
    token.throwIfCancelled("analyze");
    long written = System.nanoTime();
    writeMultipliers(t, multipliers);
    writeLinkages(t, model);
    if (t.isNational() && t.imports().isPresent()) {
      writeContent(t, model);
    }
    if (!t.isNational()) {
      token.throwIfCancelled("analyze");
      err.printf("sectoral: multipliers and linkages written in %.2f s; TiVA indicators and KWW"
          + " decomposition%n", (System.nanoTime() - written) / 1e9);
      List<List<Object>> rows = new ArrayList<>();
      for (TivaRow r : TivaIndicators.of(t, model).rows()) {
        rows.add(List.of(r.country().code(), r.indicator().name(), r.value()));
      }
      Csv.write(out.resolve("tiva.csv"), List.of("country", "indicator", "value"), rows);
      token.throwIfCancelled("analyze");
      rows = new ArrayList<>();
      for (KwwRow r : KwwDecomposition.of(t, model).rows()) {
        rows.add(List.of(r.country().code(), r.term().name(), r.value()));
      }
      Csv.write(out.resolve("kww.csv"), List.of("country", "term", "value"), rows);
    }
    err.printf("sectoral: done in %.2f s → %s%n", (System.nanoTime() - start) / 1e9, out);
    return 0;
  }

  /**
   * Reports the household terms of Type II and its warnings on stderr, before anything is
   * written (a closed model that is not productive stops here, exit code 1).
   */
  private static Multipliers typeII(Multipliers m, PrintWriter err) {
    if (m.hasTypeII()) {
      for (HouseholdTerms h : m.householdTerms()) {
        err.printf(java.util.Locale.ROOT, "sectoral: Type II closure, %s: household income "
            + "%.6g [%s], consumption %.6g = %.4f per unit of income%n", h.region().code(),
            h.incomeTotal(), h.income(), h.consumption(), h.spendingPerIncome());
      }
      for (Diagnostic d : m.diagnostics()) {
        err.println("sectoral: warning: " + d);
      }
    } else if (!m.closure().isDefault()) {
      err.println("sectoral: warning: no Type II (the table lacks compensation or household "
          + "consumption): the household options are not used");
    }
    return m;
  }

  private void writeMultipliers(InputOutputTable t, Multipliers m) throws Exception {
    Map<String, LabelledVector<RegionSector>> columns = m.columns();
    List<String> header = new ArrayList<>(List.of("region", "sector"));
    header.addAll(columns.keySet());
    Csv.write(out.resolve("multipliers.csv"), header, rows(t, List.copyOf(columns.values())));
  }

  private void writeLinkages(InputOutputTable t, LeontiefModel model) throws Exception {
    Linkages k = Linkages.of(model);
    LabelledVector<RegionSector> bl = k.backwardTotal();
    LabelledVector<RegionSector> fl = k.forwardTotal();
    List<List<Object>> rows = rows(t, List.of(bl, fl, k.backwardDirect(), k.forwardDirect()));
    for (int i = 0; i < rows.size(); i++) {
      rows.get(i).add(KeySectorClass.of(bl.at(i), fl.at(i)).name());
    }
    Csv.write(out.resolve("linkages.csv"), List.of("region", "sector", "backward_total",
        "forward_total", "backward_direct", "forward_direct", "class"), rows);
  }

  private void writeContent(InputOutputTable t, LeontiefModel model) throws Exception {
    ExportContent c = ExportContent.of(t, model);
    Csv.write(out.resolve("value_added_content.csv"), List.of("region", "sector",
        "domestic_value_added", "import_content", "tax_content", "exports",
        "domestic_value_added_in_exports"), rows(t, List.of(c.domesticValueAdded(),
            c.importContent(), c.taxContent(), t.exports(), c.domesticValueAddedInExports())));
  }

  private static List<List<Object>> rows(InputOutputTable t,
      List<LabelledVector<RegionSector>> cols) {
    List<List<Object>> rows = new ArrayList<>();
    for (int i = 0; i < t.size(); i++) {
      RegionSector k = t.keys().get(i);
      List<Object> r = new ArrayList<>(List.of(k.region().code(), k.sector().code()));
      for (LabelledVector<RegionSector> c : cols) {
        r.add(c.at(i));
      }
      rows.add(r);
    }
    return rows;
  }
}
