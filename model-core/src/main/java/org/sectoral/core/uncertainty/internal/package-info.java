/**
 * Random-number and statistics glue for {@code org.sectoral.core.uncertainty}: commons-math3
 * types (gamma, beta and normal distributions, percentiles, rank correlation) stay here and never
 * appear in the public API.
 */
package org.sectoral.core.uncertainty.internal;
