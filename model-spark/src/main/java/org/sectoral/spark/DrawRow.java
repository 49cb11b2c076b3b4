package org.sectoral.spark;

import java.io.Serializable;

/**
 * One row of the draws Dataset: the draw's index, its input values and its outputs (a Java bean
 * for Spark's bean encoder; columns {@code draw}, {@code inputs}, {@code outputs}).
 */
public final class DrawRow implements Serializable {
  private static final long serialVersionUID = 1L;

  private long draw;
  private double[] inputs;
  private double[] outputs;

  /** An empty row (for the encoder). */
  public DrawRow() {}

  /** A row. */
  public DrawRow(long draw, double[] inputs, double[] outputs) {
    this.draw = draw;
    this.inputs = inputs;
    this.outputs = outputs;
  }

  /** The draw's index. */
  public long getDraw() {
    return draw;
  }

  /** Sets the draw's index. */
  public void setDraw(long draw) {
    this.draw = draw;
  }

  /** The input values, in the Monte Carlo's input order. */
  public double[] getInputs() {
    return inputs;
  }

  /** Sets the input values. */
  public void setInputs(double[] inputs) {
    this.inputs = inputs;
  }

  /** The outputs, in the Monte Carlo's label order. */
  public double[] getOutputs() {
    return outputs;
  }

  /** Sets the outputs. */
  public void setOutputs(double[] outputs) {
    this.outputs = outputs;
  }
}
