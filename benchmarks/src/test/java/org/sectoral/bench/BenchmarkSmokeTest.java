package org.sectoral.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.sectoral.core.internal.nativeblas.NativeBlas;
import org.sectoral.core.leontief.SolverOptions;
import org.sectoral.core.table.InputOutputTable;

/** Runs every benchmark method once at a tiny size (CI never runs the real benchmarks). */
class BenchmarkSmokeTest {
  @Test
  void denseLu() {
    for (String backend : new String[] {"NATIVE", "JAVA"}) {
      if (backend.equals("NATIVE") && !NativeBlas.isAvailable()) {
        continue;
      }
      DenseLuBenchmark b = new DenseLuBenchmark();
      b.n = 150;
      b.backend = backend;
      b.setup();
      b.copy();
      assertThat(b.factor().size()).isEqualTo(150);
    }
  }

  @Test
  void iterativeSolve() {
    IterativeSolveBenchmark b = new IterativeSolveBenchmark();
    b.n = 300;
    b.density = 0.05;
    b.setup();
    assertThat(b.multipliers().size()).isEqualTo(300);
  }

  @Test
  void pymrioText() throws Exception {
    for (String text : new String[] {"sectoral", "pymrio"}) {
      PymrioTextBenchmark b = new PymrioTextBenchmark();
      b.size = "SMALL";
      b.text = text;
      b.setup();
      try {
        assertThat(b.read().intermediate().rowCount()).isEqualTo(1000);
        assertThat(PymrioTextBenchmark.bytes(b.write())).isPositive();
      } finally {
        b.tearDown();
      }
    }
  }

  /** Python's %.12g, checked on values whose text pymrio writes. */
  @Test
  void pandasText() {
    assertThat(PandasText.g12(0)).isEqualTo("0");
    assertThat(PandasText.g12(1.5)).isEqualTo("1.5");
    assertThat(PandasText.g12(100)).isEqualTo("100");
    assertThat(PandasText.g12(1.0 / 3)).isEqualTo("0.333333333333");
    assertThat(PandasText.g12(2e-5)).isEqualTo("2e-05");
    assertThat(PandasText.g12(1.0 / 7 * 1e-7)).isEqualTo("1.42857142857e-08");
    assertThat(PandasText.g12(123456789012345.0)).isEqualTo("1.23456789012e+14");
    assertThat(PandasText.g12(-0.0001234)).isEqualTo("-0.0001234");
    assertThat(PandasText.g12(93.33333333333333)).isEqualTo("93.3333333333");
    assertThat(PandasText.g12(1e16)).isEqualTo("1e+16");
    assertThat(PandasText.g12(999999999999.5)).isEqualTo("1e+12");
    assertThat(PandasText.g12(123456789012.0)).isEqualTo("123456789012");
  }

  @Test
  void footprints() {
    FootprintBenchmark b = new FootprintBenchmark();
    b.size = "SMALL";
    b.path = "iterative";
    b.setup();
    assertThat(b.footprints()).hasNumberOfRows(3);
  }

  /**
   * Footprints of all final demand add up to the stressor totals: s'·L·Y·1 = s'·x = F·1
   * (Miller &amp; Blair 2009, §10.2); and the direct and iterative paths agree.
   */
  @Test
  void randomMrioIsReproducibleAndFootprintsAddUp() {
    InputOutputTable t = RandomMrio.of(4, 10, 3);
    assertThat(t.intermediate().toRowMajorArray())
        .containsExactly(RandomMrio.of(4, 10, 3).intermediate().toRowMajorArray());
    assertThat(t.finalDemand().columnCount()).isEqualTo(16);
    double[][] direct = Footprints.of(t, SolverOptions.direct());
    double[][] iterative = Footprints.of(t, SolverOptions.iterative(1e-13));
    var f = t.satellites().get(RandomMrio.ACCOUNT).byIndustry();
    for (int k = 0; k < 3; k++) {
      double total = 0;
      for (int j = 0; j < f.columnCount(); j++) {
        total += f.at(k, j);
      }
      double sum = 0;
      for (int c = 0; c < direct[k].length; c++) {
        sum += direct[k][c];
        assertThat(iterative[k][c]).isCloseTo(direct[k][c], within(1e-10 * Math.abs(direct[k][c])));
      }
      assertThat(sum).isCloseTo(total, within(1e-9 * total));
    }
  }
}
