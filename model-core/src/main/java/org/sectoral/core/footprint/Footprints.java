package org.sectoral.core.footprint;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import java.util.List;
import java.util.Optional;
import org.sectoral.core.ErrorCode;
import org.sectoral.core.SectoralException;
import org.sectoral.core.leontief.LeontiefModel;
import org.sectoral.core.table.FinalDemandColumn;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.core.table.KeyIndex;
import org.sectoral.core.table.LabelledMatrix;
import org.sectoral.core.table.LabelledVector;
import org.sectoral.core.table.Region;
import org.sectoral.core.table.RegionSector;
import org.sectoral.core.table.SatelliteAccount;
import org.sectoral.core.table.Stressor;

/**
 * Satellite-account footprints with the definitions of pymrio ({@code pymrio/tools/iomath.py}
 * {@code calc_S}, {@code calc_M}, {@code calc_accounts}; {@code pymrio/core/mriosystem.py}
 * {@code Extension.calc_system}; Stadler 2021, J. Open Research Software 9(1):8; Miller &amp;
 * Blair 2009 §10.2 and §13.1).
 *
 * <p>With F the stressors by sector (k × n), x gross output, L = (I−A)⁻¹ and Y_agg the final
 * demand summed per buying region (n × R, all categories of a region in one column y_r):
 * <ul>
 *   <li>S = F·x̂⁻¹, with sⱼ = 0 where xⱼ = 0 ({@code calc_S} → {@code calc_A});
 *   <li>M = S·L ({@code calc_M});
 *   <li>pymrio diagonalises Y_agg per sector ({@code diagonalize_columns_to_sectors}): column
 *       (r, s) of Y_diag holds region r's final demand for products of sector s from every origin
 *       region; x_diag = L·Y_diag. Then D_cba = S·x_diag, so D_cba[q, (r, s)] is the footprint of
 *       region r's final demand for sector-s products,
 *       D_cba[q,(r,s)] = Σₒ M[q,(o,s)]·Y_agg[(o,s), r];
 *   <li>D_pba = S·diag(x_tot) with x_tot = x_diag·1 = L·Y_agg·1 (equal to F for a balanced table
 *       with non-zero output);
 *   <li>x_trade is x_diag with the blocks where the producing region equals the consuming region
 *       set to zero ({@code set_dom_block}); D_imp = S·x_trade (columns: consuming region ×
 *       product sector); D_exp = S·diag(x_trade·1) (columns: producing region × sector), the
 *       stressors a sector emits for other regions' final demand;
 *   <li>per region ({@code calc_system}): D_cba_reg and D_pba_reg sum the columns of D_cba and
 *       D_pba of each region and add F_Y summed over the final-demand columns of that region;
 *       D_imp_reg and D_exp_reg are the plain column sums per region (F_Y does not enter);
 *   <li>S_Y = F_Y·diag(1'Y)⁻¹, the stressors per unit of each final-demand column's total
 *       ({@code calc_S_Y}, zero where the column total is zero);
 *   <li>per capita ({@code calc_system} with a population vector): D_*_cap = D_*_reg divided by
 *       each region's population.
 * </ul>
 *
 * <p><b>Engine.</b> L is never formed. With the one LU factorisation of I−A held by
 * {@link LeontiefModel} (2n³/3 flops, and 2n³/3 more for its transpose on first transposed solve),
 * row q of M is one transposed solve M_q = S_q·L (k solves, 2kn² flops); x_r = L·y_r for each
 * buying region r is one solve (R solves, 2Rn² flops) and gives x_tot = Σ_r x_r and the export
 * output Σ_{r≠o} x_r; D_cba then costs k·R·n multiply-adds from M. D_imp (computed on first
 * call) needs either, per stressor and consuming region r, the multipliers of S_q with region
 * r's own columns zeroed (k·R transposed solves), or, when k·R &gt; n, the outputs L·y_{r,s} for
 * every consuming region and sector (n solves) — whichever is fewer.
 *
 * <p><b>Memory.</b> S and M (k × n each), Y_agg (R × n), x_tot and the export output; D_imp
 * holds at most one region's n × sectors block of outputs at a time; every result matrix is k × n
 * or k × R. No n × n matrix. pymrio's explicit route costs about 8n³/3 flops
 * to invert I−A, 2n³ for L·Y_diag and 2kn² for S·x_diag (and x_trade), with n² memory per
 * matrix. Immutable and thread-safe.
 */
