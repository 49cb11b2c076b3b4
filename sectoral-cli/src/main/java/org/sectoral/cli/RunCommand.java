package org.sectoral.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Collections;
import java.util.concurrent.Callable;
import org.sectoral.core.internal.files.OutputFolder;
import org.sectoral.examples.simulations.Simulation;
import org.sectoral.examples.simulations.SimulationResult;
import org.sectoral.examples.simulations.Simulations;
import org.sectoral.examples.vietnam.VietNamModel;
import org.sectoral.examples.vietnam.VietNamModels;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code sectoral run NAME}: runs one simulation and writes its files to {@code DIR/NAME}. */
@Command(name = "run", mixinStandardHelpOptions = true,
    header = "Run one Viet Nam simulation and write its tables and charts.",
    description = "NAME is one of value-kept-at-home, supporting-industries, "
        + "hcmc-industrial-index, binh-duong-province, mechanical-park, export-surge-2024, "
        + "binh-duong-2030.")
public final class RunCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "NAME", description = "The simulation.")
  String name;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "sectoral-report",
      description = "Output folder; files go to DIR/NAME, which must be new, empty or one "
          + "Sectoral wrote, and is replaced as a whole (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--table", paramLabel = "FILE",
      description = "A real OECD total-flows table (e.g. VNM2020ttl.csv) replacing the "
          + "calibrated national table.")
  Path table;

  @Override
  public Integer call() throws IOException {
    Simulation s = Simulations.named(name).orElseThrow(() -> new ParameterException(
        spec.commandLine(), "Unknown simulation '" + name + "'; one of "
            + Simulations.all().stream().map(Simulation::name).toList()));
    PrintWriter w = spec.commandLine().getOut();
    try (OutputFolder o = CommandOutput.begin(spec, out.resolve(s.name()),
        Collections.singletonList(table))) {
      VietNamModel model = model(table, w);
      SimulationResult r = s.run(model, o.stage());
      o.commit();
      w.println(r.question());
      w.println(r.answer());
      for (Path p : r.dataFiles()) {
        w.println("  " + o.finalPath(p));
      }
      for (Path p : r.charts()) {
        w.println("  " + o.finalPath(p));
      }
    }
    return 0;
  }

  /** The calibrated model, or the model of a table file. */
  static VietNamModel model(Path table, PrintWriter w) throws IOException {
    if (table == null) {
      w.println("Model: embedded calibrated Viet Nam table (estimates)");
      return VietNamModels.southeast2024();
    }
    w.println("Model: national table from " + table);
    return TableInput.reading(table.toString(), () -> VietNamModels.fromOecdFile(table));
  }
}
