package org.sectoral.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code sectoral} command line: validate, convert, analyze and report input-output tables,
 * run scenarios and the example simulations. Every command parses its options, calls the
 * library (one call each) and prints; it adds no economics of its own. Exit codes: 0 success,
 * 1 a check failed (e.g. an unbalanced table), 2 bad input or options, 3 out of memory or a bug
 * (see {@link Failures}); a failure is one line on stderr, never a stack trace.
 */
@Command(name = "sectoral", mixinStandardHelpOptions = true, version = "Sectoral 0.1.0-SNAPSHOT",
    description = "Input-output (Leontief) economics: tables, multipliers, value added in trade.",
    subcommands = {DemoCommand.class, RunCommand.class, ValidateCommand.class,
        ConvertCommand.class, AnalyzeCommand.class, ScenarioCommand.class,
        ReportCommand.class, MonteCarloCommand.class,
        CommandLine.HelpCommand.class})
public final class SectoralCli {
  private SectoralCli() {}

  /** The command line with every subcommand, writing to the given streams. */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new SectoralCli());
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setOut(out);
    cl.setErr(err);
    cl.setExecutionExceptionHandler((ex, cmd, parsed) -> Failures.report(ex, cmd.getErr()));
    cl.setParameterExceptionHandler((ex, args) -> {
      CommandLine cmd = ex.getCommandLine();
      PrintWriter e = cmd.getErr();
      e.println("sectoral: " + ex.getMessage());
      if (!CommandLine.UnmatchedArgumentException.printSuggestions(ex, e)) {
        e.println("Usage: " + cmd.getHelp().synopsis(0).trim());
      }
      e.println("Run 'sectoral " + (cmd.getParent() == null ? "" : cmd.getCommandName() + " ")
          + "--help' for the options.");
      e.flush();
      return Failures.BAD_INPUT;
    });
    return cl;
  }

  /**
   * Runs the command line on {@code args} and returns its exit code: whatever goes wrong, even
   * an {@link Error} such as {@link OutOfMemoryError}, ends as one line on {@code err}.
   */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    try {
      return commandLine(out, err).execute(args);
    } catch (RuntimeException | Error e) {
      out.flush();
      return Failures.report(e, err);
    }
  }

  /** Runs the command line and exits with its code. */
  public static void main(String[] args) {
    // Apache POI logs through the Log4j API; without a provider it prints a warning. The CLI has
    // nothing to log, so use Log4j's own simple logger (errors only).
    System.setProperty("log4j2.loggerContextFactory",
        "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
    PrintWriter out = new PrintWriter(System.out, true);
    PrintWriter err = new PrintWriter(System.err, true);
    System.exit(run(out, err, args));
  }
}
