package org.sectoral.core.scenario;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import org.sectoral.core.SectoralArgumentException;
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
 *
 * <p>What is refused. Arguments outside their domain throw {@link SectoralArgumentException}
 * naming the parameter, when the shock is made: any NaN or infinite amount
 * ({@code NON_FINITE_VALUE}), a coefficient set below zero or scaled by a negative factor, θ
 * outside [0, 1], a negative value-added factor ({@code OUT_OF_RANGE}). What a shock does to a
 * particular table is checked when the scenario is applied, and refused with a
 * {@link org.sectoral.core.SectoralException} naming the sectors: a coefficient shock or flow
 * change that lowers a coefficient below zero ({@code NEGATIVE_COEFFICIENT}, naming the row and
 * column sectors); an economy that is no longer productive ({@code NOT_PRODUCTIVE}, naming the
 * columns whose coefficients sum to 1 or more); a coefficient shock whose column's value added
 * would turn negative, i.e. inputs costing more than the output ({@code NEGATIVE_VALUE_ADDED},
 * naming the column); a final-demand change that drives output below zero
 * ({@code NEGATIVE_OUTPUT}).
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
    /** Validates the parts: a finite amount. */
    public FinalDemand {
      checkNotNull(category, "category");
      checkNotNull(target, "target");
      checkNotNull(verb, "verb");
      SectoralArgumentException.checkFinite(amount, "amount", List.of());
    }
  }

  /** An absolute change Δ of the domestic flow zᵢⱼ at base output (coefficient recomputed). */
  record AddFlow(RegionSector from, RegionSector to, double delta) implements Shock {
    /** Validates the parts: a finite Δ. */
    public AddFlow {
      checkNotNull(from, "from");
      checkNotNull(to, "to");
      SectoralArgumentException.checkFinite(delta, "delta", culprits(from, to));
    }
  }

  /** A change of the domestic coefficient aᵢⱼ itself. */
  record Coefficient(RegionSector from, RegionSector to, Verb verb, double amount)
      implements Shock {
    /** Validates the parts: a finite amount, not below zero for {@code SET} and {@code SCALE}. */
    public Coefficient {
      checkNotNull(from, "from");
      checkNotNull(to, "to");
      checkNotNull(verb, "verb");
      SectoralArgumentException.checkRange(verb == Verb.ADD || amount >= 0, amount, "amount",
          culprits(from, to), verb == Verb.SET ? "is a negative coefficient"
              : "is a negative factor: coefficients cannot change sign");
    }
  }

  /**
   * Import substitution: share θ of each imported product k in {@code products} (every imported
   * product when empty) used by each target sector becomes domestic supply of product k.
   */
  record Localize(com.google.common.collect.ImmutableList<RegionSector> products, Target users,
      double theta) implements Shock {
    /** Validates the parts: θ in [0, 1]. */
    public Localize {
      checkNotNull(products, "products");
      checkNotNull(users, "users");
      SectoralArgumentException.checkRange(theta >= 0 && theta <= 1, theta, "theta", List.of(),
          "is outside [0, 1]");
    }
  }

  /** Scales the value-added coefficient of one kind for a target group. */
  record ScaleValueAdded(ValueAddedComponent.Kind kind, Target target, double factor)
      implements Shock {
    /** Validates the parts: a finite factor ≥ 0, a kind other than operating surplus. */
    public ScaleValueAdded {
      checkNotNull(kind, "kind");
      checkNotNull(target, "target");
      SectoralArgumentException.checkRange(factor >= 0, factor, "factor", List.of(),
          "is negative");
      if (kind == ValueAddedComponent.Kind.OPERATING_SURPLUS) {
        throw SectoralArgumentException.of(org.sectoral.core.ErrorCode.OUT_OF_RANGE, "kind",
            List.of(kind.name()),
            "Operating surplus is the residual of a column; scale another kind");
      }
    }
  }

  private static List<String> culprits(RegionSector from, RegionSector to) {
    return List.of(from.toString(), to.toString());
  }
}
