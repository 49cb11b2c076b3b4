package org.sectoral.core.uncertainty;

import java.io.Serializable;
import org.sectoral.core.scenario.Scenario;
import org.sectoral.core.table.InputOutputTable;

/**
 * Makes the {@link Scenario} of a draw from the draw's input values, so that the size of a shock
 * can itself be uncertain (e.g. exports × the drawn growth factor). Serializable, so that a
 * cluster can rebuild the scenario where the draw runs.
 */
@FunctionalInterface
public interface ScenarioRecipe extends Serializable {
  /** The scenario for a draw's table and input values. */
  Scenario scenario(InputOutputTable table, InputValues values);
}
