package org.sectoral.core.uncertainty;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Runs the draws of a {@link MonteCarlo} somewhere: on this machine ({@link #local(int)}) or on
 * a cluster (the {@code model-spark} module's Spark runner). Every runner gives the same result
 * bit for bit for the same Monte Carlo. Close it to release what it holds (a Spark session).
 */
public interface MonteCarloRunner extends AutoCloseable {
  /** Runs every draw and summarizes. */
  MonteCarloResult run(MonteCarlo monteCarlo);

  /** Releases the runner's resources (nothing for the local runner). */
  @Override
  default void close() {}

  /** Runs on this machine on {@code threads} threads. */
  static MonteCarloRunner local(int threads) {
    checkArgument(threads >= 1, "Threads %s must be ≥ 1", threads);
    return mc -> mc.run(threads);
  }

  /** Runs on this machine on every processor. */
  static MonteCarloRunner local() {
    return local(Runtime.getRuntime().availableProcessors());
  }

  /**
   * Finds a runner by name among the {@link Provider}s on the class path (opt-in discovery with
   * {@link ServiceLoader}; e.g. {@code "spark"} when {@code model-spark} is there) and opens it
   * on {@code target} (for Spark, the master URL such as {@code local[2]}).
   */
  static Optional<MonteCarloRunner> discover(String name, String target) {
    checkNotNull(name, "name");
    for (Provider p : ServiceLoader.load(Provider.class)) {
      if (p.name().equals(name)) {
        return Optional.of(p.open(target));
      }
    }
    return Optional.empty();
  }

  /** A kind of runner that {@link #discover} can find ({@code META-INF/services}). */
  interface Provider {
    /** The runner's name, e.g. {@code "spark"}. */
    String name();

    /** Opens a runner on a target (e.g. a Spark master URL). */
    MonteCarloRunner open(String target);
  }
}
