package org.sectoral.core.regional;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.List;
import java.util.function.DoubleFunction;
import org.sectoral.core.ErrorCode;
import org.sectoral.core.SectoralException;
import org.sectoral.core.internal.BoundedMinimizer;
import org.sectoral.core.internal.SquareSolver;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.core.table.LabelledMatrix;
import org.sectoral.core.table.Sector;

/**
 * The FLQ (or AFLQ) parameter δ ∈ [0, 1) that best reproduces a survey-based regional table
 * (Flegg &amp; Tohmo 2013; Flegg, Mastronardi &amp; Romero 2016 fit δ the same way).
 *
 * <p>The error is evaluated on a grid δ = 0, 0.01, …, 0.99 (the {@link #curve()}, for a chart),
 * then refined by Brent's bounded search on the grid cells around the best grid point. Errors:
 * <ul>
 *   <li>{@link Metric#OUTPUT_MULTIPLIER_MAPE} (default): 100/n·Σⱼ |m̂ⱼ − mⱼ|/mⱼ, mean absolute
 *       percentage error of output multipliers m = 1'(I − r)⁻¹;
 *   <li>{@link Metric#COEFFICIENT_STPE}: 100·Σᵢⱼ |r̂ᵢⱼ − rᵢⱼ| / Σᵢⱼ rᵢⱼ, the statistic of
 *       total percentage error of the coefficients (Flegg &amp; Tohmo 2013).
 * </ul>
 * The error need not be unimodal in δ; the grid guards against a distant local minimum only to
 * its resolution.
 */
public final class DeltaCalibration {
  /** The error minimized. */
  public enum Metric {
    /** Mean absolute percentage error of output multipliers (percent). */
    OUTPUT_MULTIPLIER_MAPE,
    /** Statistic of total percentage error of regional coefficients (percent). */
    COEFFICIENT_STPE
  }

  /** One point of the error curve. */
  public record Point(double delta, double error) {}

  /** Grid points δ = k/100, k = 0 … 99. */
  static final int GRID = 100;
  private static final double TOP = 1 - 1e-9;

  private final Metric metric;
  private final double delta;
  private final double error;
  private final ImmutableList<Point> curve;

  private DeltaCalibration(Metric metric, double delta, double error, List<Point> curve) {
    this.metric = metric;
    this.delta = delta;
    this.error = error;
    this.curve = ImmutableList.copyOf(curve);
  }

  /**
   * Calibrates FLQ's δ for a region with gross output {@code regionalOutput} by the MAPE of
   * output multipliers.
   */
  public static DeltaCalibration calibrate(InputOutputTable national, double[] regionalOutput,
      CalibrationTarget target) {
    checkNotNull(national, "national");
    Regionalization.requireNational(national);
    return calibrate(national, LocationQuotients.of(national.sectors(), regionalOutput,
        national.output().toArray()), target, RegionalizationMethod::flq,
        Metric.OUTPUT_MULTIPLIER_MAPE);
  }

