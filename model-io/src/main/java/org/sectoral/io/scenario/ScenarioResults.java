package org.sectoral.io.scenario;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sectoral.core.analysis.ResultTable;
import org.sectoral.core.analysis.ScenarioOutcome;
import org.sectoral.core.internal.files.AtomicFiles;
import org.sectoral.core.internal.files.OutputFolder;
import org.sectoral.core.table.InputOutputTable;

/**
 * The outcomes of a {@link ScenarioRun}, one per analysis of the file, in order; written as one
 * folder per analysis ({@code NN-name/}, tidy CSV files) and a {@code results.json} summary.
 * Immutable.
 */
public final class ScenarioResults {
  private static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT);

  private final ScenarioFile file;
  private final InputOutputTable table;
  private final ImmutableList<ScenarioOutcome> outcomes;

  private ScenarioResults(ScenarioFile file, InputOutputTable table,
      List<ScenarioOutcome> outcomes) {
    this.file = file;
    this.table = table;
    this.outcomes = ImmutableList.copyOf(outcomes);
  }

  /** Results of a file's analyses on a table (one outcome per analysis of the file). */
  public static ScenarioResults of(ScenarioFile file, InputOutputTable table,
      List<ScenarioOutcome> outcomes) {
    checkNotNull(file, "file");
    checkNotNull(table, "table");
    checkArgument(outcomes.size() == file.analyses().size(), "%s outcomes for %s analyses",
        outcomes.size(), file.analyses().size());
    return new ScenarioResults(file, table, outcomes);
  }

  /** The scenario file run. */
  public ScenarioFile file() {
    return file;
  }

  /** The table the analyses ran on. */
  public InputOutputTable table() {
    return table;
  }

  /** One outcome per analysis, in the file's order. */
  public ImmutableList<ScenarioOutcome> outcomes() {
    return outcomes;
  }

  /**
   * The folder name of analysis {@code i} (0-based): its 1-based number and the slug of its
   * name, e.g. {@code 03-mechanical-park}.
   */
  public String folderName(int i) {
    return String.format(Locale.ROOT, "%02d-%s", i + 1, slug(outcomes.get(i).name()));
  }

  /**
   * Writes each analysis's tables as CSV files into {@code out/NN-name/} and the summary
   * {@code out/results.json} (scenario file, table, unit, and per analysis its name, type,
   * folder and key numbers, in a fixed order). {@code out} is replaced as a whole, once every
   * file is written (a failure leaves the previous results as they were), and only when it is
   * new, empty or a folder Sectoral wrote, holding neither the scenario file nor the table file
   * it names; a manifest of its files is written into it.
   *
   * @return the folder of each analysis, in order
   * @throws org.sectoral.core.SectoralException {@code OUTPUT_NOT_OWNED} when {@code out} holds
   *     files Sectoral did not write, {@code OUTPUT_OVERLAPS_INPUT} when it holds or lies in an
   *     input, {@code OUTPUT_IN_USE} when another process is writing it
   */
  public List<Path> write(Path out) throws IOException {
    checkNotNull(out, "out");
    try (OutputFolder o = OutputFolder.begin(out, "Sectoral scenario results of "
        + file.source(), file.inputFiles())) {
      writeInto(o.stage());
      o.commit();
    }
    List<Path> folders = new ArrayList<>();
    for (int i = 0; i < outcomes.size(); i++) {
      folders.add(out.resolve(folderName(i)));
    }
    return folders;
  }

  /** Writes the files of {@link #write} into the empty folder {@code dir}. */
  private void writeInto(Path dir) throws IOException {
    List<Map<String, Object>> results = new ArrayList<>();
    for (int i = 0; i < outcomes.size(); i++) {
      ScenarioOutcome o = outcomes.get(i);
      Path folder = dir.resolve(folderName(i));
      Files.createDirectories(folder);
      for (ResultTable t : o.tables()) {
        AtomicFiles.writeText(folder.resolve(t.name() + ".csv"), t::writeCsv);
      }
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("name", o.name());
      r.put("type", o.type());
      r.put("folder", folderName(i));
      r.put("summary", o.summary());
      results.add(r);
    }
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("scenarioFile", Path.of(file.source()).getFileName().toString());
    doc.put("table", table.name());
    doc.put("unit", table.unit());
    doc.put("analyses", results);
    AtomicFiles.writeText(dir.resolve("results.json"), w -> {
      w.write(MAPPER.writeValueAsString(doc));
      w.write('\n');
    });
  }

  static String slug(String s) {
    String slug = s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
        .replaceAll("(^-+|-+$)", "");
    return slug.isEmpty() ? "analysis" : slug.length() > 60 ? slug.substring(0, 60) : slug;
  }

  @Override
  public String toString() {
    return "ScenarioResults{" + file.source() + " on " + table.name() + ", " + outcomes.size()
        + " outcomes}";
  }
}
