package org.sectoral.core.scenario;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import org.sectoral.core.table.FinalDemandCategory;
import org.sectoral.core.table.RegionSector;
import org.sectoral.core.table.ValueAddedComponent;

/**
 * One change to a baseline, named by an unambiguous verb. Recompute rules (applied by
 * {@link Scenario#apply}):
 * <ul>
 *   <li>final-demand verbs change Y; output then follows x = (I−Aᵈ)⁻¹·Y·1 with every coefficient
 *       fixed;
 *   <li>{@code addFlow} changes a flow zᵢⱼ by an absolute amount at base output, so
 *       aᵢⱼ += Δ/xⱼ; {@code addCoefficient}/{@code scaleCoefficient}/{@code setCoefficient}
 *       change aᵢⱼ itself; in both cases the value-added coefficients of column j absorb the
 *       change (shared by component), so the column still sums to 1;
 *   <li>{@code localize} moves a share θ of imported input k of sector j to domestic supply;
 *   <li>{@code scaleValueAdded} scales the value-added coefficient of one kind; the operating
 *       surplus coefficient absorbs it (or, for operating surplus itself, imports do not
 *       change and the column no longer sums to 1 — use it for price-model questions).
 * </ul>
 */
public sealed interface Shock {
  /** How a final-demand amount is applied. */
  enum Verb {
    /** Replace the value. */
    SET,
    /** Multiply by a factor (relative). */
    SCALE,
    /** Add an absolute amount. */
    ADD
  }

  /** A change of final demand of one category for a target group. */
  record FinalDemand(FinalDemandCategory category, Target target, Verb verb, double amount)
      implements Shock {
    /** Validates the parts. */
    public FinalDemand {
      checkNotNull(category, "category");
      checkNotNull(target, "target");
      checkNotNull(verb, "verb");
      checkArgument(Double.isFinite(amount), "Amount %s", amount);
    }
  }

  /** An absolute change Δ of the domestic flow zᵢⱼ at base output (coefficient recomputed). */
  record AddFlow(RegionSector from, RegionSector to, double delta) implements Shock {
    /** Validates the parts. */
    public AddFlow {
      checkNotNull(from, "from");
      checkNotNull(to, "to");
      checkArgument(Double.isFinite(delta), "Delta %s", delta);
    }
  }

  /** A change of the domestic coefficient aᵢⱼ itself. */
  record Coefficient(RegionSector from, RegionSector to, Verb verb, double amount)
      implements Shock {
    /** Validates the parts. */
    public Coefficient {
      checkNotNull(from, "from");
      checkNotNull(to, "to");
      checkNotNull(verb, "verb");
      checkArgument(Double.isFinite(amount), "Amount %s", amount);
    }
  }

  /**
   * Import substitution: share θ of each imported product k in {@code products} (every imported
   * product when empty) used by each target sector becomes domestic supply of product k.
   */
  record Localize(com.google.common.collect.ImmutableList<RegionSector> products, Target users,
      double theta) implements Shock {
    /** Validates the parts. */
    public Localize {
      checkNotNull(products, "products");
      checkNotNull(users, "users");
      checkArgument(theta >= 0 && theta <= 1, "θ = %s outside [0, 1]", theta);
    }
  }

  /** Scales the value-added coefficient of one kind for a target group. */
  record ScaleValueAdded(ValueAddedComponent.Kind kind, Target target, double factor)
      implements Shock {
    /** Validates the parts. */
    public ScaleValueAdded {
      checkNotNull(kind, "kind");
      checkNotNull(target, "target");
      checkArgument(Double.isFinite(factor) && factor >= 0, "Factor %s", factor);
      checkArgument(kind != ValueAddedComponent.Kind.OPERATING_SURPLUS,
          "Operating surplus is the residual of a column; scale another kind");
    }
  }
}
