/**
 * Provincial input-output models from a national table: location quotients (SLQ, CILQ, FLQ,
 * AFLQ), a single-region provincial model, a two-region province + rest-of-country table and
 * calibration of the FLQ parameter δ against a survey table.
 */
package org.sectoral.core.regional;
