package org.sectoral.core.leontief;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sectoral.core.table.FinalDemandCategory;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.core.table.LabelledMatrix;
import org.sectoral.core.table.LabelledVector;
import org.sectoral.core.table.Region;
import org.sectoral.core.table.RegionSector;
import org.sectoral.core.table.Sector;
import org.sectoral.core.table.ValueAddedComponent;
import org.sectoral.core.testing.Fixtures;

/**
 * Miller &amp; Blair (2009) §2.5 / §6.2: the §2.3 two-sector economy closed with respect to
 * households, Ā = [[0.15, 0.25, 0.05], [0.20, 0.05, 0.40], [0.30, 0.25, 0.05]]. The table holds
 * the household column (50, 400) as HOUSEHOLDS final demand and labour income (300, 500) as
 * compensation; household income is 1000 and households buy 50 from households, so the closure
 * is {@code total(1000)} with purchases from households 50. Expected values from
 * {@code fixtures/miller_blair/closed_model.csv}.
 */
class MillerBlairClosedModelTest {
  private static InputOutputTable table;
  private static Multipliers multipliers;
  private static Map<String, double[]> expected;

  @BeforeAll
  static void load() {
    expected = new HashMap<>();
    for (List<String> r : Fixtures.readCsv("/fixtures/miller_blair/closed_model.csv")
        .subList(1, 11)) {
      double[] v = new double[3];
      for (int k = 0; k < 3; k++) {
        v[k] = r.get(2 + k).isEmpty() ? Double.NaN : Double.parseDouble(r.get(2 + k));
      }
      expected.put(r.get(0) + "/" + r.get(1), v);
    }
    double[] ag = expected.get("closed_table/agriculture");
    double[] mf = expected.get("closed_table/manufacturing");
    double[] hh = expected.get("closed_table/households");
    Region dom = Region.of("DOM");
    table = InputOutputTable.builder().name("Miller & Blair 2.5").unit("dollars").region(dom)
        .sectors(List.of(Sector.of("agriculture"), Sector.of("manufacturing")))
        .intermediate(new double[][] {{ag[0], ag[1]}, {mf[0], mf[1]}})
        .finalDemand("households", FinalDemandCategory.HOUSEHOLDS, new double[] {ag[2], mf[2]})
        .finalDemand("other", FinalDemandCategory.OTHER, new double[] {300, 1300})
        .valueAdded("labour", ValueAddedComponent.Kind.COMPENSATION, new double[] {hh[0], hh[1]})
        .valueAdded("other", ValueAddedComponent.Kind.OTHER, new double[] {350, 900})
        .output(new double[] {1000, 2000})
        .build();
    multipliers = Multipliers.of(table, HouseholdClosure.builder()
        .income(HouseholdIncome.total(1000)).purchasesFromHouseholds(dom, hh[2]).build());
  }

  @Test
  void closedCoefficientsAreTheTextbooks() {
    LabelledMatrix<RegionSector, RegionSector> a = multipliers.closedCoefficients();
    String[] rows = {"agriculture", "manufacturing", "households"};
    for (int i = 0; i < 3; i++) {
      double[] book = expected.get("A_bar/" + rows[i]);
      for (int j = 0; j < 3; j++) {
        assertThat(a.at(i, j)).as("Ā %d %d", i, j).isCloseTo(book[j], within(1e-15));
      }
    }
    assertThat(a.rows().get(2).sector().code()).isEqualTo("HOUSEHOLDS");
  }

  @Test
  void typeTwoOutputAndIncomeAreTheTextbooksClosedInverse() {
    double[] ag = expected.get("L_bar/agriculture");
    double[] mf = expected.get("L_bar/manufacturing");
    double[] hh = expected.get("L_bar/households");
    LabelledVector<RegionSector> output = multipliers.output(MultiplierType.TYPE_II);
    assertThat(output.at(0)).isCloseTo(ag[0] + mf[0], within(1e-4)); // 1.8924
    assertThat(output.at(1)).isCloseTo(ag[1] + mf[1], within(1e-4)); // 1.7734
    LabelledVector<RegionSector> income = multipliers.incomeEffects(MultiplierType.TYPE_II);
    assertThat(income.at(0)).isCloseTo(hh[0], within(5e-5)); // 0.5698
    assertThat(income.at(1)).isCloseTo(hh[1], within(5e-5)); // 0.4890
    double[] total = expected.get("total_output_multiplier/column_sum");
    assertThat(output.at(0) + income.at(0)).isCloseTo(total[0], within(5e-4)); // 2.462
    assertThat(output.at(1) + income.at(1)).isCloseTo(total[1], within(5e-4)); // 2.262
  }

  @Test
  void typeTwoOverTypeOneIncomeMultiplierIsTheHouseholdDiagonalOfTheClosedInverse() {
    // Miller & Blair §6.2.3: Type II / Type I income multipliers is the same for every sector,
    // l̄(n+1, n+1) = 1.2885 here.
    double k = expected.get("L_bar/households")[2];
    LabelledVector<RegionSector> one = multipliers.income(MultiplierType.TYPE_I);
    LabelledVector<RegionSector> two = multipliers.income(MultiplierType.TYPE_II);
    for (int j = 0; j < 2; j++) {
      assertThat(two.at(j) / one.at(j)).isCloseTo(k, within(5e-5));
    }
    // Type I is the open §2.3 model: income effects h'L with the textbook's L
    double[] l = {1.2541254125, 0.2640264026, 0.3300330033, 1.1221122112};
    assertThat(multipliers.incomeEffects(MultiplierType.TYPE_I).at(0))
        .isCloseTo(0.3 * l[0] + 0.25 * l[1], within(1e-9));
  }

  @Test
  void explicitClosedInverseAgreesWithTheSolvedOne() {
    LabelledMatrix<RegionSector, RegionSector> inverse =
        LeontiefModel.ofCoefficients(multipliers.closedCoefficients()).leontiefInverse();
    LabelledVector<RegionSector> output = multipliers.output(MultiplierType.TYPE_II);
    for (int j = 0; j < 2; j++) {
      assertThat(output.at(j)).isCloseTo(inverse.at(0, j) + inverse.at(1, j), within(1e-13));
      assertThat(multipliers.incomeEffects(MultiplierType.TYPE_II).at(j))
          .isCloseTo(inverse.at(2, j), within(1e-13));
    }
    assertThat(multipliers.diagnostics()).isEmpty();
  }
}
