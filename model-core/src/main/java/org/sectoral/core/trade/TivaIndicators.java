package org.sectoral.core.trade;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.sectoral.core.ErrorCode;
import org.sectoral.core.SectoralException;
import org.sectoral.core.leontief.LeontiefModel;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.core.table.KeyIndex;
import org.sectoral.core.table.LabelledMatrix;
import org.sectoral.core.table.LabelledVector;
import org.sectoral.core.table.Region;
import org.sectoral.core.table.RegionSector;

/**
 * OECD Trade in Value Added (TiVA) indicators of a multi-region table, per country and, where
 * the OECD defines them so, per country × industry (Guide to OECD's Trade in Value Added
 * Indicators, 2018 edition: §4.4 EXGR, §5.1 EXGR_DVA, §5.2 EXGR_DVASH, §5.5 EXGR_DDC, §5.6
 * EXGR_IDC, §5.7 EXGR_RIM, §5.8 EXGR_FVA, §5.9 EXGR_FVASH, §5.11 backward participation; the
 * same algebra as the OECD decomposition of the {@code exvatools} R package,
 * {@code make_exvadec_oecd}, whose names map VAD → DXD_DVA, VAX → FFD_DVA, VAM → DFD_FVA,
 * GVCB → DEXFVAP and GVCF → FEXDVAP).
 *
 * <p>Notation: B = (I−A)⁻¹ the global Leontief inverse, v = 1'V·x̂⁻¹ value added (the table's
 * value-added rows) per unit of output, v_c that row restricted to country c, L_cc = (I−A_cc)⁻¹
 * the local inverse of c's domestic block, y_r the final demand of country r (all its
 * final-demand categories, from every origin), e the gross exports, e_c its block for c.
 * Per exporting industry (c, i):
 * <ul>
 *   <li>EXGR_{c,i} = Σ_{r≠c} (Σ_j Z[(c,i),(r,j)] + y_r[(c,i)]), flows to other countries'
 *       intermediate and final use;
 *   <li>EXGR_DVA_{c,i} = (v_c·B_cc)_i·e_{c,i};
 *   <li>EXGR_DDC_{c,i} = v_{c,i}·L_cc[i,i]·e_{c,i} (the exporting industry's own value added);
 *   <li>EXGR_IDC_{c,i} = ((v_c·L_cc)_i − v_{c,i}·L_cc[i,i])·e_{c,i} (other domestic industries);
 *   <li>EXGR_RIM_{c,i} = (v_c·(B_cc − L_cc))_i·e_{c,i} (domestic value added that leaves and
 *       returns embodied in imports), so DDC + IDC + RIM = EXGR_DVA;
 *   <li>EXGR_FVA_{c,i} = Σ_{p≠c} (v_p·B_pc)_i·e_{c,i}, by source country p in
 *       {@link #foreignValueAddedBySource()};
 *   <li>EXGR_DVASH = 100·EXGR_DVA/EXGR and EXGR_FVASH = 100·EXGR_FVA/EXGR (percent; 0 where
 *       EXGR = 0), country shares are ratios of country sums;
 *   <li>DEXFVAP = EXGR_FVA (backward participation, the foreign value added in c's exports);
 * </ul>
 * Per source industry (c, i) of the value added:
 * <ul>
 *   <li>DXD_DVA_{c,i} = v_{c,i}·(B·y_c)_{(c,i)}, domestic value added absorbed by c's final
 *       demand;
 *   <li>FFD_DVA_{c,i} = v_{c,i}·Σ_{r≠c} (B·y_r)_{(c,i)}, domestic value added absorbed by
 *       foreign final demand (value-added exports);
 *   <li>FEXDVAP_{c,i} = v_{c,i}·Σ_{r≠c} (B_{c,r}·e_r)_i, c's value added embodied in the gross
 *       exports of other countries (forward participation);
 * </ul>
 * and per country only DFD_FVA_c = Σ_{p≠c} v_p·B_{p,·}·y_c, foreign value added in c's final
 * demand. Since v·B = 1' when v = 1 − 1'A, EXGR_DVA + EXGR_FVA = EXGR for a closed table
 * without product taxes or imports from outside the system; otherwise the gap is the taxes and
 * outside imports embodied. Final-demand columns count as demand of the region they name, of any
 * category.
 *
 * <p><b>Engine.</b> B is never formed. With the LU factorisation of I−A (2n³/3 flops, and again
 * for its transpose), the rows w⁽ᵖ⁾ = v⁽ᵖ⁾·B cost R transposed solves, B·y_r and
 * B·(e with c's block zeroed) R solves each (2n² flops per solve, about 6Rn² in all), the local
 * systems R·S³ flops. Immutable and thread-safe.
 */
