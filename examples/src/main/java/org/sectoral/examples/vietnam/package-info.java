/**
 * The embedded, calibrated input-output model of Viet Nam's southeastern industrial region
 * (national table, Ho Chi Minh City and Binh Duong) built from stated facts and assumptions.
 */
package org.sectoral.examples.vietnam;
