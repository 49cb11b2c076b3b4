package org.sectoral.cli;

import java.io.PrintWriter;
import org.sectoral.core.CancellationToken;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code sectoral} command line: validate, convert, analyze and report input-output tables,
 * run scenarios and the example simulations. Every command parses its options, calls the
 * library (one call each) and prints; it adds no economics of its own. Exit codes: 0 success,
 * 1 a check failed (e.g. an unbalanced table), 2 bad input or options, 3 out of memory or a bug
 * (see {@link Failures}); a failure is one line on stderr, never a stack trace. Ctrl-C or SIGTERM
 * cancels the long stages ({@link SignalCancellation}): one line, exit code 130 or 143, the
 * previous output left as it was.
 */
@Command(name = "sectoral", mixinStandardHelpOptions = true, version = "Sectoral 0.1.0-SNAPSHOT",
    description = "Input-output (Leontief) economics: tables, multipliers, value added in trade.",
    subcommands = {DemoCommand.class, RunCommand.class, ValidateCommand.class,
        ConvertCommand.class, AnalyzeCommand.class, ScenarioCommand.class,
        ReportCommand.class, MonteCarloCommand.class,
        CommandLine.HelpCommand.class})
public final class SectoralCli {
  private final CancellationToken cancellation;

  private SectoralCli(CancellationToken cancellation) {
    this.cancellation = cancellation;
  }

  /** The token the commands' long stages watch. */
  CancellationToken cancellation() {
    return cancellation;
  }

  /** The token of the command line {@code spec} belongs to (a fresh one outside it). */
  static CancellationToken cancellation(picocli.CommandLine.Model.CommandSpec spec) {
    Object root = spec.root().userObject();
    return root instanceof SectoralCli s ? s.cancellation : CancellationToken.create();
  }

  /** The command line with every subcommand, writing to the given streams. */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    return commandLine(out, err, CancellationToken.create());
  }

  /**
   * The command line with every subcommand, writing to the given streams, its long stages
   * (reading, factorizing, writing) stopping once {@code cancellation} is cancelled.
   */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err,
      CancellationToken cancellation) {
    CommandLine cl = new CommandLine(new SectoralCli(cancellation));
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
    return run(out, err, CancellationToken.create(), args);
  }

  /** As {@link #run(PrintWriter, PrintWriter, String...)}, stopping on {@code cancellation}. */
  public static int run(PrintWriter out, PrintWriter err, CancellationToken cancellation,
      String... args) {
    try {
      return commandLine(out, err, cancellation).execute(args);
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
    int code;
    try (SignalCancellation signals = SignalCancellation.install(err)) {
      code = run(out, err, signals.token(), args);
      out.flush();
      err.flush();
    }
    System.exit(code);
  }
}
