package org.sectoral.core.trade;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import java.util.List;
import org.sectoral.core.ErrorCode;
import org.sectoral.core.SectoralException;
import org.sectoral.core.internal.Blocks;
import org.sectoral.core.internal.SquareSolver;
import org.sectoral.core.leontief.LeontiefModel;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.core.table.LabelledMatrix;
import org.sectoral.core.table.RegionSector;
import org.sectoral.core.table.FinalDemandColumn;

/**
 * The shared quantities of a multi-region table for trade analyses, all solve-based (the global
 * Leontief inverse B = (I−A)⁻¹ is never formed): value-added coefficients v = 1'V·x̂⁻¹, final
 * demand per buying region y_r, gross exports e, the factorised local systems I−A_rr, and the
 * rows w⁽ᵖ⁾ = v⁽ᵖ⁾·B (v restricted to region p), one transposed solve per region.
 */
final class WorldSystem {
  final InputOutputTable table;
  final LeontiefModel model;
  final int n;
  final int sectors;
  final int regions;
  final double[] v;
  final double[][] yAgg; // R × n
  final double[] exports; // e, n
  private final SquareSolver[] local;
  private final Supplier<double[][]> vb;

  private WorldSystem(InputOutputTable table, LeontiefModel model) {
    this.table = table;
    this.model = model;
    this.n = table.size();
    this.sectors = table.sectors().size();
    this.regions = table.regions().size();
    double[] x = table.output().toArray();
    double[] va = table.valueAddedTotal().toArray();
    v = new double[n];
    for (int j = 0; j < n; j++) {
      v[j] = x[j] == 0 ? 0 : va[j] / x[j];
    }
    yAgg = new double[regions][n];
    LabelledMatrix<RegionSector, FinalDemandColumn> y = table.finalDemand();
    for (int c = 0; c < y.columnCount(); c++) {
      int r = table.regions().indexOf(y.columns().get(c).region());
      for (int i = 0; i < n; i++) {
        yAgg[r][i] += y.at(i, c);
      }
    }
    exports = new double[n];
    LabelledMatrix<RegionSector, RegionSector> z = table.intermediate();
    // rows in parallel blocks: each export is its own row's sum, in order (the same numbers)
    Blocks.run(n, (long) n * n, (from, to) -> {
      double[] zi = new double[n];
      for (int i = from; i < to; i++) {
        int home = region(i);
        double e = 0;
        z.copyRows(i, i + 1, zi, 0);
        int homeFrom = home * sectors;
        int homeTo = homeFrom + sectors;
        for (int j = 0; j < homeFrom; j++) { // the columns of other regions, in order
          e += zi[j];
        }
        for (int j = homeTo; j < n; j++) {
          e += zi[j];
        }
        for (int r = 0; r < regions; r++) {
          if (r != home) {
            e += yAgg[r][i];
          }
        }
        exports[i] = e;
      }
    });
    local = new SquareSolver[regions];
    for (int r = 0; r < regions; r++) {
      double[] m = new double[sectors * sectors];
      for (int i = 0; i < sectors; i++) {
        for (int j = 0; j < sectors; j++) {
          m[i * sectors + j] = (i == j ? 1 : 0) - model.coefficient(r * sectors + i,
              r * sectors + j);
        }
      }
      local[r] = SquareSolver.factor(m, sectors);
    }
    vb = Suppliers.memoize(this::computeVb);
  }

  /**
   * The system of a multi-region table.
   *
   * @throws SectoralException {@link ErrorCode#DIMENSION_MISMATCH} for a single-region table,
   *     {@link ErrorCode#NOT_PRODUCTIVE} when I−A has no non-negative inverse
   */
  static WorldSystem of(InputOutputTable table, LeontiefModel model, String analysis) {
    if (table.regions().size() < 2) {
      throw SectoralException.of(ErrorCode.DIMENSION_MISMATCH, List.of(table.name()),
          "%s needs a multi-region table; %s has one region", analysis, table.name());
    }
    if (!model.keys().equals(table.keys())) {
      throw SectoralException.of(ErrorCode.DIMENSION_MISMATCH, List.of(table.name()),
          "The Leontief model's keys differ from those of table %s", table.name());
    }
    return new WorldSystem(table, model);
  }

  int region(int key) {
    return key / sectors;
  }

  double coefficient(int i, int j) {
    return model.coefficient(i, j);
  }

  /** w⁽ᵖ⁾ = v⁽ᵖ⁾·B for every source region p (R × n), R transposed solves, shared. */
  double[][] vb() {
    return vb.get();
  }

  /** L_rr·b for the local system of region r (b of length sectors). */
  double[] localSolve(int r, double[] b) {
    return local[r].solve(b);
  }

  /** c'·L_rr for the local system of region r. */
  double[] localSolveTransposed(int r, double[] c) {
    return local[r].solveTransposed(c);
  }

  /** The diagonal of L_rr (S × S inverse of the small local system, formed once). */
  double[] localInverseDiagonal(int r) {
    double[] inv = local[r].inverseShared();
    double[] d = new double[sectors];
    for (int i = 0; i < sectors; i++) {
      d[i] = inv[i * sectors + i];
    }
    return d;
  }

  /** The part of a length-n vector in region r's block. */
  double[] block(double[] full, int r) {
    double[] b = new double[sectors];
    System.arraycopy(full, r * sectors, b, 0, sectors);
    return b;
  }

  private double[][] computeVb() {
    double[][] vp = new double[regions][n];
    for (int p = 0; p < regions; p++) {
      System.arraycopy(v, p * sectors, vp[p], p * sectors, sectors);
    }
    return model.solveTransposedAll(vp);
  }
}
