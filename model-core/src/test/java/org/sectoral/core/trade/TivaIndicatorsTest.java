package org.sectoral.core.trade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sectoral.core.ErrorCode;
import org.sectoral.core.SectoralException;
import org.sectoral.core.table.FinalDemandCategory;
import org.sectoral.core.table.FinalDemandColumn;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.core.table.Region;
import org.sectoral.core.table.Sector;
import org.sectoral.core.testing.Dense;
import org.sectoral.core.testing.RandomEconomies;
import org.sectoral.core.testing.Tolerances;

class TivaIndicatorsTest {
  private static final double EXACT = 1e-12;
  private static final Region A = Region.of("A");
  private static final Region B = Region.of("B");

  /**
   * Two countries A, B × two industries 1, 2 (keys A1 A2 B1 B2). Coefficients a(A2,A1) = 0.5,
   * a(A1,B1) = 0.2, a(B1,A1) = 0.25, nothing else; x = (100, 60, 100, 50), so Z: z(A2,A1) = 50,
   * z(A1,B1) = 20, z(B1,A1) = 25. Final demand of A: (50, 10, 15, 20); of B: (30, 0, 60, 30).
   * Value added (residual) = (25, 60, 80, 50), v = (0.25, 1, 0.8, 1).
   */
  static InputOutputTable handTable() {
    return InputOutputTable.builder().name("hand 2x2").unit("USD")
        .regions(List.of(A, B)).sectors(List.of(Sector.of("1"), Sector.of("2")))
        .intermediate(new double[][] {{0, 0, 20, 0}, {50, 0, 0, 0}, {25, 0, 0, 0}, {0, 0, 0, 0}})
        .finalDemand(FinalDemandColumn.of(A, "HH", FinalDemandCategory.HOUSEHOLDS),
            new double[] {40, 10, 15, 20})
        .finalDemand(FinalDemandColumn.of(A, "GOV", FinalDemandCategory.GOVERNMENT),
            new double[] {10, 0, 0, 0})
        .finalDemand(FinalDemandColumn.of(B, "HH", FinalDemandCategory.HOUSEHOLDS),
            new double[] {30, 0, 60, 30})
        .build();
  }

