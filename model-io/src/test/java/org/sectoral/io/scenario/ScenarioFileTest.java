package org.sectoral.io.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sectoral.core.leontief.LeontiefModel;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.core.testing.RandomEconomies;
import org.sectoral.io.TableFormatException;
import org.sectoral.io.TableLoader;
import org.sectoral.io.json.JsonTableWriter;

/** Every analysis type of a scenario file runs, writes its files and reports correct numbers. */
class ScenarioFileTest {
  @TempDir Path dir;
  private InputOutputTable table;

  @BeforeEach
  void writeTable() throws Exception {
    table = RandomEconomies.national(6, 8);
    JsonTableWriter.write(table, dir.resolve("table.json"));
    JsonTableWriter.write(RandomEconomies.national(6, 9), dir.resolve("later.json"));
  }

  private Path file(String json) throws Exception {
    Path f = dir.resolve("scenario.json");
    Files.writeString(f, json);
    return f;
  }

  @Test
  void everyAnalysisTypeRunsAndSummarizes() throws Exception {
    Path f = file("""
        {"table": "table.json",
         "analyses": [
          {"type": "scenario", "name": "Exports +10%", "shocks": [
             {"verb": "scaleFinalDemand", "category": "EXPORTS", "sectors": "all", "value": 1.1},
             {"verb": "addFlow", "from": "S0", "to": "S1", "value": 5},
             {"verb": "localize", "sectors": ["S2"], "theta": 0.3},
             {"verb": "scaleValueAdded", "kind": "COMPENSATION", "sectors": ["S3"], "value": 1.05}]},
          {"type": "localization", "sectors": ["S4", "S5"], "thetas": [0, 0.25, 0.5]},
          {"type": "investment", "name": "Park", "spending": {"S1": 600, "S2": 400},
           "domesticShares": {"S2": 0.25}},
          {"type": "projection", "baseYear": 2024, "lastYear": 2030, "rate": 0.04,
           "target": {"group": ["S1", "S2"], "firstYearGrowth": 0.087}},
          {"type": "price", "exogenous": {"sector": "S3", "change": 0.08}},
          {"type": "productionIndex", "subSectors": ["mining", "manufacturing", "electricity"],
           "growth": [[0.514, 0.061, 0.067]], "total": [0.064]},
          {"type": "regional", "region": "BD", "regionalOutput": {"S0": 10, "S1": 50, "S2": 5,
           "S3": 20, "S4": 8, "S5": 2}, "method": "flq", "delta": 0.3},
          {"type": "sda", "compareWith": "later.json"}
         ]}""");
    List<String> progress = new ArrayList<>();
    ScenarioFile sf = ScenarioFile.read(f);
    Path out = dir.resolve("out");
    ScenarioResults run = ScenarioRun.of(sf, sf.table(TableLoader.defaults()),
        TableLoader.defaults(), (stage, done, residual) -> progress.add(stage));
    assertThat(run.outcomes()).hasSize(8);
    List<Path> folders = run.write(out);
    assertThat(folders).hasSize(8);
    for (Path p : folders) {
      try (var files = Files.list(p)) {
        assertThat(files.filter(x -> x.toString().endsWith(".csv")).count()).isPositive();
      }
    }
    assertThat(progress).startsWith("Exports +10%", "localization").endsWith("sda", "done");
    JsonNode results = new ObjectMapper().readTree(out.resolve("results.json").toFile());
    JsonNode a = results.get("analyses");
    // scenario: exports +10% alone would raise output by L·(0.1 e); other shocks change it too,
    // so check the localization step separately below; here the sign and presence
    assertThat(a.get(0).get("summary").get("change in output").asDouble()).isPositive();
    // production index: implied weights fit the published total and contributions sum to it
    assertThat(a.get(5).get("summary").get("sum of contributions (pp)").asDouble())
        .isCloseTo(6.4, within(0.05));
    // investment: output total equals a direct Leontief solve of the domestic spending + induced
    double[] df = new double[6];
    df[1] = 600;
    df[2] = 100;
    double typeI = 0;
    for (double x : LeontiefModel.of(table).solve(df)) {
      typeI += x;
    }
    assertThat(a.get(2).get("summary").get("total output").asDouble()).isGreaterThan(typeI);
    assertThat(a.get(2).get("summary").get("direct imports of capital goods").asDouble())
        .isCloseTo(300, within(1e-9));
    assertThat(a.get(7).get("summary").get("total change").asDouble()).isCloseTo(
        a.get(7).get("summary").get("TECHNOLOGY effect").asDouble()
            + a.get(7).get("summary").get("FINAL_DEMAND_LEVEL effect").asDouble()
            + a.get(7).get("summary").get("FINAL_DEMAND_MIX effect").asDouble(), within(1e-6));
  }

  @Test
  void errorsNameTheFileAndThePath() throws Exception {
    assertThatThrownBy(() -> ScenarioFile.read(file("{\"table\": \"table.json\", \n \"analyses\": [ ")))
        .isInstanceOfSatisfying(TableFormatException.class, e -> {
          assertThat(e.line()).isEqualTo(2);
          assertThat(e.getMessage()).contains("scenario.json", "not valid JSON");
        });
    // a structural error is found when the file is read, at its line and column
    Path bad = file("""
        {"table": "table.json", "analyses": [
          {"type": "scenario", "shocks": [{"verb": "scal", "value": 2}]}]}""");
    assertThatThrownBy(() -> ScenarioFile.read(bad)).isInstanceOfSatisfying(
        TableFormatException.class, e -> {
          assertThat(e.line()).isEqualTo(2);
          assertThat(e.column()).isEqualTo(44);
          assertThat(e.getMessage()).contains(
              "analyses[0].shocks[0].verb: unknown verb \"scal\"");
        });
    // one that needs the table when the file is run, still located
    ScenarioFile unknownSector = ScenarioFile.read(file("""
        {"table": "table.json", "analyses": [{"type": "scenario", "shocks": [
          {"verb": "scaleFinalDemand", "category": "EXPORTS", "sectors": ["C99"], "value": 2}]}]}"""));
    assertThatThrownBy(() -> ScenarioRun.of(unknownSector,
        unknownSector.table(TableLoader.defaults()))).isInstanceOfSatisfying(
            TableFormatException.class, e -> {
              assertThat(e.line()).isEqualTo(2);
              assertThat(e.getMessage()).contains(
                  "analyses[0].shocks[0].sectors: unknown sector \"C99\"");
            });
    ScenarioFile noTable = ScenarioFile.read(file("{\"analyses\": []}"));
    assertThatThrownBy(() -> noTable.table(TableLoader.defaults()))
        .hasMessageContaining("table: missing");
    assertThatThrownBy(() -> ScenarioFile.read(file("{\"analyses\": [], \"analyses\": []}")))
        .hasMessageContaining("analyses: key given twice");
    assertThatThrownBy(() -> ScenarioFile.read(file("[1, 2]")))
        .hasMessageContaining("a JSON object expected");
  }
}
