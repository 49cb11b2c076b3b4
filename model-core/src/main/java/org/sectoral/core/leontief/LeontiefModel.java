package org.sectoral.core.leontief;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkElementIndex;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import java.util.List;
import org.sectoral.core.ErrorCode;
import org.sectoral.core.SectoralException;
import org.sectoral.core.internal.Blocks;
import org.sectoral.core.internal.LinearSolver;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.core.table.KeyIndex;
import org.sectoral.core.table.LabelledMatrix;
import org.sectoral.core.table.LabelledVector;
import org.sectoral.core.table.RegionSector;

/**
 * The demand-driven Leontief model x = L·f with L = (I−A)⁻¹, and the supply-driven Ghosh model
 * x' = v'·G with G = (I−B)⁻¹ (Miller &amp; Blair 2009, ch. 2 and §12.1).
 *
 * <p>Solve-based: I−A is factorized once when the model is made (which also proves the economy
 * productive); L and G are formed only when asked for. {@link SolverOptions} choose a direct dense
 * LU (native OpenBLAS where it loads, else pure Java) or Gauss–Seidel iterations on sparse A for
 * world tables; the answers agree to about 1e-10 relative. On the direct path every solve checks
 * its residual and is refined or refused ({@link ErrorCode#INACCURATE_SOLUTION}) when it misses
 * the limits of {@link SolverDiagnostics}; {@link #diagnostics()} reports what was found. The model keeps no copy of Z or A:
 * it reads the caller's immutable matrices. Immutable and safe to share between threads. Sectors
 * with zero output get zero coefficient columns (and rows of B), never NaN.
 *
 * <p><b>Memory.</b> Making the model takes one n × n working array (I−A, from Z and x); the
 * native backend copies it off the Java heap for the LU and drops it, the Java backend factors
 * it in place and keeps it: the model holds one n² factorization and nothing else n × n.
 * Solves, multipliers, {@link #ghoshRowSums()}, {@link #coefficientColumnSums()},
 * {@link #allocationRowSums()} and the row streams {@link #technicalCoefficientRows} and
 * {@link #leontiefInverseRows} add at most one panel; A, L, B and G are n² each and formed only
 * when asked for.
 */
public final class LeontiefModel {
  private final KeyIndex<RegionSector> keys;
  private final int n;
  private final Coefficients a; // read from the caller's matrices, not copied
  private final double[] output; // x, or null when built from coefficients
  private final String unit;
  private final SolverOptions options;
  private final LinearSolver leontief;
  private final Supplier<LinearSolver> ghosh;
  private final double[] columnSums; // 1'A when made on the way to the factorization, else null
  private final SolveMemo memo = new SolveMemo();

  private LeontiefModel(Coefficients a, double[] output, String unit, SolverOptions options) {
    this.keys = a.keys();
    this.n = keys.size();
    this.a = a;
    this.output = output;
    this.unit = unit;
    this.options = checkNotNull(options, "options");
    double[] sums = new double[n];
    this.leontief = Engine.productiveSolver(a, options, sums);
    this.columnSums = !options.isIterative() && a.isFlows() ? sums : null;
    this.ghosh = Suppliers.memoize(this::factorGhosh);
  }

  /**
   * The model of a table's intermediate block Z (domestic flows in a national table):
   * A = Z·x̂⁻¹.
   *
   * @throws SectoralException {@link ErrorCode#NOT_PRODUCTIVE} naming the sectors at fault
   */
  public static LeontiefModel of(InputOutputTable table) {
    return of(table, SolverOptions.direct());
  }

  /**
   * As {@link #of(InputOutputTable)}, solved as the options say (e.g.
   * {@link SolverOptions#iterative(double)} for a few multiplier vectors of a world table). The
   * model keeps no copy of Z.
   *
   * @throws SectoralException {@link ErrorCode#NOT_PRODUCTIVE} naming the sectors at fault, or
   *     {@link ErrorCode#NOT_CONVERGED} when an iterative productivity check fails to converge
   * @throws java.util.concurrent.CancellationException when the options' token is cancelled
   */
  public static LeontiefModel of(InputOutputTable table, SolverOptions options) {
    checkNotNull(table, "table");
    return of(table.intermediate(), table.output(), options);
  }

