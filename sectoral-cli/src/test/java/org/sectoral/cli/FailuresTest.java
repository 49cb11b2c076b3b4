package org.sectoral.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;
import org.sectoral.core.ErrorCode;
import org.sectoral.core.SectoralException;

/** A domain failure keeps its exit code and message when a runner wraps it. */
class FailuresTest {
  private final StringWriter text = new StringWriter();
  private final PrintWriter err = new PrintWriter(text);

  @Test
  void aCheckFailureWrappedByADistributedJobExitsOneWithTheDomainMessage() {
    // what Spark's driver throws when a task fails: the executor's exception as a cause
    RuntimeException job = new RuntimeException("Job aborted due to stage failure",
        new RuntimeException("Task 3 failed",
            new SectoralException(ErrorCode.NOT_PRODUCTIVE, "draw 17: not productive")));

    assertThat(Failures.report(job, err)).isEqualTo(Failures.CHECK_FAILED);
    assertThat(text.toString()).isEqualTo("sectoral: [NOT_PRODUCTIVE] draw 17: not productive"
        + System.lineSeparator()).doesNotContain("Job aborted");
  }

  @Test
  void anInputErrorWrappedByAFutureExitsTwo() {
    ExecutionException wrapped = new ExecutionException(
        new SectoralException(ErrorCode.UNKNOWN_KEY, "no sector S9"));

    assertThat(Failures.report(wrapped, err)).isEqualTo(Failures.BAD_INPUT);
    assertThat(text.toString()).contains("no sector S9");
  }

  @Test
  void aWrapperWithoutADomainCauseIsStillAnInternalError() {
    RuntimeException bug = new RuntimeException("boom", new IllegalStateException("state"));

    assertThat(Failures.report(bug, err)).isEqualTo(Failures.INTERNAL);
    assertThat(text.toString()).contains("internal error (RuntimeException: boom)");
  }
}
