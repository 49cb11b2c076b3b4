package org.sectoral.core.calibration;

import com.google.common.collect.ImmutableMap;
import java.util.Arrays;
import java.util.Map;
import org.sectoral.core.table.LabelledMatrix;
import org.sectoral.core.table.LabelledVector;
import org.sectoral.core.table.RegionSector;

/**
 * The solved import shares s, the resulting domestic and imported coefficients Aᵈ, Aᵐ, the
 * domestic value-added content reached d = v·(I−Aᵈ)⁻¹, the targets and the residuals
 * d_T − d*_T. Every value here is an estimate, not an observation.
 */
public final class CalibrationResult {
  private final LabelledVector<RegionSector> importShares;
  private final LabelledMatrix<RegionSector, RegionSector> domestic;
  private final LabelledMatrix<RegionSector, RegionSector> imported;
  private final LabelledVector<RegionSector> content;
  private final ImmutableMap<RegionSector, Double> targets;
  private final double[] residuals;
  private final int iterations;

  CalibrationResult(LabelledVector<RegionSector> importShares,
      LabelledMatrix<RegionSector, RegionSector> domestic,
      LabelledMatrix<RegionSector, RegionSector> imported, LabelledVector<RegionSector> content,
      Map<RegionSector, Double> targets, double[] residuals, int iterations) {
    this.importShares = importShares;
    this.domestic = domestic;
    this.imported = imported;
    this.content = content;
    this.targets = ImmutableMap.copyOf(targets);
    this.residuals = residuals.clone();
    this.iterations = iterations;
  }

  /** Import share sⱼ of each sector's intermediate inputs (solved or default). */
  public LabelledVector<RegionSector> importShares() {
    return importShares;
  }

  /** Domestic coefficients Aᵈ = A·diag(1 − s). */
  public LabelledMatrix<RegionSector, RegionSector> domesticCoefficients() {
    return domestic;
  }

  /** Imported coefficients Aᵐ = A·diag(s). */
  public LabelledMatrix<RegionSector, RegionSector> importedCoefficients() {
    return imported;
  }

  /** Domestic value-added content d = v·(I−Aᵈ)⁻¹ reached. */
  public LabelledVector<RegionSector> domesticContent() {
    return content;
  }

  /** The targets d*. */
  public ImmutableMap<RegionSector, Double> targets() {
    return targets;
  }

  /** Residuals d_T − d*_T in target order. */
  public double[] residuals() {
    return residuals.clone();
  }

  /** The largest absolute residual. */
  public double maxAbsResidual() {
    return Arrays.stream(residuals).map(Math::abs).max().orElse(0);
  }

  /** Newton iterations used. */
  public int iterations() {
    return iterations;
  }
}
