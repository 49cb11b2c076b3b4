/** Calibration of estimated tables to published facts (e.g. domestic value-added shares of exports). */
package org.sectoral.core.calibration;
