package org.sectoral.core.leontief;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sectoral.core.ErrorCode;
import org.sectoral.core.internal.Backend;
import org.sectoral.core.internal.Monitor;
import org.sectoral.core.internal.dense.BlockedLu;
import org.sectoral.core.internal.nativeblas.NativeBlas;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.core.table.KeyIndex;
import org.sectoral.core.table.LabelledMatrix;
import org.sectoral.core.table.LabelledVector;
import org.sectoral.core.table.Region;
import org.sectoral.core.table.RegionSector;
import org.sectoral.core.table.Sector;
import org.sectoral.core.testing.RandomEconomies;

/**
 * Numbers that prove themselves: a near-singular economy (spectral radius 1 − 1e-13) whose
 * multipliers a plain LU gets wrong in the fourth digit is solved right (checked against
 * 60-digit arithmetic and the identity v'L = 1'), and flagged ILL_CONDITIONED; a
 * well-conditioned economy passes with residuals of a few ε on every backend.
 */
class NumericGuaranteesTest {
  private static final int N = 30;
  private static final double GAP = 1e-13;

  /** A = (1 − 1e-13)·S with S column-stochastic: ρ(A) = 1 − 1e-13, κ₁(I−A) ≈ 2e13. */
  static double[] nearSingular(int n, double gap, long seed) {
    Random rnd = new Random(seed);
    double c = 1 - gap;
    double[] a = new double[n * n];
    for (int j = 0; j < n; j++) {
      double[] col = new double[n];
      double s = 0;
      for (int i = 0; i < n; i++) {
        col[i] = rnd.nextDouble();
        s += col[i];
      }
      for (int i = 0; i < n; i++) {
        a[i * n + j] = c * col[i] / s;
      }
    }
    return a;
  }

  /**
   * Value added per unit of output that closes each column exactly, vⱼ = 1 − Σᵢ aᵢⱼ, in exact
   * arithmetic (then rounded once): v' = 1'(I−A), so v'L = 1' for every sector.
   */
  static double[] closingValueAdded(double[] a, int n) {
    double[] v = new double[n];
    for (int j = 0; j < n; j++) {
      BigDecimal s = BigDecimal.ONE;
      for (int i = 0; i < n; i++) {
        s = s.subtract(new BigDecimal(a[i * n + j]));
      }
      v[j] = s.doubleValue();
    }
    return v;
  }

