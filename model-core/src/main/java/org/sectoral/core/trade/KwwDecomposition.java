package org.sectoral.core.trade;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.sectoral.core.ErrorCode;
import org.sectoral.core.SectoralException;
import org.sectoral.core.leontief.LeontiefModel;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.core.table.KeyIndex;
import org.sectoral.core.table.LabelledMatrix;
import org.sectoral.core.table.LabelledVector;
import org.sectoral.core.table.Region;

/**
 * The Koopman–Wang–Wei nine-term decomposition of each country's gross exports (Koopman, Wang
 * &amp; Wei 2014, "Tracing value-added and double counting in gross exports", AER 104(2),
 * eq. 36; Wang, Wei &amp; Zhu 2013, NBER w19677, table E2).
 *
 * <p>For exporting country s, with B = (I−A)⁻¹ the global inverse, L_rr = (I−A_rr)⁻¹ the local
 * inverses, V_t value added per unit of output of country t, Y_rt the final demand of country t
 * for products of r (all categories summed) and E_s = Σ_{r≠s} (A_sr·X_r + Y_sr) its gross
 * exports:
 * <pre>
 * T1 = V_s·B_ss·Σ_{r≠s} Y_sr                          T6 = V_s·Σ_{r≠s} B_sr·A_rs·L_ss·E_s
 * T2 = V_s·Σ_{r≠s} B_sr·Y_rr                          T7 = Σ_{t≠s} V_t·B_ts·Σ_{r≠s} Y_sr
 * T3 = V_s·Σ_{r≠s} B_sr·Σ_{t≠s,r} Y_rt                T8 = Σ_{t≠s} V_t·B_ts·Σ_{r≠s} A_sr·L_rr·Y_rr
 * T4 = V_s·Σ_{r≠s} B_sr·Y_rs                          T9 = Σ_{t≠s} V_t·B_ts·Σ_{r≠s} A_sr·L_rr·E_r
 * T5 = V_s·Σ_{r≠s} B_sr·A_rs·L_ss·Y_ss
 * </pre>
 * T1…T6 sum to V_s·B_ss·E_s (domestic content) and T7…T9 to Σ_{t≠s} V_t·B_ts·E_s (foreign
 * content), so T1 + … + T9 = 1'E_s when V·B = 1' (a closed table without product taxes or
 * outside imports).
 *
 * <p><b>Country level only.</b> The terms are valid for a country's total exports. Applied per
 * exporting sector or per bilateral partner they are not a valid decomposition (the split of
 * double counting and of re-exports depends on the aggregation; the sector level gives negative
 * T9 values): use the WWZ (2013) sixteen-term decomposition for those levels. The {@code decompr}
 * package likewise aggregates its KWW terms to countries.
 *
 * <p><b>Engine.</b> B is never formed: the rows V_t·B come from R transposed solves
 * (2Rn² flops after the 2n³/3 factorisation), the local terms L_rr·Y_rr and L_rr·E_r from 2R
 * solves with the S × S local systems, and the A blocks enter only in matrix–vector products
 * (about 2n² flops, one pass over the rows of A; memory R × n besides the model). Immutable and
 * thread-safe.
 */
public final class KwwDecomposition {
  private final KeyIndex<Region> countries;
  private final double[][] terms; // R × 9
  private final double[] exports;
  private final String unit;

  private KwwDecomposition(WorldSystem w) {
    this.countries = w.table.regions();
    this.unit = w.table.unit();
    int ns = w.sectors;
    int nr = w.regions;
    double[][] vb = w.vb();
    double[][] g = new double[nr][]; // L_rr·Y_rr
    double[][] h = new double[nr][]; // L_rr·E_r
    for (int r = 0; r < nr; r++) {
      g[r] = w.localSolve(r, w.block(w.yAgg[r], r));
      h[r] = w.localSolve(r, w.block(w.exports, r));
    }
    terms = new double[nr][9];
    exports = new double[nr];
    // One pass over the rows of A (no n × n array): for every exporter s, qs[s] = Σ_{r≠s}
    // V_s·B_sr·A_rs and, per row i of s and partner r, (A_sr·g_r)_i and (A_sr·h_r)_i.
    int n = nr * ns;
    double[][] qs = new double[nr][ns];
    double[][][] ag = new double[nr][nr][];
    double[][][] ah = new double[nr][nr][];
    double[] row = new double[n];
    for (int k = 0; k < n; k++) {
      w.model.technicalCoefficientRows(k, k + 1, row);
      int r = k / ns;
      foreignShares(row, k, r, ns, nr, vb, qs);
      partnerProducts(row, k % ns, r, ns, nr, g, h, ag, ah);
    }
    for (int s = 0; s < nr; s++) {
      double[] t = terms[s];
      double[] ws = vb[s];
      double[] q = qs[s];
      double[] fvaRow = new double[ns]; // Σ_{t≠s} V_t·B_ts
      for (int i = 0; i < ns; i++) {
        int k = s * ns + i;
        exports[s] += w.exports[k];
        double finalExports = 0;
        for (int r = 0; r < nr; r++) {
          if (r != s) {
            finalExports += w.yAgg[r][k];
            fvaRow[i] += vb[r][k];
          }
        }
        t[0] += ws[k] * finalExports;
        t[6] += fvaRow[i] * finalExports;
      }
      for (int r = 0; r < nr; r++) {
        if (r == s) {
          continue;
        }
        for (int i = 0; i < ns; i++) {
          int k = r * ns + i;
          t[1] += ws[k] * w.yAgg[r][k];
          t[3] += ws[k] * w.yAgg[s][k];
          for (int u = 0; u < nr; u++) {
            if (u != s && u != r) {
              t[2] += ws[k] * w.yAgg[u][k];
            }
          }
        }
        // A_sr·g_r and A_sr·h_r, weighted by the foreign value added row of s.
        for (int i = 0; i < ns; i++) {
          t[7] += fvaRow[i] * ag[s][r][i];
          t[8] += fvaRow[i] * ah[s][r][i];
        }
      }
      for (int j = 0; j < ns; j++) {
        t[4] += q[j] * g[s][j];
        t[5] += q[j] * h[s][j];
      }
    }
  }

