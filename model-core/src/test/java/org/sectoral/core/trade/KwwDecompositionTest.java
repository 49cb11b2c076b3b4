package org.sectoral.core.trade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

class KwwDecompositionTest {
  /** Numbers printed with 7 significant digits by R. */
  private static final double PRINTED_7_DIGITS = 5e-7;

  private static final List<Region> LEATHER_COUNTRIES =
      List.of(Region.of("Argentina"), Region.of("Turkey"), Region.of("Germany"));

  /**
   * The {@code leather} example of the decompr R package (Quast &amp; Kummritz; data set
   * {@code leather}: {@code inter}, {@code final}, {@code countries}, {@code industries},
   * {@code out}), 3 countries × 3 industries, as printed in the package's README and its
   * 2015-01-06 "leather data set" post (github.com/bquast/decompr). Value added is the residual
   * out − colSums(inter), as in decompr.
   */
  static InputOutputTable leather() {
    double[][] inter = {
        {16.1, 5.1, 1.8, 3.2, 4.3, 0.4, 3.1, 2.8, 4.9},
        {2.4, 8.0, 3.2, 0.1, 3.2, 1.6, 1.2, 3.9, 11.5},
        {0.9, 0.5, 4.0, 0.0, 0.1, 0.3, 0.0, 0.4, 0.5},
        {1.1, 1.9, 0.2, 18.0, 13.2, 6.1, 9.0, 3.1, 8.9},
        {0.3, 2.8, 0.1, 6.1, 28.1, 6.3, 2.1, 2.5, 25.6},
        {0.0, 0.1, 0.3, 4.1, 3.2, 8.9, 0.2, 0.0, 1.8},
        {1.2, 4.2, 0.3, 4.1, 1.2, 0.6, 29.0, 19.5, 17.9},
        {1.3, 1.1, 0.0, 3.2, 4.8, 2.6, 5.1, 29.1, 24.1},
        {2.1, 1.4, 3.0, 4.1, 3.1, 3.9, 11.3, 8.1, 51.3}};
    double[][] fin = {{21.5, 6.1, 8.4}, {16.2, 1.9, 5.1}, {11.0, 0.5, 0.8},
        {7.5, 29.5, 14.2}, {8.9, 24.9, 16.9}, {1.2, 18.5, 4.9},
        {9.2, 17.9, 51.2}, {7.9, 10.1, 38.5}, {25.1, 35.2, 68.4}};
    double[] out = {77.7, 58.3, 19.0, 112.7, 124.6, 43.2, 156.3, 127.8, 217.0};
    var b = InputOutputTable.builder().name("decompr leather").unit("USD")
        .regions(LEATHER_COUNTRIES)
        .sectors(List.of(Sector.of("Agriculture"), Sector.of("Textile.and.Leather"),
            Sector.of("Transport.Equipment")))
        .intermediate(inter).output(out).balanceTolerance(1e-12);
    for (int c = 0; c < 3; c++) {
      double[] col = new double[9];
      for (int i = 0; i < 9; i++) {
        col[i] = fin[i][c];
      }
      b.finalDemand(FinalDemandColumn.of(LEATHER_COUNTRIES.get(c), "final",
          FinalDemandCategory.HOUSEHOLDS), col);
    }
    return b.build();
  }

