package org.sectoral.core.internal.nativeblas;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.IntPointer;
import org.bytedeco.javacpp.Loader;
import org.bytedeco.openblas.global.openblas;

/**
 * Loads OpenBLAS (bundled in {@code org.bytedeco:openblas} for the platform) and runs every native
 * call on one dedicated thread with a {@value #STACK_BYTES}-byte stack.
 *
 * <p>Why the thread: OpenBLAS 0.3.31's multi-threaded LAPACK (JavaCPP 1.5.13) crashes the JVM with
 * SIGSEGV when dgetrf runs on a thread with the default Java stack (1 MiB on Linux x86-64) at
 * n ≈ 2,000–3,500; with an 8–16 MiB stack it runs at full speed. A library cannot rely on its
 * caller's {@code -Xss}, so the calls never run on the caller's thread. The worker thread is a
 * daemon and ends after {@value #KEEP_ALIVE_SECONDS} s idle. Calls are serialized; OpenBLAS itself
 * uses every core for one call.
 */
public final class NativeBlas {
  /** Stack size of the worker thread: 16 MiB. */
  public static final long STACK_BYTES = 16L << 20;
  static final long KEEP_ALIVE_SECONDS = 30;

  private static final ThreadPoolExecutor EXECUTOR = newExecutor();
  private static final Supplier<Throwable> LOAD_FAILURE = Suppliers.memoize(NativeBlas::load);

  private NativeBlas() {}

  private static ThreadPoolExecutor newExecutor() {
    ThreadGroup group = Thread.currentThread().getThreadGroup();
    AtomicInteger count = new AtomicInteger();
    ThreadPoolExecutor e = new ThreadPoolExecutor(1, 1, KEEP_ALIVE_SECONDS, TimeUnit.SECONDS,
        new LinkedBlockingQueue<>(), r -> {
          Thread t = new Thread(group, r, "sectoral-openblas-" + count.incrementAndGet(),
              STACK_BYTES);
          t.setDaemon(true);
          return t;
        });
    e.allowCoreThreadTimeOut(true);
    return e;
  }

  /** Null when OpenBLAS loaded, else why not (probed once, on the worker thread). */
  private static Throwable load() {
    try {
      return submit(() -> {
        Loader.load(openblas.class);
        // a real 2 × 2 LU end to end: allocation, the LAPACK call, the result
        try (DoublePointer m = new DoublePointer(4.0, 1.0, 2.0, 3.0);
            IntPointer ipiv = new IntPointer(2)) {
          int info = openblas.LAPACKE_dgetrf(openblas.LAPACK_COL_MAJOR, 2, 2, m, 2, ipiv);
          if (info != 0 || m.get(0) != 4.0 || m.get(1) != 0.25) {
            throw new IllegalStateException("OpenBLAS self-test failed: info " + info);
          }
        }
        return null;
      });
    } catch (RuntimeException | LinkageError e) {
      return e.getCause() != null ? e.getCause() : e;
    }
  }

  /** Whether the native library loads on this platform. */
  public static boolean isAvailable() {
    return LOAD_FAILURE.get() == null;
  }

  /** Why the native library is unavailable (null when it is available). */
  public static Throwable loadFailure() {
    return LOAD_FAILURE.get();
  }

  /**
   * Runs a native task on the big-stack worker thread and waits for it. If the waiting thread is
   * interrupted it stops waiting (the native call finishes in the background) and throws
   * {@link CancellationException} with the interrupt flag kept set.
   */
  public static <T> T call(Callable<T> task) {
    if (!isAvailable()) {
      throw new IllegalStateException("OpenBLAS is not available on this platform",
          loadFailure());
    }
    return submit(task);
  }

  private static <T> T submit(Callable<T> task) {
    Future<T> f = EXECUTOR.submit(task);
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CancellationException("Native call interrupted");
    } catch (ExecutionException e) {
      Throwable c = e.getCause();
      if (c instanceof RuntimeException) {
        throw (RuntimeException) c;
      }
      if (c instanceof Error) {
        throw (Error) c;
      }
      throw new IllegalStateException(c);
    }
  }
}
