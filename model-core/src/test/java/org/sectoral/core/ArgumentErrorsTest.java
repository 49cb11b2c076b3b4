package org.sectoral.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.sectoral.core.indicator.ImpliedWeights;
import org.sectoral.core.price.PriceModel;
import org.sectoral.core.regional.LocationQuotients;
import org.sectoral.core.regional.RegionalizationMethod;
import org.sectoral.core.scenario.InvestmentImpact;
import org.sectoral.core.scenario.Localization;
import org.sectoral.core.scenario.Projection;
import org.sectoral.core.scenario.Target;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.core.table.KeyIndex;
import org.sectoral.core.table.LabelledVector;
import org.sectoral.core.table.RegionSector;
import org.sectoral.core.table.Sector;
import org.sectoral.core.testing.RandomEconomies;

/**
 * Values outside their domain, as a scenario file can hold them (θ = 1.5, no θ at all, a target
 * share of 1.5, a growth row of the wrong length, δ = −0.1, a −150 % price change, 1e400), are
 * refused before anything is computed with a {@link SectoralArgumentException} (still an
 * {@link IllegalArgumentException}) whose code and parameter name let a reader point at the
 * field.
 */
class ArgumentErrorsTest {
  private final InputOutputTable t = RandomEconomies.national(6, 21);
  private final RegionSector s2 = t.keys().get(2);
  private final double infinity = Double.parseDouble("1e400");

  static void assertArgument(ThrowingCallable call, ErrorCode code, String parameter,
      String... culprits) {
    assertThatThrownBy(call).isInstanceOfSatisfying(SectoralArgumentException.class, e -> {
      assertThat(e).isInstanceOf(IllegalArgumentException.class);
      assertThat(e.code()).isEqualTo(code);
      assertThat(e.parameter()).isEqualTo(parameter);
      if (culprits.length > 0) {
        assertThat(e.culprits()).containsExactly(culprits);
      }
      assertThat(e.getMessage()).contains(code.name());
    });
  }

  @Test
  void localizationThetas() {
    Localization loc = Localization.of(t);
    Target users = Target.of(s2);
    assertArgument(() -> loc.sweep(users, new double[0]), ErrorCode.OUT_OF_RANGE, "thetas");
    assertArgument(() -> loc.sweep(users, new double[] {0.2, 1.5}), ErrorCode.OUT_OF_RANGE,
        "thetas");
    assertArgument(() -> loc.sweep(users, new double[] {-0.01}), ErrorCode.OUT_OF_RANGE,
        "thetas");
    assertArgument(() -> loc.sweep(users, new double[] {infinity}), ErrorCode.NON_FINITE_VALUE,
        "thetas");
    assertArgument(() -> loc.apply(users, 1.5), ErrorCode.OUT_OF_RANGE, "theta");
    assertThat(loc.sweep(users, new double[] {0, 1}).exportShare()).hasSize(2);
  }

  @Test
  void projectionRatesTargetsAndYears() {
    Projection p = Projection.of(t, 2020);
    double[] rates = new double[t.size()];
    Arrays.fill(rates, 0.05);
    List<RegionSector> group = List.of(s2);
    assertArgument(() -> p.run(new double[t.size() - 1], 2025), ErrorCode.DIMENSION_MISMATCH,
        "rates");
    double[] fall = rates.clone();
    fall[2] = -1.5;
    assertArgument(() -> p.run(fall, 2025), ErrorCode.OUT_OF_RANGE, "rates", s2.toString());
    double[] nan = rates.clone();
    nan[2] = Double.NaN;
    assertArgument(() -> p.run(nan, 2025), ErrorCode.NON_FINITE_VALUE, "rates", s2.toString());
    assertArgument(() -> p.run(rates, 2019), ErrorCode.OUT_OF_RANGE, "lastYear");
    assertArgument(() -> p.rateForValueAddedShare(rates, group, 1.5, 2030),
        ErrorCode.OUT_OF_RANGE, "valueAddedShare");
    assertArgument(() -> p.rateForValueAddedShare(rates, group, 0, 2030),
        ErrorCode.OUT_OF_RANGE, "valueAddedShare");
    assertArgument(() -> p.rateForValueAddedShare(rates, group, infinity, 2030),
        ErrorCode.NON_FINITE_VALUE, "valueAddedShare");
    assertArgument(() -> p.rateForValueAddedShare(rates, group, 0.3, 2020),
        ErrorCode.OUT_OF_RANGE, "year");
    assertArgument(() -> p.rateForValueAddedShare(rates, List.of(), 0.3, 2030),
        ErrorCode.OUT_OF_RANGE, "group");
    assertArgument(() -> p.rateForValueAddedShare(new double[2], group, 0.3, 2030),
        ErrorCode.DIMENSION_MISMATCH, "rates");
    assertArgument(() -> p.rateForFirstYearGrowth(rates, group, -1.5), ErrorCode.OUT_OF_RANGE,
        "firstYearGrowth");
    assertThat(p.run(rates, 2022).years()).containsExactly(2020, 2021, 2022);
  }

