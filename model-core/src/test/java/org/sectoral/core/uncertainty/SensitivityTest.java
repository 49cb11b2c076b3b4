package org.sectoral.core.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One at a time and rank correlation on a model whose answer is known. */
class SensitivityTest {
  /** y = 3a − 0.5b + c with a, b, c independent: a matters most, then b, then c. */
  private final MonteCarlo mc = MonteCarlo.builder()
      .input(UncertainInput.normal("a", 1, 0.2))
      .input(UncertainInput.uniform("b", 0, -1, 1))
      .input(UncertainInput.normal("c", 0, 0.05))
      .input(UncertainInput.of("fixed", 2, Distribution.fixed(2)))
      .result(ResultFunctions.of(List.of("y", "a only"), "1", v -> new double[] {
          3 * v.get("a") - 0.5 * v.get("b") + v.get("c") + v.get("fixed"),
          Math.exp(v.get("a"))}))
      .draws(4000).seed(12).build();

  @Test
  void oneAtATimeSwingsAreTheLinearCoefficientsTimesTheInputRanges() {
    OneAtATime oat = Sensitivity.oneAtATime(mc, "y", 5, 95);
    assertThat(oat.baseline()).isCloseTo(3 * 1 + 0 + 0 + 2, within(1e-15));
    assertThat(oat.swings()).extracting(Swing::input).containsExactly("a", "b", "c", "fixed");
    Swing a = oat.swings().get(0);
    double z95 = 1.6448536269514722;
    assertThat(a.inputLow()).isCloseTo(1 - 0.2 * z95, within(1e-12));
    assertThat(a.outputHigh() - a.outputLow()).isCloseTo(3 * 0.4 * z95, within(1e-12));
    Swing b = oat.swings().get(1);
    assertThat(b.inputLow()).isCloseTo(-0.9, within(1e-15));
    assertThat(b.outputLow() - b.outputHigh()).isCloseTo(0.5 * 1.8, within(1e-12));
    assertThat(oat.swings().get(3).width()).isZero();
  }

  @Test
  void everyOutputAtOnceEqualsEachOutputAlone() {
    List<OneAtATime> all = Sensitivity.oneAtATime(mc, 5, 95);
    assertThat(all).extracting(OneAtATime::output).containsExactly("y", "a only");
    assertThat(all.get(0)).isEqualTo(Sensitivity.oneAtATime(mc, "y", 5, 95));
    assertThat(all.get(1)).isEqualTo(Sensitivity.oneAtATime(mc, "a only", 5, 95));
    assertThat(all.get(1).swings().get(0).input()).isEqualTo("a");
    assertThat(all.get(1).swings().get(1).width()).isZero();
  }

  @Test
  void selectedOutputsKeepTheirDrawsAndSummaries() {
    MonteCarloResult r = mc.run();
    MonteCarloResult only = r.select(List.of("a only"), "index");
    assertThat(only.labels()).containsExactly("a only");
    assertThat(only.unit()).isEqualTo("index");
    assertThat(only.summaries()).containsExactly(r.summary("a only"));
    assertThat(only.outputDraws(0)).containsExactly(r.outputDraws(1));
    assertThat(only.inputDraws()).isDeepEqualTo(r.inputDraws());
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> r.select(List.of("z"), "1"))
        .isInstanceOf(org.sectoral.core.SectoralException.class);
  }

  @Test
  void rankCorrelationsOrderInputsAndSkipFixedOnes() {
    MonteCarloResult r = mc.run();
    List<RankCorrelation> rho = Sensitivity.rankCorrelations(r, "y");
    assertThat(rho).extracting(RankCorrelation::input).containsExactly("a", "b", "c");
    assertThat(rho.get(0).rho()).isGreaterThan(0.7);
    assertThat(rho.get(1).rho()).isNegative();
    // a monotone function of one input has rank correlation exactly 1 with it
    assertThat(Sensitivity.rankCorrelations(r, "a only").get(0).rho()).isEqualTo(1.0);
  }

  @Test
  void shareComponentsSwingWithinTheirBetaMarginals() {
    ShareGroup g = ShareGroup.dirichlet("mix", Map.of("x", 0.6, "y", 0.4), 20);
    MonteCarlo shares = MonteCarlo.builder().shares(g)
        .result(ResultFunctions.of(List.of("x"), "1", v -> new double[] {v.get("mix[x]")}))
        .draws(10).seed(1).build();
    OneAtATime oat = Sensitivity.oneAtATime(shares, "x", 5, 95);
    Swing x = oat.swings().stream().filter(s -> s.input().equals("mix[x]")).findFirst()
        .orElseThrow();
    assertThat(x.inputLow()).isLessThan(0.6);
    assertThat(x.inputHigh()).isGreaterThan(0.6);
    assertThat(x.outputLow()).isEqualTo(x.inputLow());
    // y moves opposite so that the shares still sum to one
    Swing y = oat.swings().stream().filter(s -> s.input().equals("mix[y]")).findFirst()
        .orElseThrow();
    assertThat(y.outputLow()).isCloseTo(1 - y.inputLow(), within(1e-15));
  }
}
