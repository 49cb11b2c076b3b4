package org.sectoral.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.sectoral.core.ErrorCode;
import org.sectoral.core.SectoralException;
import org.sectoral.core.internal.iterative.GaussSeidel;
import org.sectoral.core.internal.nativeblas.NativeBlas;
import org.sectoral.core.internal.sparse.CsrMatrix;
import org.sectoral.core.internal.sparse.DenseRows;

/**
 * Every backend against the commons-math3 reference (itself checked by residuals) on seeded
 * random productive I−A, dense and 5% sparse, n = 1, 2, 50, 300: solve, transposed solve and
 * inverse agree to 1e-10 relative.
 */
class BackendAgreementTest {
  static final double AGREE = 1e-10;
  static final double RESIDUAL = 1e-12;

  static Stream<Arguments> cases() {
    List<Arguments> out = new ArrayList<>();
    for (String solver : List.of("NATIVE", "JAVA", "GS-CSR", "GS-DENSE")) {
      for (int n : new int[] {1, 2, 50, 300}) {
        for (double density : new double[] {1.0, 0.05}) {
          out.add(Arguments.of(solver, n, density));
        }
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0} n={1} density={2}")
  @MethodSource("cases")
  void agreesWithReference(String solver, int n, double density) {
    long seed = 1000L * n + (long) (density * 100);
    double[] a = RandomMatrices.productive(n, density, seed);
    double[] m = RandomMatrices.identityMinus(a, n);
    SquareSolver ref = SquareSolver.factor(m, n, Backend.REFERENCE);
    LinearSolver s = make(solver, a, m, n);
    double[] b = RandomMatrices.vector(n, seed + 1);

    double[] xRef = ref.solve(b);
    double[] yRef = ref.solveTransposed(b);
    assertThat(residual(m, n, xRef, b, false)).isLessThan(RESIDUAL);
    assertThat(residual(m, n, yRef, b, true)).isLessThan(RESIDUAL);

    assertThat(RandomMatrices.relativeError(s.solve(b), xRef)).isLessThan(AGREE);
    assertThat(RandomMatrices.relativeError(s.solveTransposed(b), yRef)).isLessThan(AGREE);
    // batched right-hand sides (one dgetrs call on the native backend) agree with single solves
    double[][] many = {b, RandomMatrices.vector(n, seed + 2), RandomMatrices.vector(n, seed + 3)};
    double[][] xs = s.solveAll(many);
    double[][] ys = s.solveTransposedAll(many);
    for (int k = 0; k < many.length; k++) {
      assertThat(RandomMatrices.relativeError(xs[k], ref.solve(many[k]))).isLessThan(AGREE);
      assertThat(RandomMatrices.relativeError(ys[k], ref.solveTransposed(many[k])))
          .isLessThan(AGREE);
    }
    double[] invRef = ref.inverseShared();
    double[] inv = s.inverseShared();
    for (int i = 0; i < n; i++) { // row by row: each row of L is one transposed system
      double[] r = java.util.Arrays.copyOfRange(inv, i * n, i * n + n);
      double[] rRef = java.util.Arrays.copyOfRange(invRef, i * n, i * n + n);
      assertThat(RandomMatrices.relativeError(r, rRef)).as("row %d", i).isLessThan(AGREE);
    }
    // independent check of the reference inverse: (I−A)·L = I
    double worst = 0;
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        double s2 = 0;
        for (int k = 0; k < n; k++) {
          s2 += m[i * n + k] * invRef[k * n + j];
        }
        worst = Math.max(worst, Math.abs(s2 - (i == j ? 1 : 0)));
      }
    }
    assertThat(worst).isLessThan(RESIDUAL);
  }

  private static LinearSolver make(String solver, double[] a, double[] m, int n) {
    switch (solver) {
      case "NATIVE":
        assumeTrue(NativeBlas.isAvailable(), "OpenBLAS not available on this platform");
        return SquareSolver.factor(m, n, Backend.NATIVE);
      case "JAVA":
        return SquareSolver.factor(m, n, Backend.JAVA);
      case "GS-CSR":
        return GaussSeidel.of(CsrMatrix.fromDense(a, n), 1e-14, 10_000, Monitor.NONE);
      default:
        return GaussSeidel.of(DenseRows.wrap(a, n), 1e-14, 10_000, Monitor.NONE);
    }
  }

  /** ‖M·x − b‖∞ / ‖b‖∞ (or with M'), by the textbook double loop. */
  static double residual(double[] m, int n, double[] x, double[] b, boolean transposed) {
    double r = 0;
    double bn = 0;
    for (int i = 0; i < n; i++) {
      double s = -b[i];
      for (int j = 0; j < n; j++) {
        s += (transposed ? m[j * n + i] : m[i * n + j]) * x[j];
      }
      r = Math.max(r, Math.abs(s));
      bn = Math.max(bn, Math.abs(b[i]));
    }
    return r / bn;
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void singularMatrixIsReported(Backend backend) {
    assumeTrue(backend != Backend.NATIVE || NativeBlas.isAvailable());
    int n = 120; // above the native threshold, so AUTO goes native where it can
    double[] m = RandomMatrices.identityMinus(RandomMatrices.productive(n, 1, 7), n);
    for (int j = 0; j < n; j++) { // last row = first row: rank n − 1
      m[(n - 1) * n + j] = m[j];
    }
    assertThatThrownBy(() -> SquareSolver.factor(m, n, backend))
        .isInstanceOfSatisfying(SectoralException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.SINGULAR_SYSTEM));
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void wrongShapesAreDimensionMismatches(Backend backend) {
    assumeTrue(backend != Backend.NATIVE || NativeBlas.isAvailable());
    assertThatThrownBy(() -> SquareSolver.factor(new double[5], 2, backend))
        .isInstanceOfSatisfying(SectoralException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.DIMENSION_MISMATCH));
    SquareSolver s = SquareSolver.factor(new double[] {2, 0, 0, 2}, 2, backend);
    assertThatThrownBy(() -> s.solve(new double[3]))
        .isInstanceOfSatisfying(SectoralException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.DIMENSION_MISMATCH));
    assertThat(s.solve(new double[] {2, 4})).containsExactly(1, 2);
  }

  @org.junit.jupiter.api.Test
  void policyPicksNativeOnlyWhereItPays() {
    assertThat(Backend.AUTO.resolve(Backend.NATIVE_MIN_ORDER - 1)).isEqualTo(Backend.JAVA);
    assertThat(Backend.AUTO.resolve(Backend.NATIVE_MIN_ORDER))
        .isEqualTo(NativeBlas.isAvailable() ? Backend.NATIVE : Backend.JAVA);
    assertThat(Backend.JAVA.resolve(5000)).isEqualTo(Backend.JAVA);
    String old = System.getProperty(Backend.PROPERTY);
    try {
      System.setProperty(Backend.PROPERTY, "java");
      assertThat(Backend.configured()).isEqualTo(Backend.JAVA);
      System.setProperty(Backend.PROPERTY, "gpu");
      assertThatThrownBy(Backend::configured).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("sectoral.backend");
    } finally {
      if (old == null) {
        System.clearProperty(Backend.PROPERTY);
      } else {
        System.setProperty(Backend.PROPERTY, old);
      }
    }
  }
}
