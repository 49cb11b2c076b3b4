package org.sectoral.examples.vietnam;

import org.sectoral.core.balance.ConvergenceReport;

/**
 * How the calibrated national table was reached: the GRAS balancing to the 2024 margins and the
 * Newton solve of the domestic value-added targets (see {@code docs/vietnam-model.md}).
 *
 * @param thetaTextiles log-odds shift of the prior import share of textiles' goods inputs
 * @param thetaElectronics the same for electronics
 * @param newtonIterations Newton steps taken
 * @param dvaTextiles domestic value-added content of textiles' exports reached
 * @param dvaElectronics the same for electronics
 * @param balancing the final GRAS report (iterations, largest row and column gaps)
 */
public record Calibration(double thetaTextiles, double thetaElectronics, int newtonIterations,
    double dvaTextiles, double dvaElectronics, ConvergenceReport balancing) {

  static Calibration of(NationalCalibration.Result r) {
    return new Calibration(r.thetas()[0], r.thetas()[1], r.newtonIterations(), r.dva()[0],
        r.dva()[1], r.gras());
  }
}
