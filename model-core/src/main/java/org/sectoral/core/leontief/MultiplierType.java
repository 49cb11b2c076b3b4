package org.sectoral.core.leontief;

/** Which Leontief model a multiplier comes from (Miller &amp; Blair 2009, §6.2; RIMS II naming). */
public enum MultiplierType {
  /** Open model: households exogenous; direct + indirect effects, from L = (I−A)⁻¹. */
  TYPE_I,
  /**
   * Closed model: households endogenous (household income per unit of output as a row, household
   * consumption per unit of household income as a column, as a {@link HouseholdClosure} says);
   * direct + indirect + induced effects, from the top-left n × n block of L̄ = (I−Ā)⁻¹ (the
   * household row itself is excluded from output multipliers and is the Type II income effect).
   */
  TYPE_II
}
