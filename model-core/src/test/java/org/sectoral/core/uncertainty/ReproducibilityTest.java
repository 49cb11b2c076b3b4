package org.sectoral.core.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sectoral.core.table.FinalDemandCategory;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.core.testing.RandomEconomies;

/** Same seed, same bits: whatever the thread count, draw subset or serialization. */
class ReproducibilityTest {
  private final InputOutputTable table = RandomEconomies.national(12, 20261206L);

  private MonteCarlo.Builder everything(long seed) {
    return MonteCarlo.builder().table(table).seed(seed).draws(64)
        .input(UncertainInput.lognormal("scale", 1.0, 0.2))
        .input(UncertainInput.triangular("shift", -1, 0, 2))
        .shares(ShareGroup.dirichlet("mix", Map.of("a", 0.2, "b", 0.3, "c", 0.5), 40))
        .perturb(TablePerturbation.coefficients(0.1))
        .perturb(TablePerturbation.finalDemandShares(FinalDemandCategory.EXPORTS, 200))
        .perturb(TablePerturbation.finalDemand(0.05))
        .perturb(TablePerturbation.stressors("employment", 0.2))
        .result(ResultFunctions.domesticValueAddedContent());
  }

  @Test
  void zeroPerturbationGivesTheBaselineInEveryDrawBitForBit() {
    MonteCarlo mc = MonteCarlo.builder().table(table).seed(7).draws(20)
        .input(UncertainInput.of("fixed", 0.3, Distribution.fixed(0.3)))
        .perturb(TablePerturbation.coefficients(0)).perturb(TablePerturbation.flows(0))
        .perturb(TablePerturbation.finalDemand(0)).perturb(TablePerturbation.stressors(
            "employment", 0))
        .result(ResultFunctions.domesticValueAddedContent()).build();
    MonteCarloResult r = mc.run(2);
    double[] baseline = mc.baseline();
    for (double[] draw : r.outputDraws()) {
      assertThat(draw).containsExactly(baseline);
    }
    for (OutputSummary s : r.summaries()) {
      assertThat(s.standardDeviation()).isZero();
      assertThat(s.percentiles()).containsOnly(s.baseline());
    }
  }

  @Test
  void threadCountDoesNotChangeABit() {
    MonteCarlo mc = everything(42).build();
    MonteCarloResult one = mc.run(1);
    MonteCarloResult two = mc.run(2);
    MonteCarloResult four = mc.run(4);
    assertThat(two.outputDraws()).isDeepEqualTo(one.outputDraws());
    assertThat(four.outputDraws()).isDeepEqualTo(one.outputDraws());
    assertThat(four.inputDraws()).isDeepEqualTo(one.inputDraws());
    for (int k = 0; k < one.labels().size(); k++) {
      OutputSummary a = one.summaries().get(k);
      OutputSummary b = four.summaries().get(k);
      assertThat(Double.doubleToRawLongBits(b.mean())).isEqualTo(
          Double.doubleToRawLongBits(a.mean()));
      assertThat(b).isEqualTo(a);
    }
    // the draws really vary
    assertThat(one.summaries().get(0).standardDeviation()).isPositive();
  }

  @Test
  void anyDrawCanBeComputedAloneAndInAnyOrder() {
    MonteCarlo mc = everything(3).build();
    MonteCarloResult all = mc.run(2);
    List<DrawOutcome> reversed = new ArrayList<>();
    for (int i = mc.draws() - 1; i >= 0; i--) {
      DrawOutcome d = mc.draw(i);
      assertThat(d.outputs()).containsExactly(all.outputDraws()[i]);
      reversed.add(d);
    }
    assertThat(mc.summarize(reversed).summaries()).isEqualTo(all.summaries());
  }

  @Test
  void anotherSeedGivesOtherDraws() {
    double[][] a = everything(1).build().run(2).outputDraws();
    double[][] b = everything(2).build().run(2).outputDraws();
    assertThat(b[0]).isNotEqualTo(a[0]);
  }

  @Test
  void serializedMonteCarloDrawsTheSameBits() throws Exception {
    MonteCarlo mc = everything(11).build();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(mc);
    }
    MonteCarlo copy;
    try (ObjectInputStream in = new ObjectInputStream(
        new ByteArrayInputStream(bytes.toByteArray()))) {
      copy = (MonteCarlo) in.readObject();
    }
    assertThat(copy.table().orElseThrow().intermediate()).isEqualTo(table.intermediate());
    assertThat(copy.table().orElseThrow().output()).isEqualTo(table.output());
    assertThat(copy.outputLabels()).isEqualTo(mc.outputLabels());
    for (int i = 0; i < 5; i++) {
      assertThat(copy.draw(i)).isEqualTo(mc.draw(i));
    }
  }
}
