package org.sectoral.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sectoral.core.uncertainty.MonteCarlo;
import org.sectoral.core.uncertainty.MonteCarloResult;
import org.sectoral.core.uncertainty.ResultFunctions;
import org.sectoral.core.uncertainty.TablePerturbation;
import org.sectoral.examples.vietnam.VietNamModels;

/** {@code sectoral montecarlo}: files, numbers equal to the library's, and usage errors. */
class MonteCarloCommandTest {
  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return SectoralCli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true))
        .execute(args);
  }

  @Test
  void writesTheSummaryTheLibraryComputesForTheSameSeed() throws Exception {
    assertThat(run("montecarlo", "builtin:vietnam-southeast-2024", "--draws", "40", "--seed",
        "7", "--cv", "0.1", "--threads", "2", "--keep-draws", "--out", dir.toString()))
        .as(err.toString()).isZero();
    List<String> lines = Files.readAllLines(dir.resolve("summary.csv"));
    assertThat(lines.get(0)).isEqualTo("output,unit,baseline,mean,sd,p5,p50,p95");
    assertThat(lines).hasSize(1 + 18);
    MonteCarloResult lib = MonteCarlo.builder().table(VietNamModels.southeast2024().national())
        .perturb(TablePerturbation.coefficients(0.1))
        .result(ResultFunctions.domesticValueAddedContent()).draws(40).seed(7).build().run(1);
    String[] tex = lines.stream().filter(l -> l.startsWith("TEX,")).findFirst().orElseThrow()
        .split(",");
    assertThat(Double.parseDouble(tex[2])).isEqualTo(lib.summary("TEX").baseline());
    assertThat(Double.parseDouble(tex[3])).isEqualTo(lib.summary("TEX").mean());
    assertThat(Double.parseDouble(tex[7])).isEqualTo(lib.summary("TEX").percentile(95));
    // calibrated to 0.50 (textiles' domestic value-added share of exports)
    assertThat(Double.parseDouble(tex[2])).isCloseTo(0.50, org.assertj.core.api.Assertions
        .within(1e-6));
    List<String> draws = Files.readAllLines(dir.resolve("draws.csv"));
    assertThat(draws).hasSize(41);
    assertThat(draws.get(0)).startsWith("draw,AGR,MIN,");
    assertThat(out.toString()).contains("TEX", "p5 – p95");
  }

  @Test
  void badOptionsExitWithTwoAndAMessage() {
    String table = "builtin:vietnam-southeast-2024";
    String o = dir.toString();
    assertThat(run("montecarlo", table, "--draws", "0", "--out", o)).isEqualTo(2);
    assertThat(err.toString()).contains("--draws");
    assertThat(run("montecarlo", table, "--cv", "-1", "--out", o)).isEqualTo(2);
    assertThat(run("montecarlo", table, "--percentiles", "0,50", "--out", o)).isEqualTo(2);
    assertThat(run("montecarlo", table, "--result", "nonsense", "--out", o)).isEqualTo(2);
    assertThat(run("montecarlo", table, "--perturb", "stressors:water", "--out", o))
        .isEqualTo(2);
    assertThat(err.toString()).contains("water");
    assertThat(run("montecarlo", table, "--perturb", "everything", "--out", o)).isEqualTo(2);
    assertThat(run("montecarlo", dir.resolve("missing.csv").toString(), "--out", o))
        .isEqualTo(2);
    // model-spark is not on this module's class path: a clear message, not a stack trace
    err.getBuffer().setLength(0);
    assertThat(run("montecarlo", table, "--draws", "2", "--spark", "local[1]", "--out", o))
        .isEqualTo(2);
    assertThat(err.toString()).contains("model-spark").doesNotContain("\tat ");
    assertThat(Files.exists(dir.resolve("summary.csv"))).isFalse();
  }
}
