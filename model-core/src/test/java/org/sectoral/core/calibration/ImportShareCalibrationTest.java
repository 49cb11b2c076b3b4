package org.sectoral.core.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.LUDecomposition;
import org.junit.jupiter.api.Test;
import org.sectoral.core.ErrorCode;
import org.sectoral.core.SectoralException;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.core.table.LabelledMatrix;
import org.sectoral.core.table.LabelledVector;
import org.sectoral.core.table.RegionSector;
import org.sectoral.core.testing.RandomEconomies;

class ImportShareCalibrationTest {
  private final InputOutputTable t = RandomEconomies.national(12, 64);
  private final int n = t.size();
  private final double[][] total = new double[n][n];
  private final double[] v = new double[n];

  ImportShareCalibrationTest() {
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        total[i][j] = (t.intermediate().at(i, j) + t.requireImports().at(i, j))
            / t.output().at(j);
      }
    }
    for (int j = 0; j < n; j++) {
      v[j] = t.valueAddedTotal().at(j) / t.output().at(j);
    }
  }

  /** d = v·(I − A·diag(1−s))⁻¹ by an explicit inverse (independent of the solver). */
  private double[] content(double[] s) {
    double[][] m = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        m[i][j] = (i == j ? 1 : 0) - total[i][j] * (1 - s[j]);
      }
    }
    double[][] inv = new LUDecomposition(new Array2DRowRealMatrix(m)).getSolver().getInverse()
        .getData();
    double[] d = new double[n];
    for (int j = 0; j < n; j++) {
      for (int i = 0; i < n; i++) {
        d[j] += v[i] * inv[i][j];
      }
    }
    return d;
  }

  @Test
  void recoversTheSharesThatProducedTheTargets() {
    double[] truth = new double[n];
    for (int j = 0; j < n; j++) {
      truth[j] = 0.1 + 0.05 * (j % 7);
    }
    double[] dTrue = content(truth);
    double[] start = truth.clone();
    Map<RegionSector, Double> targets = new LinkedHashMap<>();
    for (int j : new int[] {2, 5, 9}) {
      start[j] = 0.5; // wrong starting guesses for the targeted sectors
      targets.put(t.keys().get(j), dTrue[j]);
    }
    CalibrationResult r = ImportShareCalibration.of(
        LabelledMatrix.of(t.keys(), t.keys(), total, "1"), LabelledVector.of(t.keys(), v, "1"),
        LabelledVector.of(t.keys(), start, "share"), targets).solve();
    assertThat(r.importShares().toArray()).containsExactly(truth, within(1e-10));
    assertThat(r.maxAbsResidual()).isLessThan(1e-12);
    double[] check = content(r.importShares().toArray());
    assertThat(r.domesticContent().toArray()).containsExactly(check, within(1e-12));
    // Aᵈ + Aᵐ = A
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        assertThat(r.domesticCoefficients().at(i, j) + r.importedCoefficients().at(i, j))
            .isCloseTo(total[i][j], within(1e-15));
      }
    }
  }

  @Test
  void unreachableTargetNamesTheSector() {
    double[] start = new double[n];
    java.util.Arrays.fill(start, 0.3);
    RegionSector k = t.keys().get(4);
    assertThatThrownBy(() -> ImportShareCalibration.of(
        LabelledMatrix.of(t.keys(), t.keys(), total, "1"), LabelledVector.of(t.keys(), v, "1"),
        LabelledVector.of(t.keys(), start, "share"), Map.of(k, 0.995)).solve())
        .isInstanceOfSatisfying(SectoralException.class, e -> {
          assertThat(e.code()).isEqualTo(ErrorCode.INCONSISTENT_TARGETS);
          assertThat(e.culprits()).containsExactly(k.toString());
        });
  }
}
