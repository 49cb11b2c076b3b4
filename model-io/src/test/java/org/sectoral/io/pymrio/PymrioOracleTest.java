package org.sectoral.io.pymrio;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sectoral.core.leontief.LeontiefModel;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.core.table.LabelledMatrix;
import org.sectoral.core.table.LabelledVector;

/**
 * Sectoral's {@link PymrioSystem#calcAll} against pymrio's own {@code calc_all}: each fixture
 * folder was written by pymrio's {@code save_all} from a seeded random system, and
 * {@code NAME_expected} holds what pymrio computed after {@code load_all} of that folder, at full
 * precision (see {@code src/test/resources/pymrio/README.md}). Every matrix pymrio computed must
 * be there, with the same labels, to 1e-10 relative.
 */
public class PymrioOracleTest {
  /** |a − b| ≤ 1e-10·max(|b|, 1e-6·max|B|): relative per entry, entries near zero on the matrix. */
  static final double RELATIVE = 1e-10;

  static Path resource(String name) throws Exception {
    return Path.of(PymrioOracleTest.class.getResource("/pymrio/" + name).toURI());
  }

  @ParameterizedTest
  @ValueSource(strings = {"random_fy_pop", "random_calc", "national_memo"})
  void calcAllMatchesPymrio(String fixture) throws Exception {
    PymrioReader reader = PymrioReader.create().flowsOnly(true);
    PymrioSystem input = reader.readSystem(resource(fixture));
    InputOutputTable table = reader.table(input);
    PymrioSystem got = input.calcAll(table, LeontiefModel.of(table), true);
    PymrioSystem want = PymrioReader.create().readSystem(resource(fixture + "_expected"));
    assertSameAsPymrio(got, want);
  }

  /**
   * Asserts that {@code got} holds every matrix pymrio computed in {@code want}, with the same
   * names and labels, to {@link #RELATIVE}.
   */
  public static void assertSameAsPymrio(PymrioSystem got, PymrioSystem want) {
    assertThat(want.skipped()).isEmpty();
    assertThat(got.name()).isEqualTo(want.name());
    assertClose("x", got.output().orElseThrow(), want.output().orElseThrow());
    assertThat(got.matrices().keySet()).containsExactlyInAnyOrderElementsOf(
        want.matrices().keySet());
    for (String m : want.matrices().keySet()) {
      assertClose(m, got.matrix(m).orElseThrow(), want.matrix(m).orElseThrow());
    }
    assertClose("Y", got.finalDemand(), want.finalDemand());
    assertThat(got.population().isPresent()).isEqualTo(want.population().isPresent());
    want.population().ifPresent(p -> assertClose("population", got.population().get(), p));
    assertThat(got.extensions().keySet()).containsExactlyInAnyOrderElementsOf(
        want.extensions().keySet());
    for (Map.Entry<String, PymrioExtension> e : want.extensions().entrySet()) {
      PymrioExtension w = e.getValue();
      PymrioExtension g = got.extensions().get(e.getKey());
      String where = e.getKey() + "/";
      assertThat(g.name()).isEqualTo(w.name());
      assertThat(g.indexNames()).isEqualTo(w.indexNames());
      assertThat(g.stressors().keys()).usingRecursiveFieldByFieldElementComparator()
          .containsExactlyElementsOf(w.stressors().keys());
      assertThat(g.matrices().keySet()).containsExactlyInAnyOrderElementsOf(
          w.matrices().keySet());
      w.matrices().forEach((k, m) -> assertClose(where + k, g.matrix(k).orElseThrow(), m));
      assertThat(g.finalDemandMatrices().keySet()).containsExactlyInAnyOrderElementsOf(
          w.finalDemandMatrices().keySet());
      w.finalDemandMatrices().forEach((k, m) -> assertClose(where + k,
          g.finalDemandMatrix(k).orElseThrow(), m));
      assertThat(g.regionalMatrices().keySet()).containsExactlyInAnyOrderElementsOf(
          w.regionalMatrices().keySet());
      w.regionalMatrices().forEach((k, m) -> assertClose(where + k,
          g.regionalMatrix(k).orElseThrow(), m));
    }
  }

  static void assertClose(String what, LabelledMatrix<?, ?> got, LabelledMatrix<?, ?> want) {
    assertThat(got.rows().keys()).as(what + " rows").isEqualTo(want.rows().keys());
    assertThat(got.columns().keys()).as(what + " columns").isEqualTo(want.columns().keys());
    double scale = 0;
    for (int i = 0; i < want.rowCount(); i++) {
      for (int j = 0; j < want.columnCount(); j++) {
        scale = Math.max(scale, Math.abs(want.at(i, j)));
      }
    }
    for (int i = 0; i < want.rowCount(); i++) {
      for (int j = 0; j < want.columnCount(); j++) {
        double b = want.at(i, j);
        double bound = RELATIVE * Math.max(Math.abs(b), 1e-6 * scale);
        assertThat(Math.abs(got.at(i, j) - b)).as("%s[%s, %s]: %s vs pymrio %s", what,
            want.rows().keys().get(i), want.columns().keys().get(j), got.at(i, j), b)
            .isLessThanOrEqualTo(bound);
      }
    }
  }

  static void assertClose(String what, LabelledVector<?> got, LabelledVector<?> want) {
    assertThat(got.keys()).as(what).isEqualTo(want.keys());
    for (int i = 0; i < want.size(); i++) {
      double b = want.at(i);
      assertThat(Math.abs(got.at(i) - b)).as("%s[%s]", what, want.keys().get(i))
          .isLessThanOrEqualTo(RELATIVE * Math.abs(b));
    }
  }
}
