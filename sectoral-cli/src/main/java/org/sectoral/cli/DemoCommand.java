package org.sectoral.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Collections;
import java.util.concurrent.Callable;
import org.sectoral.core.internal.files.OutputFolder;
import org.sectoral.examples.simulations.DemoRanges;
import org.sectoral.examples.simulations.DemoReport;
import org.sectoral.examples.simulations.Simulations;
import org.sectoral.examples.vietnam.VietNamModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code sectoral demo}: runs the seven simulations and writes {@code DIR/index.html}. */
@Command(name = "demo", mixinStandardHelpOptions = true,
    header = "Run the seven Viet Nam simulations and write an HTML report of the estimates.",
    description = {"Writes DIR/index.html with tables and charts, and each simulation's CSV,",
        "JSON, PNG and SVG files in DIR/NAME. Every number is an estimate from the embedded",
        "calibrated model, or from the table given with --table; the headline estimates get",
        "5th-95th percentile ranges from a seeded Monte Carlo over the assumptions' stated",
        "ranges."})
public final class DemoCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "sectoral-report",
      description = "Output folder, new, empty or one Sectoral wrote, replaced as a whole "
          + "(default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--table", paramLabel = "FILE",
      description = "A real OECD total-flows table (e.g. VNM2020ttl.csv) replacing the "
          + "calibrated national table.")
  Path table;

  @Option(names = "--draws", paramLabel = "N", defaultValue = "" + DemoRanges.DRAWS,
      description = {"Monte Carlo draws for the ranges of the headline estimates (default",
          "${DEFAULT-VALUE}; 0: no ranges; ranges need the embedded calibrated model)."})
  int draws;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "" + DemoRanges.SEED,
      description = "Seed of the draws (default ${DEFAULT-VALUE}); the same seed gives the same "
          + "ranges.")
  long seed;

  @Override
  public Integer call() throws IOException {
    if (draws != 0 && draws < 3) {
      throw new ParameterException(spec.commandLine(),
          "--draws must be 0 (no ranges) or at least 3, not " + draws);
    }
    PrintWriter w = spec.commandLine().getOut();
    try (OutputFolder o = CommandOutput.begin(spec, out, Collections.singletonList(table))) {
      VietNamModel model = RunCommand.model(table, w);
      DemoReport.write(model, Simulations.all(), o.stage(), CommandOutput.naming(w, o), draws,
          seed);
      o.commit();
    }
    return 0;
  }
}
