package org.sectoral.core.linkage;

import static com.google.common.base.Preconditions.checkNotNull;

import org.sectoral.core.leontief.LeontiefModel;
import org.sectoral.core.table.LabelledMatrix;
import org.sectoral.core.table.LabelledVector;
import org.sectoral.core.table.RegionSector;

/**
 * Hypothetical extraction (Dietzenbacher &amp; van der Linden 1997; Miller &amp; Blair 2009,
 * §12.2.5): the output the economy would lose if sector j stopped buying inputs (backward:
 * column j of A set to 0, final demand fixed) or stopped selling them (forward: row j of B set to
 * 0, primary inputs fixed).
 *
 * <p>By the Sherman–Morrison formula the backward loss is Σᵢ(x − x̄)ᵢ = xⱼ·(Σᵢ lᵢⱼ − 1)/lⱼⱼ and
 * the forward loss xⱼ·(Σₖ gⱼₖ − 1)/gⱼⱼ, so all n extractions cost one inverse each, not n
 * factorizations. Results are in the table's unit; shares divide by total output.
 */
public final class HypotheticalExtraction {
  private final LeontiefModel model;

  private HypotheticalExtraction(LeontiefModel model) {
    this.model = model;
  }

  /** Extraction analysis of a model made from a table (needs its output x). */
  public static HypotheticalExtraction of(LeontiefModel model) {
    return new HypotheticalExtraction(checkNotNull(model, "model"));
  }

  /** Backward loss of total output when each sector stops buying intermediate inputs. */
  public LabelledVector<RegionSector> backwardLoss() {
    LabelledMatrix<RegionSector, RegionSector> l = model.leontiefInverse();
    double[] m = l.columnSums().toArray();
    double[] x = model.baseOutput().toArray();
    double[] loss = new double[x.length];
    for (int j = 0; j < x.length; j++) {
      loss[j] = x[j] * (m[j] - 1) / l.at(j, j);
    }
    return LabelledVector.of(model.keys(), loss, model.baseOutput().unit());
  }

  /** Forward loss of total output when each sector stops selling intermediate outputs. */
  public LabelledVector<RegionSector> forwardLoss() {
    LabelledMatrix<RegionSector, RegionSector> g = model.ghoshInverse();
    double[] r = g.rowSums().toArray();
    double[] x = model.baseOutput().toArray();
    double[] loss = new double[x.length];
    for (int j = 0; j < x.length; j++) {
      loss[j] = x[j] * (r[j] - 1) / g.at(j, j);
    }
    return LabelledVector.of(model.keys(), loss, model.baseOutput().unit());
  }

  /** Backward loss as a share of total output (dimensionless). */
  public LabelledVector<RegionSector> backwardLossShare() {
    double total = model.baseOutput().sum();
    return backwardLoss().map(v -> total == 0 ? 0 : v / total, "1");
  }

  /** Forward loss as a share of total output (dimensionless). */
  public LabelledVector<RegionSector> forwardLossShare() {
    double total = model.baseOutput().sum();
    return forwardLoss().map(v -> total == 0 ? 0 : v / total, "1");
  }
}
