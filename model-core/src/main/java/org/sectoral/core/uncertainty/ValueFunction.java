package org.sectoral.core.uncertainty;

import java.io.Serializable;

/**
 * A model of named input values alone (no table perturbation), such as a calibrated model built
 * by code from its assumptions: given one draw's values, its outputs. Serializable.
 */
@FunctionalInterface
public interface ValueFunction extends Serializable {
  /** The outputs for the given input values, one per label. */
  double[] evaluate(InputValues values);
}
