package org.sectoral.core.regional;

import static com.google.common.base.Preconditions.checkNotNull;

import org.sectoral.core.table.LabelledMatrix;
import org.sectoral.core.table.Sector;

/**
 * A location-quotient method that turns national coefficients into regional ones,
 * rᵢⱼ = aᵢⱼ·min(1, LQᵢⱼ) (Miller &amp; Blair 2009, §8.3; Flegg &amp; Webber 1997, 2000).
 *
 * <p>The four methods, with SLQ, CILQ, λ* as defined in {@link LocationQuotients}:
 * <ul>
 *   <li>{@link Slq}: LQᵢⱼ = SLQᵢ (row i scaled alike in every column);
 *   <li>{@link Cilq}: LQᵢⱼ = CILQᵢⱼ = SLQᵢ/SLQⱼ, SLQᵢ on the diagonal;
 *   <li>{@link Flq}: LQᵢⱼ = λ*·CILQᵢⱼ (λ*·SLQᵢ on the diagonal), 0 ≤ δ &lt; 1;
 *   <li>{@link Aflq}: LQᵢⱼ = FLQᵢⱼ·log₂(1 + SLQⱼ) when SLQⱼ &gt; 1, else FLQᵢⱼ.
 * </ul>
 */
public sealed interface RegionalizationMethod {

  /** The simple location quotient method. */
  static RegionalizationMethod slq() {
    return new Slq();
  }

  /** The cross-industry location quotient method. */
  static RegionalizationMethod cilq() {
    return new Cilq();
  }

  /**
   * Flegg's location quotient with parameter δ.
   *
   * @throws org.sectoral.core.SectoralArgumentException (an IllegalArgumentException) with
   *     {@code OUT_OF_RANGE} naming {@code delta} unless 0 ≤ δ &lt; 1
   */
  static RegionalizationMethod flq(double delta) {
    return new Flq(delta);
  }

  /**
   * The augmented FLQ with parameter δ.
   *
   * @throws org.sectoral.core.SectoralArgumentException (an IllegalArgumentException) with
   *     {@code OUT_OF_RANGE} naming {@code delta} unless 0 ≤ δ &lt; 1
   */
  static RegionalizationMethod aflq(double delta) {
    return new Aflq(delta);
  }

  /** The quotient matrix LQᵢⱼ of this method for the given quotients (dimensionless). */
  LabelledMatrix<Sector, Sector> quotients(LocationQuotients q);

  /** The regional size adjustment λ* this method applies: 1 for SLQ and CILQ. */
  double lambdaStar(LocationQuotients q);

  /** SLQ: LQᵢⱼ = SLQᵢ (Miller &amp; Blair 2009, §8.3). */
  record Slq() implements RegionalizationMethod {
    @Override
    public LabelledMatrix<Sector, Sector> quotients(LocationQuotients q) {
      return checkNotNull(q, "quotients").simpleMatrix();
    }

    @Override
    public double lambdaStar(LocationQuotients q) {
      return 1;
    }
  }

  /** CILQ: LQᵢⱼ = SLQᵢ/SLQⱼ, SLQᵢ on the diagonal (Miller &amp; Blair 2009, §8.3). */
  record Cilq() implements RegionalizationMethod {
    @Override
    public LabelledMatrix<Sector, Sector> quotients(LocationQuotients q) {
      return checkNotNull(q, "quotients").crossIndustry();
    }

    @Override
    public double lambdaStar(LocationQuotients q) {
      return 1;
    }
  }

  /**
   * FLQ: LQᵢⱼ = λ*·CILQᵢⱼ, λ* = [log₂(1 + TRX/TNX)]^δ (Flegg, Webber &amp; Elliott 1995;
   * Flegg &amp; Webber 1997).
   *
   * @param delta δ in [0, 1): 0 gives the CILQ, larger values smaller regional coefficients
   */
  record Flq(double delta) implements RegionalizationMethod {
    /** Validates δ. */
    public Flq {
      checkDelta(delta);
    }

    @Override
    public LabelledMatrix<Sector, Sector> quotients(LocationQuotients q) {
      return checkNotNull(q, "quotients").flegg(delta);
    }

    @Override
    public double lambdaStar(LocationQuotients q) {
      return checkNotNull(q, "quotients").lambdaStar(delta);
    }
  }

  /**
   * AFLQ: LQᵢⱼ = FLQᵢⱼ·log₂(1 + SLQⱼ) when SLQⱼ &gt; 1 (Flegg &amp; Webber 2000).
   *
   * @param delta δ in [0, 1)
   */
  record Aflq(double delta) implements RegionalizationMethod {
    /** Validates δ. */
    public Aflq {
      checkDelta(delta);
    }

    @Override
    public LabelledMatrix<Sector, Sector> quotients(LocationQuotients q) {
      return checkNotNull(q, "quotients").augmentedFlegg(delta);
    }

    @Override
    public double lambdaStar(LocationQuotients q) {
      return checkNotNull(q, "quotients").lambdaStar(delta);
    }
  }

  private static void checkDelta(double delta) {
    LocationQuotients.checkDelta(delta);
  }
}
