/**
 * Value added in world trade from multi-region tables: OECD TiVA indicators and the
 * Koopman–Wang–Wei (2014) decomposition of gross exports.
 */
package org.sectoral.core.trade;
