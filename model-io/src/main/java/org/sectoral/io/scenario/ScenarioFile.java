package org.sectoral.io.scenario;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.io.BuiltinTables;
import org.sectoral.io.TableFormatException;
import org.sectoral.io.TableLoader;

/**
 * A JSON scenario file, read and checked: the table to start from ({@code "table"}, a path
 * relative to the file or {@code builtin:NAME}), the household closure for induced effects, and
 * the analyses to run in order (scenario shocks, localization sweeps, investment impacts,
 * projections, price shocks, production indices, provincial models, structural decomposition).
 * The format is documented in FORMATS.md ("Scenario files") and by the JSON Schema
 * {@value #SCHEMA_RESOURCE} (draft 2020-12) that editors can check files against. Immutable.
 *
 * <p>Reading checks the structure: JSON syntax, unknown keys at any level, the analysis types
 * and shock verbs; every error names the file, the line and column and the JSON path
 * ({@code vn.json:7:18: analyses[0].shocks[1].verb: unknown verb "scal"}). What depends on the
 * table (sector codes, regions, value ranges) is checked when the file is run
 * ({@link ScenarioRun}), before anything is written.
 *
 * <pre>{@code
 * ScenarioFile file = ScenarioFile.read(Path.of("scenario.json"));
 * ScenarioResults results = ScenarioRun.of(file, file.table(TableLoader.defaults()));
 * results.write(Path.of("scenario-out"));        // NN-name/*.csv and results.json
 * }</pre>
 */
public final class ScenarioFile {
  /** The class-path resource of the JSON Schema of scenario files. */
  public static final String SCHEMA_RESOURCE = "/org/sectoral/io/scenario/scenario.schema.json";

  private final String source;
  private final Path file; // null when parsed from text
  private final Path baseDir;
  private final JsonSpec root;
  private final ImmutableList<Step> analyses;

  private ScenarioFile(String source, Path file, Path baseDir, JsonSpec root,
      List<Step> analyses) {
    this.source = source;
    this.file = file;
    this.baseDir = baseDir;
    this.root = root;
    this.analyses = ImmutableList.copyOf(analyses);
  }

  /**
   * One analysis of the file, as listed.
   *
   * @param type the analysis type, e.g. {@code investment}
   * @param name its name (the type when the file gives none)
   * @param description its description, empty when the file gives none
   */
  public record Step(String type, String name, String description) {
    /** Validates the parts. */
    public Step {
      checkNotNull(type, "type");
      checkNotNull(name, "name");
      checkNotNull(description, "description");
    }
  }

  /**
   * Reads and checks a scenario file.
   *
   * @throws TableFormatException with file, line, column and JSON path when the file is not
   *     valid JSON or does not follow the schema's structure
   */
  public static ScenarioFile read(Path file) throws IOException {
    checkNotNull(file, "file");
    Path parent = file.toAbsolutePath().getParent();
    return parse(Files.readAllBytes(file), file.toString(), file,
        parent == null ? Path.of(".") : parent);
  }

  /**
   * Reads and checks a scenario from JSON text.
   *
   * @param source the name errors give (e.g. the file name)
   * @param baseDir the folder relative table paths resolve against
   */
  public static ScenarioFile parse(String json, String source, Path baseDir)
      throws TableFormatException {
    checkNotNull(json, "json");
    return parse(json.getBytes(java.nio.charset.StandardCharsets.UTF_8), source, null, baseDir);
  }

  private static ScenarioFile parse(byte[] bytes, String source, Path file, Path baseDir)
      throws TableFormatException {
    checkNotNull(source, "source");
    checkNotNull(baseDir, "baseDir");
    LocatedJson doc = LocatedJson.parse(bytes, source);
    if (!doc.root().isObject()) {
      throw new TableFormatException(source, 1, 1, "", "a JSON object expected");
    }
    JsonSpec root = JsonSpec.root(source, doc);
    ScenarioKeys.check(root);
    List<Step> steps = new ArrayList<>();
    for (JsonSpec a : root.objects("analyses")) {
      String type = a.text("type");
      steps.add(new Step(type, a.text("name", type), a.text("description", "")));
    }
    return new ScenarioFile(source, file, baseDir, root, steps);
  }

  /**
   * Whether {@code path} looks like a scenario file rather than a table: a {@code .json} file
   * whose top-level object has the key {@code "analyses"} (read as a stream, values skipped,
   * so a large JSON table costs one pass and no memory).
   */
  public static boolean isScenarioFile(Path path) {
    checkNotNull(path, "path");
    if (!Files.isRegularFile(path)
        || !path.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".json")) {
      return false;
    }
    try (com.fasterxml.jackson.core.JsonParser p = new com.fasterxml.jackson.core.JsonFactory()
        .createParser(path.toFile())) {
      if (p.nextToken() != com.fasterxml.jackson.core.JsonToken.START_OBJECT) {
        return false;
      }
      while (p.nextToken() == com.fasterxml.jackson.core.JsonToken.FIELD_NAME) {
        if (p.currentName().equals("analyses")) {
          return true;
        }
        p.nextToken();
        p.skipChildren();
      }
      return false;
    } catch (IOException e) {
      return false; // not JSON: not a scenario file (reading it as a table will say why)
    }
  }

  /** The JSON Schema (draft 2020-12) of scenario files, as a class-path resource. */
  public static URL schema() {
    return ScenarioFile.class.getResource(SCHEMA_RESOURCE);
  }

  /** The file name (or source name) errors and results give. */
  public String source() {
    return source;
  }

  /** The folder relative paths in the file resolve against (the file's folder). */
  public Path baseDir() {
    return baseDir;
  }

  /** The {@code "table"} reference: a path relative to the file, or {@code builtin:NAME}. */
  public Optional<String> tableReference() {
    try {
      return root.has("table") ? Optional.of(root.text("table")) : Optional.empty();
    } catch (TableFormatException e) {
      throw new IllegalStateException(e); // checked when read
    }
  }

  /** The file's {@code "description"}, empty when it has none. */
  public String description() {
    try {
      return root.text("description", "");
    } catch (TableFormatException e) {
      throw new IllegalStateException(e); // checked when read
    }
  }

  /** The analyses, in the order they run. */
  public ImmutableList<Step> analyses() {
    return analyses;
  }

  /**
   * The table named by the file's {@code "table"}, read with {@code loader} (a path relative to
   * the file, or {@code builtin:NAME} of the loader's built-in tables).
   *
   * @throws TableFormatException when the file names no table, or the table is malformed
   */
  public InputOutputTable table(TableLoader loader) throws IOException {
    checkNotNull(loader, "loader");
    if (!root.has("table")) {
      throw root.error("table", "missing: name a table file here or pass one to the run");
    }
    return loader.load(root.text("table"), baseDir).table();
  }

  /**
   * The files the results are made from, which an output folder must not hold or lie in: this
   * file (when read from one) and the table file it names (not a {@code builtin:} table).
   */
  List<Path> inputFiles() {
    List<Path> out = new ArrayList<>();
    if (file != null) {
      out.add(file);
    }
    tableReference().filter(t -> !BuiltinTables.isReference(t))
        .ifPresent(t -> out.add(baseDir.resolve(t)));
    return out;
  }

  /** The parsed document, for the run. */
  JsonSpec root() {
    return root;
  }

  @Override
  public String toString() {
    return "ScenarioFile{" + source + ", " + analyses.size() + " analyses}";
  }
}