  /**
   * decompr's KWW output for {@code leather} (README, {@code decomp(leather, method = "kww")}):
   * <pre>
   *   Country  DVA_FIN  DVA_INT DVA_INTrex   RDV_FIN   RDV_INT       DDC  FVA_FIN  FVA_INT      FDC
   * Argentina 19.34940 18.97119   8.411491  5.259501 0.8259724 0.8723949 3.450595 3.388617 3.770832
   *    Turkey 43.39461 26.20678   7.740053 10.475795 2.0075781 2.6369363 10.205386 5.359698 5.573163
   *   Germany 78.73101 15.23967   2.748464  5.689669 4.4335916 4.4481800 26.668992 4.455024 5.185401
   * </pre>
   * Gross exports: 64.3, 113.6 and 147.6 (sum of the off-diagonal blocks of inter and final).
   */
  @Test
  void reproducesDecomprLeatherKww() {
    KwwDecomposition k = KwwDecomposition.of(leather());
    double[][] expected = {
        {19.34940, 18.97119, 8.411491, 5.259501, 0.8259724, 0.8723949, 3.450595, 3.388617,
            3.770832},
        {43.39461, 26.20678, 7.740053, 10.475795, 2.0075781, 2.6369363, 10.205386, 5.359698,
            5.573163},
        {78.73101, 15.23967, 2.748464, 5.689669, 4.4335916, 4.4481800, 26.668992, 4.455024,
            5.185401}};
    double[] exports = {64.3, 113.6, 147.6};
    for (int c = 0; c < 3; c++) {
      Region country = LEATHER_COUNTRIES.get(c);
      for (KwwTerm term : KwwTerm.values()) {
        double actual = k.value(country, term);
        assertThat(Tolerances.close(actual, expected[c][term.ordinal()], PRINTED_7_DIGITS))
            .as("%s %s: %s vs decompr %s", country, term.label(), actual,
                expected[c][term.ordinal()])
            .isTrue();
      }
      assertThat(k.grossExports().at(c)).isCloseTo(exports[c],
          org.assertj.core.api.Assertions.within(1e-10));
      assertThat(Tolerances.close(k.terms(country).sum(), exports[c], Tolerances.RELATIVE_1E9))
          .isTrue();
    }
  }

  /**
   * decompr's Leontief decomposition of the same data, v̂·B·ê (its test
   * {@code test_leontief.R} checks rows 1 and 81: 28.52278 and 34.74381; the README prints
   * 28.52278143 and 34.74381924): the value added of Argentina's agriculture in Argentina's
   * agricultural exports, and of Germany's transport equipment in its own exports.
   */
  @Test
  void reproducesDecomprLeatherLeontiefDecomposition() {
    InputOutputTable t = leather();
    TivaIndicators tiva = TivaIndicators.of(t);
    var arg = t.key("Argentina", "Agriculture");
    var ger = t.key("Germany", "Transport.Equipment");
    assertThat(Tolerances.close(tiva.originOfValueAdded(arg).get(arg), 28.52278143, 1e-9))
        .isTrue();
    assertThat(Tolerances.close(tiva.originOfValueAdded(ger).get(ger), 34.74381924, 1e-9))
        .isTrue();
    // Row 2 of the same printout: Argentina agriculture's value added in Argentina textiles'
    // exports, 2.79395126.
    var argTex = t.key("Argentina", "Textile.and.Leather");
    assertThat(Tolerances.close(tiva.originOfValueAdded(argTex).get(arg), 2.79395126, 1e-8))
        .isTrue();
  }