  /** m' = 1'(I−A)⁻¹ by Gaussian elimination in 60-digit decimal arithmetic. */
  static double[] outputMultipliersExact(double[] a, int n) {
    MathContext mc = new MathContext(60);
    BigDecimal[][] t = new BigDecimal[n][n + 1]; // (I−A)' m = 1
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        t[i][j] = new BigDecimal((i == j ? 1 : 0)).subtract(new BigDecimal(a[j * n + i]));
      }
      t[i][n] = BigDecimal.ONE;
    }
    for (int k = 0; k < n; k++) {
      int p = k;
      for (int i = k + 1; i < n; i++) {
        if (t[i][k].abs().compareTo(t[p][k].abs()) > 0) {
          p = i;
        }
      }
      BigDecimal[] tmp = t[k];
      t[k] = t[p];
      t[p] = tmp;
      for (int i = k + 1; i < n; i++) {
        BigDecimal l = t[i][k].divide(t[k][k], mc);
        for (int j = k; j <= n; j++) {
          t[i][j] = t[i][j].subtract(l.multiply(t[k][j], mc), mc);
        }
      }
    }
    double[] m = new double[n];
    BigDecimal[] x = new BigDecimal[n];
    for (int i = n - 1; i >= 0; i--) {
      BigDecimal s = t[i][n];
      for (int j = i + 1; j < n; j++) {
        s = s.subtract(t[i][j].multiply(x[j], mc), mc);
      }
      x[i] = s.divide(t[i][i], mc);
      m[i] = x[i].doubleValue();
    }
    return m;
  }

  static KeyIndex<RegionSector> keys(int n) {
    List<RegionSector> k = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      k.add(RegionSector.of(Region.of("R"), Sector.of("S" + i)));
    }
    return KeyIndex.of(k);
  }

  static double worstDistanceFromOne(double[] v) {
    double worst = 0;
    for (double e : v) {
      worst = Math.max(worst, Math.abs(e - 1));
    }
    return worst;
  }

  @Test
  void aPlainLuGetsTheNearSingularEconomyWrongInTheFourthDigit() {
    // what every backend returned before solves were checked: the LU of fl(I−A), unrefined
    double[] a = nearSingular(N, GAP, 7);
    double[] m = new double[N * N];
    for (int i = 0; i < m.length; i++) {
      m[i] = -a[i];
    }
    for (int i = 0; i < N; i++) {
      m[i * N + i] += 1;
    }
    double[] vl = BlockedLu.factorInPlace(m, N, Monitor.NONE)
        .solveTransposed(closingValueAdded(a, N));
    assertThat(worstDistanceFromOne(vl)).isGreaterThan(1e-5); // 3.6e-4 measured
  }

  @ParameterizedTest
  @ValueSource(strings = {"java", "native", "reference"})
  void nearSingularEconomyIsSolvedRightAndFlagged(String backend) {
    assumeTrue(!backend.equals("native") || NativeBlas.isAvailable());
    double[] a = nearSingular(N, GAP, 7);
    KeyIndex<RegionSector> keys = keys(N);
    String old = System.getProperty(Backend.PROPERTY);
    LeontiefModel model;
    try {
      System.setProperty(Backend.PROPERTY, backend);
      model = LeontiefModel.ofCoefficients(LabelledMatrix.ofRowMajor(keys, keys, a, "1"));
    } finally {
      restore(old);
    }
    // value-added effects v'L = 1' exactly in theory
    double[] vl = model.multipliers(LabelledVector.of(keys, closingValueAdded(a, N), "1"), "1")
        .toArray();
    assertThat(worstDistanceFromOne(vl)).isLessThan(1e-12);
    // output multipliers 1'L (about 1e13) against 60-digit arithmetic
    double[] exact = outputMultipliersExact(a, N);
    double[] mult = model.outputMultipliers().toArray();
    for (int j = 0; j < N; j++) {
      assertThat(Math.abs(mult[j] - exact[j]) / exact[j]).as("sector %d", j)
          .isLessThan(1e-12);
    }
    // the explicit inverse is built from refined rows: its column sums are the multipliers
    LabelledMatrix<RegionSector, RegionSector> l = model.leontiefInverse();
    for (int j = 0; j < N; j++) {
      double colSum = 0;
      for (int i = 0; i < N; i++) {
        colSum += l.at(i, j);
      }
      assertThat(Math.abs(colSum - exact[j]) / exact[j]).isLessThan(1e-12);
    }
    SolverDiagnostics d = model.diagnostics();
    assertThat(d.method()).isEqualTo(switch (backend) {
      case "native" -> "native-openblas";
      case "java" -> "java-blocked";
      default -> "reference-commons-math3";
    });
    assertThat(d.conditionEstimate()).isPresent();
    assertThat(d.conditionEstimate().getAsDouble()).isGreaterThan(1e13).isLessThan(1e14);
    assertThat(d.isIllConditioned()).isTrue();
    assertThat(d.warnings()).containsExactly(ErrorCode.ILL_CONDITIONED);
    assertThat(d.refinedSolves()).isEqualTo(d.checkedSolves()).isGreaterThan(N);
    assertThat(d.largestScaledResidual()).isLessThanOrEqualTo(SolverDiagnostics.RESIDUAL_LIMIT);
    assertThat(d.largestErrorEstimate()).isLessThanOrEqualTo(SolverDiagnostics.ERROR_LIMIT);
  }

  @Test
  void moderatelyIllConditionedEconomyIsRefinedWithoutAWarning() {
    double[] a = nearSingular(N, 1e-8, 3); // κ ≈ 2e8: above the refinement threshold only
    KeyIndex<RegionSector> keys = keys(N);
    LeontiefModel model =
        LeontiefModel.ofCoefficients(LabelledMatrix.ofRowMajor(keys, keys, a, "1"));
    double[] vl = model.multipliers(LabelledVector.of(keys, closingValueAdded(a, N), "1"), "1")
        .toArray();
    assertThat(worstDistanceFromOne(vl)).isLessThan(1e-14);
    SolverDiagnostics d = model.diagnostics();
    assertThat(d.conditionEstimate().getAsDouble()).isBetween(SolverDiagnostics.REFINE_CONDITION,
        SolverDiagnostics.CONDITION_WARNING);
    assertThat(d.warnings()).isEmpty();
    assertThat(d.refinedSolves()).isPositive();
  }

  @ParameterizedTest
  @ValueSource(strings = {"java", "native", "reference"})
  void wellConditionedRandomEconomyPassesWithResidualsOfAFewEpsilon(String backend) {
    assumeTrue(!backend.equals("native") || NativeBlas.isAvailable());
    InputOutputTable t = RandomEconomies.national(200, 5);
    String old = System.getProperty(Backend.PROPERTY);
    LeontiefModel model;
    try {
      System.setProperty(Backend.PROPERTY, backend);
      model = LeontiefModel.of(t);
    } finally {
      restore(old);
    }
    SolverDiagnostics before = model.diagnostics();
    assertThat(before.checkedSolves()).isEqualTo(1); // the productivity probe
    model.output(t.finalDemandTotal());
    model.outputMultipliers();
    double[][] many = new double[25][];
    for (int k = 0; k < many.length; k++) {
      many[k] = t.finalDemandTotal().map(v -> v * 0.5, "x").toArray();
      many[k][k] += 1;
    }
    model.solveAll(many);
    model.solveTransposedAll(many);
    SolverDiagnostics d = model.diagnostics();
    assertThat(d.checkedSolves()).isEqualTo(1 + 1 + 1 + 25 + 25);
    assertThat(d.refinedSolves()).isZero();
    assertThat(d.largestScaledResidual()).isPositive().isLessThan(1e-14);
    assertThat(d.warnings()).isEmpty();
    // κ₁ against the explicit inverse: ‖I−A‖₁ · (largest column sum of L)
    double[] colSums = model.leontiefInverse().columnSums().toArray();
    double invNorm = java.util.Arrays.stream(colSums).max().getAsDouble();
    double aNorm = 0;
    for (int j = 0; j < t.size(); j++) {
      double s = 0;
      for (int i = 0; i < t.size(); i++) {
        s += Math.abs((i == j ? 1 : 0) - model.coefficient(i, j));
      }
      aNorm = Math.max(aNorm, s);
    }
    assertThat(d.conditionEstimate().getAsDouble()).isBetween(aNorm * invNorm / 3,
        aNorm * invNorm * (1 + 1e-12));
    assertThat(d.toString()).contains(d.method(), "200");
  }

  @Test
  void nearSingularTableIsFlaggedThroughMultipliers() {
    // the same economy given as a table: the solves are exact for A = Z·x̂⁻¹ as rounded, and the
    // warning says that the data's own rounding moves the answers by about κ̂·ε
    double[] a = nearSingular(N, GAP, 7);
    double[] x = new double[N];
    java.util.Arrays.fill(x, 100);
    double[][] z = new double[N][N];
    double[] f = new double[N];
    double[] va = new double[N];
    for (int i = 0; i < N; i++) {
      for (int j = 0; j < N; j++) {
        z[i][j] = a[i * N + j] * x[j];
      }
    }
    for (int i = 0; i < N; i++) {
      f[i] = x[i];
      va[i] = x[i];
      for (int j = 0; j < N; j++) {
        f[i] -= z[i][j];
        va[i] -= z[j][i];
      }
    }
    List<Sector> sectors = new ArrayList<>();
    for (int i = 0; i < N; i++) {
      sectors.add(Sector.of("S" + i, "S" + i));
    }
    InputOutputTable t = InputOutputTable.builder().name("near").unit("u")
        .region(Region.of("R", "R")).sectors(sectors).intermediate(z)
        .finalDemand("Y", org.sectoral.core.table.FinalDemandCategory.HOUSEHOLDS, f)
        .valueAdded("GOS", org.sectoral.core.table.ValueAddedComponent.Kind.OPERATING_SURPLUS,
            va)
        .output(x).balanceTolerance(1e-6).build();
    Multipliers m = Multipliers.of(t);
    m.valueAddedEffects(MultiplierType.TYPE_I);
    assertThat(m.model().diagnostics().warnings()).containsExactly(ErrorCode.ILL_CONDITIONED);
  }

  @Test
  void iterativePathReportsItsMethodAndNoConditionEstimate() {
    InputOutputTable t = RandomEconomies.national(20, 3);
    SolverDiagnostics d = LeontiefModel.of(t, SolverOptions.iterative(1e-12)).diagnostics();
    assertThat(d.method()).isEqualTo("gauss-seidel");
    assertThat(d.conditionEstimate()).isEmpty();
    assertThat(d.warnings()).isEmpty();
  }

  private static void restore(String old) {
    if (old == null) {
      System.clearProperty(Backend.PROPERTY);
    } else {
      System.setProperty(Backend.PROPERTY, old);
    }
  }
}
