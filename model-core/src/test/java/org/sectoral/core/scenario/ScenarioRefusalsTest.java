package org.sectoral.core.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.sectoral.core.ErrorCode;
import org.sectoral.core.SectoralArgumentException;
import org.sectoral.core.SectoralException;
import org.sectoral.core.table.FinalDemandCategory;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.core.table.RegionSector;
import org.sectoral.core.table.ValueAddedComponent;
import org.sectoral.core.testing.RandomEconomies;
import org.sectoral.core.valueadded.ExportContent;

/**
 * Scenarios the economy cannot carry are refused with a code naming the sectors, never returned
 * as results; arguments outside their domain are refused when the shock is made, naming the
 * parameter.
 */
class ScenarioRefusalsTest {
  private final InputOutputTable t = RandomEconomies.national(8, 11);
  private final RegionSector s1 = t.keys().get(1);
  private final RegionSector s3 = t.keys().get(3);

  static void assertDomain(ThrowingCallable call, ErrorCode code, String... culprits) {
    assertThatThrownBy(call).isInstanceOfSatisfying(SectoralException.class, e -> {
      assertThat(e.code()).isEqualTo(code);
      if (culprits.length > 0) {
        assertThat(e.culprits()).contains(culprits);
      }
    });
  }

  static void assertArgument(ThrowingCallable call, ErrorCode code, String parameter,
      String... culprits) {
    assertThatThrownBy(call).isInstanceOfSatisfying(SectoralArgumentException.class, e -> {
      assertThat(e).isInstanceOf(IllegalArgumentException.class);
      assertThat(e.code()).isEqualTo(code);
      assertThat(e.parameter()).isEqualTo(parameter);
      if (culprits.length > 0) {
        assertThat(e.culprits()).contains(culprits);
      }
    });
  }

  @Test
  void addingACoefficientThatMakesInputsCostMoreThanOutputIsRefused() {
    // a₁₃ + 0.99 takes column 3's inputs past its output while the economy stays productive:
    // before the check the scenario table carried value added of −543 in sector 3
    CoefficientForm form = CoefficientForm.of(t);
    form.setDomestic(1, 3, form.domestic(1, 3) + 0.99);
    assertDomain(() -> form.toTable("x"), ErrorCode.NEGATIVE_VALUE_ADDED, s3.toString());
    assertDomain(() -> Scenario.builder("x").addCoefficient(s1, s3, 0.99).build().apply(t),
        ErrorCode.NEGATIVE_VALUE_ADDED, s3.toString());
    // the same through a flow: Δz = 0.99·x₃
    assertDomain(() -> Scenario.builder("x").addFlow(s1, s3, 0.99 * t.output().at(3)).build()
        .apply(t), ErrorCode.NEGATIVE_VALUE_ADDED, s3.toString());
    // a smaller rise is carried, value added stays at or above zero
    ScenarioResult ok = Scenario.builder("x").addCoefficient(s1, s3, 0.05).build().apply(t);
    assertThat(java.util.Arrays.stream(ok.table().valueAddedTotal().toArray()).min()
        .getAsDouble()).isGreaterThanOrEqualTo(0);
    assertThat(ok.scenarioDomesticShareOfExports()).isBetween(0.0, 1.0);
  }

  @Test
  void domesticShareStaysAShareWhenTheScenarioIsCarried() {
    ScenarioResult r = Scenario.builder("x").scaleCoefficient(s1, s3, 1.5).build().apply(t);
    double share = ExportContent.of(r.table()).domesticShareOfExports();
    assertThat(share).isBetween(0.0, 1.0);
  }

  @Test
  void aDiagonalCoefficientOfOneOrMoreIsNotProductive() {
    assertDomain(() -> Scenario.builder("x").addCoefficient(s3, s3, 0.99).build().apply(t),
        ErrorCode.NOT_PRODUCTIVE, s3.toString());
  }

