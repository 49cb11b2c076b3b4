package org.sectoral.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.core.table.LabelledVector;
import org.sectoral.core.table.RegionSector;
import org.sectoral.io.pymrio.PymrioSystem;

/**
 * What {@code validate} says about the columns of a pymrio system, which pymrio never requires
 * to balance: how value added was taken, and, for each extension in the monetary unit, how far
 * its rows are from x − 1'Z.
 */
final class PymrioColumnCheck {
  private PymrioColumnCheck() {}

  static void print(PrintWriter out, PymrioSystem system, InputOutputTable t, boolean residual) {
    if (system.hasSectoralLabels() && residual) {
      return; // value added, taxes and imports as sectoral.json maps them: the balance above
    }
    if (!residual) {
      out.println("pymrio system: value added from the rows given; the other extension rows are"
          + " satellite accounts " + t.satellites().keySet());
      return;
    }
    out.println("pymrio system: value added is the residual x - 1'Z; every extension is a"
        + " satellite account " + t.satellites().keySet());
    for (Map.Entry<String, LabelledVector<RegionSector>> e
        : system.monetaryColumnGaps().entrySet()) {
      LabelledVector<RegionSector> gap = e.getValue();
      int worst = 0;
      double worstRel = 0;
      for (int j = 0; j < gap.size(); j++) {
        double rel = Math.abs(gap.at(j)) / Math.max(Math.abs(t.output().at(j)), 1e-300);
        if (rel > worstRel) {
          worstRel = rel;
          worst = j;
        }
      }
      if (worstRel <= 1e-6) {
        out.printf(Locale.ROOT, "columns: the rows of %s add up to x - 1'Z (largest relative"
            + " gap %.3g); --value-added-rows %s takes them as value added%n", e.getKey(),
            worstRel, e.getKey());
      } else {
        out.printf(Locale.ROOT, "columns (pymrio does not require them to balance): the rows of"
            + " %s differ from x - 1'Z by up to %.3g of output (%s: gap %.6g %s); a memo row"
            + " beside a total, or missing rows, would do this%n", e.getKey(), worstRel,
            gap.keys().get(worst), gap.at(worst), gap.unit());
      }
    }
  }
}
