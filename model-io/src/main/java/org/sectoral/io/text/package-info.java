/**
 * Low-level text of the exchange formats: delimited text read as a stream of cells straight from
 * bytes ({@link org.sectoral.io.text.CellReader}), and numbers and labels written through one
 * buffer ({@link org.sectoral.io.text.TextOutput}), with the size limits of
 * {@link org.sectoral.io.ReadLimits}.
 */
package org.sectoral.io.text;
