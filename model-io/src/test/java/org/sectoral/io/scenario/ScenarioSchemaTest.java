package org.sectoral.io.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sectoral.io.TableFormatException;

/**
 * scenario.schema.json and the reader agree: every shipped scenario file and the documented
 * example pass both, an unknown key anywhere fails both, and the schema lists exactly the keys
 * the reader allows. The schema is checked by an independent validator (networknt,
 * draft 2020-12).
 */
class ScenarioSchemaTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static Schema schema;
  private static JsonNode schemaTree;

  private static Path moduleDir() {
    return Path.of(System.getProperty("basedir", "."));
  }

  @BeforeAll
  static void loadSchema() throws IOException {
    try (InputStream in = ScenarioFile.schema().openStream()) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      schemaTree = MAPPER.readTree(text);
      schema = SchemaRegistry.withDialect(Dialects.getDraft202012())
          .getSchema(text, InputFormat.JSON);
    }
  }

  private static List<Error> validate(String json) {
    return schema.validate(json, InputFormat.JSON);
  }

  /** The shipped example files and the complete example of FORMATS.md. */
  private static List<Path> shipped() throws IOException {
    try (Stream<Path> s = Files.list(moduleDir().resolve("../examples/scenarios"))) {
      return s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
  }

  static String documentedExample() throws IOException {
    String doc = Files.readString(moduleDir().resolve("FORMATS.md"), StandardCharsets.UTF_8)
        .replace("\r\n", "\n");
    int marker = doc.indexOf("<!-- scenario example: every field -->");
    assertThat(marker).as("FORMATS.md marker").isNotNegative();
    int start = doc.indexOf("```json\n", marker) + "```json\n".length();
    return doc.substring(start, doc.indexOf("```\n", start));
  }

  @Test
  void shippedFilesAndTheDocumentedExamplePassTheSchemaAndTheReader() throws IOException {
    List<Path> files = shipped();
    assertThat(files).isNotEmpty();
    for (Path f : files) {
      assertThat(validate(Files.readString(f))).as(f.toString()).isEmpty();
      assertThat(ScenarioFile.read(f).analyses()).as(f.toString()).isNotEmpty();
    }
    String example = documentedExample();
    assertThat(validate(example)).isEmpty();
    ScenarioFile parsed = ScenarioFile.parse(example, "FORMATS.md", moduleDir());
    assertThat(parsed.analyses()).extracting(ScenarioFile.Step::type).containsExactly(
        "scenario", "localization", "investment", "projection", "price", "productionIndex",
        "regional", "sda");
  }

  @Test
  void anUnknownKeyAnywhereFailsBoth() throws IOException {
    String example = documentedExample();
    JsonNode root = MAPPER.readTree(example);
    List<String> places = new ArrayList<>(List.of("", "households"));
    for (int i = 0; i < root.get("analyses").size(); i++) {
      JsonNode a = root.get("analyses").get(i);
      places.add("analyses/" + i);
      for (String nested : List.of("target", "exogenous", "households")) {
        if (a.has(nested)) {
          places.add("analyses/" + i + "/" + nested);
        }
      }
      if (a.has("shocks")) {
        for (int s = 0; s < a.get("shocks").size(); s++) {
          places.add("analyses/" + i + "/shocks/" + s);
        }
      }
    }
    assertThat(places).hasSizeGreaterThan(15);
    for (String place : places) {
      JsonNode copy = root.deepCopy();
      JsonNode target = place.isEmpty() ? copy : copy.at("/" + place);
      assertThat(target.isObject()).as(place).isTrue();
      ((ObjectNode) target).put("colour", "blue");
      String json = MAPPER.writeValueAsString(copy);
      assertThat(validate(json)).as("schema, at %s", place).isNotEmpty();
      assertThatThrownBy(() -> ScenarioFile.parse(json, "x.json", moduleDir())).as(place)
          .isInstanceOf(TableFormatException.class)
          .hasMessageContaining("unknown key \"colour\"");
    }
  }

  @Test
  void theSchemaListsExactlyTheKeysTheReaderAllows() {
    JsonNode defs = schemaTree.get("$defs");
    assertThat(names(schemaTree.get("properties"))).isEqualTo(new TreeSet<>(ScenarioKeys.FILE));
    assertThat(names(defs.at("/households/properties")))
        .isEqualTo(new TreeSet<>(ScenarioKeys.HOUSEHOLDS));
    assertThat(names(defs.at("/projection/properties/target/properties")))
        .isEqualTo(new TreeSet<>(ScenarioKeys.TARGET));
    assertThat(names(defs.at("/price/properties/exogenous/properties")))
        .isEqualTo(new TreeSet<>(ScenarioKeys.EXOGENOUS));
    List<String> types = new ArrayList<>();
    defs.at("/analysis/properties/type/enum").forEach(t -> types.add(t.asText()));
    assertThat(types).containsExactlyElementsOf(ScenarioKeys.ANALYSES.keySet());
    for (String type : types) {
      assertThat(names(defs.get(type).get("properties"))).as(type)
          .isEqualTo(new TreeSet<>(ScenarioKeys.analysis(type)));
      assertThat(defs.get(type).get("additionalProperties").asBoolean(true)).as(type).isFalse();
    }
    List<String> verbs = new ArrayList<>();
    defs.at("/shock/properties/verb/enum").forEach(t -> verbs.add(t.asText()));
    assertThat(verbs).containsExactlyElementsOf(ScenarioKeys.SHOCKS.keySet());
    Map<String, String> defOfVerb = Map.of("setFinalDemand", "finalDemandShock",
        "scaleFinalDemand", "finalDemandShock", "addFinalDemand", "finalDemandShock",
        "addFlow", "flowShock", "addCoefficient", "flowShock", "scaleCoefficient", "flowShock",
        "setCoefficient", "flowShock", "localize", "localizeShock",
        "scaleValueAdded", "scaleValueAddedShock");
    for (String verb : verbs) {
      assertThat(names(defs.get(defOfVerb.get(verb)).get("properties"))).as(verb)
          .isEqualTo(new TreeSet<>(ScenarioKeys.shock(verb)));
    }
  }

  @Test
  void wrongTypesAndMissingFieldsFailTheSchemaAndTheReaderOrTheRun() {
    String[] bad = {
        "{\"analyses\": [{\"type\": \"scenario\"}]}",
        "{\"analyses\": [{\"type\": \"nope\"}]}",
        "{\"analyses\": [{\"type\": \"scenario\", \"shocks\": [{\"verb\": \"scal\"}]}]}",
        "{\"analyses\": {}}",
        "{\"table\": 5, \"analyses\": []}"};
    for (String json : bad) {
      assertThat(validate(json)).as(json).isNotEmpty();
      assertThatThrownBy(() -> ScenarioFile.parse(json, "x.json", moduleDir())).as(json)
          .isInstanceOf(TableFormatException.class);
    }
  }

  private static Set<String> names(JsonNode properties) {
    Set<String> out = new TreeSet<>();
    properties.fieldNames().forEachRemaining(out::add);
    return out;
  }
}
