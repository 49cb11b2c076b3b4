/**
 * Uncertainty of any result and batches of work that run on one machine or a cluster: seeded
 * Monte Carlo draws of uncertain inputs (named values, shares, coefficients, flows, final
 * demand), summaries with percentiles, sensitivity (one at a time and rank correlation) for
 * tornado charts, and batches of scenarios on one table.
 */
package org.sectoral.core.uncertainty;
