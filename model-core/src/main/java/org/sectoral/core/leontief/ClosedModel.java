package org.sectoral.core.leontief;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sectoral.core.ErrorCode;
import org.sectoral.core.SectoralException;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.core.table.KeyIndex;
import org.sectoral.core.table.LabelledMatrix;
import org.sectoral.core.table.Region;
import org.sectoral.core.table.RegionSector;
import org.sectoral.core.table.Sector;

/**
 * The model closed with respect to households (Miller &amp; Blair 2009, §2.5, §6.1.3), solved
 * through the open model's factorization by the Schur complement: with Ā = [[A, H_c], [H_r, D]]
 * (R household rows and columns),
 * L̄₁₁ = L + L·H_c·K·H_r·L, L̄₂₁ = K·H_r·L, K = (I − D − H_r·L·H_c)⁻¹ (R × R).
 * Making it costs 2R solves with the open model plus one more to prove the closed model
 * productive; it holds 4 R × n arrays and never an (n + R)² one. Immutable.
 */
final class ClosedModel {
  /** The code of the household sector appended to each region in {@link #coefficients()}. */
  static final String HOUSEHOLDS = "HOUSEHOLDS";

  private final ClosureTerms terms;
  private final LeontiefModel open;
  private final double[][] rowL; // H_r·L, R × n
  private final double[][] colL; // (L·H_c)ᵀ, R × n
  private final double[][] k; // K, R × R
  private final double[][] householdRows; // K·H_r·L, R × n

  private ClosedModel(ClosureTerms terms, LeontiefModel open) {
    this.terms = terms;
    this.open = open;
    this.rowL = open.solveTransposedAll(terms.rows());
    this.colL = open.solveAll(terms.columns());
    int r = terms.regionCount();
    double[][] m = new double[r][r];
    for (int a = 0; a < r; a++) {
      for (int b = 0; b < r; b++) {
        m[a][b] = (a == b ? 1 - terms.selfPurchase(a) : 0) - dot(terms.rows()[a], colL[b]);
      }
    }
    this.k = invert(m, terms);
    this.householdRows = new double[r][];
    for (int a = 0; a < r; a++) {
      householdRows[a] = combine(new double[open.size()], k[a], rowL);
    }
    proveProductive();
  }

  /**
   * Closes the open model of a table under the terms of a closure.
   *
   * @throws SectoralException {@link ErrorCode#NOT_PRODUCTIVE} when the closed economy is not
   *     productive
   */
  static ClosedModel of(ClosureTerms terms, LeontiefModel open) {
    return new ClosedModel(terms, open);
  }

  ClosureTerms terms() {
    return terms;
  }

  /** c'·L̄₁₁ given m' = c'·L (the Type I effects of the same coefficients). */
  double[] effects(double[] typeI) {
    int r = k.length;
    double[] t = new double[r];
    for (int s = 0; s < r; s++) {
      t[s] = dot(typeI, terms.columns()[s]);
    }
    double[] q = new double[r];
    for (int a = 0; a < r; a++) {
      for (int s = 0; s < r; s++) {
        q[a] += t[s] * k[s][a];
      }
    }
    return combine(typeI.clone(), q, rowL);
  }

  /** L̄₁₁·Δf given y = L·Δf. */
  double[] solve(double[] y) {
    int r = k.length;
    double[] g = new double[r];
    for (int a = 0; a < r; a++) {
      g[a] = dot(terms.rows()[a], y);
    }
    double[] p = new double[r];
    for (int a = 0; a < r; a++) {
      for (int s = 0; s < r; s++) {
        p[a] += k[a][s] * g[s];
      }
    }
    return combine(y.clone(), p, colL);
  }

  /** Σ_r of the household rows of L̄ over the industry columns: household income per unit of final demand. */
  double[] householdIncomeEffects() {
    double[] sum = new double[open.size()];
    for (double[] row : householdRows) {
      for (int j = 0; j < sum.length; j++) {
        sum[j] += row[j];
      }
    }
    return sum;
  }

