package org.sectoral.core.sda;

/** A determinant whose change between two years a structural decomposition isolates. */
public enum SdaFactor {
  /** Value added per unit of output v = VA/x (dimensionless): the effect of Δv. */
  VALUE_ADDED_COEFFICIENTS("Δv"),
  /** The Leontief inverse L = (I−A)⁻¹ (dimensionless): the effect of ΔL. */
  TECHNOLOGY("ΔL"),
  /** The final-demand vector f as a whole (money): the effect of Δf. */
  FINAL_DEMAND("Δf"),
  /** The final-demand level φ = 1'f, a scalar (money): the effect of Δφ. */
  FINAL_DEMAND_LEVEL("Δφ"),
  /** The final-demand mix m = f/φ, shares summing to 1: the effect of Δm. */
  FINAL_DEMAND_MIX("Δm");

  private final String symbol;

  SdaFactor(String symbol) {
    this.symbol = symbol;
  }

  /** The textbook symbol of the change, e.g. {@code ΔL}. */
  public String symbol() {
    return symbol;
  }
}
