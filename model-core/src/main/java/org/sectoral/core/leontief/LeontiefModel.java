package org.sectoral.core.leontief;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import java.util.ArrayList;
import java.util.List;
import org.sectoral.core.ErrorCode;
import org.sectoral.core.SectoralException;
import org.sectoral.core.internal.SquareSolver;
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
 * productive); L and G are formed only when asked for. Immutable and safe to share between
 * threads. Sectors with zero output get zero coefficient columns (and rows of B), never NaN.
 */
public final class LeontiefModel {
  private final KeyIndex<RegionSector> keys;
  private final int n;
  private final double[] a; // row-major A
  private final double[] output; // x, or null when built from coefficients
  private final String unit;
  private final SquareSolver leontief;
  private final Supplier<SquareSolver> ghosh;

  private LeontiefModel(KeyIndex<RegionSector> keys, double[] a, double[] output, String unit) {
    this.keys = keys;
    this.n = keys.size();
    this.a = a;
    this.output = output;
    this.unit = unit;
    this.leontief = factorProductive(keys, a);
    this.ghosh = Suppliers.memoize(this::factorGhosh);
  }

  /**
   * The model of a table's intermediate block Z (domestic flows in a national table):
   * A = Z·x̂⁻¹.
   *
   * @throws SectoralException {@link ErrorCode#NOT_PRODUCTIVE} naming the sectors at fault
   */
  public static LeontiefModel of(InputOutputTable table) {
    checkNotNull(table, "table");
    return of(table.intermediate(), table.output());
  }

  /** The model of flows Z and output x with the same keys: A = Z·x̂⁻¹. */
  public static LeontiefModel of(LabelledMatrix<RegionSector, RegionSector> z,
      LabelledVector<RegionSector> x) {
    int n = x.size();
    double[] a = z.toRowMajorArray();
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        a[i * n + j] = x.at(j) == 0 ? 0 : a[i * n + j] / x.at(j);
      }
    }
    return new LeontiefModel(x.index(), a, x.toArray(), z.unit());
  }

  /**
   * The model of given technical coefficients A (no output known: Ghosh quantities need one).
   *
   * @throws SectoralException {@link ErrorCode#NOT_PRODUCTIVE} naming the sectors at fault
   */
  public static LeontiefModel ofCoefficients(LabelledMatrix<RegionSector, RegionSector> a) {
    return new LeontiefModel(a.rows(), a.toRowMajorArray(), null, "");
  }

  /** The keys of rows and columns. */
  public KeyIndex<RegionSector> keys() {
    return keys;
  }

  /** The number of sectors n. */
  public int size() {
    return n;
  }

  /** Technical coefficients A = Z·x̂⁻¹ (dimensionless). */
  public LabelledMatrix<RegionSector, RegionSector> technicalCoefficients() {
    return LabelledMatrix.ofRowMajor(keys, keys, a, "1");
  }

  /** The coefficient aᵢⱼ at positions i, j. */
  public double coefficient(int i, int j) {
    return a[i * n + j];
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

  /** Leontief inverse L = (I−A)⁻¹ (dimensionless), formed on first call and cached. */
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

  /** Row sums of G, G·1, by one solve (Ghosh "output multipliers"). */
  public double[] ghoshRowSums() {
    double[] ones = new double[n];
    java.util.Arrays.fill(ones, 1.0);
    return ghosh.get().solve(ones);
  }

  private double[] allocation() {
    double[] x = requireOutput();
    double[] b = new double[n * n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        // b_ij = z_ij / x_i = a_ij x_j / x_i
        b[i * n + j] = x[i] == 0 ? 0 : a[i * n + j] * x[j] / x[i];
      }
    }
    return b;
  }

  private SquareSolver factorGhosh() {
    return factorProductive(keys, allocation());
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

  /**
   * Factorizes I−M and proves it a non-singular M-matrix: for M ≥ 0, (I−M)⁻¹ ≥ 0 exists iff
   * some s ≥ 0 has (I−M)s &gt; 0 (Berman &amp; Plemmons 1994, th. 6.2.3, I27); s = (I−M)⁻¹·1 is
   * tested for strict positivity.
   */
  static SquareSolver factorProductive(KeyIndex<RegionSector> keys, double[] m) {
    int n = keys.size();
    double[] iMinus = new double[n * n];
    List<String> atFault = new ArrayList<>();
    for (int j = 0; j < n; j++) {
      double col = 0;
      for (int i = 0; i < n; i++) {
        double v = m[i * n + j];
        if (!Double.isFinite(v)) {
          throw SectoralException.of(ErrorCode.NON_FINITE_VALUE, List.of(keys.get(j).toString()),
              "Coefficient (%s, %s) is %s", keys.get(i), keys.get(j), v);
        }
        col += v;
        iMinus[i * n + j] = (i == j ? 1 : 0) - v;
      }
      if (col >= 1) {
        atFault.add(keys.get(j).toString());
      }
    }
    SquareSolver s;
    try {
      s = SquareSolver.factor(iMinus, n);
    } catch (SectoralException e) {
      throw SectoralException.of(ErrorCode.NOT_PRODUCTIVE, atFault,
          "I−A is singular: the economy is not productive; column sums ≥ 1 in %s", atFault);
    }
    double[] ones = new double[n];
    java.util.Arrays.fill(ones, 1.0);
    double[] probe = s.solve(ones);
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
    return s;
  }
}
