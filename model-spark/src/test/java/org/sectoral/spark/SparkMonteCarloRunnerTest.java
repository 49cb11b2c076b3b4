package org.sectoral.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.types.DataTypes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sectoral.core.scenario.Scenario;
import org.sectoral.core.scenario.Target;
import org.sectoral.core.table.FinalDemandCategory;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.core.testing.RandomEconomies;
import org.sectoral.core.uncertainty.MonteCarlo;
import org.sectoral.core.uncertainty.MonteCarloResult;
import org.sectoral.core.uncertainty.MonteCarloRunner;
import org.sectoral.core.uncertainty.ResultFunctions;
import org.sectoral.core.uncertainty.ScenarioBatch;
import org.sectoral.core.uncertainty.BatchOutcome;
import org.sectoral.core.uncertainty.ShareGroup;
import org.sectoral.core.uncertainty.TablePerturbation;
import org.sectoral.core.uncertainty.UncertainInput;

/** Spark in local mode gives the one-machine numbers to the last bit. */
class SparkMonteCarloRunnerTest {
  private static SparkMonteCarloRunner spark;

  @BeforeAll
  static void start() {
    spark = SparkMonteCarloRunner.local("local[2]");
  }

  @AfterAll
  static void stop() {
    spark.close();
  }

  private static MonteCarlo monteCarlo(InputOutputTable table, int draws, long seed) {
    return MonteCarlo.builder().table(table).draws(draws).seed(seed)
        .input(UncertainInput.lognormal("scale", 1.0, 0.2))
        .shares(ShareGroup.dirichlet("mix", Map.of("a", 0.2, "b", 0.8), 40))
        .perturb(TablePerturbation.coefficients(0.1))
        .perturb(TablePerturbation.finalDemandShares(FinalDemandCategory.EXPORTS, 200))
        .perturb(TablePerturbation.flows(0.05))
        .result(ResultFunctions.domesticValueAddedContent()).percentiles(2.5, 50, 97.5).build();
  }

  @Test
  void sparkDrawsEqualTheLocalDrawsToTheLastBit() {
    MonteCarlo mc = monteCarlo(RandomEconomies.national(18, 20261206L), 200, 42);
    MonteCarloResult local = mc.run(2);
    MonteCarloResult onSpark = spark.withPartitions(7).run(mc);
    assertThat(onSpark.outputDraws()).isDeepEqualTo(local.outputDraws());
    assertThat(onSpark.inputDraws()).isDeepEqualTo(local.inputDraws());
    assertThat(onSpark.summaries()).isEqualTo(local.summaries());
    for (int k = 0; k < local.labels().size(); k++) {
      assertThat(Double.doubleToRawLongBits(onSpark.summaries().get(k).mean()))
          .isEqualTo(Double.doubleToRawLongBits(local.summaries().get(k).mean()));
    }
    assertThat(local.summaries().get(0).standardDeviation()).isPositive();
  }

  @Test
  void drawsAreADatasetWithOneRowPerDraw() {
    MonteCarlo mc = monteCarlo(RandomEconomies.national(6, 3L), 30, 9);
    Dataset<DrawRow> draws = spark.draws(mc);
    assertThat(draws.columns()).containsExactlyInAnyOrder("draw", "inputs", "outputs");
    assertThat(draws.schema().apply("outputs").dataType())
        .isEqualTo(DataTypes.createArrayType(DataTypes.DoubleType, false));
    assertThat(draws.count()).isEqualTo(30);
    DrawRow first = draws.filter("draw = 0").first();
    assertThat(first.getOutputs()).containsExactly(mc.draw(0).outputs());
    assertThat(first.getInputs()).hasSize(mc.inputNames().size());
  }

  @Test
  void aScenarioBatchOnSparkEqualsTheLocalRunToTheLastBit() {
    InputOutputTable table = RandomEconomies.national(18, 77L);
    ScenarioBatch.Builder b = ScenarioBatch.builder().table(table);
    java.util.Random r = new java.util.Random(5);
    for (int s = 0; s < 30; s++) {
      double[] df = new double[table.size()];
      df[r.nextInt(df.length)] = 100 * r.nextDouble();
      df[r.nextInt(df.length)] = -20 * r.nextDouble();
      b.finalDemandChange("final demand " + s, df);
    }
    for (int s = 0; s < 6; s++) {
      double theta = 0.05 * (s + 1);
      // a serializable recipe, made on the executor from the broadcast table
      b.scenario("localize " + theta, (t, v) -> Scenario.builder("localize")
          .localizeAll(Target.of(t.keys().get(2)), theta).build());
    }
    ScenarioBatch batch = b.build();
    List<BatchOutcome> local = batch.run(2);
    Dataset<ScenarioRow> rows = spark.withPartitions(5).scenarios(batch);
    assertThat(rows.columns()).containsExactlyInAnyOrder("scenario", "name", "changes");
    assertThat(rows.count()).isEqualTo(36);
    List<BatchOutcome> onSpark = spark.withPartitions(5).run(batch);
    assertThat(onSpark).isEqualTo(local);
    for (int i = 0; i < local.size(); i++) {
      double[] a = local.get(i).changes();
      double[] c = onSpark.get(i).changes();
      for (int k = 0; k < a.length; k++) {
        assertThat(Double.doubleToRawLongBits(c[k])).isEqualTo(Double.doubleToRawLongBits(a[k]));
      }
    }
    assertThat(local.get(35).change(0)).isPositive();
  }

  @Test
  void theRunnerIsDiscoverableByName() throws Exception {
    assertThat(MonteCarloRunner.discover("spark", "local[1]")).get()
        .isInstanceOf(SparkMonteCarloRunner.class);
    assertThat(MonteCarloRunner.discover("nosuch", "x")).isEmpty();
    MonteCarlo values = MonteCarlo.builder().input(UncertainInput.normal("a", 1, 0.1))
        .result(ResultFunctions.of(List.of("2a"), "1", v -> new double[] {2 * v.get("a")}))
        .draws(50).seed(1).build();
    assertThat(spark.run(values).outputDraws()).isDeepEqualTo(values.run(1).outputDraws());
  }
}