  /**
   * Calibrates δ of a method family, e.g. {@code RegionalizationMethod::aflq}.
   *
   * @param national the national table (its domestic block Aᵈ is regionalized)
   * @param quotients the region's location quotients (from output or employment)
   * @param target the survey table's coefficients or multipliers
   * @param family the method for a given δ
   * @param metric the error to minimize; STPE needs coefficients
   * @throws SectoralException {@link ErrorCode#DIMENSION_MISMATCH} when the target's size or
   *     the quotients' sectors differ from the table's
   */
  public static DeltaCalibration calibrate(InputOutputTable national, LocationQuotients quotients,
      CalibrationTarget target, DoubleFunction<RegionalizationMethod> family, Metric metric) {
    checkNotNull(national, "national");
    checkNotNull(quotients, "quotients");
    checkNotNull(target, "target");
    checkNotNull(family, "family");
    checkNotNull(metric, "metric");
    Regionalization.requireNational(national);
    int n = national.size();
    if (target.size() != n || !quotients.sectors().equals(national.sectors())) {
      throw SectoralException.of(ErrorCode.DIMENSION_MISMATCH, List.of(national.name()),
          "Target of %d sectors or quotients over %s do not match table %s of %d sectors",
          target.size(), quotients.sectors(), national.name(), n);
    }
    checkArgument(metric != Metric.COEFFICIENT_STPE || target.hasCoefficients(),
        "STPE needs survey coefficients, the target has only multipliers");
    checkArgument(metric != Metric.COEFFICIENT_STPE || target.coefficientSum() > 0,
        "STPE needs survey coefficients with a positive sum");
    double[] ad = national.intermediate().toRowMajorArray();
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        double x = national.output().at(j);
        ad[i * n + j] = x == 0 ? 0 : ad[i * n + j] / x;
      }
    }
    Objective f = new Objective(ad, n, quotients, target, family, metric);
    Point[] grid = new Point[GRID];
    int best = 0;
    for (int k = 0; k < GRID; k++) {
      double d = k / (double) GRID;
      grid[k] = new Point(d, f.error(d));
      if (grid[k].error() < grid[best].error()) {
        best = k;
      }
    }
    double lo = Math.max(0, grid[best].delta() - 1.0 / GRID);
    double hi = Math.min(TOP, grid[best].delta() + 1.0 / GRID);
    double[] refined = BoundedMinimizer.minimize(f::error, lo, hi, 1e-12, 1e-14, 500);
    // Brent's method never evaluates the interval ends; keep a better grid point if any.
    if (refined[1] <= grid[best].error()) {
      return new DeltaCalibration(metric, refined[0], refined[1], Arrays.asList(grid));
    }
    return new DeltaCalibration(metric, grid[best].delta(), grid[best].error(),
        Arrays.asList(grid));
  }

  /** The metric minimized. */
  public Metric metric() {
    return metric;
  }

  /** The calibrated δ in [0, 1). */
  public double delta() {
    return delta;
  }

  /** The error at {@link #delta()} (percent). */
  public double error() {
    return error;
  }

  /** The error on the grid δ = 0, 0.01, …, 0.99 (percent), for a chart. */
  public ImmutableList<Point> curve() {
    return curve;
  }

  @Override
  public String toString() {
    return String.format(java.util.Locale.ROOT, "DeltaCalibration[δ = %.6f, %s = %.6f]", delta,
        metric, error);
  }

  /** The error of the regionalized coefficients for a given δ. */
  private static final class Objective {
    private final double[] ad;
    private final int n;
    private final LocationQuotients quotients;
    private final CalibrationTarget target;
    private final DoubleFunction<RegionalizationMethod> family;
    private final Metric metric;
    private final double targetSum;

    Objective(double[] ad, int n, LocationQuotients quotients, CalibrationTarget target,
        DoubleFunction<RegionalizationMethod> family, Metric metric) {
      this.ad = ad;
      this.n = n;
      this.quotients = quotients;
      this.target = target;
      this.family = family;
      this.metric = metric;
      this.targetSum = target.hasCoefficients() ? target.coefficientSum() : 0;
    }

    double error(double delta) {
      LabelledMatrix<Sector, Sector> lq = family.apply(delta).quotients(quotients);
      double[] r = new double[n * n];
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
          r[i * n + j] = ad[i * n + j] * Math.min(1, lq.at(i, j));
        }
      }
      if (metric == Metric.COEFFICIENT_STPE) {
        double s = 0;
        for (int i = 0; i < n; i++) {
          for (int j = 0; j < n; j++) {
            s += Math.abs(r[i * n + j] - target.coefficient(i, j));
          }
        }
        return 100 * s / targetSum;
      }
      double[] iMinus = new double[n * n];
      for (int k = 0; k < iMinus.length; k++) {
        iMinus[k] = (k / n == k % n ? 1 : 0) - r[k];
      }
      double[] ones = new double[n];
      Arrays.fill(ones, 1.0);
      double[] m = SquareSolver.factor(iMinus, n).solveTransposed(ones);
      double s = 0;
      for (int j = 0; j < n; j++) {
        s += Math.abs(m[j] - target.multiplier(j)) / target.multiplier(j);
      }
      return 100 * s / n;
    }
  }
}
