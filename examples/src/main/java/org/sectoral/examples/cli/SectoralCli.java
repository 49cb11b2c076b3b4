package org.sectoral.examples.cli;

import java.io.PrintWriter;
import org.sectoral.core.SectoralException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code sectoral} command line: validate, convert and analyze input-output tables, run
 * scenarios and the example simulations. Exit codes: 0 success, 1 a check failed (e.g. an
 * unbalanced table), 2 bad usage or unreadable input.
 */
@Command(name = "sectoral", mixinStandardHelpOptions = true, version = "Sectoral 0.1.0-SNAPSHOT",
    description = "Input-output (Leontief) economics: tables, multipliers, value added in trade.",
    subcommands = {DemoCommand.class, RunCommand.class, ValidateCommand.class,
        ConvertCommand.class, AnalyzeCommand.class, ScenarioCommand.class,
        MonteCarloCommand.class,
        CommandLine.HelpCommand.class})
public final class SectoralCli {
  private SectoralCli() {}

  /** The command line with every subcommand, writing to the given streams. */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    System.setProperty("sectoral.formats", TableInput.ids());
    CommandLine cl = new CommandLine(new SectoralCli());
    cl.setOut(out);
    cl.setErr(err);
    cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
      if (ex instanceof SectoralException se) {
        cmd.getErr().println("sectoral: " + se.getMessage());
        return 1;
      }
      if (ex instanceof UnsupportedOperationException uo) {
        cmd.getErr().println("sectoral: " + uo.getMessage());
        return 2;
      }
      if (ex instanceof java.util.concurrent.CancellationException) {
        cmd.getErr().println("sectoral: stopped (" + ex.getMessage() + "); the previous output"
            + " is left as it was");
        return 130;
      }
      if (ex instanceof java.nio.channels.ClosedByInterruptException) {
        cmd.getErr().println("sectoral: stopped; the previous output is left as it was");
        return 130;
      }
      if (ex instanceof java.io.IOException io) {
        cmd.getErr().println("sectoral: " + io.getMessage());
        return 2;
      }
      throw ex;
    });
    return cl;
  }

  /** Runs the command line and exits with its code. */
  public static void main(String[] args) {
    // Apache POI logs through the Log4j API; without a provider it prints a warning. The CLI has
    // nothing to log, so use Log4j's own simple logger (errors only).
    System.setProperty("log4j2.loggerContextFactory",
        "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
    PrintWriter out = new PrintWriter(System.out, true);
    PrintWriter err = new PrintWriter(System.err, true);
    System.exit(commandLine(out, err).execute(args));
  }
}
