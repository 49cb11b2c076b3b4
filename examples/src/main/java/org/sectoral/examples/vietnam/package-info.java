/**
 * The embedded input-output model of Viet Nam's southeast: a national table calibrated to 2024's
 * published figures, Ho Chi Minh City, Binh Duong and Ba Ria–Vung Tau and the new Ho Chi Minh
 * City, the facts with their sources and the assumptions with their ranges.
 */
package org.sectoral.examples.vietnam;
