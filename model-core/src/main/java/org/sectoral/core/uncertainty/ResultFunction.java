package org.sectoral.core.uncertainty;

import java.io.Serializable;
import java.util.List;

/**
 * What a Monte Carlo computes in every draw: a fixed list of labelled numbers from the draw's
 * table and input values (a domestic value-added share by sector, multipliers, a scenario's
 * effects, a footprint by region). Must be a pure function of the {@link Draw} (no shared mutable
 * state), so that draws can run in any order, on any thread or machine; serializable, so that a
 * cluster can run it. Ready-made ones are in {@link ResultFunctions}.
 */
public interface ResultFunction extends Serializable {
  /** The labels of the outputs, in order, given the baseline draw. */
  List<String> labels(Draw baseline);

  /** The unit of the outputs (e.g. {@code "1"} for shares, {@code "million USD"}). */
  String unit();

  /** The outputs of one draw, one per label, all finite. */
  double[] evaluate(Draw draw);
}
