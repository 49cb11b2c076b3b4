package org.sectoral.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sectoral.core.internal.files.OutputFolder;
import org.sectoral.cli.Workloads.Workload;

/**
 * kill -9 of every command that writes, in a child JVM: halted ({@code Runtime.halt}, which runs
 * no {@code finally} and no shutdown hook) just before named steps of its writes (every step for
 * analyze), and killed with SIGKILL after random delays. After each crash the output folder
 * holds the old output untouched or the new one complete (or, killed between the two renames of
 * the swap, nothing, with the work area holding both); after the recovery that the next run
 * does first, the old output or the complete new one and nothing else beside it; a run of the
 * command itself after the crash writes the new output and leaves nothing over. Two child JVMs
 * run at a time, each on its own copy of the output.
 */
class KillTest {
  private static final int WORKERS = 2;
  @TempDir static Path root;
  private static Workloads work;
  private static ExecutorService pool;

  @BeforeAll
  static void inputs() throws Exception {
    work = new Workloads(root);
    pool = Executors.newFixedThreadPool(WORKERS);
  }

  @AfterAll
  static void stop() {
    pool.shutdownNow();
  }

  @Test
  void analyzeHaltedBeforeEveryStepOfItsWrites() throws Exception {
    Workload w = work.analyze(2, 4);
    haltAt(w, step -> true, 3);
    haltedInTheRecoveryOfAHaltedSwap(w);
  }

  /**
   * convert, scenario, report, montecarlo and run, halted at the steps of the swap and in
   * between.
   */
  @Test
  void everyOtherCommandHaltedAtTheStepsOfItsSwap() throws Exception {
    for (Workload w : List.of(work.convert(), work.scenario(), work.report(), work.monteCarlo(),
        work.run())) {
      haltAt(w, Set.of("aside", "swap", "cleanup")::contains, 2);
    }
  }

  /** demo: halted when the old report is about to be put aside, and between the renames. */
  @Test
  void demoHaltedInTheMiddleOfItsSwap() throws Exception {
    haltAt(work.demo(), Set.of("aside", "swap")::contains, 2);
  }

  /** A case: halt before step {@code n}, on copy {@code copy} of the output. */
  private record Expectations(Workload w, Map<String, byte[]> old, Map<String, byte[]> fresh) {}

  /**
   * Halts {@code w}'s new run before each chosen step (a step name's last occurrence is the
   * outer transaction's; earlier ones are folders written by their own transaction into the
   * stage), the first write and a step in the middle; every {@code rerunEvery}-th case is
   * followed by a run of the command itself instead of the test's recovery.
   */
  private void haltAt(Workload w, Predicate<String> chosen, int rerunEvery) throws Exception {
    Map<String, byte[]> old0 = w.makeOld();
    Map<Integer, String> steps = w.traceNew(); // replacing the old output, as every case does
    int aside = Workloads.last(steps, "aside");
    int swap = Workloads.last(steps, "swap");
    assertThat(swap).as("%s steps %s", w.name(), steps).isEqualTo(aside + 1);
    ConcurrentLinkedQueue<Integer> cases = new ConcurrentLinkedQueue<>();
    steps.forEach((n, s) -> {
      if (chosen.test(s) || n == steps.size() / 2 || s.equals("write") && cases.isEmpty()) {
        cases.add(n);
      }
    });
    List<Expectations> copies = new ArrayList<>();
    for (int i = 0; i < (cases.size() > 3 ? WORKERS : 1); i++) {
      Workload c = w.copy(i);
      Map<String, byte[]> old = i == 0 ? old0 : c.makeOld();
      if (i > 0) {
        assertThat(CliProcess.inProcess(c.newArgv()).code()).isZero();
      }
      Map<String, byte[]> fresh = CliProcess.tree(c.target());
      assertThat(CliProcess.same(fresh, old)).as(c.name()).isFalse();
      copies.add(new Expectations(c, old, fresh));
    }
    List<Future<?>> running = new ArrayList<>();
    for (Expectations e : copies) {
      running.add(pool.submit(() -> {
        int i = 0;
        for (Integer n = cases.poll(); n != null; n = cases.poll()) {
          haltOnce(e, n, steps.get(n), aside, swap, ++i % rerunEvery == 0);
        }
        return null;
      }));
    }
    for (Future<?> f : running) {
      try {
        f.get();
      } catch (ExecutionException ex) {
        if (ex.getCause() instanceof Error err) {
          throw err;
        }
        throw ex;
      }
    }
  }