public final class Footprints {
  private final InputOutputTable table;
  private final SatelliteAccount account;
  private final LeontiefModel model;
  private final int n;
  private final int sectors;
  private final int regions;
  private final double[][] s; // k × n
  private final double[][] m; // k × n
  private final double[][] yAgg; // R × n, column y_r of Y_agg
  private final double[][] fyAgg; // k × R
  private final double[] xTot;
  private final double[] xExport;
  private final String stressorUnit;
  private final Supplier<LabelledMatrix<Stressor, RegionSector>> imports;

  private Footprints(InputOutputTable table, LeontiefModel model, SatelliteAccount account) {
    this.table = table;
    this.account = account;
    this.model = model;
    this.n = table.size();
    this.sectors = table.sectors().size();
    this.regions = table.regions().size();
    this.stressorUnit = account.byIndustry().unit();
    int k = account.stressors().size();
    double[] x = table.output().toArray();
    s = new double[k][n];
    m = new double[k][];
    for (int q = 0; q < k; q++) {
      for (int j = 0; j < n; j++) {
        s[q][j] = x[j] == 0 ? 0 : account.byIndustry().at(q, j) / x[j];
      }
    }
    double[][] solvedM = model.solveTransposedAll(s);
    for (int q = 0; q < k; q++) {
      m[q] = solvedM[q];
    }
    yAgg = new double[regions][n];
    LabelledMatrix<RegionSector, FinalDemandColumn> y = table.finalDemand();
    for (int c = 0; c < y.columnCount(); c++) {
      int r = table.regions().indexOf(y.columns().get(c).region());
      for (int i = 0; i < n; i++) {
        yAgg[r][i] += y.at(i, c);
      }
    }
    xTot = new double[n];
    xExport = new double[n];
    double[][] xByRegion = model.solveAll(yAgg);
    for (int r = 0; r < regions; r++) {
      double[] xr = xByRegion[r];
      for (int i = 0; i < n; i++) {
        xTot[i] += xr[i];
        if (i / sectors != r) {
          xExport[i] += xr[i];
        }
      }
    }
    fyAgg = new double[k][regions];
    account.byFinalDemand().ifPresent(fy -> {
      for (int c = 0; c < fy.columnCount(); c++) {
        Region region = fy.columns().get(c).region();
        if (!table.regions().contains(region)) {
          throw SectoralException.of(ErrorCode.UNKNOWN_KEY, List.of(region.code()),
              "F_Y column %s of %s: region %s not in table %s", fy.columns().get(c),
              account.name(), region, table.name());
        }
        int r = table.regions().indexOf(region);
        for (int q = 0; q < k; q++) {
          fyAgg[q][r] += fy.at(q, c);
        }
      }
    });
    this.imports = Suppliers.memoize(this::computeImports);
  }

  /**
   * The footprints of a satellite account of a table (the account may carry F_Y).
   *
   * @throws SectoralException {@link ErrorCode#DIMENSION_MISMATCH} when F's columns are not the
   *     table's keys, {@link ErrorCode#UNKNOWN_KEY} when an F_Y column names a region not in the
   *     table, {@link ErrorCode#NOT_PRODUCTIVE} when I−A has no non-negative inverse
   */
  public static Footprints of(InputOutputTable table, SatelliteAccount account) {
    checkNotNull(table, "table");
    return of(table, LeontiefModel.of(table), account);
  }

  /**
   * The footprints of the table's satellite account of that name.
   *
   * @throws SectoralException {@link ErrorCode#MISSING_BLOCK} when there is no such account
   */
  public static Footprints of(InputOutputTable table, String accountName) {
    checkNotNull(table, "table");
    return of(table, table.satellite(checkNotNull(accountName, "accountName")));
  }

  /** The footprints using an already made Leontief model of the same table. */
  public static Footprints of(InputOutputTable table, LeontiefModel model,
      SatelliteAccount account) {
    checkNotNull(table, "table");
    checkNotNull(model, "model");
    checkNotNull(account, "account");
    if (!account.byIndustry().columns().equals(table.keys())
        || !model.keys().equals(table.keys())) {
      throw SectoralException.of(ErrorCode.DIMENSION_MISMATCH, List.of(account.name()),
          "Satellite account %s (%d columns) or the model does not match the keys of table %s (%d)",
          account.name(), account.byIndustry().columnCount(), table.name(), table.size());
    }
    return new Footprints(table, model, account);
  }

  /** The stressors (rows of every result). */
  public KeyIndex<Stressor> stressors() {
    return account.stressors();
  }

  /** Stressor coefficients S = F·x̂⁻¹ (stressor unit per table unit of output; pymrio S). */
  public LabelledMatrix<Stressor, RegionSector> coefficients() {
    return matrix(s, stressorUnit + "/" + table.unit());
  }

  /**
   * Multipliers M = S·L (stressor per table unit of final demand; pymrio M): column j is the
   * world-wide stressor caused by one unit of final demand for product j.
   */
  public LabelledMatrix<Stressor, RegionSector> multipliers() {
    return matrix(m, stressorUnit + "/" + table.unit());
  }

