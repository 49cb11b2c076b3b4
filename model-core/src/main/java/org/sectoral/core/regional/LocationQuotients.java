package org.sectoral.core.regional;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.List;
import org.sectoral.core.ErrorCode;
import org.sectoral.core.SectoralArgumentException;
import org.sectoral.core.SectoralException;
import org.sectoral.core.table.KeyIndex;
import org.sectoral.core.table.LabelledMatrix;
import org.sectoral.core.table.LabelledVector;
import org.sectoral.core.table.Sector;

/**
 * Location quotients of a region against its nation from sector sizes (gross output or
 * employment) RXᵢ and NXᵢ, with totals TRX = Σ RXᵢ and TNX = Σ NXᵢ (Miller &amp; Blair 2009,
 * §8.3; Flegg, Webber &amp; Elliott 1995; Flegg &amp; Webber 1997, 2000):
 * <ul>
 *   <li>simple SLQᵢ = (RXᵢ/TRX)/(NXᵢ/TNX);
 *   <li>cross-industry CILQᵢⱼ = SLQᵢ/SLQⱼ for i ≠ j and CILQᵢᵢ = SLQᵢ on the diagonal, the
 *       convention of Smith &amp; Morrison (1974) that Flegg &amp; Webber (1997) and Flegg &amp;
 *       Tohmo (2013) use for the FLQ; the R function {@code CILQ} of F. Parra's UtilMio package
 *       (rdrr.io) instead leaves SLQᵢ/SLQᵢ = 1 on the diagonal;
 *   <li>size adjustment λ* = [log₂(1 + TRX/TNX)]^δ, 0 ≤ δ &lt; 1 (Flegg &amp; Webber 1997);
 *   <li>FLQᵢⱼ = λ*·CILQᵢⱼ (λ*·SLQᵢ on the diagonal);
 *   <li>AFLQᵢⱼ = FLQᵢⱼ·log₂(1 + SLQⱼ) when SLQⱼ &gt; 1, FLQᵢⱼ otherwise (Flegg &amp; Webber 2000).
 * </ul>
 * A sector of the nation absent from the region (RXⱼ = 0) has SLQⱼ = 0 and a zero column in
 * CILQ, FLQ and AFLQ: it buys nothing in the region. A sector with NXᵢ = 0 (and so RXᵢ = 0)
 * has SLQᵢ = 0. Quotients are not capped at 1 here; {@link Regionalization} applies min(1, LQ).
 */
public final class LocationQuotients {
  private final KeyIndex<Sector> sectors;
  private final double[] regional;
  private final double[] national;
  private final double share;
  private final double[] slq;

  private LocationQuotients(KeyIndex<Sector> sectors, double[] regional, double[] national) {
    this.sectors = sectors;
    this.regional = regional;
    this.national = national;
    double trx = 0;
    double tnx = 0;
    for (int i = 0; i < regional.length; i++) {
      trx += regional[i];
      tnx += national[i];
    }
    this.share = trx / tnx;
    this.slq = new double[regional.length];
    for (int i = 0; i < slq.length; i++) {
      slq[i] = national[i] == 0 ? 0 : (regional[i] / trx) / (national[i] / tnx);
    }
  }

  /**
   * The quotients of regional sizes RX against national sizes NX, both in sector order and in
   * the same unit (output or employment).
   *
   * @throws SectoralException {@link ErrorCode#DIMENSION_MISMATCH} when the lengths differ from
   *     the sectors, {@link ErrorCode#NON_FINITE_VALUE} for NaN or infinity,
   *     {@link ErrorCode#INCONSISTENT_TARGETS} naming each sector whose regional size is negative
   *     or exceeds the national one, or when the regional total is zero
   */
  public static LocationQuotients of(KeyIndex<Sector> sectors, double[] regional,
      double[] national) {
    checkNotNull(sectors, "sectors");
    checkSizes(sectors, checkNotNull(regional, "regional"), checkNotNull(national, "national"),
        "size");
    double trx = 0;
    for (double r : regional) {
      trx += r;
    }
    if (!(trx > 0)) {
      throw SectoralException.of(ErrorCode.INCONSISTENT_TARGETS, sectors.keys().stream()
          .map(Sector::toString).toList(), "The region has zero total size: no sector is present");
    }
    return new LocationQuotients(sectors, regional.clone(), national.clone());
  }

  /** The quotients of labelled regional and national sizes with the same sector keys. */
  public static LocationQuotients of(LabelledVector<Sector> regional,
      LabelledVector<Sector> national) {
    checkNotNull(regional, "regional");
    checkNotNull(national, "national");
    checkArgument(regional.index().equals(national.index()),
        "Regional sectors %s differ from national sectors %s", regional.keys(), national.keys());
    return of(regional.index(), regional.toArray(), national.toArray());
  }

