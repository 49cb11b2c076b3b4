package org.sectoral.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sectoral.charts.report.ReportOptions;
import org.sectoral.charts.report.ScenarioReport;
import org.sectoral.charts.report.TableReport;
import org.sectoral.core.analysis.Analysis;
import org.sectoral.core.analysis.AnalysisResult;
import org.sectoral.core.internal.files.OutputFolder;
import org.sectoral.io.BuiltinTables;
import org.sectoral.io.LoadedTable;
import org.sectoral.io.scenario.ScenarioFile;
import org.sectoral.io.scenario.ScenarioResults;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code sectoral report}: a report of a table ({@link Analysis#of} then {@link TableReport}) or
 * of a scenario file's results ({@code ScenarioRun} then {@link ScenarioReport}).
 */
@Command(name = "report", mixinStandardHelpOptions = true,
    header = "Write an HTML report of a table or of a scenario file's results.",
    description = {"Writes DIR/report.html, one file that can be e-mailed (charts drawn into",
        "it, no network link, a print stylesheet), and the data files in DIR/data. For a",
        "table: balance check, multipliers, key sectors, value added in exports or footprints",
        "and trade in value added. For a scenario file (a .json with \"analyses\"): every",
        "analysis's key numbers, a chart and its largest rows. DIR must be new, empty or a",
        "folder Sectoral wrote, and is replaced as a whole once every file is written."})
final class ReportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "IN", description = {"A table (file, folder, or",
      TableInput.BUILTIN_HELP + "), or a scenario file."})
  String input;

  @Option(names = "--out", paramLabel = "DIR", required = true,
      description = "Output folder: new, empty, or one Sectoral wrote (replaced as a whole).")
  Path out;

  @Option(names = "--locale", paramLabel = "L", defaultValue = "en",
      converter = LocaleConverter.class,
      description = {"Language and number format: en (default; 1,234.5) or vi (Vietnamese",
          "headings, 1.234,5); another tag keeps English texts with its numbers."})
  Locale locale;

  @Option(names = "--top", paramLabel = "N", defaultValue = "15",
      description = "How many sectors the tables and charts of the largest values show "
          + "(1 to 200; default ${DEFAULT-VALUE}).")
  int top;

  @Option(names = "--title", paramLabel = "TEXT", description = "The report's title.")
  String title;

  @Option(names = "--from", paramLabel = "F", converter = FormatChoice.Readable.class,
      completionCandidates = FormatChoice.ReadableIds.class,
      description = "Format of a table, one of ${COMPLETION-CANDIDATES} (default: detected).")
  FormatChoice from;

  @Option(names = "--table", paramLabel = "TABLE",
      description = "Scenario files: the table to use instead of the file's \"table\".")
  String table;

  @Mixin InputOptions inputOptions = new InputOptions();

  @Mixin AnalysisMixin analysis = new AnalysisMixin();

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    if (!(top >= 1 && top <= 200)) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "--top must be from 1 to 200, not " + top);
    }
    analysis.checkValues();
    ReportOptions.Builder options = ReportOptions.builder().locale(locale).topSectors(top);
    if (title != null) {
      options.title(title);
    }
    Path page;
    try (OutputFolder o = CommandOutput.begin(spec, out, TableInput.paths(input, table))) {
      if (!BuiltinTables.isReference(input) && ScenarioFile.isScenarioFile(Path.of(input))) {
        ScenarioFile f = ScenarioFile.read(Path.of(input));
        ScenarioResults results = ScenarioCommand.run(f, table, from, out, err);
        page = ScenarioReport.of(results.table(), Path.of(input).getFileName().toString(),
            f.description(), results.outcomes(), options.build()).writeTo(o.stage());
      } else {
        err.println("sectoral: reading " + input);
        LoadedTable loaded = TableInput.load(input, from, inputOptions);
        loaded.warnings().forEach(w -> err.println("sectoral: warning: " + w));
        AnalysisResult result = Analysis.of(loaded.table(),
            analysis.options(loaded.table(), err).build());
        AnalyzeCommand.printTypeII(result, err);
        page = TableReport.of(result, options.source(input).warnings(loaded.warnings())
            .build()).writeTo(o.stage());
      }
      page = o.finalPath(page);
      o.commit();
    }
    err.println("sectoral: report in " + page);
    return 0;
  }

  /** Converts a language tag such as {@code en} or {@code vi}. */
  static final class LocaleConverter implements ITypeConverter<Locale> {
    @Override
    public Locale convert(String value) {
      Locale l = Locale.forLanguageTag(value.trim());
      if (l.getLanguage().isEmpty()) {
        throw new TypeConversionException("'" + value + "' is not a language tag; e.g. en "
            + "or vi");
      }
      return l;
    }
  }
}
