package org.sectoral.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sectoral.core.ErrorCode;
import org.sectoral.core.SectoralException;
import org.sectoral.core.internal.dense.DenseLu;
import org.sectoral.core.internal.dense.ReferenceLu;
import org.sectoral.core.internal.nativeblas.NativeBlas;

/**
 * The checks every direct solve makes: residual kernels against textbook and exact arithmetic,
 * the condition estimate against the true κ₁, each backend's record of its residuals, and
 * faulty factorizations caught, refined or refused.
 */
class SolveCheckTest {
  /** What a backward-stable LU gives on these well-conditioned systems (measured ~1e-16). */
  static final double SMALL_RESIDUAL = 1e-14;

  @ParameterizedTest
  @EnumSource(value = Backend.class, names = {"NATIVE", "JAVA", "REFERENCE"})
  void eachBackendReportsTinyResidualsAndATrueConditionEstimate(Backend backend) {
    assumeTrue(backend != Backend.NATIVE || NativeBlas.isAvailable());
    int n = 200;
    double[] m = RandomMatrices.identityMinus(RandomMatrices.productive(n, 1, 3), n);
    SquareSolver s = SquareSolver.factor(m, n, backend);
    double[] b = RandomMatrices.vector(n, 4);
    s.solve(b);
    s.solveTransposed(b);
    double[][] few = {b, RandomMatrices.vector(n, 5), RandomMatrices.vector(n, 6)};
    s.solveAll(few);
    double[][] many = new double[40][]; // more than SKETCHES: checked by combinations
    for (int k = 0; k < many.length; k++) {
      many[k] = RandomMatrices.vector(n, 100 + k);
    }
    s.solveTransposedAll(many);
    s.solveAll(many);

    SolveChecks.Snapshot c = s.checks();
    assertThat(c.method()).isEqualTo(switch (backend) {
      case NATIVE -> "native-openblas";
      case JAVA -> "java-blocked";
      default -> "reference-commons-math3";
    });
    assertThat(c.order()).isEqualTo(n);
    assertThat(c.solves()).isEqualTo(1 + 1 + 3 + 40 + 40);
    assertThat(c.refinedSolves()).isZero();
    assertThat(c.maxScaledResidual()).isPositive().isLessThan(SMALL_RESIDUAL);
    assertThat(c.maxErrorEstimate()).isLessThan(1e-12);
    // κ₁ from the explicit inverse: the estimate is a lower bound within a factor 3
    double exact = norm1(m, n) * norm1(ReferenceLu.factor(m, n).inverse(), n);
    assertThat(c.conditionEstimate()).isBetween(exact / 3, exact * (1 + 1e-12));
  }

  @Test
  void conditionEstimatorBracketsTheTrueNormOfGeneralMatrices() {
    Random rnd = new Random(9);
    for (int n : new int[] {1, 2, 7, 60}) {
      for (int trial = 0; trial < 5; trial++) {
        double[] m = new double[n * n];
        for (int i = 0; i < m.length; i++) {
          m[i] = rnd.nextGaussian();
        }
        DenseLu lu = ReferenceLu.factor(m, n);
        double exact = norm1(lu.inverse(), n);
        double est = lu.inverseNorm1Estimate();
        assertThat(est).as("n=%d", n).isBetween(exact / 3, exact * (1 + 1e-10));
        if (NativeBlas.isAvailable()) { // dgecon agrees with the Java estimator's bracket
          double nat = SquareSolver.factor(m, n, Backend.NATIVE).conditionEstimate()
              / norm1(m, n);
          assertThat(nat).as("dgecon n=%d", n).isBetween(exact / 3, exact * (1 + 1e-10));
        }
      }
    }
  }

  @Test
  void residualKernelsMatchTheTextbookLoop() {
    for (int n : new int[] {1, 5, 37, 300}) { // 300: the parallel path
      double[] a = RandomMatrices.productive(n, 0.5, n);
      double[] m = RandomMatrices.identityMinus(a, n);
      double[][] x = new double[6][];
      double[][] b = new double[6][];
      for (int k = 0; k < 6; k++) {
        x[k] = RandomMatrices.vector(n, 10 + k);
        b[k] = RandomMatrices.vector(n, 20 + k);
      }
      for (boolean t : new boolean[] {false, true}) {
        for (SystemMatrix sm : new SystemMatrix[] {SystemMatrix.dense(m, n),
            SystemMatrix.identityMinus(a, n)}) {
          double[][] r = Residuals.of(sm, x, b, t);
          double[][] e = Residuals.extended(sm, x, b, t);
          for (int k = 0; k < 6; k++) {
            double[] expected = textbook(m, n, x[k], b[k], t);
            for (int i = 0; i < n; i++) {
              assertThat(r[k][i]).isCloseTo(expected[i], org.assertj.core.api.Assertions
                  .within(1e-13));
              assertThat(e[k][i]).isCloseTo(expected[i], org.assertj.core.api.Assertions
                  .within(1e-13));
            }
          }
        }
      }
    }
  }

