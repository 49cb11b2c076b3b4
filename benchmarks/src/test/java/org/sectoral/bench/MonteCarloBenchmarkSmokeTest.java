package org.sectoral.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Runs the Monte Carlo benchmark methods once at a tiny size. */
class MonteCarloBenchmarkSmokeTest {
  @Test
  void dvaContentVietNam() {
    MonteCarloBenchmark b = new MonteCarloBenchmark();
    b.draws = 20;
    b.threads = 2;
    b.setup();
    assertThat(b.dvaContentVietNam().labels()).hasSize(18);
  }

  @Test
  void footprintDraws() {
    MonteCarloFootprintBenchmark b = new MonteCarloFootprintBenchmark();
    b.size = "SMALL";
    b.draws = 2;
    b.setup();
    assertThat(b.footprintDraws().labels()).hasSize(3 * 20);
    assertThat(b.factorization().size()).isEqualTo(1000);
  }
}
