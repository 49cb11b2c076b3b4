package org.sectoral.core.leontief;

/** Which Leontief model a multiplier comes from (Miller &amp; Blair 2009, §6.2; RIMS II naming). */
public enum MultiplierType {
  /** Open model: households exogenous; direct + indirect effects, from L = (I−A)⁻¹. */
  TYPE_I,
  /**
   * Closed model: households endogenous (compensation as a row, household consumption as a
   * column); direct + indirect + induced effects, from the top-left n × n block of
   * L̄ = (I−Ā)⁻¹ (the household row itself is excluded from output multipliers).
   */
  TYPE_II
}
