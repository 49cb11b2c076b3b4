package org.sectoral.examples.vietnam;

import static org.sectoral.examples.vietnam.VietNamAssumptions.UNIT;

import java.util.ArrayList;
import java.util.List;
import org.sectoral.core.ErrorCode;
import org.sectoral.core.SectoralException;
import org.sectoral.core.table.FinalDemandCategory;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.core.table.Region;
import org.sectoral.core.table.Stressor;
import org.sectoral.core.table.ValueAddedComponent.Kind;

/**
 * Builds a balanced national table from output x, domestic and imported coefficients Aᵈ, Aᵐ,
 * tax and value-added coefficients: Zᵈ = Aᵈ·x̂, Zᵐ = Aᵐ·x̂ (imports by product), final demand for
 * domestic output f = x − Zᵈ·1 split into exports and domestic uses, value added split into
 * compensation (a labour share, {@link VietNamAssumptions#LABOUR_SHARE} by default) and
 * operating surplus, and an employment account.
 */
final class NationalTable {
  /** The employment satellite account. */
  static final String EMPLOYMENT = "employment";
  /** The jobs stressor: jobs held during the year (job-years; persons employed in the base). */
  static final Stressor JOBS = Stressor.of("jobs", "job-years");

  private NationalTable() {}

  /**
   * The table from calibrated flows ({@link NationalCalibration}): domestic and imported
   * intermediate and final uses, exports, taxes and value added (split into compensation and
   * operating surplus by the labour share), with an employment account.
   */
  static InputOutputTable fromFlows(String name, Region region, NationalCalibration.Result r,
      double[] jobs, double labourShare) {
    int n = r.x().length;
    double[] comp = new double[n];
    double[] gos = new double[n];
    for (int j = 0; j < n; j++) {
      comp[j] = labourShare * r.valueAdded()[j];
      gos[j] = r.valueAdded()[j] - comp[j];
    }
    String[] codes = {"HH", "GOV", "GFCF"};
    FinalDemandCategory[] cats = {FinalDemandCategory.HOUSEHOLDS, FinalDemandCategory.GOVERNMENT,
        FinalDemandCategory.INVESTMENT};
    var b = InputOutputTable.builder().name(name).unit(UNIT).region(region)
        .sectors(VietNamSectors.ALL).intermediate(r.zd()).importsByProduct(r.zm());
    for (int c = 0; c < codes.length; c++) {
      double[] d = new double[n];
      double[] m = new double[n];
      for (int i = 0; i < n; i++) {
        d[i] = r.yd()[i][c];
        m[i] = r.ym()[i][c];
      }
      b.finalDemand(codes[c], cats[c], d);
      b.importedFinalDemand(org.sectoral.core.table.FinalDemandColumn.of(region, codes[c],
          cats[c]), m);
    }
    b.finalDemand("EXP", FinalDemandCategory.EXPORTS, r.exports())
        .importedFinalDemand(org.sectoral.core.table.FinalDemandColumn.of(region, "EXP",
            FinalDemandCategory.EXPORTS), new double[n]);
    return b.productTaxes(r.taxes()).valueAdded("COMP", Kind.COMPENSATION, comp)
        .valueAdded("GOS", Kind.OPERATING_SURPLUS, gos).output(r.x())
        .satellite(EMPLOYMENT, JOBS, jobs).balanceTolerance(1e-9).build();
  }

  /**
   * The table.
   *
   * @param name the table's name
   * @param region the nation
   * @param x gross output by sector
   * @param ad domestic coefficients Aᵈ
   * @param am imported coefficients Aᵐ (rows: imported products)
   * @param t net product taxes per unit of output
   * @param exports exports by sector, capped at f (re-exports of imports are not modelled); the
   *     rest of f is domestic final demand
   * @param households household share of domestic final demand by sector
   * @param government government share of domestic final demand by sector
   * @param investment investment share of domestic final demand by sector (the three sum to 1)
   * @param jobs persons employed by sector
   * @param labourShare compensation of employees as a share of value added
   */
  static InputOutputTable build(String name, Region region, double[] x, double[][] ad,
      double[][] am, double[] t, double[] exports, double[] households, double[] government,
      double[] investment, double[] jobs, double labourShare) {
    int n = x.length;
    double[][] zd = new double[n][n];
    double[][] zm = new double[n][n];
    double[] f = x.clone();
    double[] va = new double[n];
    double[] taxes = new double[n];
    for (int j = 0; j < n; j++) {
      double used = 0;
      for (int i = 0; i < n; i++) {
        zd[i][j] = ad[i][j] * x[j];
        zm[i][j] = am[i][j] * x[j];
        f[i] -= zd[i][j];
        used += ad[i][j] + am[i][j];
      }
      taxes[j] = t[j] * x[j];
      va[j] = (1 - used - t[j]) * x[j];
    }
    List<String> negative = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (f[i] < -1e-9 * x[i]) {
        negative.add(VietNamSectors.ALL.get(i).code() + String.format(java.util.Locale.ROOT,
            " (domestic intermediate use %.0f > output %.0f)", x[i] - f[i], x[i]));
      }
    }
    if (!negative.isEmpty()) {
      throw SectoralException.of(ErrorCode.NEGATIVE_OUTPUT, negative,
          "Final demand for domestic output of %s would be negative: intermediate demand "
              + "exceeds output; revise the value-added shares", negative);
    }
    double[] e = new double[n];
    double[] hh = new double[n];
    double[] gov = new double[n];
    double[] inv = new double[n];
    for (int i = 0; i < n; i++) {
      double fi = Math.max(0, f[i]);
      e[i] = Math.min(exports[i], fi);
      double dom = fi - e[i];
      hh[i] = dom * households[i];
      gov[i] = dom * government[i];
      inv[i] = dom * investment[i];
    }
    double[] comp = new double[n];
    double[] gos = new double[n];
    for (int j = 0; j < n; j++) {
      comp[j] = labourShare * va[j];
      gos[j] = va[j] - comp[j];
    }
    return InputOutputTable.builder().name(name).unit(UNIT).region(region)
        .sectors(VietNamSectors.ALL).intermediate(zd).importsByProduct(zm)
        .finalDemand("HH", FinalDemandCategory.HOUSEHOLDS, hh)
        .finalDemand("GOV", FinalDemandCategory.GOVERNMENT, gov)
        .finalDemand("GFCF", FinalDemandCategory.INVESTMENT, inv)
        .finalDemand("EXP", FinalDemandCategory.EXPORTS, e)
        .productTaxes(taxes).valueAdded("COMP", Kind.COMPENSATION, comp)
        .valueAdded("GOS", Kind.OPERATING_SURPLUS, gos).output(x)
        .satellite(EMPLOYMENT, JOBS, jobs).balanceTolerance(1e-9).build();
  }
}