public final class TivaIndicators {
  private final WorldSystem w;
  private final Map<TivaIndicator, double[]> byIndustry = new EnumMap<>(TivaIndicator.class);
  private final Map<TivaIndicator, double[]> byCountry = new EnumMap<>(TivaIndicator.class);
  private final double[][] fvaBySource; // exporter × source

  private TivaIndicators(WorldSystem w) {
    this.w = w;
    int n = w.n;
    int ns = w.sectors;
    int nr = w.regions;
    double[][] vb = w.vb();
    double[] e = w.exports;
    double[] dva = new double[n];
    double[] ddc = new double[n];
    double[] idc = new double[n];
    double[] rim = new double[n];
    double[] fva = new double[n];
    fvaBySource = new double[nr][nr];
    for (int c = 0; c < nr; c++) {
      double[] vcl = w.localSolveTransposed(c, w.block(w.v, c));
      double[] diag = w.localInverseDiagonal(c);
      for (int i = 0; i < ns; i++) {
        int k = c * ns + i;
        dva[k] = vb[c][k] * e[k];
        ddc[k] = w.v[k] * diag[i] * e[k];
        idc[k] = (vcl[i] - w.v[k] * diag[i]) * e[k];
        rim[k] = (vb[c][k] - vcl[i]) * e[k];
        for (int p = 0; p < nr; p++) {
          if (p != c) {
            double f = vb[p][k] * e[k];
            fva[k] += f;
            fvaBySource[c][p] += f;
          }
        }
      }
    }
    double[] dxd = new double[n];
    double[] ffd = new double[n];
    double[] dfdFva = new double[nr];
    double[][] xAll = w.model.solveAll(w.yAgg);
    for (int r = 0; r < nr; r++) {
      double[] xr = xAll[r];
      for (int k = 0; k < n; k++) {
        double va = w.v[k] * xr[k];
        if (w.region(k) == r) {
          dxd[k] += va;
        } else {
          ffd[k] += va;
          dfdFva[r] += va;
        }
      }
    }
    double[] fex = new double[n];
    double[][] foreignAll = new double[nr][];
    for (int c = 0; c < nr; c++) {
      foreignAll[c] = e.clone();
      java.util.Arrays.fill(foreignAll[c], c * ns, (c + 1) * ns, 0.0);
    }
    double[][] outAll = w.model.solveAll(foreignAll);
    for (int c = 0; c < nr; c++) {
      double[] out = outAll[c];
      for (int k = c * ns; k < (c + 1) * ns; k++) {
        fex[k] = w.v[k] * out[k];
      }
    }
    put(TivaIndicator.EXGR, e.clone());
    put(TivaIndicator.EXGR_DVA, dva);
    put(TivaIndicator.EXGR_DDC, ddc);
    put(TivaIndicator.EXGR_IDC, idc);
    put(TivaIndicator.EXGR_RIM, rim);
    put(TivaIndicator.EXGR_FVA, fva);
    put(TivaIndicator.DEXFVAP, fva.clone());
    put(TivaIndicator.FFD_DVA, ffd);
    put(TivaIndicator.DXD_DVA, dxd);
    put(TivaIndicator.FEXDVAP, fex);
    byCountry.put(TivaIndicator.DFD_FVA, dfdFva);
    byIndustry.put(TivaIndicator.EXGR_DVASH, share(dva, e));
    byIndustry.put(TivaIndicator.EXGR_FVASH, share(fva, e));
    byCountry.put(TivaIndicator.EXGR_DVASH,
        share(byCountry.get(TivaIndicator.EXGR_DVA), byCountry.get(TivaIndicator.EXGR)));
    byCountry.put(TivaIndicator.EXGR_FVASH,
        share(byCountry.get(TivaIndicator.EXGR_FVA), byCountry.get(TivaIndicator.EXGR)));
  }

  /**
   * The TiVA indicators of a multi-region table.
   *
   * @throws SectoralException {@link ErrorCode#DIMENSION_MISMATCH} for a single-region table,
   *     {@link ErrorCode#NOT_PRODUCTIVE} when I−A has no non-negative inverse
   */
  public static TivaIndicators of(InputOutputTable table) {
    checkNotNull(table, "table");
    return of(table, LeontiefModel.of(table));
  }

  /** The indicators using an already made Leontief model of the same table. */
  public static TivaIndicators of(InputOutputTable table, LeontiefModel model) {
    checkNotNull(table, "table");
    checkNotNull(model, "model");
    return new TivaIndicators(WorldSystem.of(table, model, "TiVA"));
  }

