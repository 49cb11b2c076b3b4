/** Scenarios: shocks to final demand, coefficients and value added, rebuilt into consistent tables. */
package org.sectoral.core.scenario;
