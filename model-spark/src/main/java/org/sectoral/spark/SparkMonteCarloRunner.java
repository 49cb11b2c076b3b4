package org.sectoral.spark;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import org.sectoral.core.uncertainty.DrawOutcome;
import org.sectoral.core.uncertainty.MonteCarlo;
import org.sectoral.core.uncertainty.MonteCarloResult;
import org.sectoral.core.uncertainty.MonteCarloRunner;
import org.sectoral.core.uncertainty.ScenarioBatch;
import org.sectoral.core.uncertainty.BatchOutcome;

/**
 * Runs the draws of a {@link MonteCarlo}, or the scenarios of a {@link ScenarioBatch}, on Apache
 * Spark. The Monte Carlo (its table as plain
 * arrays, about 8n² bytes for Z, plus the inputs, perturbations and result function) is
 * broadcast once; each executor deserializes it once, rebuilds the baseline's coefficient form
 * and model, and computes the draws of its partitions from (seed, draw index) alone. The draws
 * come back as a {@code Dataset<DrawRow>}; {@link #run} collects them and summarizes them on the
 * driver with the same code as the one-machine path, so the result is equal to
 * {@link MonteCarlo#run()} to the last bit (same JVM and linear-algebra backend).
 *
 * <p>Java 17 needs the {@code --add-opens} options Spark's launcher adds (see the README); a
 * runner made by {@link #local(String)} owns its session and stops it on {@link #close()}.
 */
public final class SparkMonteCarloRunner implements MonteCarloRunner {
  private final SparkSession spark;
  private final boolean owned;
  private final int partitions;

  private SparkMonteCarloRunner(SparkSession spark, boolean owned, int partitions) {
    this.spark = spark;
    this.owned = owned;
    this.partitions = partitions;
  }

  /**
   * A runner on an existing session (not stopped by {@link #close()}); draws are split into
   * the context's default parallelism × 4 partitions (at most one per draw).
   */
  public static SparkMonteCarloRunner on(SparkSession spark) {
    checkNotNull(spark, "spark");
    return new SparkMonteCarloRunner(spark, false, 0);
  }

  /**
   * A runner with its own session on a master URL ({@code local[2]}, {@code local[*]},
   * {@code spark://host:7077}, {@code yarn}); under {@code spark-submit} the master and other
   * settings come from the submission.
   */
  public static SparkMonteCarloRunner local(String master) {
    checkNotNull(master, "master");
    SparkSession.Builder b = SparkSession.builder().appName("Sectoral Monte Carlo").master(master)
        .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4");
    if (master.startsWith("local")) {
      // one JVM: no need to look for a network interface
      b.config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1");
    }
    SparkSession s = b.getOrCreate();
    return new SparkMonteCarloRunner(s, true, 0);
  }

  /** This runner with a fixed number of partitions (≥ 1). */
  public SparkMonteCarloRunner withPartitions(int count) {
    checkArgument(count >= 1, "Partitions %s must be ≥ 1", count);
    return new SparkMonteCarloRunner(spark, owned, count);
  }

  /** The session. */
  public SparkSession session() {
    return spark;
  }

  /**
   * Every draw as a Dataset with columns {@code draw} (long), {@code inputs} and {@code outputs}
   * (arrays of double in {@link MonteCarlo#inputNames()} and {@link MonteCarlo#outputLabels()}
   * order), computed lazily on the executors from one broadcast of the Monte Carlo.
   */
  public Dataset<DrawRow> draws(MonteCarlo monteCarlo) {
    checkNotNull(monteCarlo, "monteCarlo");
    monteCarlo.outputLabels(); // fail fast on the driver: the baseline must evaluate
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Broadcast<MonteCarlo> model = jsc.broadcast(monteCarlo);
    int n = monteCarlo.draws();
    int parts = partitions > 0 ? partitions
        : Math.max(1, Math.min(n, 4 * jsc.defaultParallelism()));
    return spark.range(0, n, 1, parts).mapPartitions(new DrawPartition(model),
        Encoders.bean(DrawRow.class));
  }

