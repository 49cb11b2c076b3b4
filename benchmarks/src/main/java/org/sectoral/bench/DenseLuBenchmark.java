package org.sectoral.bench;

import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.sectoral.core.internal.Backend;
import org.sectoral.core.internal.Monitor;
import org.sectoral.core.internal.SquareSolver;

/** Dense LU of I−A, native OpenBLAS against the pure-Java blocked LU. GFLOP/s = ⅔n³ / time. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgs = {"-Xmx4g"})
public class DenseLuBenchmark {
  /** Order n of I−A. */
  @Param({"3500"})
  public int n;

  /** The dense backend. */
  @Param({"NATIVE", "JAVA"})
  public String backend;

  double[] matrix;
  double[] work;

  /** Seeded I−A, 30% dense, column sums of A 0.6. */
  @Setup(Level.Trial)
  public void setup() {
    Random rnd = new Random(42);
    matrix = new double[n * n];
    for (int i = 0; i < matrix.length; i++) {
      matrix[i] = rnd.nextDouble() < 0.3 ? -rnd.nextDouble() * 4.0 / n : 0;
    }
    for (int i = 0; i < n; i++) {
      matrix[i * n + i] += 1;
    }
  }

  /** A fresh copy per call: the LU works in place (not timed). */
  @Setup(Level.Invocation)
  public void copy() {
    work = matrix.clone();
  }

  /** One LU of I−A. */
  @Benchmark
  public SquareSolver factor() {
    return SquareSolver.factorOwned(work, n, Backend.valueOf(backend), Monitor.NONE);
  }
}
