/** The Leontief (demand-driven) and Ghosh (supply-driven) models, multipliers and impact effects. */
package org.sectoral.core.leontief;
