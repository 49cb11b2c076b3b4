package org.sectoral.examples.vietnam;

import static org.sectoral.examples.vietnam.VietNamAssumptions.inSectorOrder;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.List;
import org.sectoral.core.table.InputOutputTable;

/**
 * The ownership split: FDI and domestically owned firms of a sector share its technology (the
 * column of total coefficients) but not its import share. With the sector's effective import
 * share sⱼ = 1 − Σᵢ aᵈᵢⱼ / Σᵢ (aᵈᵢⱼ + aᵐᵢⱼ) the output-weighted average of the parts',
 * sⱼ = φⱼ·s_F + (1 − φⱼ)·s_D with φⱼ the FDI share of output and s_D a stated import share of
 * domestic firms, s_F follows. Each part's domestic value-added content of a unit of final
 * demand is d_part = vⱼ + Σᵢ aᵈᵢⱼ·(1 − s_part)/(1 − sⱼ)·dᵢ with dᵢ the national contents
 * (v·Lᵈ): the part's own value added plus the domestic content of its domestic inputs. The
 * output-weighted average of the parts is dⱼ exactly; the export-weighted average uses the FDI
 * share of the sector's exports. Estimates from stated assumptions, not firm data.
 */
public final class Ownership {
  private Ownership() {}

  /**
   * The split of one sector.
   *
   * @param sector sector code
   * @param fdiOutputShare φ, FDI share of output (assumption)
   * @param fdiExportShare FDI share of exports (assumption)
   * @param sectorImportShare sⱼ, effective import share of the sector's inputs
   * @param domesticImportShare s_D (assumption)
   * @param fdiImportShare s_F (solved)
   * @param sectorContent dⱼ
   * @param domesticContent d_D, domestic firms
   * @param fdiContent d_F, FDI firms
   * @param exportWeightedContent (ε·d_F + (1 − ε)·d_D), the content of the sector's exports
   */
  public record Split(String sector, double fdiOutputShare, double fdiExportShare,
      double sectorImportShare, double domesticImportShare, double fdiImportShare,
      double sectorContent, double domesticContent, double fdiContent,
      double exportWeightedContent) {}

  /**
   * The split of each sector of {@link VietNamAssumptions#OWNERSHIP_SPLIT_SECTORS}, with the
   * model's FDI shares and domestic firms' import share ({@link VietNamModel#inputs()}).
   */
  public static ImmutableList<Split> splits(VietNamModel model) {
    InputOutputTable t = model.national();
    double[] d = model.exportContent().domesticValueAdded().toArray();
    double[] phi = model.inputs().inSectorOrder("FDI_OUTPUT_SHARES");
    double[] eps = model.inputs().inSectorOrder("FDI_EXPORT_SHARES");
    double sd = model.inputs().scalar("DOMESTIC_FIRM_IMPORT_SHARE");
    List<Split> out = new ArrayList<>();
    for (String code : VietNamAssumptions.OWNERSHIP_SPLIT_SECTORS) {
      int j = t.keys().indexOf(model.key(code));
      double x = t.output().at(j);
      double dom = t.intermediate().columnSums().at(j);
      double imp = t.requireImports().columnSums().at(j);
      double s = imp / (dom + imp);
      double sf = Math.min(1, Math.max(0, (s - (1 - phi[j]) * sd) / phi[j]));
      double v = t.valueAddedTotal().at(j) / x;
      double domesticInputContent = 0;
      for (int i = 0; i < t.size(); i++) {
        domesticInputContent += t.intermediate().at(i, j) / x * d[i];
      }
      double dD = v + domesticInputContent * (1 - sd) / (1 - s);
      double dF = v + domesticInputContent * (1 - sf) / (1 - s);
      out.add(new Split(code, phi[j], eps[j], s, sd, sf, d[j], dD, dF,
          eps[j] * dF + (1 - eps[j]) * dD));
    }
    return ImmutableList.copyOf(out);
  }

  /**
   * FDI share of a national table's goods exports, Σ εⱼ·eⱼ / Σ eⱼ over agriculture, mining and
   * manufacturing, with the assumed sector shares εⱼ (compare with the published 71.9%).
   */
  public static double fdiShareOfNationalExports(InputOutputTable national) {
    return MacroFit.fdiShareOfExports(national.exports().toArray());
  }

  /** FDI share of a table's industrial output (B–E), Σ φⱼ·xⱼ / Σ xⱼ over industry. */
  public static double fdiShareOfIndustrialOutput(InputOutputTable t) {
    return outputShare(inSectorOrder(VietNamAssumptions.FDI_OUTPUT_SHARES), t);
  }

