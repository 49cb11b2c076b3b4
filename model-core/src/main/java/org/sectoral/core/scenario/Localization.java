package org.sectoral.core.scenario;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sectoral.core.ErrorCode;
import org.sectoral.core.SectoralArgumentException;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.core.table.RegionSector;
import org.sectoral.core.valueadded.ExportContent;

/**
 * Import substitution ("supporting industries"): a share θ of the imported inputs of some
 * sectors is supplied domestically instead, Aᵈ' = Aᵈ + Θ⊙Aᵐ and Aᵐ' = (1−Θ)⊙Aᵐ, with final
 * demand fixed. Reports the change in domestic value-added content (v·Lᵈ), output, imports
 * and satellite indicators, and sweeps θ for a curve.
 */
public final class Localization {
  private final InputOutputTable baseline;

  private Localization(InputOutputTable baseline) {
    this.baseline = baseline;
  }

  /** Localization analysis of a national table with imports by product. */
  public static Localization of(InputOutputTable baseline) {
    checkNotNull(baseline, "baseline");
    baseline.requireImports();
    return new Localization(baseline);
  }

  /**
   * The scenario result of localizing share θ ∈ [0, 1] of every imported input of the users.
   *
   * @throws SectoralArgumentException OUT_OF_RANGE naming {@code theta} outside [0, 1]
   * @throws org.sectoral.core.SectoralException NOT_PRODUCTIVE when the localized economy is not
   */
  public ScenarioResult apply(Target users, double theta) {
    SectoralArgumentException.checkRange(theta >= 0 && theta <= 1, theta, "theta", List.of(),
        "is outside [0, 1]");
    return Scenario.builder(String.format(java.util.Locale.ROOT, "localize %.0f%%", theta * 100))
        .localizeAll(users, theta).build().apply(baseline);
  }

  /**
   * The domestic value-added content (v·Lᵈ)ⱼ of each user sector, and the domestic share of
   * total exports, at each θ: one localization per θ, applied to all users together.
   *
   * @throws SectoralArgumentException OUT_OF_RANGE naming {@code thetas} when there is none or
   *     one is outside [0, 1] (NON_FINITE_VALUE for NaN), before anything is computed
   */
  public Curve sweep(Target users, double[] thetas) {
    checkNotNull(users, "users");
    checkNotNull(thetas, "thetas");
    if (thetas.length == 0) {
      throw SectoralArgumentException.of(ErrorCode.OUT_OF_RANGE, "thetas", List.of(),
          "No θ values to sweep");
    }
    for (int s = 0; s < thetas.length; s++) {
      checkTheta(thetas[s], s);
    }
    Map<RegionSector, double[]> byUser = new LinkedHashMap<>();
    for (RegionSector u : users.sectors()) {
      byUser.put(u, new double[thetas.length]);
    }
    double[] total = new double[thetas.length];
    for (int s = 0; s < thetas.length; s++) {
      InputOutputTable t = apply(users, thetas[s]).table();
      ExportContent c = ExportContent.of(t);
      for (RegionSector u : users.sectors()) {
        byUser.get(u)[s] = c.domesticValueAdded().get(u);
      }
      total[s] = t.exports().sum() == 0 ? 0 : c.domesticShareOfExports();
    }
    return new Curve(ImmutableList.copyOf(java.util.Arrays.stream(thetas).boxed().toList()),
        ImmutableMap.copyOf(byUser), total);
  }

  private static void checkTheta(double theta, int index) {
    SectoralArgumentException.checkRange(theta >= 0 && theta <= 1, theta, "thetas", List.of(),
        String.format(java.util.Locale.ROOT, "(θ number %d) is outside [0, 1]", index + 1));
  }

  /**
   * A localization curve: θ values, domestic value-added content per user sector at each θ, and
   * the domestic value-added share of total exports at each θ (all dimensionless).
   */
  public record Curve(ImmutableList<Double> thetas, ImmutableMap<RegionSector, double[]> content,
      double[] exportShare) {
    /** The content of one sector at each θ (a copy). */
    public double[] contentOf(RegionSector sector) {
      double[] c = content.get(sector);
      checkArgument(c != null, "Sector %s not in the sweep", sector);
      return c.clone();
    }

    /** The users swept. */
    public List<RegionSector> sectors() {
      return content.keySet().asList();
    }
  }
}
