package org.sectoral.core.published;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sectoral.core.leontief.LeontiefModel;
import org.sectoral.core.leontief.MultiplierType;
import org.sectoral.core.leontief.Multipliers;
import org.sectoral.core.table.BalanceReport;
import org.sectoral.core.table.FinalDemandCategory;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.core.table.LabelledMatrix;
import org.sectoral.core.table.RegionSector;
import org.sectoral.core.table.ValueAddedComponent;
import org.sectoral.core.testing.Fixtures;
import org.sectoral.core.testing.Fixtures.Grid;
import org.sectoral.core.valueadded.ExportContent;

/**
 * The UK Input-Output Analytical Tables 2010 (ONS, product × product, 127 products) against
 * ONS's own published coefficients, Leontief inverse and Type I multipliers and effects
 * ({@code fixtures/ons_uk_2010}, see its SOURCE.md). The table is built from the domestic use
 * table only; every expected value is an ONS figure or arithmetic on ONS figures.
 *
 * <p><b>Definitions, as verified against the published figures</b> (all agree to ~1e-14):
 * <ul>
 *   <li>A = Z·x̂⁻¹ with Z the domestic-use product block and x "Total output"; L = (I−A)⁻¹.
 *   <li>Output multiplier = column sum of L (the "Total" row of the published inverse).
 *   <li>"GVA effects" = (v'L)ⱼ with v = GVA/x and GVA = compensation of employees + gross
 *       operating surplus + taxes less subsidies on <em>production</em> (not on products);
 *       "GVA multiplier" = GVA effect / direct GVA coefficient vⱼ. Without the taxes on
 *       production the effects miss by more than 0.1 (asserted below), so the definition is
 *       pinned down by the data.
 *   <li>"Employment cost effects" = (w'L)ⱼ with w = compensation/x; "Employment cost multiplier"
 *       = effect / wⱼ, published as 0 for owner-occupiers' housing (68-2IMP), whose compensation
 *       is 0 — the same convention as {@link Multipliers#income} (0 where the direct coefficient
 *       is 0).
 * </ul>
 *
 * <p><b>Tolerances.</b> The ONS figures are stored with 15–17 significant digits and the table
 * balances to 2e-15 of output, so the comparisons are limited by double rounding only; the
 * constants below leave one to two orders of magnitude above the measured maxima (printed in
 * the test log, prefix {@code [published]}).
 */
class OnsUk2010Test {
  /** Published A vs Z·x̂⁻¹, relative per non-zero cell (measured 8.6e-15; zeros must be 0). */
  static final double COEFFICIENT_RELATIVE_1E13 = 1e-13;
  /** Published L vs ours, absolute per cell; L is O(1) (measured 5.6e-15). */
  static final double INVERSE_ABSOLUTE_1E13 = 1e-13;
  /** Published multipliers and effects vs ours, relative (measured ≤ 1e-14). */
  static final double MULTIPLIER_RELATIVE_1E12 = 1e-12;
  /** Content shares per unit of final demand, absolute (shares are in [−0.1, 1]). */
  static final double CONTENT_ABSOLUTE_1E12 = 1e-12;
  /** Identities exact in exact arithmetic (content shares summing to 1). */
  static final double IDENTITY_ABSOLUTE_1E10 = 1e-10;
  /** x = L·f against the published output, relative (f and x are published to full precision). */
  static final double OUTPUT_RELATIVE_1E12 = 1e-12;
  /** Totals published alongside the table vs sums of its cells, relative. */
  static final double TOTALS_RELATIVE_1E12 = 1e-12;

  private static final int N = Fixtures.ONS_PRODUCTS;

  private static InputOutputTable table;
  private static LeontiefModel model;
  private static Multipliers multipliers;
  private static Grid use;
  private static Grid coefficients;
  private static Grid inverse;
  private static Grid published;
  private static List<String> codes;

  @BeforeAll
  static void load() {
    table = Fixtures.onsUk2010();
    model = LeontiefModel.of(table);
    multipliers = Multipliers.of(table, model);
    use = Fixtures.ons(Fixtures.ONS_DOMESTIC_USE);
    coefficients = Fixtures.ons(Fixtures.ONS_COEFFICIENTS);
    inverse = Fixtures.ons(Fixtures.ONS_LEONTIEF_INVERSE);
    published = Fixtures.onsMultipliers();
    codes = table.sectors().keys().stream().map(s -> s.code()).toList();
  }

