package org.sectoral.io.readme;

import java.nio.file.Path;
import java.util.Locale;
import org.sectoral.core.analysis.Analysis;
import org.sectoral.core.analysis.AnalysisOptions;
import org.sectoral.core.analysis.AnalysisResult;
import org.sectoral.core.analysis.ResultTable;
import org.sectoral.core.leontief.HouseholdClosure;
import org.sectoral.core.leontief.HouseholdIncome;
import org.sectoral.io.LoadedTable;
import org.sectoral.io.TableLoader;
import org.sectoral.io.analysis.AnalysisWriter;
import org.sectoral.io.scenario.ScenarioFile;
import org.sectoral.io.scenario.ScenarioResults;
import org.sectoral.io.scenario.ScenarioRun;

/** What ./sectoral analyze and ./sectoral scenario do, from Java: TABLE SCENARIO OUT. */
public class AnalysisExample {
  public static void main(String[] args) throws Exception {
    TableLoader loader = TableLoader.defaults();                 // every format, detected
    LoadedTable in = loader.load(args[0]);

    // one call: the model, Type I and II multipliers, linkages, contents, footprints, TiVA, KWW
    AnalysisResult result = Analysis.of(in.table(), AnalysisOptions.builder()
        .closure(HouseholdClosure.of(HouseholdIncome.compensation().withSurplusShare(0.3)))
        .build());
    ResultTable linkages = result.tables().get("linkages");     // as in linkages.csv
    for (int i = 0; i < linkages.rowCount(); i++) {
      if (linkages.text(i, "class").equals("KEY")) {
        System.out.printf(Locale.ROOT, "key sector %s: BL %.3f, FL %.3f%n",
            linkages.text(i, "sector"), linkages.number(i, "backward_total"),
            linkages.number(i, "forward_total"));
      }
    }
    AnalysisWriter.write(result, in, Path.of(args[2], "analysis"));  // = ./sectoral analyze

    // a scenario file: read and checked, run in memory, then written
    ScenarioFile file = ScenarioFile.read(Path.of(args[1]));
    ScenarioResults results = ScenarioRun.of(file, file.table(loader));
    results.outcomes().forEach(o -> System.out.println(o.name() + ": " + o.summary()));
    results.write(Path.of(args[2], "scenario"));                 // NN-name/*.csv, results.json
  }
}
