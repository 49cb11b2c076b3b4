package org.sectoral.core.leontief;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CancellationException;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sectoral.core.CancellationToken;
import org.sectoral.core.ErrorCode;
import org.sectoral.core.SectoralException;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.core.table.KeyIndex;
import org.sectoral.core.table.LabelledVector;
import org.sectoral.core.table.Region;
import org.sectoral.core.table.RegionSector;
import org.sectoral.core.table.Sector;
import org.sectoral.core.testing.RandomEconomies;

/** The iterative and sparse paths against the direct one, and their error paths. */
class SolverOptionsTest {
  static final double AGREE = 1e-10;

  static KeyIndex<RegionSector> keys(int n) {
    Region r = Region.of("W");
    return KeyIndex.of(IntStream.range(0, n)
        .mapToObj(i -> RegionSector.of(r, Sector.of("S" + i))).toList());
  }

  static double relErr(double[] x, double[] y) {
    double d = 0;
    double m = 0;
    for (int i = 0; i < y.length; i++) {
      d = Math.max(d, Math.abs(x[i] - y[i]));
      m = Math.max(m, Math.abs(y[i]));
    }
    return d / m;
  }

  @ParameterizedTest(name = "n = {0}")
  @ValueSource(ints = {1, 2, 30, 200})
  void iterativeAgreesWithDirect(int n) {
    InputOutputTable t = RandomEconomies.national(n, 500 + n);
    LeontiefModel direct = LeontiefModel.of(t);
    LeontiefModel iter = LeontiefModel.of(t, SolverOptions.iterative(1e-14));
    double[] f = t.finalDemandTotal().toArray();
    assertThat(relErr(iter.solve(f), direct.solve(f))).isLessThan(AGREE);
    assertThat(relErr(iter.solve(f), t.output().toArray())).isLessThan(AGREE);
    assertThat(relErr(iter.outputMultipliers().toArray(), direct.outputMultipliers().toArray()))
        .isLessThan(AGREE);
    double[] ghoshDirect = direct.ghoshRowSums();
    assertThat(relErr(iter.ghoshRowSums(), ghoshDirect)).isLessThan(AGREE);
    if (n <= 30) {
      assertThat(relErr(iter.leontiefInverse().toRowMajorArray(),
          direct.leontiefInverse().toRowMajorArray())).isLessThan(AGREE);
    }
    assertThat(iter.solverOptions().isIterative()).isTrue();
    assertThat(direct.solverOptions().isIterative()).isFalse();
  }

  /** Seeded 5%-dense productive coefficients (column sums in [0.2, 0.8]) and their triplets. */
  static SparseCoefficients sparse(int n, double density, long seed, List<double[]> triplets) {
    Random rnd = new Random(seed);
    SparseCoefficients.Builder b = SparseCoefficients.builder(keys(n));
    for (int j = 0; j < n; j++) {
      int count = Math.max(1, (int) Math.round(density * n));
      double target = 0.2 + 0.6 * rnd.nextDouble();
      double[] w = new double[count];
      int[] rows = new int[count];
      double sum = 0;
      for (int k = 0; k < count; k++) {
        rows[k] = rnd.nextInt(n);
        w[k] = rnd.nextDouble();
        sum += w[k];
      }
      for (int k = 0; k < count; k++) {
        double v = w[k] * target / sum;
        b.add(rows[k], j, v);
        if (triplets != null) {
          triplets.add(new double[] {rows[k], j, v});
        }
      }
    }
    return b.build();
  }

  @Test
  void sparseIterativeAgreesWithDenseDirect() {
    int n = 300;
    SparseCoefficients a = sparse(n, 0.05, 9, null);
    LeontiefModel iter = LeontiefModel.ofCoefficients(a, SolverOptions.iterative(1e-14));
    LeontiefModel direct = LeontiefModel.ofCoefficients(a, SolverOptions.direct());
    LeontiefModel dense = LeontiefModel.ofCoefficients(iter.technicalCoefficients());
    double[] f = new Random(1).doubles(n, 0, 100).toArray();
    assertThat(relErr(iter.solve(f), dense.solve(f))).isLessThan(AGREE);
    assertThat(relErr(direct.solve(f), dense.solve(f))).isLessThan(AGREE);
    assertThat(relErr(iter.solveTransposed(f), dense.solveTransposed(f))).isLessThan(AGREE);
    assertThat(a.density()).isBetween(0.04, 0.05);
    assertThat(iter.coefficient(3, 4)).isEqualTo(a.at(3, 4));
  }

  /**
   * n = 20,000: one dense n × n is 3.2 GB, more than the test JVM's 2 GiB heap, so this passes only
   * if the sparse iterative model never allocates one. Answers are checked by recomputing the
   * residual from the raw triplets.
   */
  @Test
  void sparseModelOfTwentyThousandSectorsStaysSparse() {
    int n = 20_000;
    List<double[]> triplets = new ArrayList<>();
    SparseCoefficients a = sparse(n, 0.0004, 77, triplets);
    LeontiefModel m = LeontiefModel.ofCoefficients(a, SolverOptions.iterative(1e-12));
    double[] f = new double[n];
    Arrays.fill(f, 1);
    double[] x = m.solve(f);
    double[] y = m.solveTransposed(f);
    double[] rx = f.clone(); // f − (I−A)x = f − x + A·x
    double[] ry = f.clone();
    for (int i = 0; i < n; i++) {
      rx[i] -= x[i];
      ry[i] -= y[i];
    }
    for (double[] t : triplets) {
      int i = (int) t[0];
      int j = (int) t[1];
      rx[i] += t[2] * x[j];
      ry[j] += t[2] * y[i];
    }
    assertThat(Arrays.stream(rx).map(Math::abs).max().getAsDouble()).isLessThan(1e-10);
    assertThat(Arrays.stream(ry).map(Math::abs).max().getAsDouble()).isLessThan(1e-10);
  }

