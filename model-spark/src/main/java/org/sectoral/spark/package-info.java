/**
 * Sectoral on Apache Spark: the draws of a {@code MonteCarlo} computed on a Spark cluster (or
 * {@code local[*]}) with the model broadcast once, collected as a Dataset, and summarized to the
 * same bits as on one machine.
 */
package org.sectoral.spark;