  private static void haltOnce(Expectations e, int n, String step, int aside, int swap,
      boolean rerun) throws Exception {
    Workload w = e.w();
    String at = w.name() + " halted before step " + n + " (" + step + ")";
    CliProcess.restore(w.target(), e.old());
    CliProcess.Result r = CliProcess.child(w.parent().resolveSibling("logs-" + n + "-"
        + w.parent().getFileName()), "halt@" + n, w.newArgv());
    assertThat(r.code()).as("%s: %s", at, r.err()).isEqualTo(CliProcess.HALTED);
    Map<String, byte[]> now = CliProcess.tree(w.target());
    if (n <= aside) {
      assertThat(CliProcess.same(now, e.old())).as("%s: %s", at,
          CliProcess.difference(e.old(), now)).isTrue();
    } else if (n == swap) {
      assertThat(w.target()).as(at).doesNotExist(); // between the two renames
    } else {
      assertThat(CliProcess.same(now, e.fresh())).as(at).isTrue();
    }
    Map<String, byte[]> expected = n <= aside ? e.old() : e.fresh();
    if (rerun) { // the next run recovers, then writes
      CliProcess.Result again = CliProcess.inProcess(w.newArgv());
      assertThat(again.code()).as("%s, run again: %s", at, again.err()).isZero();
      expected = e.fresh();
    } else {
      OutputFolder.recover(w.target());
    }
    Map<String, byte[]> after = CliProcess.tree(w.target());
    assertThat(CliProcess.same(after, expected)).as("%s: %s", at,
        CliProcess.difference(expected, after)).isTrue();
    assertThat(CliProcess.names(w.parent())).as(at)
        .containsExactly(w.target().getFileName().toString());
  }

  /** Halted between the renames, then halted again in the next run's recovery. */
  private static void haltedInTheRecoveryOfAHaltedSwap(Workload w) throws Exception {
    Map<String, byte[]> old = w.makeOld();
    Map<Integer, String> steps = w.traceNew();
    Map<String, byte[]> fresh = CliProcess.tree(w.target());
    CliProcess.restore(w.target(), old);
    Path logs = root.resolve("logs-recover");
    CliProcess.child(logs, "halt@" + Workloads.last(steps, "swap"), w.newArgv());
    assertThat(w.target()).doesNotExist();
    CliProcess.Result r = CliProcess.child(logs, "halt@recover", w.newArgv());
    assertThat(r.code()).as(r.err()).isEqualTo(CliProcess.HALTED);
    assertThat(w.target()).doesNotExist();
    OutputFolder.recover(w.target());
    assertThat(CliProcess.same(CliProcess.tree(w.target()), fresh)).isTrue();
    assertThat(CliProcess.same(fresh, old)).isFalse();
    assertThat(CliProcess.names(w.parent())).containsExactly(
        w.target().getFileName().toString());
  }

  /**
   * analyze of a 240-sector table with L killed by SIGKILL after random delays: wherever the
   * kill lands (starting, reading, solving, writing the stage, swapping), the old output or the
   * new one survives, whole.
   */
  @Test
  void analyzeKilledAtRandomMoments() throws Exception {
    Workload w = work.analyze(8, 30);
    Map<String, byte[]> old = w.makeOld();
    long start = System.nanoTime();
    CliProcess.Result full = CliProcess.child(root.resolve("logs-full"), null, w.newArgv());
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertThat(full.code()).as(full.err()).isZero();
    Map<String, byte[]> fresh = CliProcess.tree(w.target());
    Random random = new Random(11);
    int keptOld = 0;
    for (int k = 0; k < 5; k++) {
      CliProcess.restore(w.target(), old);
      long delay = (long) (millis * (0.35 + 0.65 * random.nextDouble()));
      Process p = CliProcess.start(root.resolve("logs-kill" + k), null, w.newArgv());
      boolean ended = p.waitFor(delay, TimeUnit.MILLISECONDS);
      p.destroyForcibly(); // SIGKILL
      p.waitFor();
      String at = "killed after " + delay + " ms of " + millis + (ended ? " (had ended)" : "");
      Map<String, byte[]> now = CliProcess.tree(w.target());
      boolean wasOld = CliProcess.same(now, old);
      assertThat(wasOld || CliProcess.same(now, fresh) || !Files.exists(w.target()))
          .as("%s: %s", at, CliProcess.difference(fresh, now)).isTrue();
      keptOld += wasOld ? 1 : 0;
      OutputFolder.recover(w.target());
      now = CliProcess.tree(w.target());
      assertThat(CliProcess.same(now, old) || CliProcess.same(now, fresh)).as(at).isTrue();
      assertThat(CliProcess.names(w.parent())).as(at).containsExactly(
          w.target().getFileName().toString());
    }
    assertThat(keptOld).as("kills that landed before the swap").isPositive();
  }
}
