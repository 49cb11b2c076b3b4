package org.sectoral.core.trade;

import static com.google.common.base.Preconditions.checkNotNull;

import org.sectoral.core.table.Region;

/**
 * One tidy row of TiVA results (one line of a {@code tiva.csv}): a country, an indicator and its
 * value, in the table's money unit or in percent ({@link TivaIndicator#isPercent()}).
 *
 * @param country the country (a region of the table)
 * @param indicator the indicator
 * @param value its value for the country
 */
public record TivaRow(Region country, TivaIndicator indicator, double value) {
  /** Validates the parts. */
  public TivaRow {
    checkNotNull(country, "country");
    checkNotNull(indicator, "indicator");
  }
}
