package org.sectoral.core.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.sectoral.core.internal.SquareSolver;
import org.sectoral.core.table.FinalDemandCategory;
import org.sectoral.core.table.FinalDemandColumn;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.core.table.InputOutputTableBuilder;
import org.sectoral.core.table.Region;
import org.sectoral.core.table.Sector;
import org.sectoral.core.table.Stressor;
import org.sectoral.core.table.ValueAddedComponent;

/**
 * Seeded random productive, balanced national economies for invariant tests (EJML style):
 * coefficients first (column sums of A in [0.1, 0.7], of A + Aᵐ below 0.9), final demand next,
 * output x = (I−A)⁻¹f, flows last, value added as the column residual split into compensation
 * and operating surplus. Shared with other modules through the test-jar.
 */
public final class RandomEconomies {
  private RandomEconomies() {}

  /** A balanced national table of n sectors with imports by product, taxes and employment. */
  public static InputOutputTable national(int n, long seed) {
    Random rnd = new Random(seed);
    double[][] a = new double[n][n];
    double[][] am = new double[n][n];
    double[] t = new double[n];
    for (int j = 0; j < n; j++) {
      double target = 0.1 + 0.6 * rnd.nextDouble();
      double imp = (0.85 - target) * rnd.nextDouble() * 0.5;
      fillColumn(a, j, target, rnd);
      fillColumn(am, j, imp, rnd);
      t[j] = 0.03 * rnd.nextDouble();
    }
    double[] hh = new double[n];
    double[] gfcf = new double[n];
    double[] exp = new double[n];
    double[] f = new double[n];
    for (int i = 0; i < n; i++) {
      hh[i] = 50 + 500 * rnd.nextDouble();
      gfcf[i] = 200 * rnd.nextDouble();
      exp[i] = 300 * rnd.nextDouble();
      f[i] = hh[i] + gfcf[i] + exp[i];
    }
    double[] iMinusA = new double[n * n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        iMinusA[i * n + j] = (i == j ? 1 : 0) - a[i][j];
      }
    }
    double[] x = SquareSolver.factor(iMinusA, n).solve(f);
    double[][] z = new double[n][n];
    double[][] zm = new double[n][n];
    double[] taxes = new double[n];
    double[] comp = new double[n];
    double[] gos = new double[n];
    double[] jobs = new double[n];
    for (int j = 0; j < n; j++) {
      double inputs = 0;
      for (int i = 0; i < n; i++) {
        z[i][j] = a[i][j] * x[j];
        zm[i][j] = am[i][j] * x[j];
        inputs += z[i][j] + zm[i][j];
      }
      taxes[j] = t[j] * x[j];
      double va = x[j] - inputs - taxes[j];
      comp[j] = va * (0.3 + 0.4 * rnd.nextDouble());
      gos[j] = va - comp[j];
      jobs[j] = x[j] * (0.001 + 0.02 * rnd.nextDouble());
    }
    // Row balance is exact up to rounding because x solves (I−A)x = f; restate x from the rows so
    // the table balances to the last bits.
    for (int i = 0; i < n; i++) {
      double row = f[i];
      for (int j = 0; j < n; j++) {
        row += z[i][j];
      }
      x[i] = row;
    }
    for (int j = 0; j < n; j++) {
      double inputs = taxes[j] + comp[j];
      for (int i = 0; i < n; i++) {
        inputs += z[i][j] + zm[i][j];
      }
      gos[j] = x[j] - inputs;
    }
    List<Sector> sectors = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      sectors.add(Sector.of("S" + i, "Sector " + i));
    }
    return InputOutputTable.builder().name("random-" + n + "-" + seed).unit("million USD")
        .region(Region.of("RND", "Random economy")).sectors(sectors).intermediate(z)
        .finalDemand("HH", FinalDemandCategory.HOUSEHOLDS, hh)
        .finalDemand("GFCF", FinalDemandCategory.INVESTMENT, gfcf)
        .finalDemand("EXP", FinalDemandCategory.EXPORTS, exp)
        .importsByProduct(zm).productTaxes(taxes)
        .valueAdded("COMP", ValueAddedComponent.Kind.COMPENSATION, comp)
        .valueAdded("GOS", ValueAddedComponent.Kind.OPERATING_SURPLUS, gos)
        .output(x)
        .satellite("employment", Stressor.of("jobs", "thousand persons"), jobs)
        .balanceTolerance(1e-9)
        .build();
  }

  /**
   * A balanced closed multi-region table of {@code regions} × {@code sectors} (region-major keys
   * R0/S0, R0/S1, …) built the same way as {@link #national}: coefficients first (column sums of
   * A in [0.1, 0.7], about 70% of each column from the using region's own sectors), final demand
   * next (categories HOUSEHOLDS, GOVERNMENT and INVESTMENT for every region, buying from every
   * region, mostly at home), output x = (I−A)⁻¹f, flows Z = A·x̂ last, value added as the column
   * residual split into compensation and operating surplus, and one satellite account
   * {@code "env"} with three stressors (CO2, water, jobs) by sector.
   */
  public static InputOutputTable multiRegion(int regions, int sectors, long seed) {
    Random rnd = new Random(seed);
    int n = regions * sectors;
    double[][] a = new double[n][n];
    for (int j = 0; j < n; j++) {
      int home = j / sectors;
      double target = 0.1 + 0.6 * rnd.nextDouble();
      double domestic = regions == 1 ? target : target * (0.5 + 0.4 * rnd.nextDouble());
      double[][] block = new double[sectors][1];
      for (int r = 0; r < regions; r++) {
        double share = r == home ? domestic : (target - domestic) / (regions - 1);
        fillColumn(block, 0, share, rnd);
        for (int i = 0; i < sectors; i++) {
          a[r * sectors + i][j] = block[i][0];
        }
      }
    }
    FinalDemandCategory[] cats = {FinalDemandCategory.HOUSEHOLDS,
        FinalDemandCategory.GOVERNMENT, FinalDemandCategory.INVESTMENT};
    double[][][] y = new double[regions][cats.length][n];
    double[] f = new double[n];
    for (int r = 0; r < regions; r++) {
      for (int c = 0; c < cats.length; c++) {
        for (int i = 0; i < n; i++) {
          boolean home = i / sectors == r;
          double v = (home ? 100 + 400 * rnd.nextDouble() : 60 * rnd.nextDouble()) / (c + 1);
          y[r][c][i] = rnd.nextDouble() < 0.1 ? 0 : v;
          f[i] += y[r][c][i];
        }
      }
    }
    double[] iMinusA = new double[n * n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        iMinusA[i * n + j] = (i == j ? 1 : 0) - a[i][j];
      }
    }
    double[] x = SquareSolver.factor(iMinusA, n).solve(f);
    double[][] z = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        z[i][j] = a[i][j] * x[j];
      }
    }
    for (int i = 0; i < n; i++) {
      double row = f[i];
      for (int j = 0; j < n; j++) {
        row += z[i][j];
      }
      x[i] = row;
    }
    double[] comp = new double[n];
    double[] gos = new double[n];
    double[] co2 = new double[n];
    double[] water = new double[n];
    double[] jobs = new double[n];
    for (int j = 0; j < n; j++) {
      double inputs = 0;
      for (int i = 0; i < n; i++) {
        inputs += z[i][j];
      }
      double va = x[j] - inputs;
      comp[j] = va * (0.3 + 0.4 * rnd.nextDouble());
      gos[j] = x[j] - inputs - comp[j];
      co2[j] = x[j] * 2 * rnd.nextDouble();
      water[j] = x[j] * 10 * rnd.nextDouble();
      jobs[j] = x[j] * (0.001 + 0.02 * rnd.nextDouble());
    }
    List<Region> rs = new ArrayList<>();
    for (int r = 0; r < regions; r++) {
      rs.add(Region.of("R" + r, "Region " + r));
    }
    List<Sector> ss = new ArrayList<>();
    for (int i = 0; i < sectors; i++) {
      ss.add(Sector.of("S" + i, "Sector " + i));
    }
    InputOutputTableBuilder b = InputOutputTable.builder()
        .name("mrio-" + regions + "x" + sectors + "-" + seed).unit("million USD")
        .regions(rs).sectors(ss).intermediate(z);
    for (int r = 0; r < regions; r++) {
      for (int c = 0; c < cats.length; c++) {
        b.finalDemand(FinalDemandColumn.of(rs.get(r), cats[c].name().substring(0, 3), cats[c]),
            y[r][c]);
      }
    }
    return b.valueAdded("COMP", ValueAddedComponent.Kind.COMPENSATION, comp)
        .valueAdded("GOS", ValueAddedComponent.Kind.OPERATING_SURPLUS, gos)
        .output(x)
        .satellite("env", Stressor.of("CO2", "kt"), co2)
        .satellite("env", Stressor.of("water", "Mm3"), water)
        .satellite("env", Stressor.of("jobs", "thousand persons"), jobs)
        .balanceTolerance(1e-9)
        .build();
  }

  private static void fillColumn(double[][] m, int j, double colSum, Random rnd) {
    int n = m.length;
    double[] w = new double[n];
    double s = 0;
    for (int i = 0; i < n; i++) {
      w[i] = rnd.nextDouble() < 0.7 ? rnd.nextDouble() : 0;
      s += w[i];
    }
    for (int i = 0; i < n; i++) {
      m[i][j] = s == 0 ? 0 : colSum * w[i] / s;
    }
  }
}
