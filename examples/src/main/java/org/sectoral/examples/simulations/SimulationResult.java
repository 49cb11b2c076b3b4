package org.sectoral.examples.simulations;

import com.google.common.collect.ImmutableList;
import java.nio.file.Path;
import java.util.List;

/**
 * What a simulation found.
 *
 * @param name the simulation's name
 * @param question the question
 * @param answer the answer in one sentence with the key number
 * @param keyNumber the key number of the answer
 * @param label how reliable the numbers are, e.g. "estimated (calibrated model)"
 * @param tables result tables
 * @param charts chart files written (PNG, then SVG of each chart)
 * @param captions the caption (chart title) of each file in {@code charts}
 * @param dataFiles CSV and JSON files written
 * @param assumptions the assumptions used, one line each
 */
public record SimulationResult(String name, String question, String answer, double keyNumber,
    String label, List<ResultTable> tables, List<Path> charts, List<String> captions,
    List<Path> dataFiles, List<String> assumptions) {
  /** Freezes the lists. */
  public SimulationResult {
    com.google.common.base.Preconditions.checkArgument(charts.size() == captions.size(),
        "%s captions for %s charts", captions.size(), charts.size());
    tables = ImmutableList.copyOf(tables);
    charts = ImmutableList.copyOf(charts);
    captions = ImmutableList.copyOf(captions);
    dataFiles = ImmutableList.copyOf(dataFiles);
    assumptions = ImmutableList.copyOf(assumptions);
  }
}