  /** The model of flows Z and output x with the same keys: A = Z·x̂⁻¹. */
  public static LeontiefModel of(LabelledMatrix<RegionSector, RegionSector> z,
      LabelledVector<RegionSector> x) {
    return of(z, x, SolverOptions.direct());
  }

  /** As {@link #of(LabelledMatrix, LabelledVector)}, solved as the options say. */
  public static LeontiefModel of(LabelledMatrix<RegionSector, RegionSector> z,
      LabelledVector<RegionSector> x, SolverOptions options) {
    checkNotNull(z, "z");
    checkNotNull(x, "x");
    if (!z.rows().equals(x.index()) || !z.columns().equals(x.index())) {
      throw SectoralException.of(ErrorCode.DIMENSION_MISMATCH, List.of(),
          "Flows (%d × %d) and output (%d) have different keys", z.rowCount(), z.columnCount(),
          x.size());
    }
    return new LeontiefModel(Coefficients.ofFlows(z, x.toArray()), x.toArray(), z.unit(),
        options);
  }

  /**
   * The model of given technical coefficients A (no output known: Ghosh quantities need one).
   *
   * @throws SectoralException {@link ErrorCode#NOT_PRODUCTIVE} naming the sectors at fault
   */
  public static LeontiefModel ofCoefficients(LabelledMatrix<RegionSector, RegionSector> a) {
    return ofCoefficients(a, SolverOptions.direct());
  }

  /** As {@link #ofCoefficients(LabelledMatrix)}, solved as the options say. */
  public static LeontiefModel ofCoefficients(LabelledMatrix<RegionSector, RegionSector> a,
      SolverOptions options) {
    checkNotNull(a, "a");
    checkArgument(a.rows().equals(a.columns()), "A must have the same row and column keys");
    return new LeontiefModel(Coefficients.ofDense(a), null, "", options);
  }

  /**
   * The model of sparse coefficients. With {@link SolverOptions#iterative(double)} no n × n array
   * is ever made unless a dense result (A, L) is asked for; with the direct path A is densified
   * once for the factorization.
   *
   * @throws SectoralException {@link ErrorCode#NOT_PRODUCTIVE} naming the sectors at fault
   */
  public static LeontiefModel ofCoefficients(SparseCoefficients a, SolverOptions options) {
    checkNotNull(a, "a");
    return new LeontiefModel(Coefficients.ofSparse(a), null, "", options);
  }

  /**
   * How far this model's numbers have proved themselves so far: the condition estimate of I−A,
   * the largest scaled residual of its solves, and warnings such as
   * {@link ErrorCode#ILL_CONDITIONED} (a snapshot; see {@link SolverDiagnostics} for the limits
   * every solve is held to). The record grows as solves are made, from any thread; nothing else
   * about the model changes.
   */
  public SolverDiagnostics diagnostics() {
    return SolverDiagnostics.of(leontief.checks());
  }

  /** How this model solves: {@link SolverOptions#direct()} unless made with other options. */
  public SolverOptions solverOptions() {
    return options;
  }

  /** The keys of rows and columns. */
  public KeyIndex<RegionSector> keys() {
    return keys;
  }

  /** The number of sectors n. */
  public int size() {
    return n;
  }

  /** Technical coefficients A = Z·x̂⁻¹ (dimensionless; a new dense n × n matrix). */
  public LabelledMatrix<RegionSector, RegionSector> technicalCoefficients() {
    return LabelledMatrix.ofRowMajor(keys, keys, a.toDense(), "1");
  }

  /**
   * Rows {@code from} … {@code to − 1} of A = Z·x̂⁻¹ into a row-major panel from index 0, the
   * same values {@link #technicalCoefficients()} holds, without forming A: a writer streams A
   * of a world table to a file with one panel of memory.
   */
  public void technicalCoefficientRows(int from, int to, double[] panel) {
    com.google.common.base.Preconditions.checkPositionIndexes(from, to, n);
    checkArgument(panel.length >= (to - from) * n, "Panel of %s for %s rows of %s", panel.length,
        to - from, n);
    a.rows(from, to, panel, 0);
  }

