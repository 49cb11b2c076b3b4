package org.sectoral.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sectoral.core.table.FinalDemandCategory;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.core.table.Sector;
import org.sectoral.core.table.ValueAddedComponent.Kind;
import org.sectoral.cli.CliProcess.Result;
import org.sectoral.io.json.JsonTableWriter;

/** analyze reports what the solver found: an economy within a hair of not being productive. */
class AnalyzeWarningsCliTest {
  @TempDir Path dir;

  /**
   * A = (1 − 1e-13)·S with S column-stochastic (ρ(A) = 1 − 1e-13, κ̂ ≈ 1e13), as a table with
   * output 1000 in every sector; final demand and value added close the rows and columns.
   */
  private static InputOutputTable nearSingular(int n) {
    Random rnd = new Random(5);
    double[][] z = new double[n][n];
    double[] x = new double[n];
    java.util.Arrays.fill(x, 1000);
    for (int j = 0; j < n; j++) {
      double[] col = new double[n];
      double s = 0;
      for (int i = 0; i < n; i++) {
        col[i] = 1 + rnd.nextDouble();
        s += col[i];
      }
      for (int i = 0; i < n; i++) {
        z[i][j] = (1 - 1e-13) * col[i] / s * x[j];
      }
    }
    double[] f = new double[n];
    double[] v = new double[n];
    for (int i = 0; i < n; i++) {
      f[i] = x[i];
      v[i] = x[i];
      for (int j = 0; j < n; j++) {
        f[i] -= z[i][j];
        v[i] -= z[j][i];
      }
    }
    List<Sector> sectors = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      sectors.add(Sector.of("S" + i));
    }
    return InputOutputTable.builder().name("near-singular").unit("USD").sectors(sectors)
        .intermediate(z).finalDemand("HH", FinalDemandCategory.HOUSEHOLDS, f)
        .valueAdded("GOS", Kind.OPERATING_SURPLUS, v).output(x).build();
  }

  @Test
  void anIllConditionedEconomyIsAnalyzedWithAWarningOnStderr() throws Exception {
    Path table = dir.resolve("near.json");
    JsonTableWriter.write(nearSingular(12), table);
    Result r = CliProcess.inProcess("analyze", table.toString(), "--out",
        dir.resolve("out").toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).contains("sectoral: warning: ILL_CONDITIONED", "condition estimate");
  }
}
