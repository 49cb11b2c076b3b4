package org.sectoral.core.footprint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sectoral.core.ErrorCode;
import org.sectoral.core.SectoralException;
import org.sectoral.core.table.FinalDemandCategory;
import org.sectoral.core.table.FinalDemandColumn;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.core.table.KeyIndex;
import org.sectoral.core.table.LabelledMatrix;
import org.sectoral.core.table.LabelledVector;
import org.sectoral.core.table.Region;
import org.sectoral.core.table.SatelliteAccount;
import org.sectoral.core.table.Sector;
import org.sectoral.core.table.Stressor;
import org.sectoral.core.testing.Dense;
import org.sectoral.core.testing.RandomEconomies;
import org.sectoral.core.testing.Tolerances;

class FootprintsTest {
  private static final double EXACT = 1e-12;
  private static final Region A = Region.of("A");
  private static final Region B = Region.of("B");

  /**
   * Two regions A, B × three sectors 1–3 (keys A1 A2 A3 B1 B2 B3). The only coefficients are
   * a(A1,B2) = 0.2, a(B2,A3) = 0.25, a(A2,A3) = 0.1, a(B1,B3) = 0.3, so A³ = 0 and
   * L = I + A + A² with A² = 0 except (A1,A3) = 0.2·0.25 = 0.05. Final demand: A/HH = (50, 40,
   * 100, 0, 10, 0), A/GOV = (0, 20, 0, 0, 0, 0), B/HH = (30, 0, 0, 60, 70, 100); so
   * y_A = (50, 60, 100, 0, 10, 0), y_B = (30, 0, 0, 60, 70, 100), f = (80, 60, 100, 60, 80, 100).
   * x = f + A·f + A²·f = (80+16+5, 60+10, 100, 60+30, 80+25, 100) = (101, 70, 100, 90, 105, 100),
   * Z = A·x̂: z(A1,B2) = 21, z(B2,A3) = 25, z(A2,A3) = 10, z(B1,B3) = 30.
   */
  static InputOutputTable handTable() {
    double[][] z = new double[6][6];
    z[0][4] = 21;
    z[4][2] = 25;
    z[1][2] = 10;
    z[3][5] = 30;
    return InputOutputTable.builder().name("hand 2x3").unit("USD")
        .regions(List.of(A, B)).sectors(List.of(Sector.of("1"), Sector.of("2"), Sector.of("3")))
        .intermediate(z)
        .finalDemand(FinalDemandColumn.of(A, "HH", FinalDemandCategory.HOUSEHOLDS),
            new double[] {50, 40, 100, 0, 10, 0})
        .finalDemand(FinalDemandColumn.of(A, "GOV", FinalDemandCategory.GOVERNMENT),
            new double[] {0, 20, 0, 0, 0, 0})
        .finalDemand(FinalDemandColumn.of(B, "HH", FinalDemandCategory.HOUSEHOLDS),
            new double[] {30, 0, 0, 60, 70, 100})
        // s = (0.1, 0.1, 0.2, 0.1, 0.2, 0) so F = s∘x
        .satellite("air", Stressor.of("CO2", "t"), new double[] {10.1, 7, 20, 9, 21, 0})
        .build();
  }

