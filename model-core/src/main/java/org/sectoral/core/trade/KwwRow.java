package org.sectoral.core.trade;

import static com.google.common.base.Preconditions.checkNotNull;

import org.sectoral.core.table.Region;

/**
 * One tidy row of a KWW decomposition (one line of a {@code kww.csv}): country, term, value.
 *
 * @param country the exporting country
 * @param term the term T1…T9
 * @param value the term's value in the table's money unit
 */
public record KwwRow(Region country, KwwTerm term, double value) {
  /** Validates the parts. */
  public KwwRow {
    checkNotNull(country, "country");
    checkNotNull(term, "term");
  }
}