  /**
   * By hand. The {A1, B1} loop gives (I−A)⁻¹ on it = (1/0.95)·[[1, 0.2], [0.25, 1]], so
   * B(A1,A1) = 20/19, B(A1,B1) = 4/19, B(B1,A1) = 5/19, B(B1,B1) = 20/19; row A2 = 0.5·row A1
   * + unit: B(A2,A1) = 10/19, B(A2,B1) = 2/19; B2 is isolated. Rows w = v⁽ᵖ⁾·B:
   * w(A) = (15/19, 1, 3/19, 0), w(B) = (4/19, 0, 16/19, 1). Exports e = (20 + 30, 0, 25 + 15, 20).
   * EXGR_DVA: A = 15/19·50 = 750/19, B = 16/19·40 + 20 = 1020/19; EXGR_FVA: A = 4/19·50 = 200/19,
   * B = 3/19·40 = 120/19. Local inverses: L_AA = [[1, 0], [0.5, 1]] (diag 1), L_BB = I;
   * v_A·L_AA = (0.75, 1). A1: DDC = 0.25·50 = 12.5, IDC = (0.75 − 0.25)·50 = 25,
   * RIM = (15/19 − 3/4)·50 = 75/38. B1: DDC = 0.8·40 = 32, IDC 0, RIM = (16/19 − 0.8)·40 = 32/19;
   * B2: DDC = 20. B·y_A = (1060, 720, 550, 380)/19 and B·y_B = (840, 420, 1350, 570)/19, so
   * DXD_DVA = (0.25·1060 + 720)/19 = 985/19 for A and (0.8·1350 + 570)/19 = 1650/19 for B,
   * FFD_DVA = (0.25·840 + 420)/19 = 630/19 for A and (0.8·550 + 380)/19 = 820/19 for B,
   * DFD_FVA(A) = 820/19, DFD_FVA(B) = 630/19. FEXDVAP(A) = v_A·(B·(0, 0, 40, 20))_A =
   * 0.25·160/19 + 80/19 = 120/19, FEXDVAP(B) = 0.8·(B·(50, 0, 0, 0))_{B1} = 0.8·250/19 = 200/19.
   */
  @Test
  void handComputedIndicators() {
    TivaIndicators t = TivaIndicators.of(handTable());
    assertThat(t.value("A", "EXGR")).isCloseTo(50, within(EXACT));
    assertThat(t.value("B", "EXGR")).isCloseTo(60, within(EXACT));
    assertThat(t.value("A", "EXGR_DVA")).isCloseTo(750.0 / 19, within(EXACT));
    assertThat(t.value("B", "EXGR_DVA")).isCloseTo(1020.0 / 19, within(EXACT));
    assertThat(t.value("A", "EXGR_FVA")).isCloseTo(200.0 / 19, within(EXACT));
    assertThat(t.value("B", "EXGR_FVA")).isCloseTo(120.0 / 19, within(EXACT));
    assertThat(t.value("A", "DEXFVAP")).isCloseTo(200.0 / 19, within(EXACT));
    assertThat(t.value("A", "EXGR_DDC")).isCloseTo(12.5, within(EXACT));
    assertThat(t.value("A", "EXGR_IDC")).isCloseTo(25, within(EXACT));
    assertThat(t.value("A", "EXGR_RIM")).isCloseTo(75.0 / 38, within(EXACT));
    assertThat(t.value("B", "EXGR_DDC")).isCloseTo(52, within(EXACT));
    assertThat(t.value("B", "EXGR_IDC")).isCloseTo(0, within(EXACT));
    assertThat(t.value("B", "EXGR_RIM")).isCloseTo(32.0 / 19, within(EXACT));
    assertThat(t.value("A", "DXD_DVA")).isCloseTo(985.0 / 19, within(EXACT));
    assertThat(t.value("B", "DXD_DVA")).isCloseTo(1650.0 / 19, within(EXACT));
    assertThat(t.value("A", "FFD_DVA")).isCloseTo(630.0 / 19, within(EXACT));
    assertThat(t.value("B", "FFD_DVA")).isCloseTo(820.0 / 19, within(EXACT));
    assertThat(t.value("A", "DFD_FVA")).isCloseTo(820.0 / 19, within(EXACT));
    assertThat(t.value("B", "DFD_FVA")).isCloseTo(630.0 / 19, within(EXACT));
    assertThat(t.value("A", "FEXDVAP")).isCloseTo(120.0 / 19, within(EXACT));
    assertThat(t.value("B", "FEXDVAP")).isCloseTo(200.0 / 19, within(EXACT));
    assertThat(t.value("A", "EXGR_DVASH")).isCloseTo(1500.0 / 19, within(1e-10));
    assertThat(t.value("A", "EXGR_FVASH")).isCloseTo(400.0 / 19, within(1e-10));
    // Per industry: B's exports split into B1 (40) and B2 (20).
    assertThat(t.byIndustry(TivaIndicator.EXGR_DVA).toArray())
        .containsExactly(new double[] {750.0 / 19, 0, 640.0 / 19, 20}, within(EXACT));
    assertThat(t.byIndustry(TivaIndicator.EXGR_RIM).toArray())
        .containsExactly(new double[] {75.0 / 38, 0, 32.0 / 19, 0}, within(EXACT));
    assertThat(t.foreignValueAddedBySource().toRowMajorArray())
        .containsExactly(new double[] {0, 200.0 / 19, 120.0 / 19, 0}, within(EXACT));
    // Origin of the value added in A1's exports (50):
    // v̂·B·e_A1 = (0.25·20/19, 10/19, 0.8·5/19, 0)·50.
    assertThat(t.originOfValueAdded(handTable().key("A", "1")).toArray())
        .containsExactly(new double[] {250.0 / 19, 500.0 / 19, 200.0 / 19, 0}, within(EXACT));
  }

