package org.sectoral.core.internal;

import java.util.Locale;
import org.sectoral.core.internal.nativeblas.NativeBlas;

/**
 * Which dense LU does the work. Policy ({@link #AUTO}, the default): native OpenBLAS LAPACK when it
 * loads on this platform and n ≥ {@link #NATIVE_MIN_ORDER}; otherwise the pure-Java blocked LU.
 * The system property {@value #PROPERTY} = {@code auto | native | java | reference} overrides it
 * for the whole JVM; {@link SquareSolver#factor(double[], int, Backend)} chooses per call (tests,
 * benchmarks). All backends agree to rounding (tests hold them to 1e-10 relative).
 */
public enum Backend {
  /** Native when available and worth the call overhead, else Java. */
  AUTO,
  /** OpenBLAS dgetrf/dgetrs/dgetri through JavaCPP, run on a thread with a 16 MiB stack. */
  NATIVE,
  /** Pure-Java right-looking blocked LU with partial pivoting, parallel trailing update. */
  JAVA,
  /** commons-math3 LUDecomposition: the slow textbook reference the others are tested against. */
  REFERENCE;

  /** The system property that overrides {@link #AUTO}. */
  public static final String PROPERTY = "sectoral.backend";
  /** Below this order the JNI and thread hand-over cost more than the native LU saves. */
  public static final int NATIVE_MIN_ORDER = 96;

  /** The backend named by {@value #PROPERTY} (AUTO when unset). */
  public static Backend configured() {
    String v = System.getProperty(PROPERTY, "auto").trim().toUpperCase(Locale.ROOT);
    try {
      return valueOf(v);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("System property " + PROPERTY + "=" + v
          + " is not one of auto, native, java, reference", e);
    }
  }

  /** The concrete backend for a matrix of order n (never AUTO). */
  public Backend resolve(int n) {
    if (this != AUTO) {
      return this;
    }
    return n >= NATIVE_MIN_ORDER && NativeBlas.isAvailable() ? NATIVE : JAVA;
  }
}