  /**
   * FDI share of a province's goods exports (agriculture and industry: "export turnover" counts
   * merchandise), with each sector exporting the national share of its output (eⱼ/xⱼ,
   * assumption) and FDI firms making εⱼ of those exports.
   */
  public static double fdiShareOfExports(InputOutputTable province, InputOutputTable national) {
    return exportShare(inSectorOrder(VietNamAssumptions.FDI_EXPORT_SHARES), province, national);
  }

  /**
   * Binh Duong's FDI shares calibrated to the published facts (FDI ~57% of industrial
   * production value, ~80% of export turnover): every sector's assumed FDI share φⱼ (and εⱼ) is
   * moved by one common shift of its log-odds, logit φⱼ' = logit φⱼ + α, with α (and β for
   * exports) solved by bisection so the provincial aggregate equals the fact. The ranking of
   * sectors by FDI presence is the assumption's; the level is the fact's. Estimates.
   *
   * @param outputShift α
   * @param exportShift β
   * @param outputShares calibrated φ' by sector code (industry only)
   * @param exportShares calibrated ε' by sector code
   * @param fdiShareOfOutput the provincial FDI share of industrial output reached
   * @param fdiShareOfExports the provincial FDI share of goods exports reached
   */
  public record ProvincialCalibration(double outputShift, double exportShift,
      ImmutableMap<String, Double> outputShares, ImmutableMap<String, Double> exportShares,
      double fdiShareOfOutput, double fdiShareOfExports) {}

  /** Calibrates the Binh Duong FDI shares to {@code outputFact} and {@code exportFact}. */
  public static ProvincialCalibration calibrateProvince(InputOutputTable province,
      InputOutputTable national, double outputFact, double exportFact) {
    double[] phi = inSectorOrder(VietNamAssumptions.FDI_OUTPUT_SHARES);
    double[] eps = inSectorOrder(VietNamAssumptions.FDI_EXPORT_SHARES);
    double alpha = bisect(a -> outputShare(shift(phi, a), province) - outputFact);
    double beta = bisect(b -> exportShare(shift(eps, b), province, national) - exportFact);
    double[] phi2 = shift(phi, alpha);
    double[] eps2 = shift(eps, beta);
    ImmutableMap.Builder<String, Double> o = ImmutableMap.builder();
    ImmutableMap.Builder<String, Double> e = ImmutableMap.builder();
    for (int j = 0; j < VietNamSectors.ALL.size(); j++) {
      String c = VietNamSectors.ALL.get(j).code();
      o.put(c, phi2[j]);
      e.put(c, eps2[j]);
    }
    return new ProvincialCalibration(alpha, beta, o.build(), e.build(),
        outputShare(phi2, province), exportShare(eps2, province, national));
  }

  private static double outputShare(double[] phi, InputOutputTable t) {
    double fdi = 0;
    double all = 0;
    for (String c : VietNamSectors.INDUSTRY) {
      int j = VietNamSectors.indexOf(c);
      fdi += phi[j] * t.output().at(j);
      all += t.output().at(j);
    }
    return fdi / all;
  }

  private static double exportShare(double[] eps, InputOutputTable province,
      InputOutputTable national) {
    double fdi = 0;
    double all = 0;
    List<String> goods = new ArrayList<>(VietNamSectors.INDUSTRY);
    goods.add(VietNamSectors.AGR);
    for (String code : goods) {
      int j = VietNamSectors.indexOf(code);
      double xn = national.output().at(j);
      double ex = xn == 0 ? 0 : national.exports().at(j) / xn * province.output().at(j);
      fdi += eps[j] * ex;
      all += ex;
    }
    return fdi / all;
  }

  /** Shares moved by a common log-odds shift; 0 stays 0 and 1 stays 1. */
  static double[] shift(double[] shares, double by) {
    double[] out = new double[shares.length];
    for (int j = 0; j < out.length; j++) {
      double p = shares[j];
      out[j] = p <= 0 || p >= 1 ? p : 1 / (1 + Math.exp(-(Math.log(p / (1 - p)) + by)));
    }
    return out;
  }

  /** The root of an increasing function on [−20, 20] by bisection (to 1e-12). */
  private static double bisect(java.util.function.DoubleUnaryOperator f) {
    double lo = -20;
    double hi = 20;
    if (f.applyAsDouble(lo) > 0 || f.applyAsDouble(hi) < 0) {
      throw new IllegalArgumentException("FDI fact out of reach of the assumed sector shares");
    }
    for (int i = 0; i < 200 && hi - lo > 1e-12; i++) {
      double mid = (lo + hi) / 2;
      if (f.applyAsDouble(mid) < 0) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    return (lo + hi) / 2;
  }
}
