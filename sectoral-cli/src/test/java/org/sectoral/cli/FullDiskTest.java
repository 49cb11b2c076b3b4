package org.sectoral.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sectoral.core.testing.RandomEconomies;
import org.sectoral.cli.Workloads.Workload;
import org.sectoral.io.pymrio.PymrioWriter;

/**
 * A full disk, as an {@link IOException} injected at the N-th step of the writes of a command,
 * for every N (sampled for the demo), and, where the test may mount one, a real tmpfs that
 * fills up: the command ends with exit code 2 and one line, the previous output is untouched and
 * nothing is left beside it; a failure after the swap (in the cleanup) lets the command succeed
 * and the next run removes what is left.
 */
class FullDiskTest {
  @TempDir static Path root;
  private static Workloads work;

  @BeforeAll
  static void inputs() throws Exception {
    work = new Workloads(root);
  }

  @Test
  void analyzeConvertScenarioReportMonteCarloAndRunFailAtEveryStep() throws Exception {
    for (Workload w : List.of(work.analyze(3, 5), work.convert(), work.scenario(),
        work.report(), work.monteCarlo(), work.run())) {
      failAt(w, n -> true);
    }
  }

  @Test
  void demoFailsAtTheStepsOfItsSwapAndSomeWrites() throws Exception {
    failAt(work.demo(), n -> n % 60 == 7);
  }

  /** Fails the new run of {@code w} at each step N that {@code sample} takes and at the swap. */
  private static void failAt(Workload w, IntPredicate sample) throws Exception {
    Map<String, byte[]> old = w.makeOld();
    int steps = w.traceNew().size(); // replacing the old output, as every case does
    Map<String, byte[]> fresh = CliProcess.tree(w.target());
    assertThat(steps).as(w.name()).isGreaterThan(8);
    for (int n = 1; n <= steps; n++) {
      boolean last = n > steps - 7; // the outer manifest, sync, aside, swap and cleanup
      if (!last && !sample.test(n)) {
        continue;
      }
      String at = w.name() + " failing at step " + n + " of " + steps;
      CliProcess.restore(w.target(), old);
      CliProcess.Result r = CliProcess.withFaults("fail@" + n, w.newArgv());
      Map<String, byte[]> now = CliProcess.tree(w.target());
      if (r.code() == 0) { // the injected failure hit the cleanup after the swap
        assertThat(CliProcess.same(now, fresh)).as(at).isTrue();
        assertThat(CliProcess.inProcess(w.newArgv()).code()).as(at).isZero();
      } else {
        assertThat(r.code()).as("%s: %s", at, r.err()).isEqualTo(Failures.BAD_INPUT);
        assertThat(r.err()).as(at).contains("injected fault").doesNotContain("\tat ");
        assertThat(CliProcess.same(now, old)).as("%s: %s", at, CliProcess.difference(old, now))
            .isTrue();
      }
      assertThat(CliProcess.names(w.parent())).as(at)
          .containsExactly(w.target().getFileName().toString());
    }
  }

  /**
   * A real full disk: a 2 MB tmpfs holding the output of a small table, then analyze of a
   * larger one into it. Needs root and a kernel that lets the test mount (skipped otherwise).
   */
  @Test
  void aRealFullDiskLeavesThePreviousOutput() throws Exception {
    Path mount = Files.createDirectories(root.resolve("tmpfs"));
    assumeTrue(System.getProperty("os.name").startsWith("Linux")
        && "root".equals(System.getProperty("user.name")), "needs root on Linux");
    assumeTrue(exec("mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", mount.toString()) == 0,
        "mount not allowed here");
    try {
      Path small = root.resolve("small");
      Path large = root.resolve("large");
      PymrioWriter.write(RandomEconomies.multiRegion(2, 4, 3), small);
      PymrioWriter.write(RandomEconomies.multiRegion(8, 25, 4), large);
      Path out = mount.resolve("analysis");
      assertThat(CliProcess.inProcess("analyze", small.toString(), "--out", out.toString())
          .code()).isZero();
      Map<String, byte[]> old = CliProcess.tree(out);
      CliProcess.Result r = CliProcess.inProcess("analyze", large.toString(), "--out",
          out.toString(), "--with-inverse");
      assertThat(r.code()).as(r.err()).isEqualTo(Failures.BAD_INPUT);
      assertThat(r.err()).contains("No space left on device").doesNotContain("\tat ");
      assertThat(CliProcess.same(CliProcess.tree(out), old)).isTrue();
      assertThat(CliProcess.names(mount)).containsExactly("analysis");
    } finally {
      exec("umount", mount.toString());
    }
  }

  private static int exec(String... cmd) throws Exception {
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    p.getInputStream().readAllBytes();
    return p.waitFor(30, TimeUnit.SECONDS) ? p.exitValue() : -1;
  }
}
