package org.sectoral.core.leontief;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.sectoral.core.ErrorCode;
import org.sectoral.core.SectoralException;
import org.sectoral.core.internal.Backend;
import org.sectoral.core.internal.LinearSolver;
import org.sectoral.core.internal.Monitor;
import org.sectoral.core.internal.SquareSolver;
import org.sectoral.core.internal.iterative.GaussSeidel;
import org.sectoral.core.internal.sparse.CsrMatrix;
import org.sectoral.core.internal.sparse.RowMatrix;
import org.sectoral.core.table.KeyIndex;
import org.sectoral.core.table.RegionSector;

/** Builds the solver of I−A that {@link SolverOptions} ask for; proves the economy productive. */
final class Engine {
  private Engine() {}

  /**
   * A solver of I−M that has been shown to be a non-singular M-matrix: for M ≥ 0, (I−M)⁻¹ ≥ 0
   * exists iff some s ≥ 0 has (I−M)s &gt; 0 (Berman &amp; Plemmons 1994, th. 6.2.3, I27);
   * s = (I−M)⁻¹·1 is tested for strict positivity. On the iterative path the test is skipped when
   * every column sum of M ≥ 0 is below 1, which already bounds ρ(M) ≤ ‖M‖₁ &lt; 1.
   */
  static LinearSolver productiveSolver(Coefficients m, SolverOptions options) {
    return productiveSolver(m, options, null);
  }

  /**
   * As {@link #productiveSolver(Coefficients, SolverOptions)}; when A is read from flows on the
   * direct path, its column sums Σᵢ aᵢⱼ (as {@code LeontiefModel.coefficientColumnSums()}
   * computes them, bit for bit) are copied into {@code columnSums} if that is not null.
   *
   * @return the solver; {@code columnSums} is filled only when the flows path was taken
   */
  static LinearSolver productiveSolver(Coefficients m, SolverOptions options,
      double[] columnSums) {
    KeyIndex<RegionSector> keys = m.keys();
    int n = keys.size();
    Monitor monitor = Monitor.of(options.progress(), options.cancellation().orElse(null));
    CsrMatrix sparse = m.sparse();
    // Direct path and dense sources: one n × n array, A first, then I−A in place (the direct
    // path makes I−A and the column sums in one pass).
    double[] dense;
    double[] colSums;
    if (!options.isIterative() && m.isFlows()) {
      // flows: I − A goes by rows straight into the factorization (no n × n Java array for the
      // native LU); the column sums are complete once the rows are in
      colSums = new double[n];
      LinearSolver s;
      try {
        s = SquareSolver.factorRows(m.identityMinusRows(colSums), n, m.system(),
            Backend.configured(), monitor);
      } catch (SectoralException e) {
        if (e.code() != ErrorCode.SINGULAR_SYSTEM) {
          throw e;
        }
        List<String> atFault = atFault(keys, colSums);
        throw SectoralException.of(ErrorCode.NOT_PRODUCTIVE, atFault,
            "I−A is singular: the economy is not productive; column sums ≥ 1 in %s", atFault);
      }
      probe(keys, s, atFault(keys, colSums));
      if (columnSums != null) {
        System.arraycopy(colSums, 0, columnSums, 0, n);
      }
      return s;
    }
    if (!options.isIterative()) {
      colSums = new double[n];
      dense = m.identityMinusDense(colSums);
    } else {
      dense = sparse == null ? m.toDense() : null;
      colSums = dense != null ? m.checkedColumnSums(dense) : sparse.columnSums();
    }
    List<String> atFault = atFault(keys, colSums);
    LinearSolver s;
    boolean proven = false;
    if (options.isIterative()) {
      RowMatrix rows = dense != null
          ? Coefficients.rows(dense, n, SolverOptions.SPARSE_DENSITY_THRESHOLD) : sparse;
      proven = atFault.isEmpty()
          && (dense != null ? Coefficients.nonNegative(dense) : Coefficients.nonNegative(sparse));
      s = GaussSeidel.of(rows, options.tolerance(), options.maxIterations(), monitor);
    } else {
      try {
        s = SquareSolver.factorOwned(dense, n, m.system(), Backend.configured(), monitor);
      } catch (SectoralException e) {
        if (e.code() != ErrorCode.SINGULAR_SYSTEM) {
          throw e;
        }
        throw SectoralException.of(ErrorCode.NOT_PRODUCTIVE, atFault,
            "I−A is singular: the economy is not productive; column sums ≥ 1 in %s", atFault);
      }
    }
    if (!proven) {
      probe(keys, s, atFault);
    }
    return s;
  }

  /** The keys of the columns whose coefficient sum is at least 1. */
  private static List<String> atFault(KeyIndex<RegionSector> keys, double[] colSums) {
    List<String> atFault = new ArrayList<>();
    for (int j = 0; j < colSums.length; j++) {
      if (colSums[j] >= 1) {
        atFault.add(keys.get(j).toString());
      }
    }
    return atFault;
  }

  private static void probe(KeyIndex<RegionSector> keys, LinearSolver s, List<String> atFault) {
    int n = keys.size();
    double[] ones = new double[n];
    Arrays.fill(ones, 1.0);
    double[] probe;
    try {
      probe = s.solve(ones);
    } catch (SectoralException e) {
      if (e.code() != ErrorCode.NOT_CONVERGED) {
        throw e;
      }
      throw SectoralException.of(ErrorCode.NOT_PRODUCTIVE, atFault,
          "The economy is not productive or too close to it for the iterative solver: %s; "
              + "coefficient column sums ≥ 1 in %s", e.getMessage(), atFault);
    }
    List<String> nonPositive = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (!(probe[i] > 0) || !Double.isFinite(probe[i])) {
        nonPositive.add(keys.get(i).toString());
      }
    }
    if (!nonPositive.isEmpty()) {
      List<String> culprits = atFault.isEmpty() ? nonPositive : atFault;
      throw SectoralException.of(ErrorCode.NOT_PRODUCTIVE, culprits,
          "The economy is not productive (spectral radius of A ≥ 1): (I−A)⁻¹·1 is not positive "
              + "for %s; coefficient column sums ≥ 1 in %s", nonPositive, atFault);
    }
  }
}
