package org.sectoral.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sectoral.core.ErrorCode;
import org.sectoral.core.SectoralException;
import org.sectoral.core.leontief.LeontiefModel;
import org.sectoral.core.table.BalanceReport;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.io.LoadedTable;
import org.sectoral.io.TableFormatException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code sectoral validate}: loads a table, reports its balance and productivity. */
@Command(name = "validate", mixinStandardHelpOptions = true,
    header = "Check a table's row and column balances and whether it is productive.",
    description = "Loads the table and reports its shape, the balance with the five worst gaps "
        + "and productivity. Exit code 0 when the table is balanced and productive, 1 when not, "
        + "2 when unreadable.")
final class ValidateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE_OR_DIR", description = {"The table (file, folder or .zip),",
      "or " + TableInput.BUILTIN_HELP + "."})
  String input;

  @Option(names = "--format", paramLabel = "F", converter = FormatChoice.Readable.class,
      completionCandidates = FormatChoice.ReadableIds.class,
      description = "Input format, one of ${COMPLETION-CANDIDATES} (default: detected).")
  FormatChoice format;

  @Mixin InputOptions inputOptions = new InputOptions();

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    InputOutputTable t;
    LoadedTable loaded;
    try {
      loaded = TableInput.load(input, format, inputOptions);
      t = loaded.table();
    } catch (TableFormatException e) {
      spec.commandLine().getErr().println("sectoral: " + e.getMessage());
      return e.getCause() instanceof SectoralException se
          && se.code() == ErrorCode.UNBALANCED_TABLE ? 1 : 2;
    } catch (SectoralException e) {
      spec.commandLine().getErr().println("sectoral: " + e.getMessage());
      return 1;
    }
    out.printf(Locale.ROOT, "%s: %d region(s) × %d sector(s), %d final-demand columns, %s%n",
        t.name(), t.regions().size(), t.sectors().size(), t.finalDemandColumns().size(),
        t.unit());
    out.printf(Locale.ROOT, "imports block: %s; satellite accounts: %s%n",
        t.imports().map(m -> m.rowCount() + " row(s)").orElse("none"), t.satellites().keySet());
    BalanceReport b = t.balanceReport();
    out.printf(Locale.ROOT,
        "balance: %s (largest relative gap %.3g; tolerance %.3g relative, %.3g absolute)%n",
        b.isBalanced() ? "ok" : "NOT balanced", b.maxRelativeGap(), b.tolerance(),
        b.absoluteTolerance());
    for (BalanceReport.Gap g : b.worst(5)) {
      out.println("  " + g);
    }
    loaded.warnings().forEach(w -> out.println("warning: " + w));
    if (loaded.pymrio().isPresent()) {
      PymrioColumnCheck.print(out, loaded.pymrio().get(), t,
          inputOptions.valueAddedRows.isEmpty());
    }
    try {
      LeontiefModel.of(t);
      out.println("productive: yes ((I−A)⁻¹·1 > 0)");
    } catch (SectoralException e) {
      out.println("productive: NO — " + e.getMessage());
      return 1;
    }
    return b.isBalanced() ? 0 : 1;
  }
}