  /**
   * Every term recomputed from the formulas with the explicit global inverse and explicit local
   * inverses, block by block; T1…T6 equal the TiVA EXGR_DVA and T7…T9 EXGR_FVA.
   */
  @ParameterizedTest
  @CsvSource({"2, 3, 1", "3, 4, 7", "4, 3, 11", "5, 2, 3"})
  void matchesExplicitBlockFormulas(int regions, int sectors, long seed) {
    InputOutputTable table = RandomEconomies.multiRegion(regions, sectors, seed);
    KwwDecomposition k = KwwDecomposition.of(table);
    TivaIndicators tiva = TivaIndicators.of(table);
    int n = table.size();
    double[] x = table.output().toArray();
    double[][] a = Dense.coefficients(table.intermediate().toArray(), x);
    double[][] b = Dense.leontief(a);
    double[] va = table.valueAddedTotal().toArray();
    double[] v = new double[n];
    for (int j = 0; j < n; j++) {
      v[j] = va[j] / x[j];
    }
    double[][] y = new double[n][regions];
    for (int c = 0; c < table.finalDemandColumns().size(); c++) {
      int r = table.regions().indexOf(table.finalDemandColumns().get(c).region());
      for (int i = 0; i < n; i++) {
        y[i][r] += table.finalDemand().at(i, c);
      }
    }
    double[][] z = table.intermediate().toArray();
    double[] e = new double[n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        e[i] += i / sectors != j / sectors ? z[i][j] : 0;
      }
      for (int r = 0; r < regions; r++) {
        e[i] += i / sectors != r ? y[i][r] : 0;
      }
    }
    double[][][] l = new double[regions][][];
    for (int r = 0; r < regions; r++) {
      l[r] = Dense.leontief(blk(a, r, r, sectors));
    }
    for (int s = 0; s < regions; s++) {
      double[] vs = vec(v, s, sectors);
      double[] es = vec(e, s, sectors);
      double[] t = new double[9];
      for (int r = 0; r < regions; r++) {
        if (r == s) {
          continue;
        }
        double[][] bsr = blk(b, s, r, sectors);
        double[][] ars = blk(a, r, s, sectors);
        t[0] += dot(vs, Dense.times(blk(b, s, s, sectors), col(y, s, r, sectors)));
        t[1] += dot(vs, Dense.times(bsr, col(y, r, r, sectors)));
        for (int u = 0; u < regions; u++) {
          if (u != s && u != r) {
            t[2] += dot(vs, Dense.times(bsr, col(y, r, u, sectors)));
          }
        }
        t[3] += dot(vs, Dense.times(bsr, col(y, r, s, sectors)));
        double[][] bal = Dense.times(Dense.times(bsr, ars), l[s]);
        t[4] += dot(vs, Dense.times(bal, col(y, s, s, sectors)));
        t[5] += dot(vs, Dense.times(bal, es));
        for (int u = 0; u < regions; u++) {
          if (u == s) {
            continue;
          }
          double[] vu = vec(v, u, sectors);
          double[][] bus = blk(b, u, s, sectors);
          t[6] += dot(vu, Dense.times(bus, col(y, s, r, sectors)));
          double[][] bal2 = Dense.times(Dense.times(bus, blk(a, s, r, sectors)), l[r]);
          t[7] += dot(vu, Dense.times(bal2, col(y, r, r, sectors)));
          t[8] += dot(vu, Dense.times(bal2, vec(e, r, sectors)));
        }
      }
      Region country = table.regions().get(s);
      for (KwwTerm term : KwwTerm.values()) {
        assertClose(k.value(country, term), t[term.ordinal()]);
      }
      double domestic = t[0] + t[1] + t[2] + t[3] + t[4] + t[5];
      double foreign = t[6] + t[7] + t[8];
      assertClose(domestic, tiva.value(country, TivaIndicator.EXGR_DVA));
      assertClose(foreign, tiva.value(country, TivaIndicator.EXGR_FVA));
      assertClose(domestic + foreign, Dense.sum(es));
    }
    assertThat(k.rows()).hasSize(regions * 9);
    assertThat(k.matrix().rowCount()).isEqualTo(regions);
  }

  @Test
  void nationalTableIsRejected() {
    InputOutputTable national = RandomEconomies.national(3, 2);
    assertThatThrownBy(() -> KwwDecomposition.of(national))
        .isInstanceOfSatisfying(SectoralException.class, e -> {
          assertThat(e.code()).isEqualTo(ErrorCode.DIMENSION_MISMATCH);
          assertThat(e.culprits()).containsExactly(national.name());
        });
  }

  @Test
  void unknownCountryIsNamed() {
    KwwDecomposition k = KwwDecomposition.of(leather());
    assertThatThrownBy(() -> k.value(Region.of("Japan"), KwwTerm.T1))
        .isInstanceOfSatisfying(SectoralException.class, e -> {
          assertThat(e.code()).isEqualTo(ErrorCode.UNKNOWN_KEY);
          assertThat(e.culprits()).containsExactly("Japan");
        });
  }

  private static double[][] blk(double[][] m, int r, int c, int s) {
    return Dense.block(m, r * s, (r + 1) * s, c * s, (c + 1) * s);
  }

  private static double[] vec(double[] v, int r, int s) {
    double[] out = new double[s];
    System.arraycopy(v, r * s, out, 0, s);
    return out;
  }

  /** Y_rt: the final demand of country t for the products of country r. */
  private static double[] col(double[][] y, int r, int t, int s) {
    double[] out = new double[s];
    for (int i = 0; i < s; i++) {
      out[i] = y[r * s + i][t];
    }
    return out;
  }

  private static double dot(double[] a, double[] b) {
    double d = 0;
    for (int i = 0; i < a.length; i++) {
      d += a[i] * b[i];
    }
    return d;
  }

  private static void assertClose(double actual, double expected) {
    assertThat(Tolerances.close(actual, expected, Tolerances.RELATIVE_1E9))
        .as("%s vs %s", actual, expected).isTrue();
  }
}
