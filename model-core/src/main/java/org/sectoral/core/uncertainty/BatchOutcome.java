package org.sectoral.core.uncertainty;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.Serializable;
import java.util.Arrays;

/**
 * One scenario's numbers in a {@link ScenarioBatch}: its index, its name and the changes
 * (scenario − baseline) in {@link ScenarioBatch#outputLabels()} order. What a distributed runner
 * ships back from a worker. Immutable.
 */
public final class BatchOutcome implements Serializable {
  private static final long serialVersionUID = 1L;

  private final int index;
  private final String name;
  private final double[] changes;

  private BatchOutcome(int index, String name, double[] changes) {
    this.index = index;
    this.name = name;
    this.changes = changes;
  }

  /** A scenario's numbers (the array is copied). */
  public static BatchOutcome of(int index, String name, double[] changes) {
    return new BatchOutcome(index, checkNotNull(name, "name"),
        checkNotNull(changes, "changes").clone());
  }

  /** The scenario's position in the batch. */
  public int index() {
    return index;
  }

  /** The scenario's name. */
  public String name() {
    return name;
  }

  /** The changes, in {@link ScenarioBatch#outputLabels()} order (a copy). */
  public double[] changes() {
    return changes.clone();
  }

  /** One change by position. */
  public double change(int output) {
    return changes[output];
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BatchOutcome s && s.index == index && s.name.equals(name)
        && Arrays.equals(s.changes, changes);
  }

  @Override
  public int hashCode() {
    return index * 31 + Arrays.hashCode(changes);
  }

  @Override
  public String toString() {
    return "BatchOutcome[" + index + " " + name + ", " + changes.length + " changes]";
  }
}
