package org.sectoral.examples.simulations;

import java.io.IOException;
import java.nio.file.Path;
import org.sectoral.examples.vietnam.VietNamModel;

/** One example simulation: a question answered on a {@link VietNamModel}. */
public interface Simulation {
  /** The command-line name, e.g. {@code value-kept-at-home}. */
  String name();

  /** The question it answers, one sentence. */
  String question();

  /**
   * How to read the results, in two or three sentences an analyst can paste: what the numbers
   * are, what they are not, and the one assumption that matters most.
   */
  String howToRead();

  /**
   * Runs the simulation and writes its charts (PNG and SVG) and data (CSV and JSON) into
   * {@code outDir}, atomically file by file.
   */
  SimulationResult run(VietNamModel model, Path outDir) throws IOException;
}