  /** Ā, dense (n + R)², households last with sector code {@value #HOUSEHOLDS}. */
  LabelledMatrix<RegionSector, RegionSector> coefficients() {
    InputOutputTable t = terms.table();
    int n = t.size();
    int r = k.length;
    int m = n + r;
    Sector hh = Sector.of(HOUSEHOLDS, "Households (endogenous)");
    if (t.sectors().contains(hh)) {
      throw SectoralException.of(ErrorCode.DUPLICATE_KEY, List.of(HOUSEHOLDS),
          "Sector code %s is reserved for the household closure", HOUSEHOLDS);
    }
    List<RegionSector> keys = new ArrayList<>(t.keys().keys());
    for (Region region : t.regions().keys()) {
      keys.add(RegionSector.of(region, hh));
    }
    double[] a = new double[m * m];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        a[i * m + j] = open.coefficient(i, j);
      }
      for (int s = 0; s < r; s++) {
        a[i * m + n + s] = terms.columns()[s][i];
      }
    }
    for (int s = 0; s < r; s++) {
      System.arraycopy(terms.rows()[s], 0, a, (n + s) * m, n);
      a[(n + s) * m + n + s] = terms.selfPurchase(s);
    }
    KeyIndex<RegionSector> index = KeyIndex.of(keys);
    return LabelledMatrix.ofRowMajor(index, index, a, "1");
  }

  /** L̄·1 &gt; 0 over every industry and household (the test {@link Engine} applies to L). */
  private void proveProductive() {
    int n = open.size();
    int r = k.length;
    double[] ones = new double[n];
    java.util.Arrays.fill(ones, 1.0);
    double[] y = open.solve(ones);
    double[] g = new double[r];
    for (int a = 0; a < r; a++) {
      g[a] = 1 + dot(terms.rows()[a], y);
    }
    double[] v = new double[r];
    for (int a = 0; a < r; a++) {
      for (int s = 0; s < r; s++) {
        v[a] += k[a][s] * g[s];
      }
    }
    double[] u = combine(y, v, colL);
    List<String> bad = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (!(u[i] > 0) || !Double.isFinite(u[i])) {
        bad.add(terms.table().keys().get(i).toString());
      }
    }
    for (int a = 0; a < r; a++) {
      if (!(v[a] > 0) || !Double.isFinite(v[a])) {
        bad.add(terms.region(a).code() + "/" + HOUSEHOLDS);
      }
    }
    if (!bad.isEmpty()) {
      throw notProductive(terms, bad, "(I−Ā)⁻¹·1 is not positive for " + bad);
    }
  }

  private static SectoralException notProductive(ClosureTerms terms, List<String> culprits,
      String detail) {
    return SectoralException.of(ErrorCode.NOT_PRODUCTIVE, culprits,
        "The model closed with respect to households is not productive: %s. Household spending "
            + "per unit of income: %s; a larger household income (HouseholdIncome.total) "
            + "lowers it", detail, terms.spendingSummary());
  }

  /** K = M⁻¹ by Gauss–Jordan elimination with partial pivoting (R is small). */
  private static double[][] invert(double[][] m, ClosureTerms terms) {
    int r = m.length;
    double[][] a = new double[r][];
    double[][] inv = new double[r][r];
    for (int i = 0; i < r; i++) {
      a[i] = m[i].clone();
      inv[i][i] = 1;
    }
    for (int c = 0; c < r; c++) {
      int p = c;
      for (int i = c + 1; i < r; i++) {
        if (Math.abs(a[i][c]) > Math.abs(a[p][c])) {
          p = i;
        }
      }
      if (!(Math.abs(a[p][c]) > 1e-14) || !Double.isFinite(a[p][c])) {
        List<String> regions = new ArrayList<>();
        for (int i = 0; i < r; i++) {
          regions.add(terms.region(i).code() + "/" + HOUSEHOLDS);
        }
        throw notProductive(terms, regions, String.format(Locale.ROOT,
            "I − D − H_r·L·H_c is singular (pivot %.3g)", a[p][c]));
      }
      double[] t = a[p];
      a[p] = a[c];
      a[c] = t;
      t = inv[p];
      inv[p] = inv[c];
      inv[c] = t;
      double d = a[c][c];
      for (int j = 0; j < r; j++) {
        a[c][j] /= d;
        inv[c][j] /= d;
      }
      for (int i = 0; i < r; i++) {
        if (i != c && a[i][c] != 0) {
          double f = a[i][c];
          for (int j = 0; j < r; j++) {
            a[i][j] -= f * a[c][j];
            inv[i][j] -= f * inv[c][j];
          }
        }
      }
    }
    return inv;
  }

  /** target + Σ_a w_a·rows[a], in place. */
  private static double[] combine(double[] target, double[] w, double[][] rows) {
    for (int a = 0; a < w.length; a++) {
      if (w[a] != 0) {
        double[] row = rows[a];
        for (int j = 0; j < target.length; j++) {
          target[j] += w[a] * row[j];
        }
      }
    }
    return target;
  }

  static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }
}
