package org.sectoral.core.regional;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Arrays;
import java.util.List;
import org.sectoral.core.ErrorCode;
import org.sectoral.core.SectoralException;
import org.sectoral.core.internal.SquareSolver;
import org.sectoral.core.table.InputOutputTable;

/**
 * The "true" regional economy that {@link DeltaCalibration} fits δ to: survey-based regional
 * coefficients rᵢⱼ (from which output multipliers 1'(I − r)⁻¹ follow), or published output
 * multipliers alone. Sectors are in the national table's order. Immutable.
 */
public final class CalibrationTarget {
  private final double[][] coefficients; // null when only multipliers are known
  private final double[] multipliers;

  private CalibrationTarget(double[][] coefficients, double[] multipliers) {
    this.coefficients = coefficients;
    this.multipliers = multipliers;
  }

  /**
   * A target of survey regional coefficients rᵢⱼ (intra-regional purchases per unit of output),
   * n × n.
   *
   * @throws SectoralException {@link ErrorCode#DIMENSION_MISMATCH} for a non-square array,
   *     {@link ErrorCode#SINGULAR_SYSTEM} when I − r is singular
   */
  public static CalibrationTarget coefficients(double[][] regional) {
    checkNotNull(regional, "regional");
    int n = regional.length;
    double[] iMinus = new double[n * n];
    double[][] copy = new double[n][];
    for (int i = 0; i < n; i++) {
      if (regional[i].length != n) {
        throw SectoralException.of(ErrorCode.DIMENSION_MISMATCH, List.of(),
            "Survey coefficients: row %d has %d values, expected %d", i, regional[i].length, n);
      }
      copy[i] = regional[i].clone();
      for (int j = 0; j < n; j++) {
        checkArgument(Double.isFinite(copy[i][j]) && copy[i][j] >= 0,
            "Survey coefficient (%s, %s) = %s", i, j, copy[i][j]);
        iMinus[i * n + j] = (i == j ? 1 : 0) - copy[i][j];
      }
    }
    double[] ones = new double[n];
    Arrays.fill(ones, 1.0);
    return new CalibrationTarget(copy, SquareSolver.factor(iMinus, n).solveTransposed(ones));
  }

  /**
   * A target of a survey-based single-region table: rᵢⱼ = zᵢⱼ/xⱼ from its intermediate block
   * (purchases within the region only; imports from elsewhere in the imports block).
   */
  public static CalibrationTarget table(InputOutputTable regional) {
    checkNotNull(regional, "regional");
    Regionalization.requireNational(regional);
    int n = regional.size();
    double[][] r = regional.intermediate().toArray();
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        double x = regional.output().at(j);
        r[i][j] = x == 0 ? 0 : r[i][j] / x;
      }
    }
    return coefficients(r);
  }

  /** A target of published regional output multipliers 1'Lʳ alone (each positive). */
  public static CalibrationTarget multipliers(double[] outputMultipliers) {
    checkNotNull(outputMultipliers, "outputMultipliers");
    for (double m : outputMultipliers) {
      checkArgument(m > 0 && Double.isFinite(m), "Output multiplier %s is not positive", m);
    }
    return new CalibrationTarget(null, outputMultipliers.clone());
  }

  /** The number of sectors. */
  public int size() {
    return multipliers.length;
  }

  /** Whether coefficients (not only multipliers) are known. */
  public boolean hasCoefficients() {
    return coefficients != null;
  }

  /** The target output multipliers 1'Lʳ (a copy). */
  public double[] outputMultipliers() {
    return multipliers.clone();
  }

  /** The survey coefficient at (i, j); only with {@link #hasCoefficients()}. */
  double coefficient(int i, int j) {
    return coefficients[i][j];
  }

  double coefficientSum() {
    double s = 0;
    for (double[] row : coefficients) {
      for (double v : row) {
        s += v;
      }
    }
    return s;
  }

  double multiplier(int j) {
    return multipliers[j];
  }
}