  @Test
  void nonProductiveSparseEconomyIsReportedWithItsSector() {
    KeyIndex<RegionSector> k = keys(3);
    SparseCoefficients a = SparseCoefficients.builder(k)
        .add(0, 1, 0.9).add(1, 0, 1.2).add(2, 2, 0.1).build();
    assertThatThrownBy(() -> LeontiefModel.ofCoefficients(a, SolverOptions.iterative(1e-12)))
        .isInstanceOfSatisfying(SectoralException.class, e -> {
          assertThat(e.code()).isEqualTo(ErrorCode.NOT_PRODUCTIVE);
          assertThat(e.culprits()).containsExactly(k.get(0).toString());
        });
    assertThatThrownBy(() -> LeontiefModel.ofCoefficients(a, SolverOptions.direct()))
        .isInstanceOfSatisfying(SectoralException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_PRODUCTIVE));
  }

  @Test
  void iterationLimitGivesNotConverged() {
    InputOutputTable t = RandomEconomies.national(50, 5);
    LeontiefModel m = LeontiefModel.of(t, SolverOptions.iterative(1e-12).withMaxIterations(1));
    assertThatThrownBy(m::outputMultipliers)
        .isInstanceOfSatisfying(SectoralException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_CONVERGED))
        .hasMessageContaining("in 1 sweeps");
  }

  @Test
  void progressIsReportedAndCancellationStopsTheModel() {
    InputOutputTable t = RandomEconomies.national(200, 6);
    List<String> stages = new ArrayList<>();
    List<Double> done = new ArrayList<>();
    LeontiefModel m = LeontiefModel.of(t, SolverOptions.iterative(1e-12)
        .withProgress((stage, fraction, residual) -> {
          stages.add(stage);
          done.add(fraction);
        }));
    m.outputMultipliers();
    assertThat(stages).contains("Gauss-Seidel");
    assertThat(done.get(done.size() - 1)).isEqualTo(1.0);

    CancellationToken token = CancellationToken.create();
    token.cancel();
    assertThatThrownBy(() -> LeontiefModel.of(t, SolverOptions.direct().withCancellation(token)))
        .isInstanceOf(CancellationException.class);
    LeontiefModel late = LeontiefModel.of(t, SolverOptions.iterative(1e-12));
    LeontiefModel watched = LeontiefModel.of(t,
        SolverOptions.iterative(1e-12).withCancellation(token));
    assertThat(late.outputMultipliers().size()).isEqualTo(200);
    assertThatThrownBy(watched::outputMultipliers).isInstanceOf(CancellationException.class);
  }

  private static org.sectoral.core.table.LabelledMatrix<RegionSector, RegionSector> zeroFlows(
      KeyIndex<RegionSector> k) {
    return org.sectoral.core.table.LabelledMatrix.ofRowMajor(k, k, new double[k.size() * k.size()],
        "EUR");
  }

  @Test
  void badOptionsAndEntriesAreRejected() {
    assertThatThrownBy(() -> SolverOptions.iterative(0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SolverOptions.iterative(1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SolverOptions.direct().withMaxIterations(0))
        .isInstanceOf(IllegalArgumentException.class);
    KeyIndex<RegionSector> k = keys(2);
    assertThatThrownBy(() -> SparseCoefficients.builder(k).add(0, 1, Double.NaN))
        .isInstanceOfSatisfying(SectoralException.class, e -> {
          assertThat(e.code()).isEqualTo(ErrorCode.NON_FINITE_VALUE);
          assertThat(e.culprits()).containsExactly(k.get(1).toString());
        });
    assertThatThrownBy(() -> SparseCoefficients.builder(k).add(2, 0, 0.1))
        .isInstanceOf(IllegalArgumentException.class);
    LabelledVector<RegionSector> wrong = LabelledVector.of(keys(3), new double[3], "");
    LeontiefModel m = LeontiefModel.ofCoefficients(SparseCoefficients.builder(k).add(0, 1, 0.5)
        .build(), SolverOptions.iterative(1e-12));
    assertThatThrownBy(() -> m.output(wrong))
        .isInstanceOfSatisfying(SectoralException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.DIMENSION_MISMATCH));
    LabelledVector<RegionSector> x3 = LabelledVector.of(keys(3), new double[] {1, 1, 1}, "");
    assertThatThrownBy(() -> LeontiefModel.of(zeroFlows(k), x3, SolverOptions.direct()))
        .isInstanceOfSatisfying(SectoralException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.DIMENSION_MISMATCH));
    // x = (I−A)⁻¹·f by hand for A = [[0, .5], [0, 0]]: x₂ = f₂, x₁ = f₁ + 0.5 f₂
    assertThat(m.solve(new double[] {1, 2})).containsExactly(2.0, 2.0);
  }
}