  @Test
  void coefficientsLoweredBelowZeroAreRefusedNamingRowAndColumn() {
    double a13 = t.intermediate().at(1, 3) / t.output().at(3);
    assertDomain(() -> Scenario.builder("x").addCoefficient(s1, s3, -a13 - 0.01).build()
        .apply(t), ErrorCode.NEGATIVE_COEFFICIENT, s1.toString(), s3.toString());
    assertDomain(() -> Scenario.builder("x").addFlow(s1, s3, -2 * t.intermediate().at(1, 3))
        .build().apply(t), ErrorCode.NEGATIVE_COEFFICIENT, s1.toString(), s3.toString());
    // down to exactly zero is allowed
    ScenarioResult zero = Scenario.builder("x").addCoefficient(s1, s3, -a13).build().apply(t);
    assertThat(zero.table().intermediate().at(1, 3)).isCloseTo(0,
        org.assertj.core.api.Assertions.within(1e-9));
  }

  @Test
  void shockArgumentsOutsideTheirDomainNameTheParameter() {
    assertArgument(() -> Scenario.builder("x").setCoefficient(s1, s3, -0.1), ErrorCode.OUT_OF_RANGE,
        "amount", s1.toString(), s3.toString());
    assertArgument(() -> Scenario.builder("x").scaleCoefficient(s1, s3, -2),
        ErrorCode.OUT_OF_RANGE, "amount", s1.toString(), s3.toString());
    assertArgument(() -> Scenario.builder("x").addCoefficient(s1, s3, Double.NaN),
        ErrorCode.NON_FINITE_VALUE, "amount");
    assertArgument(() -> Scenario.builder("x").addFlow(s1, s3, Double.parseDouble("1e400")),
        ErrorCode.NON_FINITE_VALUE, "delta", s3.toString());
    assertArgument(() -> Scenario.builder("x").addFinalDemand(FinalDemandCategory.EXPORTS,
        Target.of(s1), Double.POSITIVE_INFINITY), ErrorCode.NON_FINITE_VALUE, "amount");
    assertArgument(() -> Scenario.builder("x").localize(s1, Target.of(s3), 1.5),
        ErrorCode.OUT_OF_RANGE, "theta");
    assertArgument(() -> Scenario.builder("x").localizeAll(Target.of(s3), -0.1),
        ErrorCode.OUT_OF_RANGE, "theta");
    assertArgument(() -> Scenario.builder("x").localizeAll(Target.of(s3), Double.NaN),
        ErrorCode.NON_FINITE_VALUE, "theta");
    assertArgument(() -> Scenario.builder("x").scaleValueAdded(
        ValueAddedComponent.Kind.COMPENSATION, Target.of(s3), -1), ErrorCode.OUT_OF_RANGE,
        "factor");
    assertArgument(() -> Scenario.builder("x").scaleValueAdded(
        ValueAddedComponent.Kind.OPERATING_SURPLUS, Target.of(s3), 2), ErrorCode.OUT_OF_RANGE,
        "kind");
    assertArgument(() -> Target.each(List.of()), ErrorCode.OUT_OF_RANGE, "sectors");
    assertArgument(() -> new Shock.Localize(ImmutableList.of(), Target.of(s3), 2),
        ErrorCode.OUT_OF_RANGE, "theta");
    assertArgument(() -> CoefficientForm.of(t).localize(1, 3, 1.01), ErrorCode.OUT_OF_RANGE,
        "theta");
  }

  @Test
  void finalDemandThatDrivesOutputNegativeIsRefused() {
    assertDomain(() -> Scenario.builder("x").scaleFinalDemand(FinalDemandCategory.HOUSEHOLDS,
        Target.each(t.keys().keys()), -20).build().apply(t), ErrorCode.NEGATIVE_OUTPUT);
  }

  @Test
  void localizationOfEverythingIsCarriedOrRefusedButNeverNegative() {
    // θ = 1 for every user: imports become domestic inputs, value added unchanged
    ScenarioResult r = Localization.of(t).apply(Target.each(t.keys().keys()), 1);
    assertThat(java.util.Arrays.stream(r.table().valueAddedTotal().toArray()).min()
        .getAsDouble()).isGreaterThanOrEqualTo(0);
  }
}
