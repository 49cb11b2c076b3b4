package org.sectoral.examples.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sectoral.core.SectoralException;
import org.sectoral.core.internal.files.AtomicFiles;
import org.sectoral.core.internal.files.OutputFolder;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.io.TableFormatException;
import org.sectoral.io.TableFormats;

/**
 * A JSON scenario file: the table to start from and a list of analyses (scenario shocks,
 * localization sweeps, investment impacts, projections, price shocks, production indices,
 * provincial models, structural decomposition), run in order. Results go to one folder per
 * analysis (tidy CSV) and a {@code results.json} summary. The format is documented in the
 * README ("Scenario files").
 */
public final class ScenarioFile {
  private static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT);

  private final Path file;
  private final JsonSpec root;

  private ScenarioFile(Path file, JsonSpec root) {
    this.file = file;
    this.root = root;
  }

  /** Parses a scenario file; syntax errors carry line and column. */
  public static ScenarioFile read(Path file) throws IOException {
    JsonNode node;
    try {
      node = MAPPER.readTree(Files.readAllBytes(file));
    } catch (JsonProcessingException e) {
      JsonLocation l = e.getLocation();
      throw new TableFormatException(file.toString(), l == null ? 0 : l.getLineNr(),
          l == null ? 0 : l.getColumnNr(), "", "not valid JSON: " + e.getOriginalMessage());
    }
    if (node == null || !node.isObject()) {
      throw TableFormatException.ofSource(file.toString(), "a JSON object expected");
    }
    return new ScenarioFile(file, new JsonSpec(file.toString(), "", node));
  }

  /** The name of the embedded, calibrated Viet Nam national table (an estimate). */
  public static final String BUILTIN_VIETNAM = "builtin:vietnam-southeast-2024";

  /**
   * The table named by the file's {@code "table"} field: a file relative to the scenario file,
   * or {@value #BUILTIN_VIETNAM} for the embedded calibrated Viet Nam table.
   */
  public InputOutputTable table() throws IOException {
    if (!root.has("table")) {
      throw root.error("table", "missing: name a table file here or pass --table");
    }
    return resolve(root.text("table"), baseDir());
  }

  /** A table reference: {@value #BUILTIN_VIETNAM} or a path (relative to {@code base}). */
  public static InputOutputTable resolve(String ref, Path base) throws IOException {
    if (ref.equals(BUILTIN_VIETNAM)) {
      return org.sectoral.examples.vietnam.VietNamModels.southeast2024().national();
    }
    return TableFormats.all().read(base.resolve(ref));
  }

  /**
   * Runs every analysis on the table and writes the results under {@code out}, as a whole: the
   * folder is replaced only when every analysis has run and every file is written (a failure
   * leaves the previous results as they were), and only when it is new, empty or a folder
   * Sectoral wrote ({@link org.sectoral.core.internal.files.OutputFolder}). A key that no
   * analysis knows, a value out of its domain or an economy that fails a check is an error
   * naming the file and the JSON path of the analysis.
   *
   * @return the folder of each analysis, in order
   */
  public List<Path> run(InputOutputTable table, Path out, PrintWriter progress)
      throws IOException {
    for (String key : List.of("table", "households", "analyses")) {
      root.has(key); // known here, whether given or not (the table may come from elsewhere)
    }
    root.checkOwnKeys();
    List<Path> inputs = new ArrayList<>(List.of(file));
    if (root.has("table") && !root.text("table").equals(BUILTIN_VIETNAM)) {
      inputs.add(baseDir().resolve(root.text("table")));
    }
    try (OutputFolder o = OutputFolder.begin(out, "sectoral scenario " + file, inputs)) {
      Path dir = o.stage();
      Analyses analyses = new Analyses(table, baseDir(), Households.closure(root, table));
      List<Map<String, Object>> results = new ArrayList<>();
      List<Path> folders = new ArrayList<>();
      List<JsonSpec> list = root.objects("analyses");
      for (int i = 0; i < list.size(); i++) {
        JsonSpec a = list.get(i);
        String type = a.text("type");
        String name = a.text("name", type);
        Path folder = dir.resolve(String.format(Locale.ROOT, "%02d-%s", i + 1, slug(name)));
        progress.printf("sectoral: [%d/%d] %s (%s)%n", i + 1, list.size(), name, type);
        Map<String, Object> summary = located(a, name, () -> analyses.run(type, name, a, folder));
        a.checkKnownKeys();
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("name", name);
        r.put("type", type);
        r.put("folder", dir.relativize(folder).toString());
        r.put("summary", summary);
        results.add(r);
        folders.add(o.finalPath(folder));
      }
      Map<String, Object> doc = new LinkedHashMap<>();
      doc.put("scenarioFile", file.getFileName().toString());
      doc.put("table", table.name());
      doc.put("unit", table.unit());
      doc.put("analyses", results);
      root.checkKnownKeys();
      AtomicFiles.writeText(dir.resolve("results.json"), w -> {
        w.write(MAPPER.writeValueAsString(doc));
        w.write('\n');
      });
      o.commit();
      return folders;
    }
  }

  /** An analysis to run. */
  @FunctionalInterface
  private interface AnalysisRun {
    Map<String, Object> run() throws IOException;
  }

  /**
   * Runs an analysis; a value out of its domain or an economy failing a check gets the file and
   * the JSON path of the analysis in front of its message (its code is kept).
   */
  private Map<String, Object> located(JsonSpec a, String name, AnalysisRun run)
      throws IOException {
    String where = file + ": " + a.path() + " (" + name + "): ";
    try {
      return run.run();
    } catch (IllegalArgumentException e) { // a SectoralArgumentException or a caller mistake
      TableFormatException t = TableFormatException.ofSource(file.toString(), a.path() + " ("
          + name + "): " + e.getMessage());
      t.initCause(e);
      throw t;
    } catch (SectoralException e) {
      SectoralException s = new SectoralException(e.code(), e.culprits(), where
          + e.getMessage().replaceFirst("^\\[" + e.code() + "\\] ", ""));
      s.initCause(e);
      throw s;
    }
  }

  private Path baseDir() {
    Path parent = file.toAbsolutePath().getParent();
    return parent == null ? Path.of(".") : parent;
  }

  static String slug(String s) {
    String slug = s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
        .replaceAll("(^-+|-+$)", "");
    return slug.isEmpty() ? "analysis" : slug.length() > 60 ? slug.substring(0, 60) : slug;
  }
}