  @Test
  void investmentDomesticShares() {
    double[] shares = new double[t.size()];
    Arrays.fill(shares, 1);
    shares[2] = 1.2;
    LabelledVector<RegionSector> spending = LabelledVector.of(t.keys(), new double[t.size()],
        t.unit());
    assertArgument(() -> InvestmentImpact.of(t, spending,
        LabelledVector.of(t.keys(), shares, "1")), ErrorCode.OUT_OF_RANGE, "domesticShares",
        s2.toString());
  }

  @Test
  void priceChangesBelowMinusOneHundredPercent() {
    PriceModel pm = PriceModel.of(t);
    assertArgument(() -> pm.exogenousPriceChange(s2, -1.5, false), ErrorCode.OUT_OF_RANGE,
        "relativeChange", s2.toString());
    assertArgument(() -> pm.exogenousPriceChange(s2, infinity, false),
        ErrorCode.NON_FINITE_VALUE, "relativeChange", s2.toString());
    // −100 % (a free good) is the edge of the domain, and allowed
    assertThat(pm.exogenousPriceChange(s2, -1, false).at(2)).isCloseTo(0, within(0.0));
    double[] imports = new double[t.requireImports().rowCount()];
    imports[1] = -1.5;
    Sector product = t.requireImports().rows().get(1);
    assertArgument(() -> pm.importPriceChange(LabelledVector.of(t.requireImports().rows(),
        imports, "1")), ErrorCode.OUT_OF_RANGE, "relativeChange", product.toString());
    assertArgument(() -> pm.costPush(LabelledVector.zeros(KeyIndex.of(List.of(s2)), "1")),
        ErrorCode.DIMENSION_MISMATCH, "deltaValueAdded");
  }

  @Test
  void fleggDelta() {
    assertArgument(() -> RegionalizationMethod.flq(-0.1), ErrorCode.OUT_OF_RANGE, "delta");
    assertArgument(() -> RegionalizationMethod.aflq(1.0), ErrorCode.OUT_OF_RANGE, "delta");
    assertArgument(() -> RegionalizationMethod.flq(Double.NaN), ErrorCode.NON_FINITE_VALUE,
        "delta");
    double[] regional = t.output().map(v -> v / 4, "x").toArray();
    LocationQuotients q = LocationQuotients.of(t.sectors(), regional, t.output().toArray());
    assertArgument(() -> q.lambdaStar(-0.5), ErrorCode.OUT_OF_RANGE, "delta");
  }

  @Test
  void impliedWeightsGrowthRows() {
    List<String> subs = List.of("a", "b", "c");
    assertArgument(() -> ImpliedWeights.solve(subs, new double[][] {{0.1, 0.2}},
        new double[] {0.15}, null, 1e-6), ErrorCode.DIMENSION_MISMATCH, "subGrowth");
    assertArgument(() -> ImpliedWeights.solve(subs, new double[][] {{0.1, 0.2, 0.3}},
        new double[] {0.15, 0.2}, null, 1e-6), ErrorCode.DIMENSION_MISMATCH, "subGrowth");
  }
}
