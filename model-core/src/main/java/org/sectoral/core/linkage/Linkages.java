package org.sectoral.core.linkage;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import org.sectoral.core.leontief.LeontiefModel;
import org.sectoral.core.table.LabelledMatrix;
import org.sectoral.core.table.LabelledVector;
import org.sectoral.core.table.RegionSector;

/**
 * Rasmussen–Hirschman linkages (Miller &amp; Blair 2009, §12.2): backward from the Leontief
 * model, forward from the Ghosh model, direct (A, B) and total (L, G), each normalized so the
 * sector average is 1, with Rasmussen's coefficients of variation.
 *
 * <ul>
 *   <li>total backward BLⱼ = n·Σᵢ lᵢⱼ / Σᵢⱼ lᵢⱼ; direct backward from column sums of A;
 *   <li>total forward FLᵢ = n·Σⱼ gᵢⱼ / Σᵢⱼ gᵢⱼ; direct forward from row sums of B;
 *   <li>variation Vⱼ = sqrt(Σᵢ (lᵢⱼ − l̄ⱼ)² / (n − 1)) / l̄ⱼ with l̄ⱼ = Σᵢ lᵢⱼ / n (columns of L;
 *       rows of G for the forward side); a low value means the pull is spread evenly.
 * </ul>
 * Total linkages need the column and row sums only (two solves with the Leontief
 * factorization), direct linkages one pass over the rows of A; neither forms an n × n matrix. The
 * variations need the full inverses, formed on first call.
 */
public final class Linkages {
  private final LeontiefModel model;

  private Linkages(LeontiefModel model) {
    this.model = model;
  }

  /** Linkages of a model made from a table (the forward side needs its output). */
  public static Linkages of(LeontiefModel model) {
    return new Linkages(checkNotNull(model, "model"));
  }

  /** Normalized total backward linkages BLⱼ from column sums of L (dimensionless). */
  public LabelledVector<RegionSector> backwardTotal() {
    return normalized(model.outputMultipliers().toArray());
  }

  /** Normalized total forward linkages FLᵢ from row sums of G (dimensionless). */
  public LabelledVector<RegionSector> forwardTotal() {
    return normalized(model.ghoshRowSums());
  }

  /** Normalized direct backward linkages from column sums of A (dimensionless). */
  public LabelledVector<RegionSector> backwardDirect() {
    return normalized(model.coefficientColumnSums());
  }

  /** Normalized direct forward linkages from row sums of B (dimensionless). */
  public LabelledVector<RegionSector> forwardDirect() {
    return normalized(model.allocationRowSums());
  }

  /** Coefficients of variation of the columns of L (backward side). */
  public LabelledVector<RegionSector> backwardVariation() {
    return variation(model.leontiefInverse(), true);
  }

  /** Coefficients of variation of the rows of G (forward side). */
  public LabelledVector<RegionSector> forwardVariation() {
    return variation(model.ghoshInverse(), false);
  }

  /** Key-sector class of every sector from the total linkages, in key order. */
  public ImmutableMap<RegionSector, KeySectorClass> keySectors() {
    LabelledVector<RegionSector> bl = backwardTotal();
    LabelledVector<RegionSector> fl = forwardTotal();
    ImmutableMap.Builder<RegionSector, KeySectorClass> out = ImmutableMap.builder();
    for (int i = 0; i < bl.size(); i++) {
      out.put(bl.keys().get(i), KeySectorClass.of(bl.at(i), fl.at(i)));
    }
    return out.build();
  }

  private LabelledVector<RegionSector> normalized(double[] sums) {
    double total = 0;
    for (double s : sums) {
      total += s;
    }
    double mean = total / sums.length;
    double[] out = new double[sums.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = mean == 0 ? 0 : sums[i] / mean;
    }
    return LabelledVector.of(model.keys(), out, "1");
  }

  private LabelledVector<RegionSector> variation(LabelledMatrix<RegionSector, RegionSector> m,
      boolean columns) {
    int n = m.rowCount();
    double[] out = new double[n];
    for (int k = 0; k < n; k++) {
      double sum = 0;
      for (int t = 0; t < n; t++) {
        sum += columns ? m.at(t, k) : m.at(k, t);
      }
      double mean = sum / n;
      double ss = 0;
      for (int t = 0; t < n; t++) {
        double d = (columns ? m.at(t, k) : m.at(k, t)) - mean;
        ss += d * d;
      }
      out[k] = n < 2 || mean == 0 ? 0 : Math.sqrt(ss / (n - 1)) / mean;
    }
    return LabelledVector.of(model.keys(), out, "1");
  }
}
