package org.sectoral.core.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.sectoral.core.internal.SquareSolver;
import org.sectoral.core.table.FinalDemandCategory;
import org.sectoral.core.table.InputOutputTable;
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
