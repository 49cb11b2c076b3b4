package org.sectoral.core.leontief;

import java.util.Optional;
import org.sectoral.core.table.LabelledVector;
import org.sectoral.core.table.RegionSector;

/**
 * The effects of a final-demand change on one measure (output, value added, income, jobs …), by
 * sector: direct, indirect (Type I total − direct) and induced (Type II total − Type I total),
 * in the measure's unit (Miller &amp; Blair 2009, §6.2; IMPLAN naming).
 */
public record Effects(String measure, LabelledVector<RegionSector> direct,
    LabelledVector<RegionSector> indirect, Optional<LabelledVector<RegionSector>> induced) {

  /** Type I total: direct + indirect, by sector. */
  public LabelledVector<RegionSector> typeITotal() {
    return direct.plus(indirect);
  }

  /** Type II total: direct + indirect + induced by sector (Type I total when no household closure). */
  public LabelledVector<RegionSector> total() {
    return induced.map(ind -> typeITotal().plus(ind)).orElseGet(this::typeITotal);
  }

  /** Σ direct. */
  public double directSum() {
    return direct.sum();
  }

  /** Σ indirect. */
  public double indirectSum() {
    return indirect.sum();
  }

  /** Σ induced (0 without household closure). */
  public double inducedSum() {
    return induced.map(LabelledVector::sum).orElse(0.0);
  }

  /** Σ of all effects. */
  public double totalSum() {
    return directSum() + indirectSum() + inducedSum();
  }

  /** The measure's unit. */
  public String unit() {
    return direct.unit();
  }
}