  @Test
  void loadsAsABalancedTableMatchingThePublishedTotals() {
    BalanceReport balance = table.balanceReport();
    System.out.printf(Locale.ROOT, "[published] ONS UK 2010 balance: max relative gap %.3e; %s%n",
        balance.maxRelativeGap(), balance.worst(2));
    assertThat(balance.isBalanced()).isTrue();
    assertThat(balance.maxRelativeGap()).isLessThanOrEqualTo(Fixtures.ONS_BALANCE_TOLERANCE);
    assertThat(table.size()).isEqualTo(N);
    assertThat(table.finalDemandColumns().size()).isEqualTo(9);
    assertThat(table.sectors().get(0).code()).isEqualTo("01");
    assertThat(table.sectors().get(N - 1).code()).isEqualTo("NPISH_96");

    double[] zRows = table.intermediate().rowSums().toArray();
    Discrepancy.of("ONS Z row sums vs 'Total intermediate demand'", zRows,
        use.column("Total intermediate demand", 0, N), codes)
        .assertRelative(TOTALS_RELATIVE_1E12);
    double[] demand = new double[N];
    double[] f = table.finalDemandTotal().toArray();
    for (int i = 0; i < N; i++) {
      demand[i] = zRows[i] + f[i];
    }
    Discrepancy.of("ONS Z·1 + Y·1 vs 'Total demand'", demand, use.column("Total demand", 0, N),
        codes).assertRelative(TOTALS_RELATIVE_1E12);
    Discrepancy.of("ONS 1'Z vs 'Total consumption'", table.intermediate().columnSums().toArray(),
        use.rowHead("Total consumption", N), codes).assertRelative(TOTALS_RELATIVE_1E12);
    // exports of goods + services; both columns are EXPORTS
    double[] exports = new double[N];
    double[] goods = use.column("Exports of goods", 0, N);
    double[] services = use.column("Exports of services", 0, N);
    for (int i = 0; i < N; i++) {
      exports[i] = goods[i] + services[i];
    }
    Discrepancy.of("ONS exports (goods + services)", table.exports().toArray(), exports, codes)
        .assertRelative(0);
  }

  @Test
  void technicalCoefficientsAreThePublishedCoefficients() {
    assertThat(coefficients.keys().subList(0, N)).isEqualTo(codes);
    assertThat(coefficients.columns().subList(0, N)).isEqualTo(codes);
    LabelledMatrix<RegionSector, RegionSector> a = model.technicalCoefficients();
    Discrepancy d = Discrepancy.of("ONS A = Z·x̂⁻¹ vs published A (127×127)");
    for (int i = 0; i < N; i++) {
      for (int j = 0; j < N; j++) {
        d.add(codes.get(i) + "," + codes.get(j), a.at(i, j), coefficients.at(i, j));
      }
    }
    d.assertRelative(COEFFICIENT_RELATIVE_1E13);
  }

  @Test
  void primaryInputCoefficientsAreThePublishedRows() {
    double[] x = table.output().toArray();
    Discrepancy.of("ONS compensation coefficients w = COMP/x",
        multipliers.compensationCoefficients(),
        coefficients.rowHead("Compensation of employees", N), codes)
        .assertRelative(COEFFICIENT_RELATIVE_1E13);
    double[] comp = coefficients.rowHead("Compensation of employees", N);
    double[] gos = coefficients.rowHead("Gross Operating Surplus", N);
    double[] tlsp = coefficients.rowHead("Taxes less subsidies on production", N);
    double[] gva = new double[N];
    for (int j = 0; j < N; j++) {
      gva[j] = comp[j] + gos[j] + tlsp[j];
    }
    Discrepancy.of("ONS GVA coefficients v vs published COMP+GOS+TLSP rows",
        multipliers.valueAddedCoefficients(), gva, codes).assertRelative(COEFFICIENT_RELATIVE_1E13);
    double[] imports = table.requireImports().rowArray(0);
    double[] taxes = table.productTaxes().toArray();
    Discrepancy im = Discrepancy.of("ONS import coefficients Zm/x vs published row");
    Discrepancy tx = Discrepancy.of("ONS product-tax coefficients t/x vs published row");
    double[] pubIm = coefficients.rowHead("Imported goods and services", N);
    double[] pubTx = coefficients.rowHead("Taxes less subsidies on products", N);
    for (int j = 0; j < N; j++) {
      im.add(codes.get(j), imports[j] / x[j], pubIm[j]);
      tx.add(codes.get(j), taxes[j] / x[j], pubTx[j]);
    }
    im.assertRelative(COEFFICIENT_RELATIVE_1E13);
    tx.assertRelative(COEFFICIENT_RELATIVE_1E13);
  }

  @Test
  void leontiefInverseIsThePublishedInverse() {
    assertThat(inverse.keys().subList(0, N)).isEqualTo(codes);
    assertThat(inverse.columns().subList(0, N)).isEqualTo(codes);
    LabelledMatrix<RegionSector, RegionSector> l = model.leontiefInverse();
    Discrepancy d = Discrepancy.of("ONS L = (I−A)⁻¹ (our A) vs published L (127×127)");
    for (int i = 0; i < N; i++) {
      for (int j = 0; j < N; j++) {
        d.add(codes.get(i) + "," + codes.get(j), l.at(i, j), inverse.at(i, j));
      }
    }
    d.assertAbsolute(INVERSE_ABSOLUTE_1E13);
  }

