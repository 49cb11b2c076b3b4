package org.sectoral.core.regional;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.List;
import org.sectoral.core.ErrorCode;
import org.sectoral.core.SectoralException;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.core.table.KeyIndex;
import org.sectoral.core.table.LabelledMatrix;
import org.sectoral.core.table.Region;
import org.sectoral.core.table.RegionSector;
import org.sectoral.core.table.Sector;

/**
 * Regional coefficients of one region from a national table with imports, by a location-quotient
 * method (Miller &amp; Blair 2009, §8.3; Flegg &amp; Webber 1997):
 * <ul>
 *   <li>regional (intra-regional) coefficients rᵢⱼ = aᵈᵢⱼ·min(1, LQᵢⱼ), applied to the national
 *       domestic block Aᵈ = Zᵈ·x̂⁻¹ only;
 *   <li>rest-of-country coefficients aᵈᵢⱼ − rᵢⱼ: what sector j of the region buys from other
 *       regions of the same country (interregional imports);
 *   <li>foreign import coefficients Aᵐ = Zᵐ·x̂⁻¹, left as they are in the nation (the region's
 *       technology is the nation's, and foreign imports stay foreign).
 * </ul>
 * Matrices are keyed by the region's {@link RegionSector}s. Immutable.
 */
public final class Regionalization {
  private final RegionalizationMethod method;
  private final LocationQuotients quotients;
  private final LabelledMatrix<Sector, Sector> lq;
  private final double lambda;
  private final LabelledMatrix<RegionSector, RegionSector> national;
  private final LabelledMatrix<RegionSector, RegionSector> regional;
  private final LabelledMatrix<RegionSector, RegionSector> rest;
  private final LabelledMatrix<Sector, RegionSector> foreign;

  private Regionalization(InputOutputTable table, Region region, LocationQuotients quotients,
      RegionalizationMethod method) {
    this.method = method;
    this.quotients = quotients;
    this.lq = method.quotients(quotients);
    this.lambda = method.lambdaStar(quotients);
    int n = table.sectors().size();
    List<RegionSector> ks = new ArrayList<>(n);
    for (Sector s : table.sectors().keys()) {
      ks.add(RegionSector.of(region, s));
    }
    KeyIndex<RegionSector> keys = KeyIndex.of(ks);
    double[] x = table.output().toArray();
    double[][] ad = new double[n][n];
    double[][] r = new double[n][n];
    double[][] s = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        ad[i][j] = x[j] == 0 ? 0 : table.intermediate().at(i, j) / x[j];
        r[i][j] = ad[i][j] * Math.min(1, lq.at(i, j));
        s[i][j] = ad[i][j] - r[i][j];
      }
    }
    LabelledMatrix<Sector, RegionSector> zm = table.requireImports();
    double[][] am = new double[zm.rowCount()][n];
    for (int k = 0; k < am.length; k++) {
      for (int j = 0; j < n; j++) {
        am[k][j] = x[j] == 0 ? 0 : zm.at(k, j) / x[j];
      }
    }
    this.national = LabelledMatrix.of(keys, keys, ad, "1");
    this.regional = LabelledMatrix.of(keys, keys, r, "1");
    this.rest = LabelledMatrix.of(keys, keys, s, "1");
    this.foreign = LabelledMatrix.of(zm.rows(), keys, am, "1");
  }

  /**
   * The regionalization of a national table for {@code region}.
   *
   * @param national a national table with an imports block
   * @param region the region whose keys label the results
   * @param quotients location quotients over the table's sectors (from output or employment)
   * @param method SLQ, CILQ, FLQ(δ) or AFLQ(δ)
   * @throws SectoralException {@link ErrorCode#DIMENSION_MISMATCH} for a multi-region table or
   *     quotients over other sectors, {@link ErrorCode#MISSING_BLOCK} without imports
   */
  public static Regionalization of(InputOutputTable national, Region region,
      LocationQuotients quotients, RegionalizationMethod method) {
    checkNotNull(national, "national");
    checkNotNull(region, "region");
    checkNotNull(quotients, "quotients");
    checkNotNull(method, "method");
    requireNational(national);
    national.requireImports();
    if (!quotients.sectors().equals(national.sectors())) {
      throw SectoralException.of(ErrorCode.DIMENSION_MISMATCH, List.of(national.name()),
          "Location quotients over %s do not match the sectors of table %s", quotients.sectors(),
          national.name());
    }
    return new Regionalization(national, region, quotients, method);
  }

  static void requireNational(InputOutputTable t) {
    if (!t.isNational()) {
      throw SectoralException.of(ErrorCode.DIMENSION_MISMATCH, List.of(t.name()),
          "Regionalization needs a national table; %s has %d regions", t.name(),
          t.regions().size());
    }
  }

  /** The method used. */
  public RegionalizationMethod method() {
    return method;
  }

  /** The location quotients the method was applied to. */
  public LocationQuotients quotients() {
    return quotients;
  }

  /** The method's quotient matrix LQᵢⱼ before capping at 1 (dimensionless). */
  public LabelledMatrix<Sector, Sector> locationQuotients() {
    return lq;
  }

  /** Flegg's size adjustment λ* = [log₂(1 + TRX/TNX)]^δ; 1 for SLQ and CILQ. */
  public double lambdaStar() {
    return lambda;
  }

  /** National domestic coefficients Aᵈ = Zᵈ·x̂⁻¹, relabelled with the region's keys. */
  public LabelledMatrix<RegionSector, RegionSector> nationalCoefficients() {
    return national;
  }

  /** Regional coefficients rᵢⱼ = aᵈᵢⱼ·min(1, LQᵢⱼ) (dimensionless). */
  public LabelledMatrix<RegionSector, RegionSector> regionalCoefficients() {
    return regional;
  }

  /** Rest-of-country (interregional import) coefficients aᵈᵢⱼ − rᵢⱼ (dimensionless). */
  public LabelledMatrix<RegionSector, RegionSector> restOfCountryCoefficients() {
    return rest;
  }

  /** Foreign import coefficients Aᵐ = Zᵐ·x̂⁻¹ by imported product (dimensionless). */
  public LabelledMatrix<Sector, RegionSector> foreignImportCoefficients() {
    return foreign;
  }

  @Override
  public String toString() {
    return "Regionalization[" + method + ", λ* = " + lambda + "]";
  }
}