  /**
   * By hand: s·A = 0.02 in column B2 (0.1·0.2), 0.06 in A3 (0.2·0.25 + 0.1·0.1), 0.03 in B3
   * (0.1·0.3); s·A² = 0.005 in A3 (0.1·0.05). M = s + sA + sA² = (0.1, 0.1, 0.265, 0.1, 0.22,
   * 0.03). D_cba(r, s) = Σₒ M(o,s)·y_r(o,s): (A,1) = 0.1·50 = 5, (A,2) = 0.1·60 + 0.22·10 = 8.2,
   * (A,3) = 0.265·100 = 26.5, (B,1) = 0.1·30 + 0.1·60 = 9, (B,2) = 0.22·70 = 15.4,
   * (B,3) = 0.03·100 = 3. D_imp uses s with the consumer's own columns zeroed: for A,
   * s' = (0,0,0,0.1,0.2,0), M' = (0, 0, 0.05, 0.1, 0.2, 0.03), so D_imp(A,·) = (0, 2, 5); for B,
   * s' = (0.1,0.1,0.2,0,0,0), M' = (0.1, 0.1, 0.215, 0, 0.02, 0), D_imp(B,·) = (3, 1.4, 0).
   * x_A = L·y_A = (57, 70, 100, 0, 35, 0), x_B = (44, 0, 0, 90, 70, 100); export output is
   * (44, 0, 0 | 0, 35, 0), so D_exp = (4.4, 0, 0, 0, 7, 0). F_Y: A/HH 3, B/HH 5.
   */
  @Test
  void handComputedAccounts() {
    InputOutputTable t = handTable();
    SatelliteAccount base = t.satellite("air");
    KeyIndex<FinalDemandColumn> fyCols = KeyIndex.of(List.of(
        FinalDemandColumn.of(A, "HH", FinalDemandCategory.HOUSEHOLDS),
        FinalDemandColumn.of(B, "HH", FinalDemandCategory.HOUSEHOLDS)));
    SatelliteAccount withFy = SatelliteAccount.of("air", base.byIndustry(),
        LabelledMatrix.of(base.stressors(), fyCols, new double[][] {{3, 5}}, "t"));
    Footprints fp = Footprints.of(t, withFy);
    assertThat(fp.coefficients().rowArray(0))
        .containsExactly(new double[] {0.1, 0.1, 0.2, 0.1, 0.2, 0}, within(EXACT));
    assertThat(fp.multipliers().rowArray(0))
        .containsExactly(new double[] {0.1, 0.1, 0.265, 0.1, 0.22, 0.03}, within(EXACT));
    assertThat(fp.consumptionBased().rowArray(0))
        .containsExactly(new double[] {5, 8.2, 26.5, 9, 15.4, 3}, within(EXACT));
    assertThat(fp.productionBased().rowArray(0))
        .containsExactly(new double[] {10.1, 7, 20, 9, 21, 0}, within(EXACT));
    assertThat(fp.imports().rowArray(0))
        .containsExactly(new double[] {0, 2, 5, 3, 1.4, 0}, within(EXACT));
    assertThat(fp.exports().rowArray(0))
        .containsExactly(new double[] {4.4, 0, 0, 0, 7, 0}, within(EXACT));
    // Regional: D_cba_reg = (39.7 + 3, 27.4 + 5), D_pba_reg = (37.1 + 3, 30 + 5),
    // D_imp_reg = (7, 4.4), D_exp_reg = (4.4, 7).
    assertThat(fp.consumptionBasedByRegion().rowArray(0))
        .containsExactly(new double[] {42.7, 32.4}, within(EXACT));
    assertThat(fp.productionBasedByRegion().rowArray(0))
        .containsExactly(new double[] {40.1, 35}, within(EXACT));
    assertThat(fp.importsByRegion().rowArray(0))
        .containsExactly(new double[] {7, 4.4}, within(EXACT));
    assertThat(fp.exportsByRegion().rowArray(0))
        .containsExactly(new double[] {4.4, 7}, within(EXACT));
  }