  @Test
  void leontiefInverseOfThePublishedCoefficientsIsThePublishedInverse() {
    LabelledMatrix<RegionSector, RegionSector> published = LabelledMatrix.of(table.keys(),
        table.keys(), coefficients.block(0, N, 0, N), "1");
    LabelledMatrix<RegionSector, RegionSector> l =
        LeontiefModel.ofCoefficients(published).leontiefInverse();
    Discrepancy d = Discrepancy.of("ONS L from published A vs published L (127×127)");
    for (int i = 0; i < N; i++) {
      for (int j = 0; j < N; j++) {
        d.add(codes.get(i) + "," + codes.get(j), l.at(i, j), inverse.at(i, j));
      }
    }
    d.assertAbsolute(INVERSE_ABSOLUTE_1E13);
  }

  @Test
  void publishedRowsAreInProductOrder() {
    for (int j = 0; j < N; j++) {
      assertThat(published.keys().get(j)).as("published multiplier row %s", j)
          .isEqualTo(table.sectors().get(j).name());
    }
    assertThat(published.rowCount()).isEqualTo(N);
  }

  @Test
  void outputMultipliersAreThePublishedOnes() {
    double[] ours = multipliers.output(MultiplierType.TYPE_I).toArray();
    Discrepancy.of("ONS Type I output multiplier vs published", ours,
        published.column("Output multiplier", 0, N), codes)
        .assertRelative(MULTIPLIER_RELATIVE_1E12);
    Discrepancy.of("ONS Type I output multiplier vs published L 'Total' row", ours,
        inverse.rowHead("Total", N), codes).assertRelative(MULTIPLIER_RELATIVE_1E12);
    Discrepancy.of("LeontiefModel.outputMultipliers vs published",
        model.outputMultipliers().toArray(), published.column("Output multiplier", 0, N), codes)
        .assertRelative(MULTIPLIER_RELATIVE_1E12);
  }

  @Test
  void gvaMultipliersAndEffectsAreThePublishedOnes() {
    Discrepancy.of("ONS GVA effects (Type I) vs published",
        multipliers.valueAddedEffects(MultiplierType.TYPE_I).toArray(),
        published.column("GVA effects", 0, N), codes).assertRelative(MULTIPLIER_RELATIVE_1E12);
    Discrepancy.of("ONS GVA multiplier (Type I) vs published",
        multipliers.valueAdded(MultiplierType.TYPE_I).toArray(),
        published.column("GVA multiplier", 0, N), codes).assertRelative(MULTIPLIER_RELATIVE_1E12);
  }

  @Test
  void publishedGvaIncludesTaxesLessSubsidiesOnProduction() {
    // GVA without "taxes less subsidies on production": the published effects reject it.
    double[] x = table.output().toArray();
    double[] comp = table.valueAdded(ValueAddedComponent.Kind.COMPENSATION).toArray();
    double[] gos = table.valueAdded(ValueAddedComponent.Kind.OPERATING_SURPLUS).toArray();
    double[] c = new double[N];
    for (int j = 0; j < N; j++) {
      c[j] = (comp[j] + gos[j]) / x[j];
    }
    Discrepancy d = Discrepancy.of("ONS GVA effects without TLSP vs published",
        model.solveTransposed(c), published.column("GVA effects", 0, N), codes);
    System.out.println("[published] (rejected definition) " + d);
    assertThat(d.maxAbsolute()).as(d.toString()).isGreaterThan(0.1);
  }

  @Test
  void employmentCostMultipliersAndEffectsAreThePublishedOnes() {
    Discrepancy.of("ONS employment cost effects (Type I) vs published",
        multipliers.incomeEffects(MultiplierType.TYPE_I).toArray(),
        published.column("Employment cost effects", 0, N), codes)
        .assertRelative(MULTIPLIER_RELATIVE_1E12);
    Discrepancy.of("ONS employment cost multiplier (Type I) vs published",
        multipliers.income(MultiplierType.TYPE_I).toArray(),
        published.column("Employment cost multiplier", 0, N), codes)
        .assertRelative(MULTIPLIER_RELATIVE_1E12);
    // owner-occupiers' housing has no employees: ONS publishes 0, not a ratio
    int imputedRent = codes.indexOf("68-2IMP");
    assertThat(table.valueAdded(ValueAddedComponent.Kind.COMPENSATION).at(imputedRent)).isZero();
    assertThat(published.at(imputedRent, published.column("Employment cost multiplier")))
        .isZero();
    assertThat(multipliers.income(MultiplierType.TYPE_I).at(imputedRent)).isZero();
  }

