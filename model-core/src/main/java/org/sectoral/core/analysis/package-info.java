/**
 * A whole analysis of a table in one call ({@link org.sectoral.core.analysis.Analysis}, pymrio's
 * {@code calc_all} as an immutable value), and the tidy tables results are shown and saved as.
 */
package org.sectoral.core.analysis;
