package org.sectoral.core.leontief;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sectoral.core.ErrorCode;
import org.sectoral.core.SectoralException;
import org.sectoral.core.table.FinalDemandCategory;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.core.table.LabelledMatrix;
import org.sectoral.core.table.LabelledVector;
import org.sectoral.core.table.Region;
import org.sectoral.core.table.RegionSector;
import org.sectoral.core.table.ValueAddedComponent.Kind;
import org.sectoral.core.testing.RandomEconomies;

/**
 * Closure options against an explicitly formed closed inverse (I−Ā)⁻¹, on seeded random national
 * and multi-region economies; option validation; and the diagnostics.
 */
class HouseholdClosureTest {
  static Stream<HouseholdClosure> closures() {
    return Stream.of(HouseholdClosure.compensation(),
        HouseholdClosure.of(HouseholdIncome.total(5e4)),
        HouseholdClosure.of(HouseholdIncome.compensationAndSurplus(0.4)),
        HouseholdClosure.of(HouseholdIncome.compensationAndSurplus(0.25).withTotal(6e4)),
        HouseholdClosure.builder().income(Region.of("R1"), HouseholdIncome.total(4e4))
            .purchasesFromHouseholds(Region.of("R0"), 300).build());
  }

  @ParameterizedTest
  @MethodSource("closures")
  void solvedTypeTwoEqualsTheExplicitClosedInverse(HouseholdClosure closure) {
    for (InputOutputTable t : List.of(RandomEconomies.multiRegion(3, 7, 77),
        RandomEconomies.multiRegion(2, 15, 78), RandomEconomies.national(25, 79))) {
      if (t.isNational() && !closure.incomes().isEmpty()) {
        continue; // names regions of the multi-region tables
      }
      Multipliers m = Multipliers.of(t, closure);
      LabelledMatrix<RegionSector, RegionSector> abar = m.closedCoefficients();
      double[][] inv = LeontiefModel.ofCoefficients(abar).leontiefInverse().toArray();
      int n = t.size();
      int r = t.regions().size();
      double[] h = m.incomeCoefficients();
      double[] output = m.output(MultiplierType.TYPE_II).toArray();
      double[] income = m.incomeEffects(MultiplierType.TYPE_II).toArray();
      double[] va = m.valueAddedEffects(MultiplierType.TYPE_II).toArray();
      double[] v = m.valueAddedCoefficients();
      for (int j = 0; j < n; j++) {
        double col = 0;
        double hhRows = 0;
        double vaCol = 0;
        double hCol = 0;
        for (int i = 0; i < n; i++) {
          col += inv[i][j];
          vaCol += v[i] * inv[i][j];
          hCol += h[i] * inv[i][j];
        }
        for (int g = 0; g < r; g++) {
          hhRows += inv[n + g][j];
        }
        assertThat(output[j]).isCloseTo(col, within(1e-10 * col));
        assertThat(va[j]).isCloseTo(vaCol, within(1e-10 * vaCol));
        assertThat(income[j]).isCloseTo(hhRows, within(1e-10 * hhRows));
        if (closure.purchasesFromHouseholds().isEmpty()) {
          // without households' purchases from households, the household row is h'·L̄₁₁
          assertThat(income[j]).isCloseTo(hCol, within(1e-10 * hCol));
        }
        assertThat(output[j]).isGreaterThanOrEqualTo(m.output(MultiplierType.TYPE_I).at(j));
      }
      // induced effects of an impact solve L̄₁₁·Δf
      double[] df = new Random(5).doubles(n, -20, 100).toArray();
      Effects e = ImpactAnalysis.of(t, m).impact(LabelledVector.of(t.keys(), df, t.unit()))
          .get(ImpactAnalysis.OUTPUT);
      for (int i = 0; i < n; i++) {
        double x = 0;
        for (int j = 0; j < n; j++) {
          x += inv[i][j] * df[j];
        }
        assertThat(e.total().at(i)).isCloseTo(x, within(1e-9 * Math.max(1, Math.abs(x))));
      }
    }
  }

  @Test
  void defaultIsCompensationAndUnchanged() {
    InputOutputTable t = RandomEconomies.national(12, 3);
    assertThat(Multipliers.of(t).closure()).isEqualTo(HouseholdClosure.compensation());
    assertThat(HouseholdClosure.builder().build().isDefault()).isTrue();
    assertThat(HouseholdClosure.of(HouseholdIncome.compensationAndSurplus(0)).isDefault())
        .isTrue();
    assertThat(Multipliers.of(t).incomeCoefficients())
        .containsExactly(Multipliers.of(t).compensationCoefficients());
    HouseholdTerms h = Multipliers.of(t).householdTerms().get(0);
    assertThat(h.incomeTotal()).isEqualTo(h.rowIncome());
    assertThat(h.rowIncome()).isCloseTo(t.valueAdded(Kind.COMPENSATION).sum(), within(1e-9));
  }

