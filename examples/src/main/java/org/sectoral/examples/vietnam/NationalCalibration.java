package org.sectoral.examples.vietnam;

import java.util.ArrayList;
import java.util.List;
import org.sectoral.core.ErrorCode;
import org.sectoral.core.SectoralException;
import org.sectoral.core.balance.BalanceResult;
import org.sectoral.core.balance.ConvergenceReport;
import org.sectoral.core.balance.Gras;
import org.sectoral.core.leontief.LeontiefModel;
import org.sectoral.core.table.KeyIndex;
import org.sectoral.core.table.LabelledMatrix;
import org.sectoral.core.table.LabelledVector;
import org.sectoral.core.table.RegionSector;

/**
 * Builds Viet Nam's 2024 use table from the template's structure and Viet Nam's margins.
 *
 * <ol>
 *   <li>Margins (million USD): value added by sector from the published GDP and its structure
 *       ({@link Targets2024}); output xⱼ = VAⱼ / vⱼ with the template's value-added ratio, or set
 *       by published exports (xⱼ = eⱼ / export share) for electronics, textiles, footwear and
 *       wood; product taxes Tⱼ at the template's rate, scaled to the published total; exports
 *       eᵢ and imports mᵢ by product; household, government and investment totals.
 *   <li>Prior: the template's input mix aᵢⱼ·xⱼ of each industry and its final-demand mixes, each
 *       cell split into domestic and imported supply by a prior import share of the product
 *       (zero for electricity, water and construction).
 *   <li>GRAS ({@link Gras}) scales the prior's 36 rows (18 domestic, 18 imported products) and
 *       21 columns (18 industries, households, government, investment) so that domestic rows sum
 *       to xᵢ − eᵢ, imported rows to mᵢ, industry columns to xⱼ − VAⱼ − Tⱼ and final-demand
 *       columns to their totals. Zeros stay zero.
 *   <li>The two domestic value-added targets (textiles 50%, electronics 37%) are met by moving
 *       the prior import share of the goods inputs of these two industries (one log-odds shift
 *       θ each), solved by Newton's method with a finite-difference Jacobian; GRAS runs again
 *       at every step, so the margins hold exactly at the solution.
 * </ol>
 */
final class NationalCalibration {
  static final int N = VietNamSectors.ALL.size();
  /** Final-demand columns balanced by GRAS: households, government, investment. */
  static final int FD = 3;
  private static final double TOLERANCE = 1e-10;
  private static final int MAX_NEWTON = 30;

  private NationalCalibration() {}

  /**
   * The calibrated flows.
   *
   * @param x output
   * @param zd domestic intermediate flows Zᵈ
   * @param zm imported intermediate flows Zᵐ by product
   * @param yd domestic final demand [product][households, government, investment]
   * @param ym imported final demand, same layout
   * @param exports exports by product
   * @param valueAdded value added by sector
   * @param taxes net product taxes by sector
   * @param thetas the solved log-odds shifts (textiles, electronics)
   * @param newtonIterations Newton steps taken
   * @param dva the domestic value-added contents reached (textiles, electronics)
   * @param gras the final balancing report
   */
  record Result(double[] x, double[][] zd, double[][] zm, double[][] yd, double[][] ym,
      double[] exports, double[] valueAdded, double[] taxes, double[] thetas,
      int newtonIterations, double[] dva, ConvergenceReport gras) {}

  /** Calibrates on a template with the given assumption values, Newton from θ = 0. */
  static Result calibrate(OecdTemplate t, VietNamInputs in) {
    return calibrate(t, in, new double[2]);
  }

  /**
   * Calibrates on a template with the given assumption values, Newton from the given log-odds
   * shifts (textiles, electronics): a start near the solution saves GRAS runs.
   */
  static Result calibrate(OecdTemplate t, VietNamInputs in, double[] start) {
    Margins m = Margins.of(t, in);
    double[] goal = {in.scalar("DVA_TARGET_TEXTILES"), in.scalar("DVA_TARGET_ELECTRONICS")};
    double[] theta = start.clone();
    Step s = step(t, m, theta, in);
    int k = 0;
    while (Math.max(Math.abs(s.dva[0] - goal[0]), Math.abs(s.dva[1] - goal[1])) > TOLERANCE) {
      if (++k > MAX_NEWTON) {
        throw SectoralException.of(ErrorCode.NOT_CONVERGED, List.of("TEX", "ELE"),
            "Domestic value-added calibration did not converge: %s vs targets %s",
            java.util.Arrays.toString(s.dva), java.util.Arrays.toString(goal));
      }
      double h = 1e-5;
      double[][] jac = new double[2][2];
      for (int c = 0; c < 2; c++) {
        double[] th = theta.clone();
        th[c] += h;
        Step p = step(t, m, th, in);
        jac[0][c] = (p.dva[0] - s.dva[0]) / h;
        jac[1][c] = (p.dva[1] - s.dva[1]) / h;
      }
      double r0 = s.dva[0] - goal[0];
      double r1 = s.dva[1] - goal[1];
      double det = jac[0][0] * jac[1][1] - jac[0][1] * jac[1][0];
      double d0 = (jac[1][1] * r0 - jac[0][1] * r1) / det;
      double d1 = (-jac[1][0] * r0 + jac[0][0] * r1) / det;
      // damped: never more than 2 log-odds units a step
      double scale = Math.min(1, 2 / Math.max(Math.abs(d0), Math.abs(d1)));
      theta[0] -= scale * d0;
      theta[1] -= scale * d1;
      s = step(t, m, theta, in);
    }
    double[][] zd = new double[N][N];
    double[][] zm = new double[N][N];
    double[][] yd = new double[N][FD];
    double[][] ym = new double[N][FD];
    LabelledMatrix<String, String> b = s.balanced.balanced();
    for (int i = 0; i < N; i++) {
      for (int j = 0; j < N; j++) {
        zd[i][j] = b.at(i, j);
        zm[i][j] = b.at(N + i, j);
      }
      for (int c = 0; c < FD; c++) {
        yd[i][c] = b.at(i, N + c);
        ym[i][c] = b.at(N + i, N + c);
      }
    }
    return new Result(m.x, zd, zm, yd, ym, m.exports, m.valueAdded, m.taxes, theta, k,
        s.dva, s.balanced.report());
  }

