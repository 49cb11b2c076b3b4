package org.sectoral.cli;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.channels.ClosedByInterruptException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CancellationException;
import org.sectoral.core.ErrorCode;
import org.sectoral.core.SectoralArgumentException;
import org.sectoral.core.SectoralException;

/**
 * What the command line prints and returns for a failure: one line on stderr, never a stack
 * trace, and an exit code — {@value #CHECK_FAILED} when the economics fails a check (an
 * unbalanced or non-productive table, an inaccurate solve, a scenario that leaves value added
 * negative), {@value #BAD_INPUT} for bad input or options (a malformed or missing file, a value
 * out of its domain, an output folder that is not Sectoral's, a file that cannot be read or
 * written), {@value #INTERNAL} for an unexpected error (out of memory, or a bug in Sectoral),
 * {@value #STOPPED} when stopped by Ctrl-C (after SIGTERM the process exits with 143).
 * With {@code -Dsectoral.debug=true} the stack trace follows the line.
 */
final class Failures {
  /** A check failed: the table or scenario is well-formed, its economics is not. */
  static final int CHECK_FAILED = 1;
  /** Bad input or options, or files that cannot be read or written. */
  static final int BAD_INPUT = 2;
  /** Out of memory, or a bug in Sectoral. */
  static final int INTERNAL = 3;
  /** Stopped by Ctrl-C or SIGTERM (128 + SIGINT, as a shell reports it). */
  static final int STOPPED = 130;

  /** Codes of {@link SectoralException} that mean the input, not the economics, is wrong. */
  private static final Set<ErrorCode> INPUT_CODES = EnumSet.of(ErrorCode.NON_FINITE_VALUE,
      ErrorCode.UNKNOWN_KEY, ErrorCode.DUPLICATE_KEY, ErrorCode.DIMENSION_MISMATCH,
      ErrorCode.MISSING_BLOCK, ErrorCode.OUT_OF_RANGE, ErrorCode.OUTPUT_NOT_OWNED,
      ErrorCode.OUTPUT_OVERLAPS_INPUT, ErrorCode.OUTPUT_IN_USE);

  private Failures() {}

  /** The exit code of a {@link SectoralException}'s code. */
  static int exitCode(ErrorCode code) {
    return INPUT_CODES.contains(code) ? BAD_INPUT : CHECK_FAILED;
  }

  /** Prints one line about {@code t} on {@code err} and returns the exit code. */
  static int report(Throwable t, PrintWriter err) {
    Throwable e = t instanceof UncheckedIOException u && u.getCause() != null ? u.getCause() : t;
    int code;
    String message;
    if (stopped(e)) {
      code = STOPPED;
      message = "stopped (" + (e.getMessage() == null ? "interrupted" : e.getMessage())
          + "); the previous output is left as it was";
    } else if (e instanceof SectoralArgumentException a) {
      code = BAD_INPUT;
      message = a.getMessage();
    } else if (e instanceof SectoralException s) {
      code = exitCode(s.code());
      message = s.getMessage();
    } else if (e instanceof JsonProcessingException j) {
      JsonLocation l = j.getLocation();
      code = BAD_INPUT;
      message = (l == null ? "" : String.format(Locale.ROOT, "line %d, column %d: ",
          l.getLineNr(), l.getColumnNr())) + "not valid JSON: " + j.getOriginalMessage();
    } else if (e instanceof NoSuchFileException n) {
      code = BAD_INPUT;
      message = n.getFile() + ": no such file or folder"
          + (n.getReason() == null || n.getReason().startsWith("no such") ? ""
              : " (" + n.getReason() + ")");
    } else if (e instanceof AccessDeniedException a) {
      code = BAD_INPUT;
      message = a.getFile() + ": permission denied";
    } else if (e instanceof FileSystemException f) {
      code = BAD_INPUT;
      message = f.getMessage();
    } else if (e instanceof IOException
        || e instanceof IllegalArgumentException
        || e instanceof UnsupportedOperationException) {
      code = BAD_INPUT;
      message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    } else if (e instanceof OutOfMemoryError) {
      code = INTERNAL;
      message = String.format(Locale.ROOT, "not enough memory: Java may use %,d MB here; give it "
          + "more, e.g. SECTORAL_JAVA_OPTS=-Xmx16g ./sectoral …, or use a smaller table",
          Runtime.getRuntime().maxMemory() >> 20);
    } else {
      code = INTERNAL;
      message = "internal error (" + oneLine(e) + "). This is a bug in Sectoral: please report it"
          + " with the command you ran; SECTORAL_JAVA_OPTS=-Dsectoral.debug=true shows the"
          + " details";
    }
    err.println("sectoral: " + oneLine(message));
    if (Boolean.getBoolean("sectoral.debug")) {
      t.printStackTrace(err);
    }
    err.flush();
    return code;
  }

  /** Whether {@code e} is how a stage stops on a cancelled token or an interrupt. */
  private static boolean stopped(Throwable e) {
    for (Throwable c = e; c != null; c = c.getCause()) {
      if (c instanceof CancellationException || c instanceof ClosedByInterruptException
          || c instanceof InterruptedIOException || c instanceof InterruptedException) {
        return true;
      }
    }
    return false;
  }

  private static String oneLine(Throwable e) {
    return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
  }

  private static String oneLine(String s) {
    return s.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
  }
}
