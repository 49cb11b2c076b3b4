package org.sectoral.core.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sectoral.core.leontief.LeontiefModel;
import org.sectoral.core.table.FinalDemandCategory;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.core.testing.RandomEconomies;

/** Dirichlet shares and the identities every perturbed table keeps. */
class DirichletAndPerturbationTest {
  private static final double K = 4;
  private final InputOutputTable table = RandomEconomies.national(10, 314L);

  @Test
  void dirichletDrawsSumToOneWithTheStatedMeanAndVariance() {
    Map<String, Double> shares = new LinkedHashMap<>();
    shares.put("north", 0.5);
    shares.put("centre", 0.3);
    shares.put("south", 0.15);
    shares.put("islands", 0.05);
    double alpha0 = 30;
    ShareGroup g = ShareGroup.dirichlet("origin", shares, alpha0);
    int draws = 20_000;
    MonteCarlo mc = MonteCarlo.builder().shares(g)
        .result(ResultFunctions.of(List.of("sum"), "1", v -> new double[] {
            v.get("origin[north]") + v.get("origin[centre]") + v.get("origin[south]")
                + v.get("origin[islands]")}))
        .draws(draws).seed(8).build();
    MonteCarloResult r = mc.run();
    for (double s : r.outputDraws(0)) {
      assertThat(s).isCloseTo(1.0, within(1e-14));
    }
    double[] s = g.shares();
    for (int i = 0; i < s.length; i++) {
      double[] x = r.inputDraws(i);
      double mean = 0;
      for (double v : x) {
        mean += v;
      }
      mean /= draws;
      double var = 0;
      for (double v : x) {
        var += (v - mean) * (v - mean);
      }
      var /= draws - 1;
      double sd = g.standardDeviation(i);
      assertThat(sd * sd).isCloseTo(s[i] * (1 - s[i]) / (alpha0 + 1), within(1e-15));
      assertThat(Math.abs(mean - s[i]) / (sd / Math.sqrt(draws))).as("mean of share %s", i)
          .isLessThan(K);
      // the marginal is Beta(a, b), a = α₀sᵢ, b = α₀ − a, with excess kurtosis
      // 6[(a − b)²(a + b + 1) − ab(a + b + 2)] / [ab(a + b + 2)(a + b + 3)]; μ₄ = (excess + 3)σ⁴
      // and the standard error of s² is √((μ₄ − σ⁴(N − 3)/(N − 1))/N)
      double a = alpha0 * s[i];
      double b = alpha0 - a;
      double excess = 6 * ((a - b) * (a - b) * (a + b + 1) - a * b * (a + b + 2))
          / (a * b * (a + b + 2) * (a + b + 3));
      double sigma4 = Math.pow(sd, 4);
      double seVar = Math.sqrt(((excess + 3) * sigma4 - sigma4 * (draws - 3.0) / (draws - 1.0))
          / draws);
      assertThat(Math.abs(var - sd * sd) / seVar)
          .as("variance of share %s", i).isLessThan(K);
    }
  }

  @Test
  void finalDemandSharesKeepEachColumnTotal() {
    MonteCarlo mc = MonteCarlo.builder().table(table)
        .perturb(TablePerturbation.finalDemandShares(FinalDemandCategory.EXPORTS, 50))
        .result(ResultFunctions.of(List.of("unused"), "1", v -> new double[] {0}))
        .draws(3).seed(4).build();
    WorkingTable w = new WorkingTable(new BaseForm(table));
    mc.perturbations().get(0).apply(w, new org.sectoral.core.uncertainty.internal.Variates(
        new java.util.SplittableRandom(1)));
    InputOutputTable drawn = w.rebuild("draw").table();
    assertThat(drawn.exports().sum()).isCloseTo(table.exports().sum(),
        within(1e-9 * table.exports().sum()));
    assertThat(drawn.exports()).isNotEqualTo(table.exports());
    assertThat(drawn.finalDemand(FinalDemandCategory.HOUSEHOLDS))
        .isEqualTo(table.finalDemand(FinalDemandCategory.HOUSEHOLDS));
  }

  @Test
  void perturbedCoefficientsKeepColumnsSummingToOneAndOutputEqualToLf() {
    WorkingTable w = new WorkingTable(new BaseForm(table));
    TablePerturbation.coefficients(0.3).apply(w, new org.sectoral.core.uncertainty.internal
        .Variates(new java.util.SplittableRandom(2)));
    InputOutputTable drawn = w.rebuild("draw").table();
    assertThat(drawn.intermediate()).isNotEqualTo(table.intermediate());
    // the builder checked both balances; recheck x = L·f and the column identity by hand
    double[] x = drawn.output().toArray();
    double[] lf = LeontiefModel.of(drawn).solve(drawn.finalDemandTotal().toArray());
    for (int j = 0; j < x.length; j++) {
      assertThat(lf[j]).isCloseTo(x[j], within(1e-9 * x[j]));
      double column = drawn.intermediate().columnSums().at(j)
          + drawn.imports().orElseThrow().columnSums().at(j) + drawn.productTaxes().at(j)
          + drawn.valueAddedTotal().at(j);
      assertThat(column).isCloseTo(x[j], within(1e-9 * x[j]));
    }
    // zeros stay zero
    for (int i = 0; i < x.length; i++) {
      for (int j = 0; j < x.length; j++) {
        if (table.intermediate().at(i, j) == 0) {
          assertThat(drawn.intermediate().at(i, j)).isZero();
        }
      }
    }
  }

  @Test
  void perturbedFlowsAreRasBalancedToTheBaselineMargins() {
    WorkingTable w = new WorkingTable(new BaseForm(table));
    TablePerturbation.flows(0.3).apply(w, new org.sectoral.core.uncertainty.internal.Variates(
        new java.util.SplittableRandom(3)));
    InputOutputTable drawn = w.rebuild("draw").table();
    assertThat(drawn.intermediate()).isNotEqualTo(table.intermediate());
    for (int i = 0; i < table.size(); i++) {
      double scale = table.output().at(i);
      assertThat(drawn.output().at(i)).isCloseTo(table.output().at(i), within(1e-8 * scale));
      assertThat(drawn.intermediate().rowSums().at(i))
          .isCloseTo(table.intermediate().rowSums().at(i), within(1e-8 * scale));
      assertThat(drawn.intermediate().columnSums().at(i))
          .isCloseTo(table.intermediate().columnSums().at(i), within(1e-8 * scale));
      assertThat(drawn.valueAddedTotal().at(i))
          .isCloseTo(table.valueAddedTotal().at(i), within(1e-8 * scale));
    }
  }

  @Test
  void perturbedStressorsLeaveTheEconomyAndModelAlone() {
    BaseForm base = new BaseForm(table);
    WorkingTable w = new WorkingTable(base);
    TablePerturbation.stressors("employment", 0.3).apply(w, new org.sectoral.core.uncertainty
        .internal.Variates(new java.util.SplittableRandom(4)));
    WorkingTable.Rebuilt r = w.rebuild("draw");
    assertThat(r.table().intermediate()).isEqualTo(table.intermediate());
    assertThat(r.model().get()).isSameAs(base.model.get());
    assertThat(r.table().satellite("employment").byIndustry())
        .isNotEqualTo(table.satellite("employment").byIndustry());
  }
}
