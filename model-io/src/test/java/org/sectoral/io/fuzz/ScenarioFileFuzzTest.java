package org.sectoral.io.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.sectoral.core.ProgressListener;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.core.testing.RandomEconomies;
import org.sectoral.io.TableFormat;
import org.sectoral.io.TableFormatException;
import org.sectoral.io.TableLoader;
import org.sectoral.io.scenario.ScenarioFile;
import org.sectoral.io.scenario.ScenarioResults;
import org.sectoral.io.scenario.ScenarioRun;

/**
 * Scenario files: the fuzz input is the file, parsed and then run on a fixed random economy of
 * six sectors (S0…S5). The file's other tables ({@code compareWith}) come from a loader that
 * knows one file, {@code later.json}, so no fuzz input reads anything else on disk.
 */
class ScenarioFileFuzzTest {
  static final InputOutputTable TABLE = RandomEconomies.national(6, 8);
  static final InputOutputTable LATER = RandomEconomies.national(6, 9);

  /** Reads {@code later.json} as {@link #LATER} and refuses every other file. */
  private static final TableFormat ONE_TABLE = new TableFormat() {
    @Override
    public String id() {
      return "fuzz";
    }

    @Override
    public boolean canRead(Path path) {
      return true;
    }

    @Override
    public InputOutputTable read(Path path) throws IOException {
      if (path.getFileName() != null && path.getFileName().toString().equals("later.json")) {
        return LATER;
      }
      throw TableFormatException.ofSource(path.toString(), "not a table in fuzzing");
    }

    @Override
    public void write(InputOutputTable table, Path path) {
      throw new UnsupportedOperationException();
    }
  };

  @FuzzTest(maxDuration = "10m")
  void run(byte[] input) throws IOException {
    Path dir = Files.createTempDirectory("sectoral-fuzz");
    try {
      Files.writeString(dir.resolve("later.json"), "{}");
      Path file = Files.write(dir.resolve("scenario.json"), input);
      TableLoader loader = TableLoader.builder().format(ONE_TABLE).build();
      ScenarioFile sf = FuzzOracle.outcome(() -> ScenarioFile.read(file));
      if (sf != null) {
        ScenarioResults r = FuzzOracle.outcome(() -> ScenarioRun.of(sf, TABLE, loader,
            ProgressListener.NONE));
        if (r != null && r.outcomes().size() != sf.analyses().size()) {
          throw new AssertionError(r.outcomes().size() + " outcomes for "
              + sf.analyses().size() + " analyses");
        }
      }
    } finally {
      FuzzOracle.delete(dir);
    }
  }
}