  @Test
  void aLargerIncomeTotalShrinksInducedEffects() {
    InputOutputTable t = RandomEconomies.national(20, 4);
    double comp = t.valueAdded(Kind.COMPENSATION).sum();
    double[] base = Multipliers.of(t).output(MultiplierType.TYPE_II).toArray();
    double[] twice = Multipliers.of(t, HouseholdClosure.of(HouseholdIncome.total(2 * comp)))
        .output(MultiplierType.TYPE_II).toArray();
    double[] same = Multipliers.of(t, HouseholdClosure.of(HouseholdIncome.total(comp)))
        .output(MultiplierType.TYPE_II).toArray();
    double[] one = Multipliers.of(t).output(MultiplierType.TYPE_I).toArray();
    for (int j = 0; j < base.length; j++) {
      assertThat(twice[j]).isLessThan(base[j]).isGreaterThan(one[j]);
      assertThat(same[j]).isCloseTo(base[j], within(1e-12));
    }
  }

  @Test
  void givenConsumptionVectorReplacesTheHouseholdsColumns() {
    InputOutputTable t = RandomEconomies.national(10, 5);
    LabelledVector<RegionSector> hh = t.finalDemand(FinalDemandCategory.HOUSEHOLDS);
    Region r = t.regions().get(0);
    double[] a = Multipliers.of(t).output(MultiplierType.TYPE_II).toArray();
    double[] b = Multipliers.of(t, HouseholdClosure.builder().consumption(r, hh).build())
        .output(MultiplierType.TYPE_II).toArray();
    assertThat(b).containsExactly(a);
    double[] half = Multipliers.of(t, HouseholdClosure.builder()
        .consumption(r, hh.times(0.5, t.unit())).build()).output(MultiplierType.TYPE_II)
        .toArray();
    double[] halfIncome = Multipliers.of(t, HouseholdClosure.of(HouseholdIncome.total(
        2 * t.valueAdded(Kind.COMPENSATION).sum()))).output(MultiplierType.TYPE_II).toArray();
    for (int j = 0; j < a.length; j++) {
      assertThat(half[j]).isCloseTo(halfIncome[j], within(1e-12));
    }
  }