  @Test
  void extendedResidualIsExactToTheLastBitWhereDoubleLosesEverything() {
    // r = b − (I−A)x with x nearly the solution: double cancels catastrophically, double-double
    // must agree with exact rational arithmetic to a rounding of r itself
    int n = 40;
    double[] a = RandomMatrices.productive(n, 1, 41);
    double[] m = RandomMatrices.identityMinus(a, n);
    double[] b = RandomMatrices.vector(n, 42);
    double[] x = SquareSolver.factor(m, n, Backend.REFERENCE).solve(b);
    double[] r = Residuals.extended(SystemMatrix.identityMinus(a, n), new double[][] {x},
        new double[][] {b}, false)[0];
    double[] rt = Residuals.extended(SystemMatrix.identityMinus(a, n), new double[][] {x},
        new double[][] {b}, true)[0];
    for (int i = 0; i < n; i++) {
      BigDecimal exact = new BigDecimal(b[i]).subtract(new BigDecimal(x[i]));
      BigDecimal exactT = exact;
      for (int j = 0; j < n; j++) {
        exact = exact.add(new BigDecimal(a[i * n + j]).multiply(new BigDecimal(x[j])));
        exactT = exactT.add(new BigDecimal(a[j * n + i]).multiply(new BigDecimal(x[j])));
      }
      double e = exact.doubleValue();
      double et = exactT.doubleValue();
      // Dot2's bound: one rounding of r plus (nε)²·Σ|terms| ≈ 1e-28 (double alone: ~1e-15)
      assertThat(Math.abs(r[i] - e)).isLessThanOrEqualTo(2 * Math.ulp(e) + 1e-27);
      assertThat(Math.abs(rt[i] - et)).isLessThanOrEqualTo(2 * Math.ulp(et) + 1e-27);
    }
  }

  @Test
  void oneCorruptedColumnInALargeBatchIsFoundByTheCombinationsAndRefined() {
    int n = 50;
    double[] m = RandomMatrices.identityMinus(RandomMatrices.productive(n, 1, 8), n);
    DenseLu good = ReferenceLu.factor(m, n);
    // a backend whose batched solve spoils column 13 of 40 (relative error 1e-6)
    DenseLu faulty = new Faulty(good) {
      @Override
      public double[][] solveAll(double[][] rhs) {
        double[][] x = good.solveAll(rhs);
        if (rhs.length == 40) {
          x[13][7] *= 1 + 1e-6;
        }
        return x;
      }
    };
    Verifier v = verifier(faulty, m, n);
    double[][] rhs = new double[40][];
    for (int k = 0; k < rhs.length; k++) {
      rhs[k] = RandomMatrices.vector(n, 300 + k);
    }
    double[][] x = v.checked(rhs, false);
    for (int k = 0; k < rhs.length; k++) {
      assertThat(RandomMatrices.relativeError(x[k], good.solve(rhs[k]))).as("column %d", k)
          .isLessThan(1e-14);
    }
    SolveChecks.Snapshot c = v.checks().snapshot();
    assertThat(c.refinedSolves()).isEqualTo(1);
    assertThat(c.maxScaledResidual()).isLessThan(SMALL_RESIDUAL);
  }

