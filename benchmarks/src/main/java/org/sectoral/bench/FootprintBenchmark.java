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
import org.sectoral.core.leontief.SolverOptions;
import org.sectoral.core.table.InputOutputTable;

/**
 * End to end on {@link RandomMrio}: model from the table (A, productivity proof) and footprints of
 * 3 stressors for every final-demand column, by the direct (dense LU) and iterative paths: the
 * question pymrio's calc_all answers in 6.2–6.6 s at 3,420 sectors on these machines.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgs = {"-Xmx6g"})
public class FootprintBenchmark {
  /** A {@link RandomMrio.Size}. */
  @Param({"SMALL", "ICIO"})
  public String size;

  /** {@code direct} or {@code iterative}. */
  @Param({"direct", "iterative"})
  public String path;

  InputOutputTable table;
  SolverOptions options;

  /** Builds the table (not timed). */
  @Setup
  public void setup() {
    table = RandomMrio.of(RandomMrio.Size.valueOf(size));
    options = path.equals("direct") ? SolverOptions.direct() : SolverOptions.iterative(1e-12);
  }

  /** Model and footprints of 3 stressors. */
  @Benchmark
  public double[][] footprints() {
    return Footprints.of(table, options);
  }
}
