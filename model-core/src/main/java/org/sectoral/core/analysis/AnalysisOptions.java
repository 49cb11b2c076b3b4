package org.sectoral.core.analysis;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.Sets;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import org.sectoral.core.ProgressListener;
import org.sectoral.core.leontief.HouseholdClosure;
import org.sectoral.core.leontief.SolverOptions;

/**
 * What an {@link Analysis} computes and how: the solver, whether the Leontief inverse L is
 * formed, the household closure of Type II, the {@link AnalysisPart}s and a progress listener.
 * Immutable; {@link #defaults()} is the direct solver, no inverse, the textbook closure
 * (compensation of employees) and every part.
 *
 * <pre>{@code
 * AnalysisOptions o = AnalysisOptions.builder()
 *     .solver(SolverOptions.iterative(1e-12))
 *     .closure(HouseholdClosure.of(HouseholdIncome.total(143_398)))
 *     .parts(AnalysisPart.MULTIPLIERS, AnalysisPart.LINKAGES)
 *     .build();
 * }</pre>
 */
public final class AnalysisOptions {
  private static final AnalysisOptions DEFAULTS = builder().build();

  private final SolverOptions solver;
  private final boolean withInverse;
  private final HouseholdClosure closure;
  private final Set<AnalysisPart> parts;
  private final ProgressListener progress;

  private AnalysisOptions(Builder b) {
    this.solver = b.solver;
    this.withInverse = b.withInverse;
    this.closure = b.closure;
    this.parts = Sets.immutableEnumSet(b.parts);
    this.progress = b.progress;
  }

  /** Direct solver, no inverse, the default closure, every part, no progress reports. */
  public static AnalysisOptions defaults() {
    return DEFAULTS;
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder starting from these options. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.solver = solver;
    b.withInverse = withInverse;
    b.closure = closure;
    b.parts = EnumSet.copyOf(parts);
    b.progress = progress;
    return b;
  }

  /** How I − A is solved (direct LU or iterative), with the solver's own progress listener. */
  public SolverOptions solver() {
    return solver;
  }

  /** Whether the Leontief inverse L = (I − A)⁻¹ is formed (n × n; off by default). */
  public boolean withInverse() {
    return withInverse;
  }

  /** The household closure of Type II multipliers. */
  public HouseholdClosure closure() {
    return closure;
  }

  /** The parts to compute, where they apply (unmodifiable, in enum order). */
  public Set<AnalysisPart> parts() {
    return parts;
  }

  /** Whether {@code part} is asked for. */
  public boolean includes(AnalysisPart part) {
    return parts.contains(checkNotNull(part, "part"));
  }

  /**
   * Receives one report when each stage starts (fraction 0) and ends (fraction 1), the stage
   * named {@code "model"} or after the part ({@link AnalysisPart#id()}); NaN residuals.
   */
  public ProgressListener progress() {
    return progress;
  }

  @Override
  public String toString() {
    return "AnalysisOptions{solver=" + solver + ", withInverse=" + withInverse + ", closure="
        + closure + ", parts=" + parts + "}";
  }

  /** Builds {@link AnalysisOptions}; every setter checks its argument. */
  public static final class Builder {
    private SolverOptions solver = SolverOptions.direct();
    private boolean withInverse;
    private HouseholdClosure closure = HouseholdClosure.compensation();
    private EnumSet<AnalysisPart> parts = EnumSet.allOf(AnalysisPart.class);
    private ProgressListener progress = ProgressListener.NONE;

    Builder() {}

    /** The solver (default {@link SolverOptions#direct()}). */
    public Builder solver(SolverOptions options) {
      this.solver = checkNotNull(options, "options");
      return this;
    }

    /** Form the Leontief inverse L (default false: every result comes from solves). */
    public Builder withInverse(boolean inverse) {
      this.withInverse = inverse;
      return this;
    }

    /** The household closure of Type II (default: compensation of employees). */
    public Builder closure(HouseholdClosure closure) {
      this.closure = checkNotNull(closure, "closure");
      return this;
    }

    /** The parts to compute (at least one; default every part). */
    public Builder parts(AnalysisPart first, AnalysisPart... rest) {
      return parts(EnumSet.of(checkNotNull(first, "first"), rest));
    }

    /** The parts to compute (at least one; default every part). */
    public Builder parts(Collection<AnalysisPart> parts) {
      checkNotNull(parts, "parts");
      checkArgument(!parts.isEmpty(), "No analysis parts");
      this.parts = EnumSet.copyOf(parts);
      return this;
    }

    /** Stage reports (default {@link ProgressListener#NONE}). */
    public Builder progress(ProgressListener listener) {
      this.progress = checkNotNull(listener, "listener");
      return this;
    }

    /** The immutable options. */
    public AnalysisOptions build() {
      return new AnalysisOptions(this);
    }
  }
}