  @Test
  void aSolverThatCannotBeRefinedIsRefusedNotReturned() {
    int n = 30;
    double[] m = RandomMatrices.identityMinus(RandomMatrices.productive(n, 1, 12), n);
    DenseLu good = ReferenceLu.factor(m, n);
    // every solve three times too large: refinement x ← x + 3·M⁻¹r diverges
    DenseLu faulty = new Faulty(good) {
      @Override
      public double[] solve(double[] b) {
        double[] x = good.solve(b);
        for (int i = 0; i < x.length; i++) {
          x[i] *= 3;
        }
        return x;
      }
    };
    Verifier v = verifier(faulty, m, n);
    assertThatThrownBy(() -> v.checked(new double[][] {RandomMatrices.vector(n, 1)}, false))
        .isInstanceOfSatisfying(SectoralException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.INACCURATE_SOLUTION));
    // a solver only slightly off (1e-4) is refined to full accuracy instead
    DenseLu slightly = new Faulty(good) {
      @Override
      public double[] solve(double[] b) {
        double[] x = good.solve(b);
        for (int i = 0; i < x.length; i++) {
          x[i] *= 1 + 1e-4;
        }
        return x;
      }
    };
    double[] b = RandomMatrices.vector(n, 2);
    double[] x = verifier(slightly, m, n).checked(new double[][] {b}, false)[0];
    assertThat(RandomMatrices.relativeError(x, good.solve(b))).isLessThan(1e-14);
  }

  @Test
  void aRightHandSideHoldingNaNIsRefusedNotSolved() {
    int n = 10;
    double[] m = RandomMatrices.identityMinus(RandomMatrices.productive(n, 1, 15), n);
    SquareSolver s = SquareSolver.factor(m, n, Backend.JAVA);
    double[] b = RandomMatrices.vector(n, 1);
    b[4] = Double.NaN;
    assertThatThrownBy(() -> s.solve(b)).isInstanceOfSatisfying(SectoralException.class,
        e -> assertThat(e.code()).isEqualTo(ErrorCode.NON_FINITE_VALUE));
    assertThatThrownBy(() -> s.solveTransposedAll(new double[][] {new double[n], b}))
        .isInstanceOfSatisfying(SectoralException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.NON_FINITE_VALUE));
  }

  @Test
  void aCorruptInverseIsReplacedByRefinedRows() {
    int n = 20;
    double[] m = RandomMatrices.identityMinus(RandomMatrices.productive(n, 1, 14), n);
    DenseLu good = ReferenceLu.factor(m, n);
    DenseLu faulty = new Faulty(good) {
      @Override
      public double[] inverse() {
        double[] inv = good.inverse();
        inv[5 * n + 3] += 1e-5;
        return inv;
      }
    };
    double[] inv = verifier(faulty, m, n).formInverse();
    double[] ref = good.inverse();
    for (int i = 0; i < n * n; i++) {
      assertThat(inv[i]).isCloseTo(ref[i], org.assertj.core.api.Assertions.within(1e-13));
    }
  }

  private static Verifier verifier(DenseLu lu, double[] m, int n) {
    double norm1 = norm1(m, n);
    double condition = norm1 * lu.inverseNorm1Estimate();
    return new Verifier(lu, SystemMatrix.dense(m, n), norm1, normInf(m, n), condition);
  }

  /** A DenseLu that forwards to another; tests override the part they spoil. */
  private static class Faulty implements DenseLu {
    private final DenseLu lu;

    Faulty(DenseLu lu) {
      this.lu = lu;
    }

    @Override
    public int size() {
      return lu.size();
    }

    @Override
    public double minAbsPivot() {
      return lu.minAbsPivot();
    }

    @Override
    public double[] solve(double[] b) {
      return lu.solve(b);
    }

    @Override
    public double[] solveTransposed(double[] c) {
      return lu.solveTransposed(c);
    }

    @Override
    public double[] inverse() {
      return lu.inverse();
    }

    @Override
    public String name() {
      return "faulty";
    }
  }

  static double[] textbook(double[] m, int n, double[] x, double[] b, boolean transposed) {
    double[] r = new double[n];
    for (int i = 0; i < n; i++) {
      double s = b[i];
      for (int j = 0; j < n; j++) {
        s -= (transposed ? m[j * n + i] : m[i * n + j]) * x[j];
      }
      r[i] = s;
    }
    return r;
  }

  static double norm1(double[] m, int n) {
    double best = 0;
    for (int j = 0; j < n; j++) {
      double s = 0;
      for (int i = 0; i < n; i++) {
        s += Math.abs(m[i * n + j]);
      }
      best = Math.max(best, s);
    }
    return best;
  }

  static double normInf(double[] m, int n) {
    double best = 0;
    for (int i = 0; i < n; i++) {
      best = Math.max(best, Arrays.stream(m, i * n, i * n + n).map(Math::abs).sum());
    }
    return best;
  }
}