  /** Runs every draw on the cluster, collects them and summarizes on the driver. */
  @Override
  public MonteCarloResult run(MonteCarlo monteCarlo) {
    List<DrawRow> rows = draws(monteCarlo).collectAsList();
    List<DrawOutcome> outcomes = new ArrayList<>(rows.size());
    for (DrawRow r : rows) {
      outcomes.add(DrawOutcome.of(r.getDraw(), r.getInputs(), r.getOutputs()));
    }
    return monteCarlo.summarize(outcomes);
  }

  /**
   * Every scenario of a batch as a Dataset with columns {@code scenario} (int), {@code name}
   * and {@code changes} (array of double in {@link ScenarioBatch#outputLabels()} order),
   * computed lazily on the executors from one broadcast of the batch (its table as plain
   * arrays): each executor deserializes it once, factorizes the baseline once for all its
   * final-demand changes, and evaluates the scenarios of its partitions by index.
   */
  public Dataset<ScenarioRow> scenarios(ScenarioBatch batch) {
    checkNotNull(batch, "batch");
    batch.outputLabels(); // fail fast on the driver
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Broadcast<ScenarioBatch> model = jsc.broadcast(batch);
    int n = batch.size();
    int parts = partitions > 0 ? partitions
        : Math.max(1, Math.min(n, 4 * jsc.defaultParallelism()));
    return spark.range(0, n, 1, parts).mapPartitions(new ScenarioPartition(model),
        Encoders.bean(ScenarioRow.class));
  }

  /**
   * Runs every scenario of a batch on the cluster and collects the outcomes in batch order:
   * equal to {@link ScenarioBatch#run()} to the last bit.
   */
  public ImmutableList<BatchOutcome> run(ScenarioBatch batch) {
    List<ScenarioRow> rows = scenarios(batch).collectAsList();
    List<BatchOutcome> outcomes = new ArrayList<>(rows.size());
    for (ScenarioRow r : rows) {
      outcomes.add(BatchOutcome.of(r.getScenario(), r.getName(), r.getChanges()));
    }
    return batch.collect(outcomes);
  }

  /** Stops the session when this runner made it. */
  @Override
  public void close() {
    if (owned) {
      spark.stop();
    }
  }

  /** Computes the draws of one partition from the broadcast Monte Carlo. */
  private static final class DrawPartition implements MapPartitionsFunction<Long, DrawRow> {
    private static final long serialVersionUID = 1L;
    private final Broadcast<MonteCarlo> model;

    DrawPartition(Broadcast<MonteCarlo> model) {
      this.model = model;
    }

    @Override
    public Iterator<DrawRow> call(Iterator<Long> ids) {
      MonteCarlo mc = model.value();
      return new Iterator<>() {
        @Override
        public boolean hasNext() {
          return ids.hasNext();
        }

        @Override
        public DrawRow next() {
          DrawOutcome o = mc.draw(ids.next());
          return new DrawRow(o.index(), o.inputs(), o.outputs());
        }
      };
    }
  }

  /** Evaluates the scenarios of one partition from the broadcast batch. */
  private static final class ScenarioPartition implements MapPartitionsFunction<Long, ScenarioRow> {
    private static final long serialVersionUID = 1L;
    private final Broadcast<ScenarioBatch> batch;

    ScenarioPartition(Broadcast<ScenarioBatch> batch) {
      this.batch = batch;
    }

    @Override
    public Iterator<ScenarioRow> call(Iterator<Long> ids) {
      ScenarioBatch b = batch.value();
      return new Iterator<>() {
        @Override
        public boolean hasNext() {
          return ids.hasNext();
        }

        @Override
        public ScenarioRow next() {
          BatchOutcome o = b.evaluate(Math.toIntExact(ids.next()));
          return new ScenarioRow(o.index(), o.name(), o.changes());
        }
      };
    }
  }

  /** Makes this runner discoverable as {@code "spark"} by {@link MonteCarloRunner#discover}. */
  public static final class Provider implements MonteCarloRunner.Provider {
    /** For {@link java.util.ServiceLoader}. */
    public Provider() {}

    @Override
    public String name() {
      return "spark";
    }

    @Override
    public MonteCarloRunner open(String target) {
      return local(target);
    }
  }
}
