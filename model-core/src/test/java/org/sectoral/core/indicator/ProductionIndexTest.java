package org.sectoral.core.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sectoral.core.table.LabelledVector;

class ProductionIndexTest {
  private static final List<String> SUBS = List.of("mining", "manufacturing", "electricity",
      "water");

  /**
   * Hand example: weights 10/70/15/5 (sum 100), indices 100 in 2023 and
   * (151.4, 106.1, 106.7, 104.0) in 2024. Total 2024 = 0.1·151.4 + 0.7·106.1 + 0.15·106.7
   * + 0.05·104 = 15.14 + 74.27 + 16.005 + 5.2 = 110.615 → growth 10.615%; mining contributes
   * 0.1·51.4 = 5.14 pp.
   */
  @Test
  void laspeyresTotalGrowthAndContributionsByHand() {
    ProductionIndex idx = ProductionIndex.of(SUBS, new double[] {10, 70, 15, 5},
        List.of("2023", "2024"), new double[][] {{100, 100, 100, 100},
            {151.4, 106.1, 106.7, 104.0}});
    assertThat(idx.total()[1]).isCloseTo(110.615, within(1e-12));
    assertThat(idx.growth(1)).isCloseTo(0.10615, within(1e-14));
    LabelledVector<String> c = idx.contributions(1);
    assertThat(c.get("mining")).isCloseTo(5.14, within(1e-12));
    assertThat(c.get("manufacturing")).isCloseTo(4.27, within(1e-12));
    assertThat(c.sum()).isCloseTo(100 * idx.growth(1), within(1e-12));
  }

  @Test
  void contributionsSumToTotalGrowthOverManyPeriods() {
    Random rnd = new Random(3);
    double[][] idx = new double[6][SUBS.size()];
    for (int t = 0; t < 6; t++) {
      for (int i = 0; i < SUBS.size(); i++) {
        idx[t][i] = 80 + 60 * rnd.nextDouble();
      }
    }
    ProductionIndex p = ProductionIndex.of(SUBS, new double[] {3, 5, 1, 1},
        List.of("a", "b", "c", "d", "e", "f"), idx);
    for (int t = 1; t < 6; t++) {
      assertThat(p.contributions(t).sum()).isCloseTo(100 * p.growth(t), within(1e-12));
    }
  }

  @Test
  void impliedWeightsRecoverTrueWeightsFromEnoughObservations() {
    double[] truth = {0.1, 0.6, 0.25, 0.05};
    Random rnd = new Random(9);
    int obs = 8;
    double[][] g = new double[obs][4];
    double[] total = new double[obs];
    for (int t = 0; t < obs; t++) {
      for (int i = 0; i < 4; i++) {
        g[t][i] = -0.1 + 0.5 * rnd.nextDouble();
        total[t] += truth[i] * g[t][i];
      }
    }
    ImpliedWeights w = ImpliedWeights.solve(SUBS, g, total, null, 0);
    assertThat(w.weights().toArray()).containsExactly(truth, within(1e-8));
    assertThat(w.maxAbsResidual()).isLessThan(1e-9);
  }

  /**
   * Ho Chi Minh City, first eight months of 2024 (facts in the issue): mining +51.4%,
   * manufacturing +6.1%, electricity +6.7%, total +6.4%. One observation, three unknown weights:
   * the prior (here equal shares) picks the solution closest to it that fits exactly. Checked by
   * the KKT conditions of the problem, not by the solver's own output.
   */
  @Test
  void singleObservationWithPriorSatisfiesKkt() {
    List<String> subs = List.of("mining", "manufacturing", "electricity");
    double[][] g = {{0.514, 0.061, 0.067}};
    double[] total = {0.064};
    double lambda = 1e-4;
    ImpliedWeights w = ImpliedWeights.solve(subs, g, total, null, lambda);
    double[] x = w.weights().toArray();
    assertThat(x[0] + x[1] + x[2]).isCloseTo(1, within(1e-12));
    assertThat(w.maxAbsResidual()).isLessThan(1e-3);
    // KKT: gradient components equal (−μ) on the support, and ≥ −μ off it
    double r = w.residuals()[0];
    double[] grad = new double[3];
    for (int i = 0; i < 3; i++) {
      grad[i] = 2 * r * g[0][i] + 2 * lambda * (x[i] - 1.0 / 3);
    }
    double mu = Double.NaN;
    for (int i = 0; i < 3; i++) {
      if (x[i] > 1e-9) {
        if (Double.isNaN(mu)) {
          mu = grad[i];
        }
        assertThat(grad[i]).isCloseTo(mu, within(1e-9));
      }
    }
    for (int i = 0; i < 3; i++) {
      if (x[i] <= 1e-9) {
        assertThat(grad[i]).isGreaterThanOrEqualTo(mu - 1e-9);
      }
    }
    // the fitted total reproduces 6.4% closely and mining's weight is small
    assertThat(x[0]).isLessThan(0.05);
  }

  @Test
  void simplexProjection() {
    assertThat(ImpliedWeights.projectOntoSimplex(new double[] {0.2, 0.3, 0.5}))
        .containsExactly(new double[] {0.2, 0.3, 0.5}, within(1e-15));
    assertThat(ImpliedWeights.projectOntoSimplex(new double[] {2, 0, 0}))
        .containsExactly(new double[] {1, 0, 0}, within(1e-15));
    assertThat(ImpliedWeights.projectOntoSimplex(new double[] {0.5, 0.5, 0.5}))
        .containsExactly(new double[] {1.0 / 3, 1.0 / 3, 1.0 / 3}, within(1e-15));
  }
}
