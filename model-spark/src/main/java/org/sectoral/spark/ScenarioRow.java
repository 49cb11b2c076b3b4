package org.sectoral.spark;

import java.io.Serializable;

/**
 * One row of a scenario batch's Dataset: the scenario's index, its name and its changes (a Java
 * bean for Spark's bean encoder; columns {@code scenario}, {@code name}, {@code changes}).
 */
public final class ScenarioRow implements Serializable {
  private static final long serialVersionUID = 1L;

  private int scenario;
  private String name;
  private double[] changes;

  /** An empty row (for the encoder). */
  public ScenarioRow() {}

  /** A row. */
  public ScenarioRow(int scenario, String name, double[] changes) {
    this.scenario = scenario;
    this.name = name;
    this.changes = changes;
  }

  /** The scenario's position in the batch. */
  public int getScenario() {
    return scenario;
  }

  /** Sets the scenario's position. */
  public void setScenario(int scenario) {
    this.scenario = scenario;
  }

  /** The scenario's name. */
  public String getName() {
    return name;
  }

  /** Sets the scenario's name. */
  public void setName(String name) {
    this.name = name;
  }

  /** The changes, in the batch's output-label order. */
  public double[] getChanges() {
    return changes;
  }

  /** Sets the changes. */
  public void setChanges(double[] changes) {
    this.changes = changes;
  }
}
