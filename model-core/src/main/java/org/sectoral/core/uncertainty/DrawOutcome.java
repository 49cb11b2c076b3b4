package org.sectoral.core.uncertainty;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.Serializable;
import java.util.Arrays;

/**
 * One draw's numbers: its index, the values of the named inputs (in
 * {@link MonteCarlo#inputNames()} order) and the outputs (in {@link MonteCarlo#outputLabels()}
 * order). What a distributed runner ships back from a worker. Immutable.
 */
public final class DrawOutcome implements Serializable {
  private static final long serialVersionUID = 1L;

  private final long index;
  private final double[] inputs;
  private final double[] outputs;

  private DrawOutcome(long index, double[] inputs, double[] outputs) {
    this.index = index;
    this.inputs = inputs;
    this.outputs = outputs;
  }

  /** A draw's numbers (the arrays are copied). */
  public static DrawOutcome of(long index, double[] inputs, double[] outputs) {
    return new DrawOutcome(index, checkNotNull(inputs, "inputs").clone(),
        checkNotNull(outputs, "outputs").clone());
  }

  /** The draw's index. */
  public long index() {
    return index;
  }

  /** The input values (a copy). */
  public double[] inputs() {
    return inputs.clone();
  }

  /** The outputs (a copy). */
  public double[] outputs() {
    return outputs.clone();
  }

  double[] rawInputs() {
    return inputs;
  }

  double[] rawOutputs() {
    return outputs;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DrawOutcome d && d.index == index && Arrays.equals(d.inputs, inputs)
        && Arrays.equals(d.outputs, outputs);
  }

  @Override
  public int hashCode() {
    return Long.hashCode(index) * 31 + Arrays.hashCode(outputs);
  }

  @Override
  public String toString() {
    return "DrawOutcome[" + index + ", inputs " + Arrays.toString(inputs) + ", outputs "
        + Arrays.toString(outputs) + "]";
  }
}
