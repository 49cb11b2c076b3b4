package org.sectoral.io.layout;

import java.util.Locale;
import org.sectoral.core.SectoralException;
import org.sectoral.core.table.BalanceReport;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.core.table.InputOutputTableBuilder;
import org.sectoral.io.TableFormatException;

/**
 * Builds a table read from a file and turns the core's validation failures into located file
 * errors: an imbalance beyond the tolerance is reported at the output cell of the worst sector.
 */
public final class LocatedBuild {
  private LocatedBuild() {}

  /** Where the output (total) of the sector with a given key index was read. */
  @FunctionalInterface
  public interface CellLocator {
    /** The 1-based {line, column} of the output cell of key index {@code k}. */
    int[] locate(int k);
  }

  /**
   * Builds the table, checking both balance identities against a tolerance (relative and
   * absolute, handed to the core), so its {@link InputOutputTable#balanceReport()} is balanced
   * and shows how far the file is from exact.
   *
   * @param outputLabel the file's name of the output row or column, e.g. {@code "OUTPUT"}
   * @throws TableFormatException naming the output cell of the worst sector when the table is
   *     unbalanced beyond {@code tolerance}, or the source when the core rejects the table
   */
  public static InputOutputTable build(InputOutputTableBuilder builder, Tolerance tolerance,
      String source, String outputLabel, CellLocator outputCell) throws TableFormatException {
    InputOutputTable loose;
    try {
      loose = builder.balanceTolerance(Double.POSITIVE_INFINITY).build();
    } catch (SectoralException e) {
      throw TableFormatException.ofSource(source, e.getMessage());
    }
    BalanceReport.Gap bad = null;
    for (BalanceReport.Gap g : loose.balanceReport().worst(2 * loose.size())) {
      double x = loose.output().get(g.sector());
      if (!tolerance.accepts(g.gap(), x)) {
        if (bad == null || Math.abs(g.gap()) > Math.abs(bad.gap())) {
          bad = g;
        }
      }
    }
    if (bad != null) {
      BalanceReport.Gap g = bad;
      int k = loose.keys().indexOf(g.sector());
      int[] at = outputCell.locate(k);
      String what = g.side() == BalanceReport.Side.ROW
          ? "the row total (intermediate + final use)" : "the column total (inputs + value added)";
      TableFormatException ex = new TableFormatException(source, at[0], at[1],
          String.format(Locale.ROOT, "%s", loose.output().at(k)),
          String.format(Locale.ROOT, "totals do not match flows: %s %s of %s differs from %s by "
              + "%.6g (%.3g of output; tolerance %s); recomputeTotals(true) replaces the "
              + "output by the row totals", outputLabel, loose.output().at(k), g.sector(), what,
              -g.gap(), g.relative(), tolerance));
      // the core's view of the same failure, so callers can tell imbalance from bad syntax
      ex.initCause(new org.sectoral.core.SectoralException(
          org.sectoral.core.ErrorCode.UNBALANCED_TABLE, java.util.List.of(g.sector().toString()),
          ex.problem()));
      throw ex;
    }
    try {
      return builder.balanceTolerance(tolerance.relative(), tolerance.absolute()).build();
    } catch (SectoralException e) {
      throw TableFormatException.ofSource(source, e.getMessage());
    }
  }
}
