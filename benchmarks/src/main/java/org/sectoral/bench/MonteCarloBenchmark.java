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
import org.sectoral.core.uncertainty.MonteCarlo;
import org.sectoral.core.uncertainty.MonteCarloResult;
import org.sectoral.core.uncertainty.ResultFunctions;
import org.sectoral.core.uncertainty.TablePerturbation;
import org.sectoral.examples.vietnam.VietNamModels;

/**
 * Monte Carlo of the domestic value-added content by sector on the embedded 18-sector Viet Nam
 * model: every technical coefficient × a lognormal factor (CV 0.1), table rebuilt, model
 * factorized and contents solved in each draw, summarized with 5/50/95 percentiles. Target:
 * 10,000 draws in under 10 s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
public class MonteCarloBenchmark {
  /** Number of draws. */
  @Param({"10000"})
  public int draws;

  /** Threads (the machine's processors by default). */
  @Param({"0"})
  public int threads;

  MonteCarlo monteCarlo;

  /** Builds the model and the Monte Carlo (not timed). */
  @Setup
  public void setup() {
    monteCarlo = MonteCarlo.builder().table(VietNamModels.southeast2024().national())
        .perturb(TablePerturbation.coefficients(0.1))
        .result(ResultFunctions.domesticValueAddedContent()).draws(draws).seed(20261206L)
        .build();
    monteCarlo.baseline();
  }

  /** Every draw and the summary. */
  @Benchmark
  public MonteCarloResult dvaContentVietNam() {
    return threads > 0 ? monteCarlo.run(threads) : monteCarlo.run();
  }
}