  /**
   * Every indicator recomputed the slow way: explicit global inverse B and local inverses
   * (commons-math3), full n × n products, the formulas of the OECD guide written out.
   */
  @ParameterizedTest
  @CsvSource({"2, 3, 1", "3, 4, 7", "4, 5, 11", "6, 2, 3"})
  void matchesExplicitInverseFormulas(int regions, int sectors, long seed) {
    InputOutputTable table = RandomEconomies.multiRegion(regions, sectors, seed);
    TivaIndicators t = TivaIndicators.of(table);
    int n = table.size();
    double[] x = table.output().toArray();
    double[][] a = Dense.coefficients(table.intermediate().toArray(), x);
    double[][] bInv = Dense.leontief(a);
    double[] va = table.valueAddedTotal().toArray();
    double[] v = new double[n];
    for (int j = 0; j < n; j++) {
      v[j] = va[j] / x[j];
    }
    double[][] z = table.intermediate().toArray();
    double[][] yAgg = new double[n][regions];
    for (int c = 0; c < table.finalDemandColumns().size(); c++) {
      int r = table.regions().indexOf(table.finalDemandColumns().get(c).region());
      for (int i = 0; i < n; i++) {
        yAgg[i][r] += table.finalDemand().at(i, c);
      }
    }
    double[] e = new double[n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        e[i] += i / sectors != j / sectors ? z[i][j] : 0;
      }
      for (int r = 0; r < regions; r++) {
        e[i] += i / sectors != r ? yAgg[i][r] : 0;
      }
    }
    double[][] vbY = new double[n][regions]; // v̂·B·Y_agg
    double[][] by = Dense.times(bInv, yAgg);
    for (int i = 0; i < n; i++) {
      for (int r = 0; r < regions; r++) {
        vbY[i][r] = v[i] * by[i][r];
      }
    }
    double dfdTotal = 0;
    double ffdTotal = 0;
    for (int c = 0; c < regions; c++) {
      int lo = c * sectors;
      int hi = lo + sectors;
      double[][] lcc = Dense.leontief(Dense.block(a, lo, hi, lo, hi));
      double exgr = 0;
      double dva = 0;
      double ddc = 0;
      double idc = 0;
      double rim = 0;
      double fva = 0;
      double dxd = 0;
      double ffd = 0;
      double dfd = 0;
      double fex = 0;
      for (int jj = 0; jj < sectors; jj++) {
        int j = lo + jj;
        exgr += e[j];
        for (int ii = 0; ii < sectors; ii++) {
          int i = lo + ii;
          dva += v[i] * bInv[i][j] * e[j];
          if (ii == jj) {
            ddc += v[i] * lcc[ii][jj] * e[j];
          } else {
            idc += v[i] * lcc[ii][jj] * e[j];
          }
          rim += v[i] * (bInv[i][j] - lcc[ii][jj]) * e[j];
        }
        for (int i = 0; i < n; i++) {
          if (i / sectors != c) {
            fva += v[i] * bInv[i][j] * e[j];
          }
        }
        for (int r = 0; r < regions; r++) {
          if (r == c) {
            dxd += vbY[j][r];
          } else {
            ffd += vbY[j][r];
          }
        }
        for (int k = 0; k < n; k++) {
          if (k / sectors != c) {
            fex += v[j] * bInv[j][k] * e[k];
          }
        }
      }
      for (int i = 0; i < n; i++) {
        if (i / sectors != c) {
          dfd += vbY[i][c];
        }
      }
      Region country = table.regions().get(c);
      assertClose(t.value(country, TivaIndicator.EXGR), exgr);
      assertClose(t.value(country, TivaIndicator.EXGR_DVA), dva);
      assertClose(t.value(country, TivaIndicator.EXGR_DDC), ddc);
      assertClose(t.value(country, TivaIndicator.EXGR_IDC), idc);
      assertClose(t.value(country, TivaIndicator.EXGR_RIM), rim);
      assertClose(t.value(country, TivaIndicator.EXGR_FVA), fva);
      assertClose(t.value(country, TivaIndicator.DEXFVAP), fva);
      assertClose(t.value(country, TivaIndicator.DXD_DVA), dxd);
      assertClose(t.value(country, TivaIndicator.FFD_DVA), ffd);
      assertClose(t.value(country, TivaIndicator.DFD_FVA), dfd);
      assertClose(t.value(country, TivaIndicator.FEXDVAP), fex);
      assertClose(t.value(country, TivaIndicator.EXGR_DVASH), 100 * dva / exgr);
      assertClose(t.value(country, TivaIndicator.EXGR_FVASH), 100 * fva / exgr);
      // Identities: EXGR_DVA + EXGR_FVA = EXGR; DDC + IDC + RIM = EXGR_DVA; the shares add to
      // 100; the value added of c is absorbed at home or abroad: DXD_DVA + FFD_DVA = VA_c.
      assertClose(dva + fva, exgr);
      assertClose(t.value(country, TivaIndicator.EXGR_DVA)
          + t.value(country, TivaIndicator.EXGR_FVA), t.value(country, TivaIndicator.EXGR));
      assertClose(t.value(country, TivaIndicator.EXGR_DDC)
          + t.value(country, TivaIndicator.EXGR_IDC) + t.value(country, TivaIndicator.EXGR_RIM),
          t.value(country, TivaIndicator.EXGR_DVA));
      assertClose(t.value(country, TivaIndicator.EXGR_DVASH)
          + t.value(country, TivaIndicator.EXGR_FVASH), 100);
      double vaC = 0;
      for (int j = lo; j < hi; j++) {
        vaC += va[j];
      }
      assertClose(t.value(country, TivaIndicator.DXD_DVA)
          + t.value(country, TivaIndicator.FFD_DVA), vaC);
      // The foreign value added of c by source country adds up to EXGR_FVA.
      assertClose(t.foreignValueAddedBySource().row(country).sum(), fva);
      dfdTotal += t.value(country, TivaIndicator.DFD_FVA);
      ffdTotal += t.value(country, TivaIndicator.FFD_DVA);
    }
    // World value-added exports equal world value-added imports.
    assertClose(dfdTotal, ffdTotal);
    // Per industry sums give the country values.
    for (TivaIndicator ind : TivaIndicator.values()) {
      if (ind.hasIndustryBreakdown() && !ind.isPercent()) {
        double sum = t.byIndustry(ind).sum();
        assertClose(sum, t.byCountry(ind).sum());
      }
    }
  }

  @Test
  void tidyRowsHoldEveryCountryAndIndicator() {
    TivaIndicators t = TivaIndicators.of(handTable());
    assertThat(t.rows()).hasSize(2 * TivaIndicator.values().length);
    assertThat(t.rows()).contains(new TivaRow(B, TivaIndicator.EXGR, 60.0));
    assertThat(t.rows().get(0).country()).isEqualTo(A);
    assertThat(t.byCountry(TivaIndicator.EXGR_DVASH).unit()).isEqualTo("%");
    assertThat(t.byCountry(TivaIndicator.EXGR).unit()).isEqualTo("USD");
  }

  @Test
  void nationalTableIsRejected() {
    InputOutputTable national = RandomEconomies.national(4, 1);
    assertThatThrownBy(() -> TivaIndicators.of(national))
        .isInstanceOfSatisfying(SectoralException.class, e -> {
          assertThat(e.code()).isEqualTo(ErrorCode.DIMENSION_MISMATCH);
          assertThat(e.culprits()).containsExactly(national.name());
        });
  }

  @Test
  void modelOfAnotherTableIsRejected() {
    InputOutputTable table = handTable();
    var otherModel = org.sectoral.core.leontief.LeontiefModel.of(
        RandomEconomies.multiRegion(2, 3, 4));
    assertThatThrownBy(() -> TivaIndicators.of(table, otherModel))
        .isInstanceOfSatisfying(SectoralException.class, e -> {
          assertThat(e.code()).isEqualTo(ErrorCode.DIMENSION_MISMATCH);
          assertThat(e.culprits()).containsExactly(table.name());
        });
  }

  @Test
  void unknownIndicatorOrCountryIsNamed() {
    TivaIndicators t = TivaIndicators.of(handTable());
    assertThatThrownBy(() -> t.value("A", "EXGR_XYZ"))
        .isInstanceOfSatisfying(SectoralException.class, e -> {
          assertThat(e.code()).isEqualTo(ErrorCode.UNKNOWN_KEY);
          assertThat(e.culprits()).containsExactly("EXGR_XYZ");
        });
    assertThatThrownBy(() -> t.value("VNM", "EXGR"))
        .isInstanceOfSatisfying(SectoralException.class, e -> {
          assertThat(e.code()).isEqualTo(ErrorCode.UNKNOWN_KEY);
          assertThat(e.culprits()).containsExactly("VNM");
        });
    assertThatThrownBy(() -> t.byIndustry(TivaIndicator.DFD_FVA))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static void assertClose(double actual, double expected) {
    assertThat(Tolerances.close(actual, expected, Tolerances.RELATIVE_1E9))
        .as("%s vs %s", actual, expected).isTrue();
  }
}