  /**
   * Consumption-based account D_cba (pymrio D_cba): column (r, s) is the footprint of region r's
   * final demand for products of sector s, wherever produced: Σₒ M[q,(o,s)]·Y_agg[(o,s), r].
   * F_Y is not included (see {@link #consumptionBasedByRegion()}).
   */
  public LabelledMatrix<Stressor, RegionSector> consumptionBased() {
    int k = s.length;
    double[][] d = new double[k][n];
    for (int q = 0; q < k; q++) {
      for (int r = 0; r < regions; r++) {
        for (int sec = 0; sec < sectors; sec++) {
          double acc = 0;
          for (int o = 0; o < regions; o++) {
            int i = o * sectors + sec;
            acc += m[q][i] * yAgg[r][i];
          }
          d[q][r * sectors + sec] = acc;
        }
      }
    }
    return matrix(d, stressorUnit);
  }

  /**
   * Production-based account D_pba = S·diag(L·Y_agg·1) (pymrio D_pba): the stressors emitted by
   * each producing sector, equal to F for a balanced table (zero where output is zero).
   */
  public LabelledMatrix<Stressor, RegionSector> productionBased() {
    return scaled(xTot);
  }

  /**
   * Import account D_imp = S·x_trade (pymrio D_imp): column (r, s) is the part of region r's
   * footprint for sector-s products emitted outside r. Computed on first call (k·R solves).
   */
  public LabelledMatrix<Stressor, RegionSector> imports() {
    return imports.get();
  }

  /**
   * Export account D_exp = S·diag(x_trade·1) (pymrio D_exp): the stressors each producing sector
   * emits to satisfy the final demand of other regions.
   */
  public LabelledMatrix<Stressor, RegionSector> exports() {
    return scaled(xExport);
  }

  /**
   * Final-demand stressor coefficients S_Y = F_Y·diag(1'Y)⁻¹ (pymrio S_Y; stressor unit per table
   * unit of final demand): F_Y divided by the total of its final-demand column, zero where that
   * total is zero. Empty when the account has no F_Y.
   */
  public Optional<LabelledMatrix<Stressor, FinalDemandColumn>> finalDemandCoefficients() {
    if (account.byFinalDemand().isEmpty()) {
      return Optional.empty();
    }
    LabelledMatrix<Stressor, FinalDemandColumn> fy = account.byFinalDemand().get();
    LabelledVector<FinalDemandColumn> totals = table.finalDemand().columnSums();
    double[][] v = new double[fy.rowCount()][fy.columnCount()];
    for (int c = 0; c < fy.columnCount(); c++) {
      FinalDemandColumn col = fy.columns().get(c);
      if (!totals.keys().contains(col)) {
        throw SectoralException.of(ErrorCode.UNKNOWN_KEY, List.of(col.toString()),
            "F_Y column %s of %s is not a final-demand column of table %s", col, account.name(),
            table.name());
      }
      double total = totals.get(col);
      for (int q = 0; q < v.length; q++) {
        v[q][c] = total == 0 ? 0 : fy.at(q, c) / total;
      }
    }
    return Optional.of(LabelledMatrix.of(fy.rows(), fy.columns(), v,
        stressorUnit + "/" + table.unit()));
  }

  /**
   * A regional account per person, D_*_cap = D_*_reg / population (pymrio {@code D_cba_cap} …):
   * each region's column divided by its population.
   *
   * @param byRegion a regional account such as {@link #consumptionBasedByRegion()}
   * @param population persons per region (every region of {@code byRegion}, positive)
   * @throws IllegalArgumentException when a region has no population or a population is not
   *     positive
   */
  public static LabelledMatrix<Stressor, Region> perCapita(
      LabelledMatrix<Stressor, Region> byRegion, LabelledVector<Region> population) {
    checkNotNull(byRegion, "byRegion");
    checkNotNull(population, "population");
    double[][] v = byRegion.toArray();
    for (int r = 0; r < byRegion.columnCount(); r++) {
      Region region = byRegion.columns().get(r);
      checkArgument(population.keys().contains(region), "No population for region %s", region);
      double p = population.get(region);
      checkArgument(p > 0, "Population of %s is %s, not positive", region, p);
      for (double[] row : v) {
        row[r] /= p;
      }
    }
    return LabelledMatrix.of(byRegion.rows(), byRegion.columns(), v,
        byRegion.unit() + "/person");
  }

  /** Regional consumption-based footprint D_cba_reg: D_cba summed per region plus F_Y. */
  public LabelledMatrix<Stressor, Region> consumptionBasedByRegion() {
    return byRegion(consumptionBased(), true);
  }