  /** ONS ranks each family 1 = largest; our values must order the products the same way. */
  @Test
  void ourValuesReproduceThePublishedRanks() {
    assertSameRanks(multipliers.output(MultiplierType.TYPE_I).toArray(), "output_multiplier_rank");
    assertSameRanks(multipliers.income(MultiplierType.TYPE_I).toArray(),
        "employment_cost_multiplier");
    assertSameRanks(multipliers.valueAdded(MultiplierType.TYPE_I).toArray(),
        "gva_multiplier_rank");
    assertSameRanks(multipliers.incomeEffects(MultiplierType.TYPE_I).toArray(),
        "employment_cost_effects_rank");
    assertSameRanks(multipliers.valueAddedEffects(MultiplierType.TYPE_I).toArray(),
        "gva_effects_rank");
  }

  private static void assertSameRanks(double[] values, String rankColumn) {
    Integer[] order = new Integer[N];
    for (int i = 0; i < N; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, (a, b) -> Double.compare(values[b], values[a]));
    for (int r = 0; r < N; r++) {
      int product = order[r];
      assertThat(published.at(product, published.column(rankColumn)))
          .as("%s of %s", rankColumn, codes.get(product)).isEqualTo(r + 1.0);
    }
  }

  @Test
  void contentOfFinalDemandAddsUpAndMatchesPublishedCoefficientsTimesPublishedInverse() {
    ExportContent content = ExportContent.of(table, model);
    double[] d = content.domesticValueAdded().toArray();
    double[] m = content.importContent().toArray();
    double[] tau = content.taxContent().toArray();
    Discrepancy sum = Discrepancy.of("ONS value-added + import + tax content = 1");
    for (int j = 0; j < N; j++) {
      sum.add(codes.get(j), d[j] + m[j] + tau[j], 1.0);
    }
    sum.assertAbsolute(IDENTITY_ABSOLUTE_1E10);
    // each content against (published coefficient row) × (published L)
    double[][] l = inverse.block(0, N, 0, N);
    Discrepancy.of("ONS domestic VA content vs published GVA effects", d,
        published.column("GVA effects", 0, N), codes).assertAbsolute(CONTENT_ABSOLUTE_1E12);
    Discrepancy.of("ONS import content vs published a_m'·L", m,
        rowTimes(coefficients.rowHead("Imported goods and services", N), l), codes)
        .assertAbsolute(CONTENT_ABSOLUTE_1E12);
    Discrepancy.of("ONS product-tax content vs published t'·L", tau,
        rowTimes(coefficients.rowHead("Taxes less subsidies on products", N), l), codes)
        .assertAbsolute(CONTENT_ABSOLUTE_1E12);
    double share = content.domesticShareOfExports();
    System.out.printf(Locale.ROOT,
        "[published] ONS UK 2010 domestic VA share of exports %.6f (incl. product taxes %.6f)%n",
        share, content.domesticShareIncludingTaxes());
    double[] e = table.finalDemand(FinalDemandCategory.EXPORTS).toArray();
    double[] gvaEffects = published.column("GVA effects", 0, N);
    double num = 0;
    double den = 0;
    for (int j = 0; j < N; j++) {
      num += gvaEffects[j] * e[j];
      den += e[j];
    }
    assertThat(share).isCloseTo(num / den, within(CONTENT_ABSOLUTE_1E12));
  }

  @Test
  void outputIsTheLeontiefInverseTimesFinalDemand() {
    double[] f = table.finalDemandTotal().toArray();
    double[] x = use.rowHead("Total output", N);
    Discrepancy.of("ONS x = (I−A)⁻¹f by solve vs 'Total output'", model.solve(f), x, codes)
        .assertRelative(OUTPUT_RELATIVE_1E12);
    double[][] ours = model.leontiefInverse().toArray();
    Discrepancy.of("ONS x = L·f, our explicit L, vs 'Total output'", times(ours, f), x, codes)
        .assertRelative(OUTPUT_RELATIVE_1E12);
    Discrepancy.of("ONS x = L·f, published L, vs 'Total output'",
        times(inverse.block(0, N, 0, N), f), x, codes).assertRelative(OUTPUT_RELATIVE_1E12);
  }

  static double[] times(double[][] m, double[] v) {
    double[] out = new double[m.length];
    for (int i = 0; i < m.length; i++) {
      double s = 0;
      for (int j = 0; j < v.length; j++) {
        s += m[i][j] * v[j];
      }
      out[i] = s;
    }
    return out;
  }

  static double[] rowTimes(double[] c, double[][] m) {
    double[] out = new double[m[0].length];
    for (int i = 0; i < c.length; i++) {
      for (int j = 0; j < out.length; j++) {
        out[j] += c[i] * m[i][j];
      }
    }
    return out;
  }
}
