package org.sectoral.core.uncertainty;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import org.sectoral.core.ErrorCode;
import org.sectoral.core.SectoralException;
import org.sectoral.core.balance.Ras;
import org.sectoral.core.table.FinalDemandCategory;
import org.sectoral.core.table.LabelledMatrix;
import org.sectoral.core.table.RegionSector;
import org.sectoral.core.uncertainty.internal.Variates;

/**
 * A random perturbation of a table's blocks, drawn afresh in every draw from the draw's own
 * stream. Perturbations apply in the order given to the draw's coefficient form, then one
 * consistent table is rebuilt (x = (I−A)⁻¹·Y·1, flows = coefficients × output; see
 * {@code CoefficientForm}). Zero entries stay zero; a coefficient of variation of 0 leaves the
 * table (and the draw's result) exactly at the baseline. Immutable.
 *
 * <p>The multiplicative factors are lognormal with mean one and the stated coefficient of
 * variation CV: ε = exp(μ + σZ), σ² = ln(1 + CV²), μ = −σ²/2, so E[ε] = 1 and sd(ε) = CV
 * (the usual error model of MRIO uncertainty studies: Lenzen, Wood &amp; Gallego 2010,
 * Economic Systems Research 22(1); Wilting 2012).
 */
public final class TablePerturbation implements Serializable {
  private static final long serialVersionUID = 1L;

  /** What is perturbed. */
  public enum Target {
    /** Every non-zero domestic (or intra-system) technical coefficient aᵢⱼ. */
    COEFFICIENTS,
    /** Every non-zero intermediate flow zᵢⱼ, then RAS back to the intermediate margins. */
    FLOWS,
    /** Every non-zero final-demand entry yᵢ꜀ (of one category or all). */
    FINAL_DEMAND,
    /** The sector composition of each final-demand column of a category (Dirichlet). */
    FINAL_DEMAND_SHARES,
    /** Every non-zero stressor coefficient of a satellite account. */
    STRESSORS
  }

  private final Target target;
  private final double parameter;
  private final FinalDemandCategory category;
  private final String account;

  private TablePerturbation(Target target, double parameter, FinalDemandCategory category,
      String account) {
    this.target = target;
    this.parameter = parameter;
    this.category = category;
    this.account = account;
  }

  /**
   * Each non-zero technical coefficient aᵢⱼ times an independent mean-one lognormal factor;
   * value added of column j absorbs Σᵢ Δaᵢⱼ (by component shares), so every column still sums to
   * one; output follows, x = (I−A)⁻¹·Y·1. A draw whose A is not productive fails with
   * {@link ErrorCode#NOT_PRODUCTIVE} naming the draw.
   */
  public static TablePerturbation coefficients(double cv) {
    return new TablePerturbation(Target.COEFFICIENTS, checkCv(cv), null, null);
  }

  /**
   * Each non-zero intermediate flow zᵢⱼ = aᵢⱼxⱼ times an independent mean-one lognormal factor,
   * then re-balanced by RAS ({@link Ras}) to the row and column totals of Z before the noise:
   * intermediate sales and purchases by sector, output, value added and final demand are
   * unchanged; only the pattern of flows varies (Lenzen, Wood &amp; Gallego 2010).
   */
  public static TablePerturbation flows(double cv) {
    return new TablePerturbation(Target.FLOWS, checkCv(cv), null, null);
  }

  /** Each non-zero final-demand entry (every column) times a mean-one lognormal factor. */
  public static TablePerturbation finalDemand(double cv) {
    return new TablePerturbation(Target.FINAL_DEMAND, checkCv(cv), null, null);
  }

  /** Each non-zero final-demand entry of one category times a mean-one lognormal factor. */
  public static TablePerturbation finalDemand(FinalDemandCategory category, double cv) {
    return new TablePerturbation(Target.FINAL_DEMAND, checkCv(cv),
        checkNotNull(category, "category"), null);
  }

  /**
   * The sector composition of every final-demand column of a category drawn from a Dirichlet
   * distribution with the baseline composition as its mean and concentration α₀ (see
   * {@link ShareGroup}); each column's total is kept.
   */
  public static TablePerturbation finalDemandShares(FinalDemandCategory category,
      double concentration) {
    checkArgument(concentration > 0 && Double.isFinite(concentration),
        "Concentration %s must be positive", concentration);
    return new TablePerturbation(Target.FINAL_DEMAND_SHARES, concentration,
        checkNotNull(category, "category"), null);
  }

  /** Each non-zero stressor coefficient of a satellite account times a mean-one lognormal factor. */
  public static TablePerturbation stressors(String account, double cv) {
    return new TablePerturbation(Target.STRESSORS, checkCv(cv), null,
        checkNotNull(account, "account"));
  }

  private static double checkCv(double cv) {
    checkArgument(cv >= 0 && Double.isFinite(cv), "Coefficient of variation %s must be ≥ 0", cv);
    return cv;
  }

  /** What is perturbed. */
  public Target target() {
    return target;
  }

  /** The coefficient of variation, or the Dirichlet concentration for final-demand shares. */
  public double parameter() {
    return parameter;
  }

  /** A one-line description, e.g. {@code "coefficients × lognormal(cv 0.1)"}. */
  public String describe() {
    return switch (target) {
      case FINAL_DEMAND_SHARES -> String.format(Locale.ROOT,
          "final-demand shares of %s ~ Dirichlet(α₀ = %s)", category, parameter);
      case FINAL_DEMAND -> String.format(Locale.ROOT, "final demand%s × lognormal(cv %s)",
          category == null ? "" : " of " + category, parameter);
      case STRESSORS -> String.format(Locale.ROOT, "stressors of %s × lognormal(cv %s)", account,
          parameter);
      default -> String.format(Locale.ROOT, "%s × lognormal(cv %s)",
          target.name().toLowerCase(Locale.ROOT), parameter);
    };
  }