  /** Regional production-based account D_pba_reg: D_pba summed per region plus F_Y per region. */
  public LabelledMatrix<Stressor, Region> productionBasedByRegion() {
    return byRegion(productionBased(), true);
  }

  /** Regional import account D_imp_reg: D_imp summed per consuming region (no F_Y). */
  public LabelledMatrix<Stressor, Region> importsByRegion() {
    return byRegion(imports(), false);
  }

  /** Regional export account D_exp_reg: D_exp summed per producing region (no F_Y). */
  public LabelledMatrix<Stressor, Region> exportsByRegion() {
    return byRegion(exports(), false);
  }

  /**
   * D_imp by the cheaper of two exact routes. With few stressors (k·R ≤ n): the multipliers of
   * S_q with region r's own columns zeroed, one transposed solve per stressor and region.
   * With many (EXIOBASE: k ≈ 1,100, R = 49, n = 9,800): per consuming region r and sector s the
   * output X = L·y_{r,s} that region r's final demand for sector-s products (from every origin)
   * needs, one solve each (n solves in all, as pymrio's L·Y_diag), and
   * D_imp[q,(r,s)] = S_q·X − S_q[r]·X[r], what region r's demand causes outside r. Memory: one
   * region's n × sectors block at a time.
   */
  private LabelledMatrix<Stressor, RegionSector> computeImports() {
    int k = s.length;
    if ((long) k * regions <= n) {
      return importsByForeignMultipliers();
    }
    double[][] d = new double[k][n];
    for (int r = 0; r < regions; r++) {
      double[][] rhs = new double[sectors][n];
      for (int sec = 0; sec < sectors; sec++) {
        for (int o = 0; o < regions; o++) {
          int i = o * sectors + sec;
          rhs[sec][i] = yAgg[r][i];
        }
      }
      double[][] xs = model.solveAll(rhs);
      int home = r * sectors;
      for (int q = 0; q < k; q++) {
        double[] sq = s[q];
        for (int sec = 0; sec < sectors; sec++) {
          double[] x = xs[sec];
          double all = 0;
          double own = 0;
          for (int i = 0; i < n; i++) {
            all += sq[i] * x[i];
          }
          for (int i = home; i < home + sectors; i++) {
            own += sq[i] * x[i];
          }
          d[q][home + sec] = all - own;
        }
      }
    }
    return matrix(d, stressorUnit);
  }

  private LabelledMatrix<Stressor, RegionSector> importsByForeignMultipliers() {
    int k = s.length;
    double[][] d = new double[k][n];
    double[][] foreignAll = new double[k * regions][];
    for (int q = 0; q < k; q++) {
      for (int r = 0; r < regions; r++) {
        double[] foreign = s[q].clone();
        java.util.Arrays.fill(foreign, r * sectors, (r + 1) * sectors, 0.0);
        foreignAll[q * regions + r] = foreign;
      }
    }
    double[][] solvedForeign = model.solveTransposedAll(foreignAll);
    for (int q = 0; q < k; q++) {
      for (int r = 0; r < regions; r++) {
        double[] mf = solvedForeign[q * regions + r];
        for (int sec = 0; sec < sectors; sec++) {
          double acc = 0;
          for (int o = 0; o < regions; o++) {
            int i = o * sectors + sec;
            acc += mf[i] * yAgg[r][i];
          }
          d[q][r * sectors + sec] = acc;
        }
      }
    }
    return matrix(d, stressorUnit);
  }

  private LabelledMatrix<Stressor, RegionSector> scaled(double[] xs) {
    int k = s.length;
    double[][] d = new double[k][n];
    for (int q = 0; q < k; q++) {
      for (int j = 0; j < n; j++) {
        d[q][j] = s[q][j] * xs[j];
      }
    }
    return matrix(d, stressorUnit);
  }

  private LabelledMatrix<Stressor, Region> byRegion(LabelledMatrix<Stressor, RegionSector> d,
      boolean withFinalDemand) {
    int k = s.length;
    double[][] out = new double[k][regions];
    for (int q = 0; q < k; q++) {
      for (int j = 0; j < n; j++) {
        out[q][j / sectors] += d.at(q, j);
      }
      if (withFinalDemand) {
        for (int r = 0; r < regions; r++) {
          out[q][r] += fyAgg[q][r];
        }
      }
    }
    return LabelledMatrix.of(account.stressors(), table.regions(), out, stressorUnit);
  }

  private LabelledMatrix<Stressor, RegionSector> matrix(double[][] values, String unit) {
    return LabelledMatrix.of(account.stressors(), table.keys(), values, unit);
  }
}
