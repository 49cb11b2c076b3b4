package org.sectoral.core.internal.files;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Test hooks at the named steps of every write: they let kill and full-disk tests stop a real
 * command at each step instead of hoping a random signal lands there. Off unless the system
 * property {@value #PROPERTY} is set (one property lookup per step otherwise):
 *
 * <ul>
 *   <li>{@code halt@N} or {@code halt@STEP} or {@code halt@STEP#K}: {@link Runtime#halt} the
 *       JVM (exit status {@value #HALT_STATUS}, no shutdown hooks, no {@code finally} blocks:
 *       as {@code kill -9}) at the N-th step reached, or at the K-th (default first) step named
 *       STEP;
 *   <li>{@code fail@N}, {@code fail@STEP}, {@code fail@STEP#K}: throw an {@link IOException}
 *       there instead, as a full disk would;
 *   <li>{@code trace}: print {@code sectoral-fault-point N STEP} on standard error at each
 *       step, to learn the steps of a command.
 * </ul>
 *
 * <p>Steps are counted from 1 and the count restarts whenever the property's value changes;
 * text after a {@code |} is ignored, so that two runs in one JVM with the same setting can be
 * told apart by a run number ({@code fail@3|1}, {@code fail@3|2}). Step names: {@code
 * write} and {@code rename} of a single file ({@link AtomicFiles#write}); {@code stage},
 * {@code manifest}, {@code sync}, {@code aside}, {@code swap}, {@code cleanup} and {@code
 * recover} of an output folder ({@link OutputFolder}); each names the action about to be done.
 */
final class FaultPoints {
  /** The system property that arms the hooks. */
  static final String PROPERTY = "sectoral.internal.faults";
  /** The JVM's exit status when halted at a step. */
  static final int HALT_STATUS = 86;

  private static final AtomicInteger COUNT = new AtomicInteger();
  private static final Object LOCK = new Object();
  private static volatile String armedWith;
  private static int named;

  private FaultPoints() {}

  /** The steps reached since the property last changed (for tests in this package). */
  static int reachedSoFar() {
    return COUNT.get();
  }

  /** Called just before {@code step} is done: halts, fails or traces when armed. */
  static void reached(String step) throws IOException {
    String setting = System.getProperty(PROPERTY);
    if (setting == null && armedWith == null) {
      return;
    }
    int n;
    int k;
    String spec;
    synchronized (LOCK) {
      if (setting == null ? armedWith != null : !setting.equals(armedWith)) {
        armedWith = setting;
        COUNT.set(0);
        named = 0;
      }
      if (setting == null) {
        return;
      }
      int bar = setting.indexOf('|');
      spec = bar < 0 ? setting : setting.substring(0, bar);
      n = COUNT.incrementAndGet();
      int at = spec.indexOf('@');
      String where = at < 0 ? "" : spec.substring(at + 1);
      int hash = where.indexOf('#');
      String stepName = hash < 0 ? where : where.substring(0, hash);
      k = stepName.equals(step) ? ++named : 0;
    }
    if (spec.equals("trace")) {
      System.err.println("sectoral-fault-point " + n + " " + step);
      return;
    }
    int at = spec.indexOf('@');
    if (at < 0) {
      return;
    }
    String action = spec.substring(0, at);
    String where = spec.substring(at + 1);
    boolean hit;
    if (!where.isEmpty() && Character.isDigit(where.charAt(0))) {
      hit = Integer.parseInt(where) == n;
    } else {
      int hash = where.indexOf('#');
      int wanted = hash < 0 ? 1 : Integer.parseInt(where.substring(hash + 1));
      hit = k == wanted;
    }
    if (!hit) {
      return;
    }
    if (action.equals("halt")) {
      System.err.flush();
      Runtime.getRuntime().halt(HALT_STATUS);
    } else if (action.equals("fail")) {
      throw new IOException("injected fault before " + step + " (step " + n + ")");
    }
  }
}
