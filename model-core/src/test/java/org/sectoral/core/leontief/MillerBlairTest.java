package org.sectoral.core.leontief;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sectoral.core.table.FinalDemandCategory;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.core.table.LabelledMatrix;
import org.sectoral.core.table.LabelledVector;
import org.sectoral.core.table.RegionSector;
import org.sectoral.core.table.Sector;
import org.sectoral.core.table.ValueAddedComponent;
import org.sectoral.core.testing.Tolerances;

/**
 * Miller &amp; Blair (2009) §2.3 two-sector example: Z = [[150, 500], [200, 100]], f = (350, 1700),
 * x = (1000, 2000). Expected values from {@code fixtures/miller_blair/expected_results.csv}
 * (textbook, recomputed to 10 decimals), not from this code.
 */
class MillerBlairTest {
  private static InputOutputTable table;
  private static Map<String, double[]> expected;

  @BeforeAll
  static void load() throws Exception {
    Map<String, double[]> rows = read("/fixtures/miller_blair/transactions.csv");
    double[] ag = rows.get("agriculture");
    double[] mf = rows.get("manufacturing");
    double[] va = rows.get("payments_sector_value_added");
    table = InputOutputTable.builder().name("Miller & Blair 2.3").unit("dollars")
        .sectors(List.of(Sector.of("agriculture"), Sector.of("manufacturing")))
        .intermediate(new double[][] {{ag[0], ag[1]}, {mf[0], mf[1]}})
        .finalDemand("f", FinalDemandCategory.HOUSEHOLDS, new double[] {ag[2], mf[2]})
        .valueAdded("VA", ValueAddedComponent.Kind.OTHER, new double[] {va[0], va[1]})
        .output(new double[] {ag[3], mf[3]})
        .build();
    expected = new HashMap<>();
    try (BufferedReader r = reader("/fixtures/miller_blair/expected_results.csv")) {
      r.readLine();
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String[] c = line.split(",");
        expected.put(c[0] + "/" + c[1], new double[] {Double.parseDouble(c[2]),
            Double.parseDouble(c[3])});
      }
    }
  }

  @Test
  void technicalCoefficientsAreTheTextbooks() {
    LabelledMatrix<RegionSector, RegionSector> a = LeontiefModel.of(table).technicalCoefficients();
    double[] ag = expected.get("A_technical_coefficients/agriculture");
    double[] mf = expected.get("A_technical_coefficients/manufacturing");
    assertThat(a.at(0, 0)).isCloseTo(ag[0], within(1e-15));
    assertThat(a.at(0, 1)).isCloseTo(ag[1], within(1e-15));
    assertThat(a.at(1, 0)).isCloseTo(mf[0], within(1e-15));
    assertThat(a.at(1, 1)).isCloseTo(mf[1], within(1e-15));
  }

  @Test
  void leontiefInverseIsTheTextbooks() {
    LabelledMatrix<RegionSector, RegionSector> l = LeontiefModel.of(table).leontiefInverse();
    double[] ag = expected.get("L_leontief_inverse/agriculture");
    double[] mf = expected.get("L_leontief_inverse/manufacturing");
    assertThat(l.at(0, 0)).isCloseTo(ag[0], within(Tolerances.TEXTBOOK_1E9));
    assertThat(l.at(0, 1)).isCloseTo(ag[1], within(Tolerances.TEXTBOOK_1E9));
    assertThat(l.at(1, 0)).isCloseTo(mf[0], within(Tolerances.TEXTBOOK_1E9));
    assertThat(l.at(1, 1)).isCloseTo(mf[1], within(Tolerances.TEXTBOOK_1E9));
    // keyed access agrees with indexed access
    assertThat(l.get(table.key("manufacturing"), table.key("agriculture"))).isEqualTo(l.at(1, 0));
  }

  @Test
  void outputMultipliersAreColumnSums() {
    double[] m = expected.get("output_multiplier/column_sum");
    LabelledVector<RegionSector> solved = LeontiefModel.of(table).outputMultipliers();
    assertThat(solved.at(0)).isCloseTo(m[0], within(Tolerances.TEXTBOOK_1E9));
    assertThat(solved.at(1)).isCloseTo(m[1], within(Tolerances.TEXTBOOK_1E9));
    LabelledVector<RegionSector> viaMultipliers = Multipliers.of(table).output(MultiplierType.TYPE_I);
    assertThat(viaMultipliers.toArray()).containsExactly(solved.toArray());
  }

  @Test
  void newFinalDemandGivesTheTextbooksOutput() {
    double[] fNew = expected.get("new_final_demand/f_new");
    double[] xNew = expected.get("new_gross_output/x_new");
    LabelledVector<RegionSector> x = LeontiefModel.of(table)
        .output(LabelledVector.of(table.keys(), fNew, "dollars"));
    assertThat(x.at(0)).isCloseTo(xNew[0], within(1e-6));
    assertThat(x.at(1)).isCloseTo(xNew[1], within(1e-6));
    assertThat(x.unit()).isEqualTo("dollars");
  }

  @Test
  void baseFinalDemandReproducesBaseOutput() {
    LabelledVector<RegionSector> x = LeontiefModel.of(table).output(table.finalDemandTotal());
    assertThat(x.at(0)).isCloseTo(1000, within(1e-9));
    assertThat(x.at(1)).isCloseTo(2000, within(1e-9));
  }

  @Test
  void ghoshModelReproducesOutputFromValueAdded() {
    LeontiefModel m = LeontiefModel.of(table);
    // B = x̂⁻¹Z: b11 = 150/1000, b12 = 500/1000, b21 = 200/2000, b22 = 100/2000
    LabelledMatrix<RegionSector, RegionSector> b = m.allocationCoefficients();
    assertThat(b.toArray()).isDeepEqualTo(new double[][] {{0.15, 0.5}, {0.1, 0.05}});
    LabelledVector<RegionSector> x = m.supplyDrivenOutput(table.valueAddedTotal());
    assertThat(x.at(0)).isCloseTo(1000, within(1e-9));
    assertThat(x.at(1)).isCloseTo(2000, within(1e-9));
    // G = x̂⁻¹ L x̂ (Miller & Blair eq. 12.9)
    LabelledMatrix<RegionSector, RegionSector> g = m.ghoshInverse();
    LabelledMatrix<RegionSector, RegionSector> l = m.leontiefInverse();
    assertThat(g.at(0, 1)).isCloseTo(l.at(0, 1) * 2000 / 1000, within(1e-12));
    assertThat(g.at(1, 0)).isCloseTo(l.at(1, 0) * 1000 / 2000, within(1e-12));
  }

  private static Map<String, double[]> read(String resource) throws Exception {
    Map<String, double[]> rows = new HashMap<>();
    try (BufferedReader r = reader(resource)) {
      r.readLine();
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String[] c = line.split(",");
        double[] v = new double[c.length - 1];
        for (int i = 1; i < c.length; i++) {
          v[i - 1] = Double.parseDouble(c[i]);
        }
        rows.put(c[0], v);
      }
    }
    return rows;
  }

  private static BufferedReader reader(String resource) {
    return new BufferedReader(new InputStreamReader(
        MillerBlairTest.class.getResourceAsStream(resource), StandardCharsets.UTF_8));
  }
}
