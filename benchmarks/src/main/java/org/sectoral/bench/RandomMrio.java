package org.sectoral.bench;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.sectoral.core.internal.Monitor;
import org.sectoral.core.internal.iterative.GaussSeidel;
import org.sectoral.core.internal.sparse.DenseRows;
import org.sectoral.core.table.FinalDemandCategory;
import org.sectoral.core.table.FinalDemandColumn;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.core.table.InputOutputTableBuilder;
import org.sectoral.core.table.Region;
import org.sectoral.core.table.Sector;
import org.sectoral.core.table.Stressor;

/**
 * A reproducible random multi-regional table for end-to-end benchmarks, shaped like pymrio's
 * world tables: R regions × S sectors, A with density 0.3 and column sums 0.6 ± 10%, four
 * final-demand categories per region, three stressors in one satellite account. Final demand is
 * drawn first and x = (I−A)⁻¹·f solved (Gauss–Seidel, relative residual 1e-13), so both balance
 * identities hold. Same seed, same table.
 */
public final class RandomMrio {
  /** The sizes the issue names. */
  public enum Size {
    /** 20 regions × 50 sectors = 1,000. */
    SMALL(20, 50),
    /** 76 × 45 = 3,420, as OECD ICIO. */
    ICIO(76, 45),
    /** 49 × 200 = 9,800, as EXIOBASE 3 (product by product). */
    EXIOBASE(49, 200);

    final int regions;
    final int sectors;

    Size(int regions, int sectors) {
      this.regions = regions;
      this.sectors = sectors;
    }
  }

  /** Density of A. */
  public static final double DENSITY = 0.3;
  /** Mean column sum of A. */
  public static final double COLUMN_SUM = 0.6;
  /** The seed used by the benchmarks. */
  public static final long SEED = 20261123L;
  /** The stressors, in satellite account {@value #ACCOUNT}. */
  public static final List<Stressor> STRESSORS = List.of(Stressor.of("CO2", "kg"),
      Stressor.of("Employment", "persons"), Stressor.of("Water", "m3"));
  /** Name of the satellite account. */
  public static final String ACCOUNT = "stressors";

  private static final FinalDemandCategory[] CATEGORIES = {FinalDemandCategory.HOUSEHOLDS,
      FinalDemandCategory.NPISH, FinalDemandCategory.GOVERNMENT, FinalDemandCategory.INVESTMENT};

  private RandomMrio() {}

  /** The table of a named size with {@link #SEED}. */
  public static InputOutputTable of(Size size) {
    return of(size.regions, size.sectors, SEED);
  }

  /** A table of regions × sectors from a seed. */
  public static InputOutputTable of(int regions, int sectors, long seed) {
    checkArgument(regions >= 1 && sectors >= 1, "%s × %s", regions, sectors);
    int n = regions * sectors;
    Random rnd = new Random(seed);
    double[] a = new double[n * n];
    for (int j = 0; j < n; j++) {
      double sum = 0;
      for (int i = 0; i < n; i++) {
        if (rnd.nextDouble() < DENSITY) {
          double v = rnd.nextDouble();
          a[i * n + j] = v;
          sum += v;
        }
      }
      double target = COLUMN_SUM * (0.9 + 0.2 * rnd.nextDouble());
      for (int i = 0; sum > 0 && i < n; i++) {
        a[i * n + j] *= target / sum;
      }
    }
    int cols = regions * CATEGORIES.length;
    double[][] y = new double[cols][n];
    double[] f = new double[n];
    for (int i = 0; i < n; i++) {
      for (int c = 0; c < cols; c++) {
        y[c][i] = 100 * rnd.nextDouble() / cols;
        f[i] += y[c][i];
      }
    }
    double[] x = GaussSeidel.of(DenseRows.wrap(a, n), 1e-13, 10_000, Monitor.NONE).solve(f);
    double[][] z = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        z[i][j] = a[i * n + j] * x[j];
      }
    }
    a = null; // NOPMD: let the n × n coefficients go before the builder copies Z
    List<Region> rs = new ArrayList<>();
    for (int r = 0; r < regions; r++) {
      rs.add(Region.of(String.format(java.util.Locale.ROOT, "R%02d", r)));
    }
    List<Sector> ss = new ArrayList<>();
    for (int s = 0; s < sectors; s++) {
      ss.add(Sector.of(String.format(java.util.Locale.ROOT, "S%03d", s)));
    }
    InputOutputTableBuilder b = InputOutputTable.builder().name("RandomMrio " + regions + "x"
        + sectors + " seed " + seed).unit("M EUR").regions(rs).sectors(ss).intermediate(z);
    z = null; // NOPMD
    for (int r = 0; r < regions; r++) {
      for (int k = 0; k < CATEGORIES.length; k++) {
        b.finalDemand(FinalDemandColumn.of(rs.get(r), CATEGORIES[k].name(), CATEGORIES[k]),
            y[r * CATEGORIES.length + k]);
      }
    }
    for (Stressor s : STRESSORS) {
      double[] e = new double[n];
      for (int j = 0; j < n; j++) {
        e[j] = x[j] * rnd.nextDouble();
      }
      b.satellite(ACCOUNT, s, e);
    }
    return b.output(x).build();
  }
}
