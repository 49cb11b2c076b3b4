package org.sectoral.core.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sectoral.core.ErrorCode;
import org.sectoral.core.SectoralException;
import org.sectoral.core.scenario.Scenario;
import org.sectoral.core.scenario.ScenarioResult;
import org.sectoral.core.scenario.Target;
import org.sectoral.core.table.FinalDemandCategory;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.core.testing.RandomEconomies;

/** Scenario batches: the same numbers as each scenario applied alone, on any thread count. */
class ScenarioBatchTest {
  private static final InputOutputTable TABLE = RandomEconomies.national(12, 20261206L);

  /** Δf as a Scenario: add Δfᵢ to household demand for each sector i. */
  private static Scenario asScenario(String name, double[] df) {
    Scenario.Builder b = Scenario.builder(name);
    for (int i = 0; i < df.length; i++) {
      if (df[i] != 0) {
        b.addFinalDemand(FinalDemandCategory.HOUSEHOLDS, Target.of(TABLE.keys().get(i)), df[i]);
      }
    }
    return b.build();
  }

  private static double[] shock(int seed) {
    java.util.Random r = new java.util.Random(seed);
    double[] df = new double[TABLE.size()];
    for (int i = 0; i < df.length; i++) {
      df[i] = r.nextDouble() < 0.5 ? 0 : 50 * r.nextDouble();
    }
    return df;
  }

  private static ScenarioBatch batch() {
    ScenarioBatch.Builder b = ScenarioBatch.builder().table(TABLE);
    for (int s = 0; s < 6; s++) {
      b.finalDemandChange("shock " + s, shock(s));
    }
    // recipes are serializable lambdas: they find their keys in the table where they run
    return b.scenario("localize", (t, v) -> localize(t))
        .scenario("households up", (t, v) -> Scenario.builder("households up")
            .scaleFinalDemand(FinalDemandCategory.HOUSEHOLDS, Target.of(t.keys().get(1)), 1.1)
            .build())
        .build();
  }

  private static Scenario localize(InputOutputTable t) {
    return Scenario.builder("localize").localize(t.keys().get(0), Target.of(t.keys().get(1)),
        0.3).build();
  }

  @Test
  void finalDemandChangesOnOneFactorizationEqualEachScenarioAppliedAlone() {
    ScenarioBatch b = batch();
    List<BatchOutcome> out = b.run(1);
    int n = TABLE.size();
    assertThat(b.outputLabels()).hasSize(b.measures().size() * (n + 1));
    assertThat(b.outputLabels().get(0)).isEqualTo("output/total");
    assertThat(b.measures()).contains(ScenarioResult.OUTPUT, ScenarioResult.VALUE_ADDED,
        ScenarioResult.IMPORTS, "employment/jobs");
    for (int s = 0; s < 6; s++) {
      ScenarioResult alone = asScenario("shock " + s, shock(s)).apply(TABLE);
      for (int m = 0; m < b.measures().size(); m++) {
        double[] change = alone.change(b.measures().get(m)).toArray();
        double total = 0;
        for (int j = 0; j < n; j++) {
          double got = out.get(s).change(m * (n + 1) + 1 + j);
          assertThat(got).as("%s %s %s", s, b.measures().get(m), j)
              .isCloseTo(change[j], within(1e-8 * (1 + Math.abs(change[j]))));
          total += change[j];
        }
        assertThat(out.get(s).change(m * (n + 1))).isCloseTo(total, within(1e-7));
      }
    }
    // a recipe is the scenario itself, applied to the table
    ScenarioResult loc = localize(TABLE).apply(TABLE);
    assertThat(out.get(6).name()).isEqualTo("localize");
    assertThat(out.get(6).change(1)).isEqualTo(loc.change(ScenarioResult.OUTPUT).at(0));
    assertThat(out.get(7).change(0)).isPositive();
  }

  @Test
  void theSameBatchGivesTheSameBitsOnAnyThreadsAndAfterSerialization() throws Exception {
    ScenarioBatch b = batch();
    List<BatchOutcome> one = b.run(1);
    assertThat(b.run(2)).isEqualTo(one);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream o = new ObjectOutputStream(bytes)) {
      o.writeObject(b);
    }
    ScenarioBatch copy;
    try (ObjectInputStream in = new ObjectInputStream(
        new ByteArrayInputStream(bytes.toByteArray()))) {
      copy = (ScenarioBatch) in.readObject();
    }
    assertThat(copy.names()).isEqualTo(b.names());
    assertThat(copy.run(2)).isEqualTo(one);
    List<BatchOutcome> shuffled = new java.util.ArrayList<>(one);
    java.util.Collections.reverse(shuffled);
    assertThat(b.collect(shuffled)).isEqualTo(one);
    assertThatThrownBy(() -> b.collect(one.subList(0, 3)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void badBatchesAreRefusedWithCodes() {
    assertThatThrownBy(() -> ScenarioBatch.builder().table(TABLE).build())
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> ScenarioBatch.builder().table(TABLE)
        .finalDemandChange("short", new double[3]).build())
        .isInstanceOf(SectoralException.class)
        .extracting(e -> ((SectoralException) e).code()).isEqualTo(ErrorCode.DIMENSION_MISMATCH);
    assertThatThrownBy(() -> ScenarioBatch.builder().table(TABLE)
        .finalDemandChange("x", new double[TABLE.size()]).measures(List.of("nonsense")).build())
        .isInstanceOf(SectoralException.class)
        .extracting(e -> ((SectoralException) e).code()).isEqualTo(ErrorCode.UNKNOWN_KEY);
    ScenarioBatch unproductive = ScenarioBatch.builder().table(TABLE)
        .scenario("too much", (t, v) -> Scenario.builder("too much")
            .setCoefficient(t.keys().get(0), t.keys().get(0), 1.5).build()).build();
    assertThatThrownBy(() -> unproductive.evaluate(0)).isInstanceOf(SectoralException.class)
        .hasMessageContaining("Scenario 0 (too much)")
        .extracting(e -> ((SectoralException) e).code()).isEqualTo(ErrorCode.NOT_PRODUCTIVE);
  }
}