  /**
   * Checks 0 ≤ RXᵢ ≤ NXᵢ for every sector, naming the sectors at fault.
   *
   * @param what the quantity in messages ("size", "output")
   */
  static void checkSizes(KeyIndex<Sector> sectors, double[] regional, double[] national,
      String what) {
    int n = sectors.size();
    if (regional.length != n || national.length != n) {
      throw SectoralException.of(ErrorCode.DIMENSION_MISMATCH, List.of(),
          "Regional and national %s have %d and %d values for %d sectors", what,
          regional.length, national.length, n);
    }
    List<String> bad = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (!Double.isFinite(regional[i]) || !Double.isFinite(national[i])) {
        throw SectoralException.of(ErrorCode.NON_FINITE_VALUE, List.of(sectors.get(i).toString()),
            "Regional or national %s of sector %s is not finite (%s, %s)", what, sectors.get(i),
            regional[i], national[i]);
      }
      if (regional[i] < 0 || regional[i] > national[i]) {
        bad.add(sectors.get(i).toString());
      }
    }
    if (!bad.isEmpty()) {
      throw SectoralException.of(ErrorCode.INCONSISTENT_TARGETS, bad,
          "Regional %s must lie between 0 and the national %s; not so in sectors %s", what, what,
          bad);
    }
  }

  /** The sectors. */
  public KeyIndex<Sector> sectors() {
    return sectors;
  }

  /** Regional sizes RXᵢ. */
  public LabelledVector<Sector> regionalSize() {
    return LabelledVector.of(sectors, regional, "size");
  }

  /** National sizes NXᵢ. */
  public LabelledVector<Sector> nationalSize() {
    return LabelledVector.of(sectors, national, "size");
  }

  /** The region's share of the nation TRX/TNX (dimensionless, in (0, 1]). */
  public double regionalShare() {
    return share;
  }

  /** Simple location quotients SLQᵢ = (RXᵢ/TRX)/(NXᵢ/TNX) (dimensionless). */
  public LabelledVector<Sector> simple() {
    return LabelledVector.of(sectors, slq, "1");
  }

  /** The SLQ method's matrix LQᵢⱼ = SLQᵢ, every column alike (dimensionless). */
  public LabelledMatrix<Sector, Sector> simpleMatrix() {
    int n = slq.length;
    double[][] m = new double[n][n];
    for (int i = 0; i < n; i++) {
      java.util.Arrays.fill(m[i], slq[i]);
    }
    return LabelledMatrix.of(sectors, sectors, m, "1");
  }

  /** Cross-industry quotients CILQᵢⱼ = SLQᵢ/SLQⱼ, CILQᵢᵢ = SLQᵢ (dimensionless). */
  public LabelledMatrix<Sector, Sector> crossIndustry() {
    return LabelledMatrix.of(sectors, sectors, cilq(1, false), "1");
  }

  /** δ in [0, 1), else OUT_OF_RANGE naming {@code delta} (NaN: NON_FINITE_VALUE). */
  static void checkDelta(double delta) {
    SectoralArgumentException.checkRange(delta >= 0 && delta < 1, delta, "delta", List.of(),
        "is outside [0, 1) (FLQ parameter δ)");
  }

  /**
   * Flegg's size adjustment λ* = [log₂(1 + TRX/TNX)]^δ (Flegg &amp; Webber 1997).
   *
   * @throws SectoralArgumentException (an IllegalArgumentException) OUT_OF_RANGE naming
   *     {@code delta} unless 0 ≤ δ &lt; 1
   */
  public double lambdaStar(double delta) {
    checkDelta(delta);
    return Math.pow(Math.log1p(share) / Math.log(2), delta);
  }

  /** Flegg's location quotients FLQᵢⱼ = λ*·CILQᵢⱼ, λ*·SLQᵢ on the diagonal (dimensionless). */
  public LabelledMatrix<Sector, Sector> flegg(double delta) {
    return LabelledMatrix.of(sectors, sectors, cilq(lambdaStar(delta), false), "1");
  }

  /**
   * Augmented FLQ: AFLQᵢⱼ = FLQᵢⱼ·log₂(1 + SLQⱼ) when SLQⱼ &gt; 1, FLQᵢⱼ otherwise
   * (dimensionless; Flegg &amp; Webber 2000).
   */
  public LabelledMatrix<Sector, Sector> augmentedFlegg(double delta) {
    return LabelledMatrix.of(sectors, sectors, cilq(lambdaStar(delta), true), "1");
  }

  private double[][] cilq(double lambda, boolean augmented) {
    int n = slq.length;
    double[][] m = new double[n][n];
    for (int j = 0; j < n; j++) {
      if (slq[j] == 0) {
        continue; // sector absent from the region: zero column
      }
      double specialization = augmented && slq[j] > 1 ? Math.log1p(slq[j]) / Math.log(2) : 1;
      for (int i = 0; i < n; i++) {
        double c = i == j ? slq[i] : slq[i] / slq[j];
        m[i][j] = c * lambda * specialization;
      }
    }
    return m;
  }

  @Override
  public String toString() {
    return "LocationQuotients[" + sectors.size() + " sectors, regional share " + share + "]";
  }
}
