package org.sectoral.examples.vietnam;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.sectoral.core.ProgressListener;
import org.sectoral.core.analysis.ScenarioOutcome;
import org.sectoral.io.BuiltinTables;
import org.sectoral.io.TableLoader;
import org.sectoral.io.scenario.ScenarioFile;
import org.sectoral.io.scenario.ScenarioResults;
import org.sectoral.io.scenario.ScenarioRun;

/** The scenario file shipped in the repository runs on the built-in Viet Nam table. */
class VietNamScenarioFileTest {
  @Test
  void shippedScenarioFileRunsOnTheBuiltinTableFoundEitherWay() throws Exception {
    ScenarioFile f = ScenarioFile.read(Path.of("scenarios/vietnam-southeast.json"));
    assertThat(f.tableReference()).contains("builtin:" + VietNamTable.NAME);
    // explicit registration, and the opt-in discovery of the service this module lists
    assertThat(BuiltinTables.discover().references()).contains("builtin:" + VietNamTable.NAME);
    TableLoader loader = TableLoader.builder().builtins(BuiltinTables.of(new VietNamTable()))
        .build();
    ScenarioResults r = ScenarioRun.of(f, f.table(loader), loader, ProgressListener.NONE);
    assertThat(r.outcomes()).hasSize(7);
    ScenarioOutcome localized = r.outcomes().get(1);
    // sourcing 30% of electronics' imported inputs at home raises the domestic share
    assertThat((Double) localized.summary()
        .get("domestic value-added share of exports, scenario"))
        .isGreaterThan((Double) localized.summary()
            .get("domestic value-added share of exports, baseline"));
  }
}
