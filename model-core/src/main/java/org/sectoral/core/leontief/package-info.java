/**
 * The Leontief (demand-driven) and Ghosh (supply-driven) models, Type I and Type II multipliers
 * with their household closure, and impact effects.
 */
package org.sectoral.core.leontief;
