package org.sectoral.core.published;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sectoral.core.ErrorCode;
import org.sectoral.core.SectoralException;
import org.sectoral.core.leontief.LeontiefModel;
import org.sectoral.core.table.BalanceReport;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.core.table.LabelledMatrix;
import org.sectoral.core.table.Sector;
import org.sectoral.core.testing.Fixtures;
import org.sectoral.core.testing.Fixtures.Grid;
import org.sectoral.core.testing.Fixtures.WiodOptions;
import org.sectoral.core.valueadded.ExportContent;

/**
 * WIOD 2016 national input-output tables of Australia and the USA, 2014 (56 industries, USD
 * million; {@code fixtures/wiod_2016}, see its SOURCE.md), loaded through the public builder by
 * {@link Fixtures#wiodNiot2014(String, WiodOptions)}.
 *
 * <p><b>Mapping of the adjustment rows</b>, decided numerically (see
 * {@link #internationalMarginsCloseTheColumnIdentity}): for every industry column,
 * GO = Σ Domestic + Σ Imports + TXSP + IntTTM + VA holds to 3.7e-8 (AUS) and 2.8e-8 (USA) of
 * output, and fails by up to 2,065 (AUS) and 13,091 (USA) USD million without IntTTM. The rows
 * EXP_adj, PURR and PURNR are zero in every industry column (they only carry the cif/fob and
 * residents'/non-residents' direct-purchase adjustments of the final-use columns), so no choice
 * of them changes the industry identity. IntTTM ("International Transport Margins") is the cost
 * of delivering the imported inputs across the border, on top of the Imports rows (which WIOD
 * values before international margins); it is bought from non-resident carriers as part of
 * the imports' delivered value, so it is mapped as a 57th <em>import</em> row ({@value Fixtures#WIOD_INT_TTM}), not as a tax: it is
 * neither domestic value added nor government revenue, and it belongs in the import content of
 * exports. The residual gap is rounding in the workbooks (their own II_fob differs from
 * Σ Domestic + Σ Imports by up to 0.045), hence a balance tolerance of 1e-7.
 *
 * <p><b>Which accounting identity holds.</b> Summing the row identity x = Z·1 + f and the column
 * identity x' = 1'Z + 1'Zᵐ + t + v' gives Σv + Σt + ΣZᵐ = Σf, with Zᵐ including IntTTM and f the
 * final demand for <em>domestic</em> products (the imported-final-use and final-use tax rows
 * are outside the industry block and cancel out of GDP on both sides). With the published VA row
 * this holds up to the sum of the published column gaps (asserted exactly); with value added as
 * the builder's residual it holds to rounding.
 */
class WiodNiotTest {
  /** x = L·f vs published GO, relative (I−A is well conditioned, cond ≈ 2.5). */
  static final double RELATIVE_1E9 = 1e-9;
  /** Identities exact in exact arithmetic: content shares add to 1. */
  static final double IDENTITY_ABSOLUTE_1E10 = 1e-10;
  /** Two computations of the same double quantity (solve vs explicit inverse), relative. */
  static final double RECOMPUTATION_RELATIVE_1E12 = 1e-12;
  /** Plausible range of a domestic value-added share of an advanced economy's exports. */
  static final double SHARE_LOW = 0.80;
  static final double SHARE_HIGH = 0.95;

  private static final int N = Fixtures.WIOD_INDUSTRIES;
  private static final Map<String, InputOutputTable> PUBLISHED = new ConcurrentHashMap<>();
  private static final Map<String, InputOutputTable> RESIDUAL = new ConcurrentHashMap<>();

  private static InputOutputTable published(String country) {
    return PUBLISHED.computeIfAbsent(country, Fixtures::wiodNiot2014);
  }

  private static InputOutputTable residual(String country) {
    return RESIDUAL.computeIfAbsent(country,
        c -> Fixtures.wiodNiot2014(c, WiodOptions.RESIDUAL_VALUE_ADDED));
  }