  private record Step(BalanceResult<String, String> balanced, double[] dva) {}

  /** One GRAS run with the given shifts and the domestic value-added contents it gives. */
  private static Step step(OecdTemplate t, Margins m, double[] theta, VietNamInputs in) {
    double[][] prior = prior(t, m, theta, in);
    List<String> rows = new ArrayList<>();
    List<String> cols = new ArrayList<>();
    for (int i = 0; i < N; i++) {
      rows.add("domestic " + VietNamSectors.ALL.get(i).code());
    }
    for (int i = 0; i < N; i++) {
      rows.add("imported " + VietNamSectors.ALL.get(i).code());
    }
    for (int j = 0; j < N; j++) {
      cols.add(VietNamSectors.ALL.get(j).code());
    }
    cols.add("HH");
    cols.add("GOV");
    cols.add("GFCF");
    KeyIndex<String> r = KeyIndex.of(rows);
    KeyIndex<String> c = KeyIndex.of(cols);
    double[] u = new double[2 * N];
    double[] v = new double[N + FD];
    for (int i = 0; i < N; i++) {
      u[i] = m.x[i] - m.exports[i];
      u[N + i] = m.imports[i];
      v[i] = m.x[i] - m.valueAdded[i] - m.taxes[i];
    }
    v[N] = m.households;
    v[N + 1] = m.government;
    v[N + 2] = m.investment;
    BalanceResult<String, String> b = Gras.balance(LabelledMatrix.of(r, c, prior, m.unit()),
        LabelledVector.of(r, u, m.unit()), LabelledVector.of(c, v, m.unit()));
    double[][] ad = new double[N][N];
    double[] va = new double[N];
    for (int j = 0; j < N; j++) {
      va[j] = m.valueAdded[j] / m.x[j];
      for (int i = 0; i < N; i++) {
        ad[i][j] = b.balanced().at(i, j) / m.x[j];
      }
    }
    KeyIndex<RegionSector> keys = KeyIndex.of(VietNamSectors.ALL.stream()
        .map(s -> RegionSector.of(VietNamModels.VIET_NAM, s)).toList());
    double[] d = LeontiefModel.ofCoefficients(LabelledMatrix.of(keys, keys, ad, "1"))
        .solveTransposed(va);
    return new Step(b, new double[] {d[VietNamSectors.indexOf(VietNamSectors.TEX)],
        d[VietNamSectors.indexOf(VietNamSectors.ELE)]});
  }

  /** The prior matrix, rows domestic then imported products, columns industries then FD. */
  private static double[][] prior(OecdTemplate t, Margins m, double[] theta,
      VietNamInputs in) {
    double[][] a = t.coefficients();
    double[] s = in.inSectorOrder("PRIOR_IMPORT_SHARES");
    double[] cap = in.inSectorOrder("PRIOR_CAPITAL_IMPORT_SHARES");
    double consumer = in.scalar("PRIOR_CONSUMER_IMPORT_FACTOR");
    int tex = VietNamSectors.indexOf(VietNamSectors.TEX);
    int ele = VietNamSectors.indexOf(VietNamSectors.ELE);
    double[][] p = new double[2 * N][N + FD];
    for (int j = 0; j < N; j++) {
      double shift = j == tex ? theta[0] : j == ele ? theta[1] : 0;
      for (int i = 0; i < N; i++) {
        double si = VietNamSectors.isGoods(i) ? logistic(logit(s[i]) + shift) : s[i];
        double flow = a[i][j] * m.x[j];
        p[i][j] = flow * (1 - si);
        p[N + i][j] = flow * si;
      }
    }
    double[][] mixes = {normalized(t.households()), normalized(t.government()),
        normalized(t.investment())};
    for (int c = 0; c < FD; c++) {
      for (int i = 0; i < N; i++) {
        double share = c == 0 ? consumer * s[i]
            : c == 1 ? 0 : Math.max(cap[i], s[i]);
        p[i][N + c] = mixes[c][i] * (1 - share);
        p[N + i][N + c] = mixes[c][i] * share;
      }
    }
    return p;
  }

  private static double[] normalized(double[] v) {
    double sum = 0;
    double[] out = new double[v.length];
    for (int i = 0; i < v.length; i++) {
      out[i] = Math.max(0, v[i]);
      sum += out[i];
    }
    for (int i = 0; i < v.length; i++) {
      out[i] /= sum;
    }
    return out;
  }

  private static double logit(double p) {
    return p <= 0 ? Double.NEGATIVE_INFINITY : p >= 1 ? Double.POSITIVE_INFINITY
        : Math.log(p / (1 - p));
  }

  private static double logistic(double z) {
    return z == Double.NEGATIVE_INFINITY ? 0 : z == Double.POSITIVE_INFINITY ? 1
        : 1 / (1 + Math.exp(-z));
  }
}
