package org.sectoral.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.sectoral.core.internal.nativeblas.NativeBlas;

/**
 * The trap: OpenBLAS's threaded dgetrf (org.bytedeco:openblas 0.3.31-1.5.13) crashed the JVM with
 * SIGSEGV at n = 3,500 when called from a thread with the default stack; a crash here kills the
 * test JVM and fails the build. The facade must be safe from any thread.
 */
class NativeStackTest {
  @Test
  void nativeLuFromDefaultStackThreadAtN3000() throws Exception {
    assumeTrue(NativeBlas.isAvailable(), "OpenBLAS not available on this platform");
    int n = 3000;
    double[] a = RandomMatrices.productive(n, 1, 42);
    double[] m = RandomMatrices.identityMinus(a, n);
    double[] b = RandomMatrices.vector(n, 43);
    AtomicReference<double[]> x = new AtomicReference<>();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread t = new Thread(() -> { // default stack size
      try {
        x.set(SquareSolver.factor(m, n, Backend.NATIVE).solve(b));
      } catch (Throwable e) {
        failure.set(e);
      }
    }, "default-stack-caller");
    t.start();
    t.join();
    assertThat(failure.get()).isNull();
    assertThat(BackendAgreementTest.residual(m, n, x.get(), b, false)).isLessThan(1e-12);
  }
}
