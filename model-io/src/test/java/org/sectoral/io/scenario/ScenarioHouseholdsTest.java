package org.sectoral.io.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sectoral.core.leontief.HouseholdClosure;
import org.sectoral.core.leontief.HouseholdIncome;
import org.sectoral.core.scenario.InvestmentImpact;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.core.table.LabelledVector;
import org.sectoral.core.testing.RandomEconomies;
import org.sectoral.io.TableFormatException;
import org.sectoral.io.TableLoader;
import org.sectoral.io.json.JsonTableWriter;

/** The scenario file's {@code "households"} closure for induced effects, top level and per analysis. */
class ScenarioHouseholdsTest {
  @TempDir Path dir;
  private InputOutputTable table;

  @BeforeEach
  void writeTable() throws Exception {
    table = RandomEconomies.national(6, 8);
    JsonTableWriter.write(table, dir.resolve("table.json"));
  }

  private JsonNode run(String json) throws Exception {
    Path f = dir.resolve("scenario.json");
    Files.writeString(f, json);
    ScenarioFile sf = ScenarioFile.read(f);
    ScenarioRun.of(sf, sf.table(TableLoader.defaults())).write(dir.resolve("out"));
    return new ObjectMapper().readTree(dir.resolve("out/results.json").toFile())
        .get("analyses");
  }

  private double induced(HouseholdClosure closure) {
    double[] spend = {0, 600, 400, 0, 0, 0};
    double[] shares = {1, 1, 0.25, 1, 1, 1};
    return InvestmentImpact.of(table, LabelledVector.of(table.keys(), spend, table.unit()),
        LabelledVector.of(table.keys(), shares, "share"), closure).report().get(0).induced();
  }

  @Test
  void totalHouseholdIncomeAtTopLevelAndOverriddenPerAnalysis() throws Exception {
    JsonNode a = run("""
        {"table": "table.json", "households": {"income": 90000, "surplusShare": 0.1},
         "analyses": [
          {"type": "investment", "spending": {"S1": 600, "S2": 400}, "domesticShares": {"S2": 0.25}},
          {"type": "investment", "spending": {"S1": 600, "S2": 400}, "domesticShares": {"S2": 0.25},
           "households": {}}]}""");
    double given = induced(HouseholdClosure.of(HouseholdIncome.total(90000)
        .withSurplusShare(0.1)));
    double textbook = induced(HouseholdClosure.compensation());
    double output0 = a.get(0).get("summary").get("total output").asDouble();
    double output1 = a.get(1).get("summary").get("total output").asDouble();
    assertThat(output1 - output0).isCloseTo(textbook - given, within(1e-6));
    assertThat(given).isLessThan(textbook);
    assertThat(a.get(0).get("summary").get("household closure (induced effects)").asText())
        .isEqualTo("household income: compensation; RND: compensation + 0.1 × operating "
            + "surplus; given total 90000.0");
  }

  @Test
  void badValuesNameTheJsonPath() {
    String[][] cases = {
        {"{\"income\": -5}", "households.income: must be a positive amount"},
        {"{\"income\": \"lots\"}", "households.income: a number or an object"},
        {"{\"income\": {\"XX\": 5}}", "households.XX: unknown region \"XX\""},
        {"{\"surplusShare\": 1.5}", "households.surplusShare: must be a share in [0, 1]"}};
    for (String[] c : cases) {
      assertThatThrownBy(() -> run("{\"table\": \"table.json\", \"households\": " + c[0]
          + ", \"analyses\": []}")).as(c[0]).isInstanceOf(TableFormatException.class)
          .hasMessageContaining(c[1]);
    }
  }
}