  /**
   * F_Y through the builder, S_Y and per-capita accounts by hand: F_Y = 3 on A/HH and 5 on B/HH;
   * the column totals of Y are A/HH 200, A/GOV 20, B/HH 260, so S_Y = (0.015, 0, 5/260). With
   * populations A 10 and B 4, D_cba_cap = (42.7/10, 32.4/4).
   */
  @Test
  void finalDemandCoefficientsAndPerCapita() {
    InputOutputTable t = handTable().toBuilder()
        .satelliteFinalDemand("air", Stressor.of("CO2", "t"), new double[] {3, 0, 5}).build();
    Footprints fp = Footprints.of(t, "air");
    assertThat(fp.finalDemandCoefficients().orElseThrow().rowArray(0))
        .containsExactly(new double[] {0.015, 0, 5.0 / 260}, within(EXACT));
    assertThat(fp.consumptionBasedByRegion().rowArray(0))
        .containsExactly(new double[] {42.7, 32.4}, within(EXACT));
    LabelledMatrix<Stressor, Region> cap = Footprints.perCapita(fp.consumptionBasedByRegion(),
        LabelledVector.of(List.of(B, A), new double[] {4, 10}, "persons"));
    assertThat(cap.rowArray(0)).containsExactly(new double[] {4.27, 8.1}, within(EXACT));
    assertThat(cap.unit()).isEqualTo("t/person");
    assertThat(Footprints.of(handTable(), "air").finalDemandCoefficients()).isEmpty();
    assertThatThrownBy(() -> Footprints.perCapita(fp.consumptionBasedByRegion(),
        LabelledVector.of(List.of(A), new double[] {10}, "persons")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("B");
  }

  /**
   * pymrio's algorithm done literally with explicit matrices: L inverted, Y_diag (n × n) built
   * by diagonalising Y_agg per sector, x_diag = L·Y_diag, D_cba = S·x_diag, x_trade = x_diag with
   * domestic blocks zeroed, D_imp = S·x_trade, D_exp = S·diag(x_trade·1), D_pba = S·diag(x_diag·1).
   * Cases with 3 stressors × regions above n (5×2, 4×2, 7×1) take the other route to D_imp.
   */
  @ParameterizedTest
  @CsvSource({"2, 3, 1", "3, 4, 7", "4, 5, 11", "5, 2, 3", "4, 2, 5", "7, 1, 17"})
  void matchesExplicitPymrioAlgorithm(int regions, int sectors, long seed) {
    InputOutputTable t = RandomEconomies.multiRegion(regions, sectors, seed);
    int n = t.size();
    SatelliteAccount base = t.satellite("env");
    Random rnd = new Random(seed);
    double[][] fy = new double[3][t.finalDemandColumns().size()];
    for (double[] row : fy) {
      for (int c = 0; c < row.length; c++) {
        row[c] = 50 * rnd.nextDouble();
      }
    }
    SatelliteAccount account = SatelliteAccount.of("env", base.byIndustry(),
        LabelledMatrix.of(base.stressors(), t.finalDemandColumns(), fy, "mixed"));
    Footprints fp = Footprints.of(t, account);

    double[] x = t.output().toArray();
    double[][] f = base.byIndustry().toArray();
    double[][] s = Dense.coefficients(f, x);
    double[][] l = Dense.leontief(Dense.coefficients(t.intermediate().toArray(), x));
    double[][] yDiag = new double[n][n];
    for (int c = 0; c < t.finalDemandColumns().size(); c++) {
      int r = t.regions().indexOf(t.finalDemandColumns().get(c).region());
      for (int i = 0; i < n; i++) {
        int sec = i % sectors;
        yDiag[i][r * sectors + sec] += t.finalDemand().at(i, c);
      }
    }
    double[][] xDiag = Dense.times(l, yDiag);
    double[][] xTrade = new double[n][n];
    double[] xTot = new double[n];
    double[] xExp = new double[n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        xTot[i] += xDiag[i][j];
        if (i / sectors != j / sectors) {
          xTrade[i][j] = xDiag[i][j];
          xExp[i] += xDiag[i][j];
        }
      }
    }
    double[][] m = Dense.times(s, l);
    double[][] cba = Dense.times(s, xDiag);
    double[][] imp = Dense.times(s, xTrade);
    for (int q = 0; q < 3; q++) {
      assertClose(fp.multipliers().rowArray(q), m[q]);
      assertClose(fp.consumptionBased().rowArray(q), cba[q]);
      assertClose(fp.imports().rowArray(q), imp[q]);
      double[] pba = new double[n];
      double[] exp = new double[n];
      for (int j = 0; j < n; j++) {
        pba[j] = s[q][j] * xTot[j];
        exp[j] = s[q][j] * xExp[j];
      }
      assertClose(fp.productionBased().rowArray(q), pba);
      assertClose(fp.exports().rowArray(q), exp);
      assertClose(fp.productionBased().rowArray(q), f[q]); // balanced: D_pba = F
      for (int r = 0; r < regions; r++) {
        double fyR = 0;
        for (int c = 0; c < t.finalDemandColumns().size(); c++) {
          if (t.finalDemandColumns().get(c).region().equals(t.regions().get(r))) {
            fyR += fy[q][c];
          }
        }
        double cbaR = 0;
        double pbaR = 0;
        double impR = 0;
        double expR = 0;
        for (int j = r * sectors; j < (r + 1) * sectors; j++) {
          for (int i = 0; i < n; i++) {
            cbaR += s[q][i] * xDiag[i][j];
            impR += s[q][i] * xTrade[i][j];
          }
          pbaR += pba[j];
          expR += exp[j];
        }
        assertClose(fp.consumptionBasedByRegion().at(q, r), cbaR + fyR);
        assertClose(fp.productionBasedByRegion().at(q, r), pbaR + fyR);
        assertClose(fp.importsByRegion().at(q, r), impR);
        assertClose(fp.exportsByRegion().at(q, r), expR);
        // Balance of emissions embodied in trade: D_cba − D_imp = D_pba − D_exp per region.
        assertClose(fp.consumptionBasedByRegion().at(q, r) - fp.importsByRegion().at(q, r),
            fp.productionBasedByRegion().at(q, r) - fp.exportsByRegion().at(q, r));
      }
    }
  }

  @Test
  void zeroOutputSectorHasZeroCoefficients() {
    double[][] z = new double[4][4];
    z[0][2] = 5;
    InputOutputTable t = InputOutputTable.builder().regions(List.of(A, B))
        .sectors(List.of(Sector.of("1"), Sector.of("2"))).intermediate(z)
        .finalDemand(FinalDemandColumn.of(A, "HH", FinalDemandCategory.HOUSEHOLDS),
            new double[] {10, 0, 20, 0})
        .satellite("air", Stressor.of("CO2", "t"), new double[] {3, 0, 4, 0})
        .build();
    Footprints fp = Footprints.of(t, "air");
    // x = (15, 0, 20, 0): A2 and B2 have zero output, so s = 0 there, never NaN;
    // s = (3/15, 0, 4/20, 0).
    assertThat(fp.coefficients().rowArray(0))
        .containsExactly(new double[] {0.2, 0, 0.2, 0}, within(EXACT));
    // M(B1) = 0.2 + 0.2·(5/20) = 0.25; region A buys 10 of A1 (2) and 20 of B1 (5).
    assertThat(fp.consumptionBasedByRegion().rowArray(0))
        .containsExactly(new double[] {7, 0}, within(EXACT));
  }

  @Test
  void accountWithOtherKeysIsRejected() {
    InputOutputTable t = handTable();
    InputOutputTable other = RandomEconomies.multiRegion(2, 2, 5);
    assertThatThrownBy(() -> Footprints.of(t, other.satellite("env")))
        .isInstanceOfSatisfying(SectoralException.class, e -> {
          assertThat(e.code()).isEqualTo(ErrorCode.DIMENSION_MISMATCH);
          assertThat(e.culprits()).containsExactly("env");
        });
  }

  @Test
  void finalDemandEmissionsOfUnknownRegionAreRejected() {
    InputOutputTable t = handTable();
    SatelliteAccount base = t.satellite("air");
    KeyIndex<FinalDemandColumn> cols = KeyIndex.of(List.of(
        FinalDemandColumn.of(Region.of("ZZ"), "HH", FinalDemandCategory.HOUSEHOLDS)));
    SatelliteAccount bad = SatelliteAccount.of("air", base.byIndustry(),
        LabelledMatrix.of(base.stressors(), cols, new double[][] {{1}}, "t"));
    assertThatThrownBy(() -> Footprints.of(t, bad))
        .isInstanceOfSatisfying(SectoralException.class, e -> {
          assertThat(e.code()).isEqualTo(ErrorCode.UNKNOWN_KEY);
          assertThat(e.culprits()).containsExactly("ZZ");
        });
  }

  @Test
  void missingAccountIsReported() {
    assertThatThrownBy(() -> Footprints.of(handTable(), "water"))
        .isInstanceOfSatisfying(SectoralException.class, e -> {
          assertThat(e.code()).isEqualTo(ErrorCode.MISSING_BLOCK);
          assertThat(e.culprits()).containsExactly("water");
        });
  }

  private static void assertClose(double[] actual, double[] expected) {
    assertThat(actual).hasSize(expected.length);
    for (int i = 0; i < actual.length; i++) {
      assertClose(actual[i], expected[i]);
    }
  }

  private static void assertClose(double actual, double expected) {
    assertThat(Tolerances.close(actual, expected, Tolerances.RELATIVE_1E9))
        .as("%s vs %s", actual, expected).isTrue();
  }
}
