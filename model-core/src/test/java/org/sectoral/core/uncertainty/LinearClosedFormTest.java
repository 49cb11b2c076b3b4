package org.sectoral.core.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sectoral.core.leontief.LeontiefModel;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.core.testing.RandomEconomies;

/**
 * x = L·f with every final-demand entry yⱼ꜀ times an independent mean-one lognormal factor ε of
 * coefficient of variation c, and L fixed: E[xᵢ] = Σⱼ Lᵢⱼ fⱼ, Var[xᵢ] = c²·Σⱼ꜀ (Lᵢⱼ yⱼ꜀)², and
 * the fourth cumulant κ₄[xᵢ] = κ₄(ε)·Σⱼ꜀ (Lᵢⱼ yⱼ꜀)⁴ with w = 1 + c², μ₄(ε) = w⁶ − 4w³ + 6w − 3,
 * κ₄(ε) = μ₄(ε) − 3(w − 1)². The sample mean must lie within K standard errors σ/√N of E[xᵢ]
 * and the sample variance within K standard errors √((μ₄ − σ⁴(N − 3)/(N − 1))/N) of σ² (the
 * exact variance of s²), with K = 4: a two-sided normal tail of 6·10⁻⁵ per comparison.
 */
class LinearClosedFormTest {
  private static final double K = 4;
  private static final int DRAWS = 20_000;
  private static final double CV = 0.25;

  /** Gross output of the draw's table, x = (I−A)⁻¹·Y·1. */
  private static final ResultFunction OUTPUT = new ResultFunction() {
    private static final long serialVersionUID = 1L;

    @Override
    public List<String> labels(Draw baseline) {
      return ResultFunctions.sectorLabels(baseline.table());
    }

    @Override
    public String unit() {
      return "money";
    }

    @Override
    public double[] evaluate(Draw draw) {
      return draw.table().output().toArray();
    }
  };

  @Test
  void meanAndVarianceOfOutputMatchTheClosedFormWithinFourStandardErrors() {
    InputOutputTable t = RandomEconomies.national(6, 99L);
    MonteCarlo mc = MonteCarlo.builder().table(t).perturb(TablePerturbation.finalDemand(CV))
        .result(OUTPUT).draws(DRAWS).seed(20261206L).build();
    MonteCarloResult r = mc.run();
    double[][] l = LeontiefModel.of(t).leontiefInverse().toArray();
    double[][] y = t.finalDemand().toArray();
    double w = 1 + CV * CV;
    double mu4Eps = Math.pow(w, 6) - 4 * Math.pow(w, 3) + 6 * w - 3;
    double kappa4Eps = mu4Eps - 3 * (w - 1) * (w - 1);
    double worstMeanZ = 0;
    double worstVarZ = 0;
    for (int i = 0; i < t.size(); i++) {
      double mean = 0;
      double sum2 = 0;
      double sum4 = 0;
      for (int j = 0; j < t.size(); j++) {
        for (double yjc : y[j]) {
          double term = l[i][j] * yjc;
          mean += term;
          sum2 += term * term;
          sum4 += term * term * term * term;
        }
      }
      double variance = CV * CV * sum2;
      double mu4 = kappa4Eps * sum4 + 3 * variance * variance;
      double seMean = Math.sqrt(variance / DRAWS);
      double seVar = Math.sqrt((mu4 - variance * variance * (DRAWS - 3.0) / (DRAWS - 1.0))
          / DRAWS);
      OutputSummary s = r.summaries().get(i);
      double zMean = (s.mean() - mean) / seMean;
      double zVar = (s.standardDeviation() * s.standardDeviation() - variance) / seVar;
      worstMeanZ = Math.max(worstMeanZ, Math.abs(zMean));
      worstVarZ = Math.max(worstVarZ, Math.abs(zVar));
      assertThat(Math.abs(zMean)).as("mean of %s: z = %s", s.label(), zMean).isLessThan(K);
      assertThat(Math.abs(zVar)).as("variance of %s: z = %s", s.label(), zVar).isLessThan(K);
      // the baseline is the closed-form mean itself
      assertThat(s.baseline()).isCloseTo(mean, org.assertj.core.api.Assertions.within(
          1e-9 * mean));
    }
    // not vacuous: the seed's worst deviations are of the size sampling error gives
    assertThat(worstMeanZ).isGreaterThan(0.05);
    assertThat(worstVarZ).isGreaterThan(0.05);
  }

  @Test
  void lognormalInputHasItsStatedMeanAndCoefficientOfVariation() {
    double m = 2.5;
    double cv = 0.4;
    MonteCarlo mc = MonteCarlo.builder().input(UncertainInput.lognormal("v", m, cv))
        .result(ResultFunctions.of(List.of("v"), "1", v -> new double[] {v.get("v")}))
        .draws(DRAWS).seed(5).build();
    OutputSummary s = mc.run().summary("v");
    double sd = cv * m;
    // Var(s²) for a lognormal: μ₄ = m⁴·(w⁶ − 4w³ + 6w − 3), w = 1 + cv²
    double w = 1 + cv * cv;
    double mu4 = Math.pow(m, 4) * (Math.pow(w, 6) - 4 * Math.pow(w, 3) + 6 * w - 3);
    double seVar = Math.sqrt((mu4 - Math.pow(sd, 4) * (DRAWS - 3.0) / (DRAWS - 1.0)) / DRAWS);
    assertThat(Math.abs(s.mean() - m) / (sd / Math.sqrt(DRAWS))).isLessThan(K);
    assertThat(Math.abs(s.standardDeviation() * s.standardDeviation() - sd * sd) / seVar)
        .isLessThan(K);
    // median of a lognormal: m / √w
    assertThat(s.percentile(50)).isCloseTo(m / Math.sqrt(w),
        org.assertj.core.api.Assertions.within(0.02 * m));
    assertThat(s.baseline()).isEqualTo(m);
  }
}
