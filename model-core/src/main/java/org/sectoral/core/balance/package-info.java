/**
 * Matrix balancing and table updating: bi-proportional RAS for non-negative matrices and GRAS for
 * matrices with negative entries, with an explicit convergence report (Miller &amp; Blair 2009,
 * §7.4; Temurshoev, Miller &amp; Bouwmeester 2013).
 */
package org.sectoral.core.balance;