  /**
   * Rows {@code from} … {@code to − 1} of the Leontief inverse L = (I−A)⁻¹ into a row-major panel
   * from index 0, by transposed solves (row i of L is eᵢ'·L) in blocks of 256: a writer streams L
   * of a world table with one block of memory instead of n² (2n³ flops in all, as forming L).
   */
  public void leontiefInverseRows(int from, int to, double[] panel) {
    com.google.common.base.Preconditions.checkPositionIndexes(from, to, n);
    checkArgument(panel.length >= (to - from) * n, "Panel of %s for %s rows of %s", panel.length,
        to - from, n);
    for (int b = from; b < to; b += 256) {
      int e = Math.min(to, b + 256);
      double[][] units = new double[e - b][n];
      for (int i = b; i < e; i++) {
        units[i - b][i] = 1;
      }
      double[][] rows = solveTransposedAll(units);
      for (int i = b; i < e; i++) {
        System.arraycopy(rows[i - b], 0, panel, (i - from) * n, n);
      }
    }
  }

  /** The coefficient aᵢⱼ at positions i, j. */
  public double coefficient(int i, int j) {
    checkElementIndex(i, n, "row");
    checkElementIndex(j, n, "column");
    return a.at(i, j);
  }

  /**
   * Gross output x = L·f = (I−A)⁻¹·f for a final demand f (one solve, no inverse).
   *
   * @param finalDemand f with this model's keys, in money
   */
  public LabelledVector<RegionSector> output(LabelledVector<RegionSector> finalDemand) {
    checkKeys(finalDemand);
    return LabelledVector.of(keys, solve(finalDemand.toArray()), finalDemand.unit());
  }

  /** x with (I−A)·x = f, on plain arrays in key order. */
  public double[] solve(double[] f) {
    return leontief.solve(f);
  }

  /**
   * x⁽ᵏ⁾ = L·f⁽ᵏ⁾ for several right-hand sides at once (one per row of {@code f}); the native
   * backend solves them in one level-3 call, far faster than one at a time. The last four such
   * batches (of either kind, up to 64 MiB each) are remembered: the same right-hand sides asked
   * for again (footprints, TiVA and the pymrio writer all ask for L·y⁽ʳ⁾) are answered from a
   * copy, bit for bit the same.
   */
  public double[][] solveAll(double[][] f) {
    return memo.get(f, false, () -> leontief.solveAll(f));
  }

  /** m⁽ᵏ⁾' = c⁽ᵏ⁾'·L for several row vectors at once (one per row of {@code c}). */
  public double[][] solveTransposedAll(double[][] c) {
    return memo.get(c, true, () -> leontief.solveTransposedAll(c));
  }

  /** The row vector m' = c'·L = c'(I−A)⁻¹, by one transposed solve. */
  public double[] solveTransposed(double[] c) {
    return leontief.solveTransposed(c);
  }

  /**
   * Multipliers m' = c'·L for coefficients c (per unit of output), e.g. value added per unit of
   * output gives value added per unit of final demand (Miller &amp; Blair §6.2).
   */
  public LabelledVector<RegionSector> multipliers(LabelledVector<RegionSector> coefficients,
      String unit) {
    checkKeys(coefficients);
    return LabelledVector.of(keys, solveTransposed(coefficients.toArray()), unit);
  }

  /** Simple output multipliers 1'·L, the column sums of the Leontief inverse (Miller &amp; Blair §6.2.1). */
  public LabelledVector<RegionSector> outputMultipliers() {
    double[] ones = new double[n];
    java.util.Arrays.fill(ones, 1.0);
    return LabelledVector.of(keys, solveTransposed(ones), "1");
  }

  /**
   * Leontief inverse L = (I−A)⁻¹ (dimensionless), formed on first call and cached: n² doubles,
   * and on the iterative path n solves. Multipliers and outputs never need it.
   */
  public LabelledMatrix<RegionSector, RegionSector> leontiefInverse() {
    return LabelledMatrix.ofRowMajor(keys, keys, leontief.inverseShared(), "1");
  }

  /** Gross output x of the table the model was made from. */
  public LabelledVector<RegionSector> baseOutput() {
    return LabelledVector.of(keys, requireOutput(), unit);
  }

