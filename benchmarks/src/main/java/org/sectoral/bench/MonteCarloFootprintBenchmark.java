package org.sectoral.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.sectoral.core.leontief.LeontiefModel;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.core.uncertainty.MonteCarlo;
import org.sectoral.core.uncertainty.MonteCarloResult;
import org.sectoral.core.uncertainty.ResultFunctions;
import org.sectoral.core.uncertainty.TablePerturbation;

/**
 * Monte Carlo of consumption-based footprints by stressor and region on a {@link RandomMrio}
 * (ICIO: 3,420 sectors): each draw multiplies every non-zero coefficient by a lognormal factor
 * (CV 0.1), factorizes I − A once and computes pymrio's D_cba_reg of 3 stressors from that
 * factorization (no table is rebuilt). {@link #factorization} times one model of the same table
 * in the same run, the yardstick of "time per draw near one factorization";
 * {@link MonteCarloFootprintTiming} interleaves the two, which is fairer on a shared machine.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgs = {"-Xmx6g"})
public class MonteCarloFootprintBenchmark {
  /** A {@link RandomMrio.Size}. */
  @Param({"ICIO"})
  public String size;

  /** Number of draws. */
  @Param({"100"})
  public int draws;

  InputOutputTable table;
  MonteCarlo monteCarlo;

  /** Builds the table and the Monte Carlo (not timed). */
  @Setup
  public void setup() {
    table = RandomMrio.of(RandomMrio.Size.valueOf(size));
    monteCarlo = MonteCarlo.builder().table(table)
        .perturb(TablePerturbation.coefficients(0.1))
        .result(ResultFunctions.footprints(RandomMrio.ACCOUNT)).draws(draws).seed(20261206L)
        .build();
    monteCarlo.baseline();
  }

  /** Every draw and the summary. */
  @Benchmark
  public MonteCarloResult footprintDraws() {
    return monteCarlo.run();
  }

  /** One Leontief model of the table: A, productivity proof, LU of I − A. */
  @Benchmark
  public LeontiefModel factorization() {
    return LeontiefModel.of(table);
  }
}
