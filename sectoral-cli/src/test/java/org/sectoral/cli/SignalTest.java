package org.sectoral.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sectoral.core.CancellationToken;
import org.sectoral.core.testing.RandomEconomies;
import org.sectoral.io.pymrio.PymrioWriter;

/**
 * Stopping commands: a cancelled token in this JVM, and SIGTERM to {@code analyze} in a child
 * JVM on a table large enough to take seconds (a seeded 8 × 160 multi-region table, n = 1,280,
 * with L): sent once the command is reading and once it is writing, it stops within the hook's
 * wait with exit code 143 and one line, the previous output folder exactly as it was and
 * nothing left beside it (the work area removed).
 */
class SignalTest {
  @TempDir static Path root;
  private static Path big;
  private static Path small;

  @BeforeAll
  static void inputs() throws Exception {
    big = root.resolve("in/big");
    small = root.resolve("in/small");
    PymrioWriter.write(RandomEconomies.multiRegion(8, 160, 3), big);
    PymrioWriter.write(RandomEconomies.multiRegion(2, 3, 4), small);
  }

  /** A cancelled token in this JVM: exit code 130, one line, the old output as it was. */
  @Test
  void cancelledCommandsStopWithOneLineAndLeaveTheOldOutput() throws Exception {
    Path parent = Files.createDirectories(root.resolve("out-token"));
    Path out = parent.resolve("analysis");
    CliProcess.Result old = CliProcess.inProcess("analyze", small.toString(), "--out",
        out.toString());
    assertThat(old.code()).as(old.err()).isZero();
    Map<String, byte[]> before = CliProcess.tree(out);
    CancellationToken token = CancellationToken.create();
    token.cancel();
    for (String[] args : List.of(
        new String[] {"analyze", small.toString(), "--out", out.toString(), "--derived-only"},
        new String[] {"convert", small.toString(), out.toString()},
        new String[] {"convert", small.toString(), parent.resolve("t.json").toString()})) {
      StringWriter err = new StringWriter();
      int code = SectoralCli.run(new PrintWriter(new StringWriter(), true),
          new PrintWriter(err, true), token, args);
      assertThat(code).as(err.toString()).isEqualTo(130);
      assertThat(err.toString().lines().filter(l -> l.startsWith("sectoral: stopped")))
          .as(err.toString()).containsExactly("sectoral: stopped (reading cancelled); the "
              + "previous output is left as it was");
      assertThat(CliProcess.same(before, CliProcess.tree(out))).as(args[0]).isTrue();
      assertThat(CliProcess.names(parent)).as(args[0]).containsExactly("analysis");
    }
  }

  @Test
  void sigtermWhileReadingLeavesThePreviousOutput() throws Exception {
    stopAt("reading", "sectoral: reading ", 100);
  }

  @Test
  void sigtermWhileWritingLeavesThePreviousOutput() throws Exception {
    stopAt("writing", "; writing ", 200);
  }

  /**
   * Runs analyze of the big table over an old output; SIGTERM {@code delayMillis} after stderr
   * shows {@code marker}.
   */
  private void stopAt(String word, String marker, long delayMillis) throws Exception {
    assumeFalse(System.getProperty("os.name").toLowerCase(Locale.ROOT).startsWith("windows"),
        "Process.destroy sends SIGTERM only on Unix-like systems");
    Path parent = Files.createDirectories(root.resolve("out-" + word));
    Path out = parent.resolve("analysis");
    CliProcess.Result old = CliProcess.inProcess("analyze", small.toString(), "--out",
        out.toString());
    assertThat(old.code()).as(old.err()).isZero();
    Map<String, byte[]> before = CliProcess.tree(out);

    Path logs = root.resolve("logs-" + word);
    Process p = CliProcess.start(logs, null, "analyze", big.toString(), "--out", out.toString(),
        "--with-inverse");
    Path err = logs.resolve("err.txt");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (!Files.readString(err).contains(marker) && p.isAlive()) {
      assertThat(System.nanoTime()).as("no '%s' on stderr: %s", marker, Files.readString(err))
          .isLessThan(deadline);
      Thread.sleep(20);
    }
    assertThat(p.isAlive()).as("finished before the signal: %s", Files.readString(err))
        .isTrue();
    Thread.sleep(delayMillis);
    long signalled = System.nanoTime();
    p.destroy(); // SIGTERM
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).as("still running after SIGTERM").isTrue();
    double seconds = (System.nanoTime() - signalled) / 1e9;

    String text = Files.readString(err);
    assertThat(p.exitValue()).as(text).isEqualTo(143);
    List<String> lines = text.lines().filter(l -> l.contains("stopped")).toList();
    assertThat(lines).as(text).hasSize(1);
    assertThat(lines.get(0)).startsWith("sectoral: stopped")
        .contains("the previous output is left as it was");
    assertThat(text).doesNotContain("Exception", "\tat ");
    // the hook waits at most 2 s; a loaded machine gets some slack on top
    assertThat(seconds).as("seconds from SIGTERM to exit").isLessThan(
        SignalCancellation.WAIT_MILLIS / 1000.0 + 3);
    assertThat(CliProcess.same(before, CliProcess.tree(out)))
        .as("old output intact: %s", CliProcess.difference(before, CliProcess.tree(out)))
        .isTrue();
    assertThat(CliProcess.names(parent)).as("nothing beside the output").containsExactly(
        "analysis");
  }
}