  /**
   * The decomposition of every country's gross exports.
   *
   * @throws SectoralException {@link ErrorCode#DIMENSION_MISMATCH} for a single-region table,
   *     {@link ErrorCode#NOT_PRODUCTIVE} when I−A has no non-negative inverse
   */
  public static KwwDecomposition of(InputOutputTable table) {
    checkNotNull(table, "table");
    return of(table, LeontiefModel.of(table));
  }

  /** The decomposition using an already made Leontief model of the same table. */
  public static KwwDecomposition of(InputOutputTable table, LeontiefModel model) {
    checkNotNull(table, "table");
    checkNotNull(model, "model");
    return new KwwDecomposition(WorldSystem.of(table, model, "The KWW decomposition"));
  }

  /**
   * The decomposition of the table and model of {@code tiva}, sharing what TiVA already solved
   * (the rows V·B, the factorized local systems, exports and value-added coefficients): the
   * same numbers as {@link #of(InputOutputTable, LeontiefModel)}, without solving them again.
   */
  public static KwwDecomposition of(TivaIndicators tiva) {
    checkNotNull(tiva, "tiva");
    return new KwwDecomposition(tiva.world());
  }

  /** The countries (the table's regions). */
  public KeyIndex<Region> countries() {
    return countries;
  }

  /**
   * One term for one country, in the table's money unit.
   *
   * @throws SectoralException {@link ErrorCode#UNKNOWN_KEY} when the country is not in the table
   */
  public double value(Region country, KwwTerm term) {
    checkNotNull(term, "term");
    return terms[countries.indexOf(country)][term.ordinal()];
  }

  /** The nine terms of one country. */
  public LabelledVector<KwwTerm> terms(Region country) {
    return LabelledVector.of(List.of(KwwTerm.values()), terms[countries.indexOf(country)], unit);
  }

  /** Every term for every country: rows countries, columns T1…T9. */
  public LabelledMatrix<Region, KwwTerm> matrix() {
    return LabelledMatrix.of(countries, KeyIndex.of(List.of(KwwTerm.values())), terms, unit);
  }

  /** Gross exports 1'E_s of each country, the sum the nine terms decompose. */
  public LabelledVector<Region> grossExports() {
    return LabelledVector.of(countries, exports, unit);
  }

  /** Every term as immutable tidy rows (country, term, value), country-major. */
  public List<KwwRow> rows() {
    ImmutableList.Builder<KwwRow> out = ImmutableList.builder();
    for (int c = 0; c < countries.size(); c++) {
      for (KwwTerm term : KwwTerm.values()) {
        out.add(new KwwRow(countries.get(c), term, terms[c][term.ordinal()]));
      }
    }
    return out.build();
  }

  // The per-row work of the pass over A, in small methods: the JIT compiles them after a few
  // rows instead of the whole constructor on stack replacement (the same arithmetic, in order).

  /** qs[s] += vb[s][k]·A(k, block s) for every exporter s other than k's region r. */
  private static void foreignShares(double[] row, int k, int r, int ns, int nr, double[][] vb,
      double[][] qs) {
    for (int s = 0; s < nr; s++) {
      if (s == r) {
        continue;
      }
      double wk = vb[s][k];
      double[] q = qs[s];
      int o = s * ns;
      for (int j = 0; j < ns; j++) {
        q[j] += wk * row[o + j];
      }
    }
  }

  /** Row k is row i of exporter r: (A_rp·g_p)_i and (A_rp·h_p)_i for every partner p ≠ r. */
  private static void partnerProducts(double[] row, int i, int r, int ns, int nr, double[][] g,
      double[][] h, double[][][] ag, double[][][] ah) {
    for (int p = 0; p < nr; p++) {
      if (p == r) {
        continue;
      }
      if (ag[r][p] == null) {
        ag[r][p] = new double[ns];
        ah[r][p] = new double[ns];
      }
      double sg = 0;
      double sh = 0;
      int o = p * ns;
      double[] gp = g[p];
      double[] hp = h[p];
      for (int j = 0; j < ns; j++) {
        double a = row[o + j];
        sg += a * gp[j];
        sh += a * hp[j];
      }
      ag[r][p][i] = sg;
      ah[r][p][i] = sh;
    }
  }
}