  @ParameterizedTest
  @ValueSource(strings = {"AUS", "USA"})
  void loadsBalancedWithinTheWorkbooksRounding(String country) {
    InputOutputTable t = published(country);
    BalanceReport b = t.balanceReport();
    System.out.printf(Locale.ROOT, "[published] WIOD %s 2014 balance: max relative gap %.3e; %s%n",
        country, b.maxRelativeGap(), b.worst(2));
    assertThat(b.isBalanced()).isTrue();
    assertThat(b.maxRelativeGap()).isLessThanOrEqualTo(Fixtures.WIOD_BALANCE_TOLERANCE);
    assertThat(t.size()).isEqualTo(N);
    assertThat(t.requireImports().rowCount()).isEqualTo(N + 1);
    assertThat(t.finalDemandColumns().size()).isEqualTo(6);
    // rows balance to the last bits: GO is the row total in the source
    Discrepancy.of("WIOD " + country + " row gaps Z·1 + Y·1 − GO (rel. to GO)",
        relativeTo(b.rowGaps().toArray(), t.output().toArray()), new double[N], null)
        .assertAbsolute(RECOMPUTATION_RELATIVE_1E12);
  }

  @ParameterizedTest
  @ValueSource(strings = {"AUS", "USA"})
  void internationalMarginsCloseTheColumnIdentity(String country) {
    Grid g = Fixtures.wiodGrid(country);
    for (String row : List.of("TOT/EXP_adj", "TOT/PURR", "TOT/PURNR")) {
      assertThat(g.rowHead(row, N)).as("%s in industry columns", row).containsOnly(0.0);
    }
    // Without IntTTM, the table fails the balance check…
    WiodOptions without = new WiodOptions(false, false, Fixtures.WIOD_BALANCE_TOLERANCE);
    assertThatThrownBy(() -> Fixtures.wiodNiot2014(country, without))
        .isInstanceOfSatisfying(SectoralException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.UNBALANCED_TABLE));
    // …and its column gaps are minus the IntTTM row, to the workbooks' rounding.
    InputOutputTable loose = Fixtures.wiodNiot2014(country,
        new WiodOptions(false, false, Double.POSITIVE_INFINITY));
    double[] gaps = loose.balanceReport().columnGaps().toArray();
    double[] ttm = g.rowHead("TOT/" + Fixtures.WIOD_INT_TTM, N);
    double[] x = loose.output().toArray();
    Discrepancy d = Discrepancy.of("WIOD " + country + " (colgap without IntTTM + IntTTM)/GO");
    double worst = 0;
    for (int j = 0; j < N; j++) {
      d.add(loose.sectors().get(j).code(), (gaps[j] + ttm[j]) / Math.max(x[j], 1), 0);
      worst = Math.max(worst, Math.abs(gaps[j]));
    }
    System.out.printf(Locale.ROOT, "[published] WIOD %s largest column gap without IntTTM %.3f "
        + "(%.3e of output)%n", country, worst, loose.balanceReport().maxRelativeGap());
    assertThat(loose.balanceReport().maxRelativeGap()).isGreaterThan(1e-3);
    d.assertAbsolute(Fixtures.WIOD_BALANCE_TOLERANCE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"AUS", "USA"})
  void residualValueAddedIsThePublishedRowWithinRounding(String country) {
    double[] pub = published(country).valueAddedTotal().toArray();
    double[] res = residual(country).valueAddedTotal().toArray();
    double[] x = published(country).output().toArray();
    Discrepancy d = Discrepancy.of("WIOD " + country + " (residual VA − published VA)/GO");
    for (int j = 0; j < N; j++) {
      d.add(code(country, j), (res[j] - pub[j]) / Math.max(x[j], 1), 0);
    }
    d.assertAbsolute(Fixtures.WIOD_BALANCE_TOLERANCE);
    Discrepancy.of("WIOD " + country + " column gaps with residual VA (rel. to GO)",
        relativeTo(residual(country).balanceReport().columnGaps().toArray(), x), new double[N],
        null).assertAbsolute(RECOMPUTATION_RELATIVE_1E12);
  }

  @ParameterizedTest
  @ValueSource(strings = {"AUS", "USA"})
  void valueAddedImportAndTaxContentAddUpToOne(String country) {
    InputOutputTable t = residual(country);
    ExportContent c = ExportContent.of(t);
    double[] d = c.domesticValueAdded().toArray();
    double[] m = c.importContent().toArray();
    double[] tau = c.taxContent().toArray();
    double[] x = t.output().toArray();
    Discrepancy sum = Discrepancy.of("WIOD " + country + " VA + import + tax content (residual VA)");
    int zeroOutput = 0;
    for (int j = 0; j < N; j++) {
      // zero-output industries (AUS: C33, M71, M72, M73, M74_M75, U; USA: U) have no inputs
      sum.add(code(country, j), d[j] + m[j] + tau[j], x[j] == 0 ? 0 : 1);
      zeroOutput += x[j] == 0 ? 1 : 0;
    }
    sum.assertAbsolute(IDENTITY_ABSOLUTE_1E10);
    assertThat(zeroOutput).isEqualTo(country.equals("AUS") ? 6 : 1);
    // by-product import content adds up to the import content; IntTTM is one of its rows
    LabelledMatrix<Sector, ?> byProduct = c.importContentByProduct();
    assertThat(byProduct.rows().keys()).contains(Sector.of(Fixtures.WIOD_INT_TTM));
    Discrepancy.of("WIOD " + country + " Σ import content by product vs total",
        byProduct.columnSums().toArray(), m, null).assertAbsolute(IDENTITY_ABSOLUTE_1E10);
  }

  /**
   * With the published VA row each column j is off by its workbook gap gⱼ, so
   * 1'Aᵈ + 1'Aᵐ + t + v = 1' + (g/x)'. Multiplying by Lᵈ and using 1'Aᵈ·Lᵈ = 1'Lᵈ − 1' gives
   * d + m + τ = 1' + (g/x)'·Lᵈ exactly; the correction term is formed here with the explicit
   * inverse and the gaps from the balance report, independently of {@link ExportContent}.
   */
  @ParameterizedTest
  @ValueSource(strings = {"AUS", "USA"})
  void contentOfThePublishedTableIsOneUpToItsOwnColumnGaps(String country) {
    InputOutputTable t = published(country);
    LeontiefModel model = LeontiefModel.of(t);
    ExportContent c = ExportContent.of(t, model);
    double[] x = t.output().toArray();
    double[] g = t.balanceReport().columnGaps().toArray();
    double[] gx = new double[N];
    for (int j = 0; j < N; j++) {
      gx[j] = x[j] == 0 ? 0 : g[j] / x[j];
    }
    double[] correction = OnsUk2010Test.rowTimes(gx, model.leontiefInverse().toArray());
    Discrepancy raw = Discrepancy.of("WIOD " + country + " content sum − 1 (published VA)");
    Discrepancy exact = Discrepancy.of("WIOD " + country + " content sum − 1 − (g/x)'L");
    for (int j = 0; j < N; j++) {
      double s = c.domesticValueAdded().at(j) + c.importContent().at(j) + c.taxContent().at(j);
      double one = x[j] == 0 ? 0 : 1;
      raw.add(code(country, j), s, one);
      exact.add(code(country, j), s, one + correction[j]);
    }
    exact.assertAbsolute(IDENTITY_ABSOLUTE_1E10 / 100);
    raw.assertAbsolute(3 * Fixtures.WIOD_BALANCE_TOLERANCE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"AUS", "USA"})
  void outputIsTheLeontiefInverseTimesFinalDemand(String country) {
    InputOutputTable t = published(country);
    LeontiefModel model = LeontiefModel.of(t);
    double[] f = t.finalDemandTotal().toArray();
    double[] go = Fixtures.wiodGrid(country).rowHead("TOT/GO", N);
    Discrepancy.of("WIOD " + country + " x = L·f (explicit L) vs GO",
        OnsUk2010Test.times(model.leontiefInverse().toArray(), f), go, null)
        .assertRelative(RELATIVE_1E9);
    Discrepancy.of("WIOD " + country + " x = (I−A)⁻¹f (solve) vs GO", model.solve(f), go, null)
        .assertRelative(RELATIVE_1E9);
  }

  @ParameterizedTest
  @ValueSource(strings = {"AUS", "USA"})
  void valueAddedPlusTaxesPlusImportsIsFinalDemand(String country) {
    for (InputOutputTable t : List.of(published(country), residual(country))) {
      double va = t.valueAddedTotal().sum();
      double taxes = t.productTaxes().sum();
      double imports = t.requireImports().sum();
      double f = t.finalDemandTotal().sum();
      BalanceReport b = t.balanceReport();
      double gaps = b.columnGaps().sum() - b.rowGaps().sum();
      System.out.printf(Locale.ROOT, "[published] WIOD %s ΣVA %.3f + Σt %.3f + ΣZm %.3f − Σf "
          + "= %.6f (Σ column gaps − Σ row gaps %.6f)%n", country, va, taxes, imports,
          va + taxes + imports - f, gaps);
      // exact accounting: Σv + Σt + ΣZm − Σf = Σ column gaps − Σ row gaps
      assertThat(Math.abs(va + taxes + imports - f - gaps))
          .isLessThanOrEqualTo(RECOMPUTATION_RELATIVE_1E12 * f);
      // and within the tables' balance tolerance overall
      assertThat(Math.abs(va + taxes + imports - f))
          .isLessThanOrEqualTo(Fixtures.WIOD_BALANCE_TOLERANCE * f);
    }
    // the residual-VA table has no column gaps, so the identity is exact to rounding
    InputOutputTable r = residual(country);
    double lhs = r.valueAddedTotal().sum() + r.productTaxes().sum() + r.requireImports().sum();
    assertThat(Math.abs(lhs - r.finalDemandTotal().sum()))
        .isLessThanOrEqualTo(RECOMPUTATION_RELATIVE_1E12 * lhs);
  }

  @ParameterizedTest
  @ValueSource(strings = {"AUS", "USA"})
  void domesticValueAddedShareOfExports(String country) {
    InputOutputTable t = published(country);
    LeontiefModel model = LeontiefModel.of(t);
    ExportContent c = ExportContent.of(t, model);
    double share = c.domesticShareOfExports();
    // slow: v from the table, L formed explicitly, Σⱼ (v·L)ⱼ eⱼ / Σⱼ eⱼ
    double[] x = t.output().toArray();
    double[] vaTotal = t.valueAddedTotal().toArray();
    double[] v = new double[N];
    for (int j = 0; j < N; j++) {
      v[j] = x[j] == 0 ? 0 : vaTotal[j] / x[j];
    }
    double[] vl = OnsUk2010Test.rowTimes(v, model.leontiefInverse().toArray());
    double[] e = t.exports().toArray();
    double[] expCol = Fixtures.wiodGrid(country).column("EXP", 1, 1 + N);
    assertThat(e).containsExactly(expCol);
    double num = 0;
    double den = 0;
    for (int j = 0; j < N; j++) {
      num += vl[j] * e[j];
      den += e[j];
    }
    double slow = num / den;
    double residualShare = ExportContent.of(residual(country)).domesticShareOfExports();
    System.out.printf(Locale.ROOT, "[published] WIOD %s 2014 domestic VA share of exports %.6f "
        + "(slow %.6f; residual-VA table %.6f); foreign %.6f; product taxes %.6f; "
        + "incl. taxes %.6f%n", country, share, slow, residualShare, c.foreignShareOfExports(),
        c.taxesInExports().sum() / den, c.domesticShareIncludingTaxes());
    assertThat(Math.abs(share - slow)).isLessThanOrEqualTo(RECOMPUTATION_RELATIVE_1E12);
    assertThat(share).isBetween(SHARE_LOW, SHARE_HIGH);
    assertThat(Math.abs(share - residualShare)).isLessThan(3 * Fixtures.WIOD_BALANCE_TOLERANCE);
    assertThat(share + c.foreignShareOfExports() + c.taxesInExports().sum() / den)
        .isCloseTo(1.0, org.assertj.core.data.Offset.offset(3 * Fixtures.WIOD_BALANCE_TOLERANCE));
  }

  private static String code(String country, int j) {
    return published(country).sectors().get(j).code();
  }

  private static double[] relativeTo(double[] gaps, double[] x) {
    double[] r = new double[gaps.length];
    for (int j = 0; j < r.length; j++) {
      r[j] = gaps[j] / Math.max(Math.abs(x[j]), 1);
    }
    return r;
  }
}