  /** Checks that the baseline table has what this perturbation needs. */
  void check(BaseForm base) {
    if (target == Target.STRESSORS) {
      base.satelliteIndex(account);
    }
    if ((target == Target.FINAL_DEMAND_SHARES || target == Target.FINAL_DEMAND)
        && category != null && columns(base).length == 0) {
      throw SectoralException.of(ErrorCode.MISSING_BLOCK, List.of(category.name()),
          "Table %s has no final demand of category %s", base.table.name(), category);
    }
  }

  /** Applies one draw of this perturbation, consuming the stream in row-major order. */
  void apply(WorkingTable w, Variates random) {
    if (target != Target.FINAL_DEMAND_SHARES && parameter == 0) {
      return;
    }
    // mean-one lognormal: σ² = ln(1 + CV²), μ = −σ²/2
    double sigma2 = target == Target.FINAL_DEMAND_SHARES ? 0 : Math.log1p(parameter * parameter);
    double mu = -sigma2 / 2;
    double sigma = Math.sqrt(sigma2);
    switch (target) {
      case COEFFICIENTS -> coefficients(w, random, mu, sigma);
      case FLOWS -> flows(w, random, mu, sigma);
      case FINAL_DEMAND -> finalDemand(w, random, mu, sigma);
      case FINAL_DEMAND_SHARES -> finalDemandShares(w, random);
      case STRESSORS -> stressors(w, random, mu, sigma);
      default -> throw new AssertionError(target);
    }
  }

  private static void coefficients(WorkingTable w, Variates random, double mu, double sigma) {
    int n = w.size();
    double[] current = w.currentCoefficients();
    // one pass: read the current A, write the drawn one (no copy of the baseline first)
    double[] a = w.coefficientsToOverwrite();
    double[] delta = new double[n];
    for (int i = 0; i < n; i++) {
      int o = i * n;
      for (int j = 0; j < n; j++) {
        double v = current[o + j];
        if (v != 0) {
          double nv = v * random.lognormal(mu, sigma);
          a[o + j] = nv;
          delta[j] += nv - v;
        }
      }
    }
    for (int j = 0; j < n; j++) {
      w.absorb(j, delta[j]);
    }
  }

  private static void flows(WorkingTable w, Variates random, double mu, double sigma) {
    int n = w.size();
    double[] x = w.base.x;
    double[] a = w.currentCoefficients();
    double[][] z = new double[n][n];
    double[][] noisy = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        z[i][j] = a[i * n + j] * x[j];
        noisy[i][j] = z[i][j] == 0 ? 0 : z[i][j] * random.lognormal(mu, sigma);
      }
    }
    var keys = w.base.keys;
    LabelledMatrix<RegionSector, RegionSector> before = LabelledMatrix.of(keys, keys, z, "");
    double[][] balanced = Ras.balance(LabelledMatrix.of(keys, keys, noisy, ""),
        before.rowSums(), before.columnSums()).balanced().toArray();
    double[] out = w.coefficientsKeepingOutput();
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        out[i * n + j] = x[j] == 0 ? 0 : balanced[i][j] / x[j];
      }
    }
    // RAS keeps every row and column total of Z: Σᵢ aᵢⱼ, value added per unit and output x
    // (= Z·1 + Y·1) are unchanged
  }

  private void finalDemand(WorkingTable w, Variates random, double mu, double sigma) {
    double[][] y = w.finalDemand();
    int[] cols = columns(w.base);
    for (double[] row : y) {
      for (int c : cols) {
        if (row[c] != 0) {
          row[c] *= random.lognormal(mu, sigma);
        }
      }
    }
  }

  private void finalDemandShares(WorkingTable w, Variates random) {
    double[][] y = w.finalDemand();
    for (int c : columns(w.base)) {
      double positive = 0;
      for (double[] row : y) {
        positive += Math.max(row[c], 0);
      }
      if (positive == 0) {
        continue;
      }
      double[] g = new double[y.length];
      double sum = 0;
      for (int i = 0; i < y.length; i++) {
        g[i] = y[i][c] > 0 ? random.gamma(parameter * y[i][c] / positive) : 0;
        sum += g[i];
      }
      if (sum == 0) {
        continue;
      }
      // positive entries share their total; negative entries (inventory draw-downs) stay
      double scale = positive / sum;
      for (int i = 0; i < y.length; i++) {
        if (y[i][c] > 0) {
          y[i][c] = g[i] * scale;
        }
      }
    }
  }

  private void stressors(WorkingTable w, Variates random, double mu, double sigma) {
    double[][] s = w.satellite(w.base.satelliteIndex(account));
    for (double[] row : s) {
      for (int j = 0; j < row.length; j++) {
        if (row[j] != 0) {
          row[j] *= random.lognormal(mu, sigma);
        }
      }
    }
  }

  private int[] columns(BaseForm base) {
    var cols = base.table.finalDemandColumns();
    return java.util.stream.IntStream.range(0, cols.size())
        .filter(c -> category == null || cols.get(c).category() == category).toArray();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TablePerturbation p && p.target == target && p.parameter == parameter
        && p.category == category && java.util.Objects.equals(p.account, account);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(target, parameter, category, account);
  }

  @Override
  public String toString() {
    return describe();
  }
}