  /** Allocation coefficients B = x̂⁻¹·Z (dimensionless; Miller &amp; Blair §12.1). */
  public LabelledMatrix<RegionSector, RegionSector> allocationCoefficients() {
    return LabelledMatrix.ofRowMajor(keys, keys, allocation(), "1");
  }

  /** Ghosh inverse G = (I−B)⁻¹ (dimensionless), formed on first call. */
  public LabelledMatrix<RegionSector, RegionSector> ghoshInverse() {
    return LabelledMatrix.ofRowMajor(keys, keys, ghosh.get().inverseShared(), "1");
  }

  /** Supply-driven output x' = v'·G for primary inputs v (one transposed solve). */
  public LabelledVector<RegionSector> supplyDrivenOutput(LabelledVector<RegionSector> primary) {
    checkKeys(primary);
    return LabelledVector.of(keys, ghosh.get().solveTransposed(primary.toArray()),
        primary.unit());
  }

  /**
   * Row sums of G, G·1 (Ghosh "output multipliers"), by one solve with the Leontief
   * factorization: G = x̂⁻¹·L·x̂ on the sectors with output, so G·1 = x̂⁻¹·L·x there and 1 where
   * x = 0 (B has zero rows and columns there). When a zero-output sector has non-zero
   * coefficients in its row of A (possible only with negative flows), B is factorized instead.
   */
  public double[] ghoshRowSums() {
    double[] x = requireOutput();
    boolean viaLeontief = true;
    double[] row = new double[n];
    for (int i = 0; i < n && viaLeontief; i++) {
      if (x[i] == 0) {
        a.rows(i, i + 1, row, 0);
        for (int j = 0; j < n && viaLeontief; j++) {
          viaLeontief = row[j] == 0;
        }
      }
    }
    if (!viaLeontief) {
      double[] ones = new double[n];
      java.util.Arrays.fill(ones, 1.0);
      return ghosh.get().solve(ones);
    }
    double[] y = solve(x);
    double[] g = new double[n];
    for (int i = 0; i < n; i++) {
      g[i] = x[i] == 0 ? 1 : y[i] / x[i];
    }
    return g;
  }

  /**
   * Column sums 1'A of the technical coefficients (dimensionless), read row by row without
   * forming A: the same sums as {@code technicalCoefficients().columnSums()}.
   */
  public double[] coefficientColumnSums() {
    if (columnSums != null) {
      return columnSums.clone();
    }
    double[] sums = new double[n];
    double[] row = new double[n];
    for (int i = 0; i < n; i++) {
      a.rows(i, i + 1, row, 0);
      for (int j = 0; j < n; j++) {
        sums[j] += row[j];
      }
    }
    return sums;
  }

  /**
   * Row sums B·1 of the allocation coefficients (dimensionless), read row by row without forming
   * B: the same sums as {@code allocationCoefficients().rowSums()}.
   */
  public double[] allocationRowSums() {
    Coefficients b = Coefficients.ofAllocation(a, requireOutput());
    double[] sums = new double[n];
    // blocks of rows in parallel (each sum is its own row's, in order: the same numbers)
    Blocks.run(n, (long) n * n, (from, to) -> {
      double[] row = new double[n];
      for (int i = from; i < to; i++) {
        b.rows(i, i + 1, row, 0);
        double acc = 0;
        for (int j = 0; j < n; j++) {
          acc += row[j];
        }
        sums[i] = acc;
      }
    });
    return sums;
  }

  private double[] allocation() {
    // b_ij = z_ij / x_i = a_ij x_j / x_i
    return Coefficients.ofAllocation(a, requireOutput()).toDense();
  }

  private LinearSolver factorGhosh() {
    return Engine.productiveSolver(Coefficients.ofAllocation(a, requireOutput()), options);
  }

  private double[] requireOutput() {
    if (output == null) {
      throw new SectoralException(ErrorCode.MISSING_BLOCK,
          "Model made from coefficients alone has no output x: Ghosh quantities need a table");
    }
    return output;
  }

  private void checkKeys(LabelledVector<RegionSector> v) {
    checkNotNull(v, "vector");
    if (!v.index().equals(keys)) {
      throw SectoralException.of(ErrorCode.DIMENSION_MISMATCH, List.of(),
          "Vector keys (%d) differ from the model's (%d)", v.size(), n);
    }
  }
}
