package org.sectoral.core.calibration;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sectoral.core.ErrorCode;
import org.sectoral.core.SectoralException;
import org.sectoral.core.internal.SquareSolver;
import org.sectoral.core.table.KeyIndex;
import org.sectoral.core.table.LabelledMatrix;
import org.sectoral.core.table.LabelledVector;
import org.sectoral.core.table.RegionSector;

/**
 * Calibrates the split of each sector's intermediate inputs between domestic and imported
 * supply so that chosen sectors reach target domestic value-added contents.
 *
 * <p>Given a structural template of total technical coefficients A (domestic + imported, e.g.
 * aggregated from a real table) and value-added coefficients v, sector j imports a share sⱼ of
 * every input: Aᵈ = A·diag(1 − s), Aᵐ = A·diag(s). Its domestic value-added content is
 * dⱼ(s) = (v·(I − Aᵈ)⁻¹)ⱼ, which depends on every share through the domestic inverse, so the
 * targets d_T(s) = d*_T are solved together by Newton's method with the exact Jacobian
 * ∂dₖ/∂sⱼ = −(Σᵢ dᵢ·aᵢⱼ)·Lᵈⱼₖ; sectors without a target keep their default shares.
 */
public final class ImportShareCalibration {
  private static final int MAX_ITERATIONS = 100;
  private static final double TOLERANCE = 1e-13;

  private final LabelledMatrix<RegionSector, RegionSector> template;
  private final double[] valueAdded;
  private final double[] defaults;
  private final Map<RegionSector, Double> targets;

  private ImportShareCalibration(LabelledMatrix<RegionSector, RegionSector> template,
      double[] valueAdded, double[] defaults, Map<RegionSector, Double> targets) {
    this.template = template;
    this.valueAdded = valueAdded;
    this.defaults = defaults;
    this.targets = targets;
  }

  /**
   * A calibration problem.
   *
   * @param template total technical coefficients A (domestic + imported), dimensionless
   * @param valueAdded value added per unit of output v
   * @param defaultShares import share sⱼ of every sector, kept where no target is set
   * @param targets target domestic value-added content d*ⱼ by sector
   */
  public static ImportShareCalibration of(LabelledMatrix<RegionSector, RegionSector> template,
      LabelledVector<RegionSector> valueAdded, LabelledVector<RegionSector> defaultShares,
      Map<RegionSector, Double> targets) {
    checkNotNull(template, "template");
    checkArgument(template.rows().equals(template.columns()), "Template must be square");
    checkArgument(valueAdded.index().equals(template.columns()), "v keys differ from A's");
    checkArgument(defaultShares.index().equals(template.columns()), "Share keys differ");
    for (int j = 0; j < defaultShares.size(); j++) {
      checkArgument(defaultShares.at(j) >= 0 && defaultShares.at(j) <= 1,
          "Default import share of %s is %s", defaultShares.keys().get(j), defaultShares.at(j));
    }
    Map<RegionSector, Double> t = new LinkedHashMap<>();
    for (Map.Entry<RegionSector, Double> e : targets.entrySet()) {
      template.columns().indexOf(e.getKey());
      checkArgument(e.getValue() > 0 && e.getValue() < 1, "Target of %s is %s", e.getKey(),
          e.getValue());
      t.put(e.getKey(), e.getValue());
    }
    return new ImportShareCalibration(template, valueAdded.toArray(), defaultShares.toArray(), t);
  }

  /**
   * Solves for the import shares of the targeted sectors.
   *
   * @throws SectoralException INCONSISTENT_TARGETS when a target needs a share outside [0, 1]
   *     (naming the sector), NOT_CONVERGED when Newton's method does not converge
   */
  public CalibrationResult solve() {
    KeyIndex<RegionSector> keys = template.columns();
    int n = keys.size();
    int[] targeted = targets.keySet().stream().mapToInt(keys::indexOf).toArray();
    double[] goal = targets.values().stream().mapToDouble(Double::doubleValue).toArray();
    double[] s = defaults.clone();
    double[] a = template.toRowMajorArray();
    int iteration = 0;
    double[] residual = new double[targeted.length];
    for (; iteration < MAX_ITERATIONS; iteration++) {
      SquareSolver l = factor(a, s, n);
      double[] d = l.solveTransposed(valueAdded);
      double worst = 0;
      for (int k = 0; k < targeted.length; k++) {
        residual[k] = d[targeted[k]] - goal[k];
        worst = Math.max(worst, Math.abs(residual[k]));
      }
      if (worst < TOLERANCE || targeted.length == 0) {
        return result(keys, a, s, d, residual, iteration);
      }
      double[] jac = new double[targeted.length * targeted.length];
      for (int c = 0; c < targeted.length; c++) {
        int j = targeted[c];
        double pull = 0;
        for (int i = 0; i < n; i++) {
          pull += d[i] * a[i * n + j];
        }
        double[] unit = new double[n];
        unit[j] = 1;
        double[] rowJ = l.solveTransposed(unit); // row j of Lᵈ
        for (int r = 0; r < targeted.length; r++) {
          jac[r * targeted.length + c] = -pull * rowJ[targeted[r]];
        }
      }
      double[] step = SquareSolver.factor(jac, targeted.length).solve(residual);
      for (int c = 0; c < targeted.length; c++) {
        s[targeted[c]] = Math.min(1, Math.max(0, s[targeted[c]] - step[c]));
      }
    }
    List<String> bad = new ArrayList<>();
    for (int k = 0; k < targeted.length; k++) {
      double sk = s[targeted[k]];
      if (sk <= 0 || sk >= 1) {
        bad.add(keys.get(targeted[k]).toString());
      }
    }
    if (!bad.isEmpty()) {
      throw SectoralException.of(ErrorCode.INCONSISTENT_TARGETS, bad,
          "Domestic value-added targets of %s cannot be reached with import shares in [0, 1]",
          bad);
    }
    throw SectoralException.of(ErrorCode.NOT_CONVERGED, List.of(),
        "Import-share calibration did not converge in %d iterations; residuals %s",
        MAX_ITERATIONS, Arrays.toString(residual));
  }

  private CalibrationResult result(KeyIndex<RegionSector> keys, double[] a, double[] s,
      double[] d, double[] residual, int iterations) {
    int n = keys.size();
    double[] ad = new double[n * n];
    double[] am = new double[n * n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        ad[i * n + j] = a[i * n + j] * (1 - s[j]);
        am[i * n + j] = a[i * n + j] * s[j];
      }
    }
    return new CalibrationResult(LabelledVector.of(keys, s, "share"),
        LabelledMatrix.ofRowMajor(keys, keys, ad, "1"), LabelledMatrix.ofRowMajor(keys, keys, am,
            "1"), LabelledVector.of(keys, d, "1"), Map.copyOf(targets), residual, iterations);
  }

  /** Factorizes I − A·diag(1 − s). */
  private static SquareSolver factor(double[] a, double[] s, int n) {
    double[] iMinus = new double[n * n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        iMinus[i * n + j] = (i == j ? 1 : 0) - a[i * n + j] * (1 - s[j]);
      }
    }
    return SquareSolver.factor(iMinus, n);
  }
}