  /** The shared world system, for a KWW decomposition of the same table and model. */
  WorldSystem world() {
    return w;
  }

  /** The countries (the table's regions). */
  public KeyIndex<Region> countries() {
    return w.table.regions();
  }

  /**
   * The value of an indicator for a country.
   *
   * @throws SectoralException {@link ErrorCode#UNKNOWN_KEY} when the country is not in the table
   */
  public double value(Region country, TivaIndicator indicator) {
    checkNotNull(indicator, "indicator");
    return byCountry.get(indicator)[countries().indexOf(country)];
  }

  /**
   * The value of an indicator, by country code and OECD indicator code, e.g.
   * {@code value("VNM", "EXGR_DVA")}.
   *
   * @throws SectoralException {@link ErrorCode#UNKNOWN_KEY} naming an unknown country or code
   */
  public double value(String countryCode, String indicatorCode) {
    checkNotNull(indicatorCode, "indicatorCode");
    TivaIndicator ind;
    try {
      ind = TivaIndicator.valueOf(indicatorCode);
    } catch (IllegalArgumentException ex) {
      throw SectoralException.of(ErrorCode.UNKNOWN_KEY, List.of(indicatorCode),
          "Unknown TiVA indicator %s (known: %s)", indicatorCode,
          List.of(TivaIndicator.values()));
    }
    return value(Region.of(checkNotNull(countryCode, "countryCode")), ind);
  }

  /** An indicator for every country. */
  public LabelledVector<Region> byCountry(TivaIndicator indicator) {
    checkNotNull(indicator, "indicator");
    return LabelledVector.of(countries(), byCountry.get(indicator), unit(indicator));
  }

  /**
   * An indicator per country × industry (exporting industry for EXGR…, DEXFVAP; value-added
   * source industry for FFD_DVA, DXD_DVA, FEXDVAP).
   *
   * @throws IllegalArgumentException for DFD_FVA, defined per country only
   */
  public LabelledVector<RegionSector> byIndustry(TivaIndicator indicator) {
    checkNotNull(indicator, "indicator");
    checkArgument(indicator.hasIndustryBreakdown(), "%s is defined per country only", indicator);
    return LabelledVector.of(w.table.keys(), byIndustry.get(indicator), unit(indicator));
  }

  /**
   * EXGR_FVA by source country: row c (exporter), column p (where the value added was made),
   * Σᵢ (v_p·B_pc)ᵢ·e_{c,i}; the diagonal is zero (that is EXGR_DVA).
   */
  public LabelledMatrix<Region, Region> foreignValueAddedBySource() {
    return LabelledMatrix.of(countries(), countries(), fvaBySource, w.table.unit());
  }

  /**
   * Origin of the value added in one industry's gross exports, v̂·B·e_j (OECD EXGR_BSCI, one
   * column; decompr's "leontief" decomposition): entry (c, i) is the value added of industry i of
   * country c embodied in the exports e_j of {@code exporting}. One solve (2n² flops).
   */
  public LabelledVector<RegionSector> originOfValueAdded(RegionSector exporting) {
    int j = w.table.keys().indexOf(exporting);
    double[] unit = new double[w.n];
    unit[j] = w.exports[j];
    double[] col = w.model.solve(unit);
    for (int k = 0; k < w.n; k++) {
      col[k] *= w.v[k];
    }
    return LabelledVector.of(w.table.keys(), col, w.table.unit());
  }

  /**
   * Every country-level indicator as immutable tidy rows (country, indicator, value),
   * country-major.
   */
  public List<TivaRow> rows() {
    ImmutableList.Builder<TivaRow> out = ImmutableList.builder();
    for (int c = 0; c < countries().size(); c++) {
      for (TivaIndicator ind : TivaIndicator.values()) {
        out.add(new TivaRow(countries().get(c), ind, byCountry.get(ind)[c]));
      }
    }
    return out.build();
  }

  private void put(TivaIndicator ind, double[] perIndustry) {
    byIndustry.put(ind, perIndustry);
    double[] c = new double[w.regions];
    for (int k = 0; k < perIndustry.length; k++) {
      c[w.region(k)] += perIndustry[k];
    }
    byCountry.put(ind, c);
  }

  private String unit(TivaIndicator ind) {
    return ind.isPercent() ? "%" : w.table.unit();
  }

  private static double[] share(double[] part, double[] total) {
    double[] s = new double[part.length];
    for (int i = 0; i < s.length; i++) {
      s[i] = total[i] == 0 ? 0 : 100 * part[i] / total[i];
    }
    return s;
  }
}
