/**
 * Uncertainty of any result: seeded Monte Carlo draws of uncertain inputs (named values, shares,
 * coefficients, flows, final demand), summaries with percentiles, and sensitivity (one at a time
 * and rank correlation) for tornado charts.
 */
package org.sectoral.core.uncertainty;
