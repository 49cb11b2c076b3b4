/** Sectoral's tidy CSV: one value per row, every block and label of a table, exact round trips. */
package org.sectoral.io.tidy;