  @Test
  void optionsOutOfRangeAreRejected() {
    for (double bad : new double[] {0, -1, Double.NaN, Double.POSITIVE_INFINITY}) {
      assertThatThrownBy(() -> HouseholdIncome.total(bad))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("household income");
    }
    for (double bad : new double[] {-0.1, 1.5, Double.NaN}) {
      assertThatThrownBy(() -> HouseholdIncome.compensationAndSurplus(bad))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[0, 1]");
    }
    assertThatThrownBy(() -> HouseholdClosure.builder()
        .purchasesFromHouseholds(Region.of("R"), -1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void closuresThatDoNotFitTheTableHaveCodes() {
    InputOutputTable t = RandomEconomies.multiRegion(2, 4, 6);
    assertCode(() -> Multipliers.of(t, HouseholdClosure.builder()
        .income(Region.of("XX"), HouseholdIncome.total(1)).build()).output(MultiplierType.TYPE_II),
        ErrorCode.UNKNOWN_KEY, "XX");
    LabelledVector<RegionSector> shortVector = LabelledVector.of(
        RandomEconomies.national(3, 1).keys(), new double[3], "x");
    assertCode(() -> Multipliers.of(t, HouseholdClosure.builder()
        .consumption(Region.of("R0"), shortVector).build()).output(MultiplierType.TYPE_II),
        ErrorCode.DIMENSION_MISMATCH, "R0");
    // no household consumption at all
    InputOutputTable national = RandomEconomies.national(5, 2);
    InputOutputTable noHouseholds = national.toBuilder().clearFinalDemand()
        .finalDemand("GOV", FinalDemandCategory.GOVERNMENT,
            national.finalDemandTotal().toArray())
        .build();
    assertThat(Multipliers.of(noHouseholds).hasTypeII()).isFalse();
    assertThat(Multipliers.of(noHouseholds).diagnostics()).isEmpty();
    assertCode(() -> Multipliers.of(noHouseholds).output(MultiplierType.TYPE_II),
        ErrorCode.MISSING_BLOCK, noHouseholds.name());
    // a share of surplus without a surplus row
    InputOutputTable noSurplus = t.toBuilder().clearValueAdded()
        .valueAdded("COMP", Kind.COMPENSATION, t.valueAdded(Kind.COMPENSATION).toArray())
        .valueAdded("REST", Kind.OTHER, t.valueAdded(Kind.OPERATING_SURPLUS).toArray()).build();
    Multipliers share = Multipliers.of(noSurplus,
        HouseholdClosure.of(HouseholdIncome.compensationAndSurplus(0.3)));
    assertThat(share.hasTypeII()).isFalse();
    assertCode(() -> share.output(MultiplierType.TYPE_II), ErrorCode.MISSING_BLOCK,
        noSurplus.name());
  }

  @Test
  void spendingAtOrAboveIncomeIsWarnedAndTooMuchIsNotProductive() {
    InputOutputTable t = RandomEconomies.national(15, 8);
    double consumption = t.finalDemand(FinalDemandCategory.HOUSEHOLDS).sum();
    Multipliers barely = Multipliers.of(t, HouseholdClosure.of(
        HouseholdIncome.total(consumption)));
    assertThat(barely.householdTerms().get(0).spendingPerIncome()).isCloseTo(1, within(1e-12));
    assertThat(barely.diagnostics()).extracting(Diagnostic::code)
        .containsExactly(Diagnostic.Code.HOUSEHOLD_SPENDING_AT_OR_ABOVE_INCOME);
    assertThat(barely.diagnostics().get(0).subjects()).containsExactly("RND");
    assertThat(barely.output(MultiplierType.TYPE_II).toArray()).doesNotContain(Double.NaN);
    Multipliers broke = Multipliers.of(t, HouseholdClosure.of(
        HouseholdIncome.total(consumption / 20)));
    assertCode(broke::diagnostics, ErrorCode.NOT_PRODUCTIVE, "RND/HOUSEHOLDS");
    assertCode(() -> broke.output(MultiplierType.TYPE_II), ErrorCode.NOT_PRODUCTIVE,
        "RND/HOUSEHOLDS");
    assertThat(broke.output(MultiplierType.TYPE_I).toArray()).doesNotContain(Double.NaN);
  }

  @Test
  void typeTwoBelowTypeOneIsWarnedWhenHouseholdsHaveNegativeConsumption() {
    InputOutputTable t = RandomEconomies.national(6, 9);
    double[] hh = t.finalDemand(FinalDemandCategory.HOUSEHOLDS).toArray();
    double[] negative = Arrays.stream(hh).map(v -> -v).toArray();
    Region r = t.regions().get(0);
    Multipliers m = Multipliers.of(t, HouseholdClosure.builder()
        .consumption(r, LabelledVector.of(t.keys(), negative, t.unit())).build());
    assertThat(m.diagnostics()).extracting(Diagnostic::code)
        .containsExactly(Diagnostic.Code.TYPE_II_BELOW_TYPE_I);
    assertThat(m.diagnostics().get(0).subjects()).hasSize(6).contains("RND/S0");
    assertThat(Multipliers.of(t).diagnostics()).extracting(Diagnostic::code)
        .doesNotContain(Diagnostic.Code.TYPE_II_BELOW_TYPE_I);
  }

  @Test
  void aRegionWithoutIncomeInducesNothingAndIsWarned() {
    InputOutputTable t = RandomEconomies.multiRegion(2, 3, 10);
    double[] comp = t.valueAdded(Kind.COMPENSATION).toArray();
    double[] gos = t.valueAdded(Kind.OPERATING_SURPLUS).toArray();
    for (int j = 3; j < 6; j++) { // region R1 pays no compensation
      gos[j] += comp[j];
      comp[j] = 0;
    }
    InputOutputTable u = t.toBuilder().clearValueAdded()
        .valueAdded("COMP", Kind.COMPENSATION, comp).valueAdded("GOS", Kind.OPERATING_SURPLUS, gos)
        .build();
    Multipliers m = Multipliers.of(u);
    assertThat(m.diagnostics()).filteredOn(d -> d.code() == Diagnostic.Code.NO_HOUSEHOLD_INCOME)
        .singleElement().satisfies(d -> assertThat(d.subjects()).containsExactly("R1"));
    LabelledMatrix<RegionSector, RegionSector> a = m.closedCoefficients();
    for (int i = 0; i < 6; i++) {
      assertThat(a.at(i, 7)).isZero(); // R1's household column
    }
  }

  @Test
  void valueSemantics() {
    HouseholdClosure a = HouseholdClosure.builder().income(HouseholdIncome.total(10))
        .income(Region.of("B"), HouseholdIncome.compensationAndSurplus(0.5)).build();
    HouseholdClosure b = HouseholdClosure.builder().income(HouseholdIncome.total(10))
        .income(Region.of("B"), HouseholdIncome.compensationAndSurplus(0.5)).build();
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a.income(Region.of("A"))).isEqualTo(HouseholdIncome.total(10));
    assertThat(a.income(Region.of("B")).surplusShare()).isEqualTo(0.5);
    assertThat(a.income(Region.of("B")).total()).isEmpty();
    assertThat(a.toString()).isEqualTo("household income: compensation; given total 10.0; "
        + "B: compensation + 0.5 × operating surplus");
    assertThat(HouseholdIncome.compensationAndSurplus(-0.0))
        .isEqualTo(HouseholdIncome.compensation());
  }

  private static void assertCode(Runnable r, ErrorCode code, String culprit) {
    assertThatThrownBy(r::run).isInstanceOfSatisfying(SectoralException.class, e -> {
      assertThat(e.code()).isEqualTo(code);
      assertThat(e.culprits()).contains(culprit);
    });
  }
}
