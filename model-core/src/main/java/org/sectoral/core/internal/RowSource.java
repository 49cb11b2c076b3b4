package org.sectoral.core.internal;

/**
 * The rows of an n × n matrix M produced on demand, panel by panel and in row order, so that a
 * factorization can copy M straight into its own storage (off the Java heap for the native LU)
 * without a second n × n array on the heap.
 */
public interface RowSource {
  /**
   * Rows {@code from} … {@code to − 1} of M into {@code panel}, row-major from index 0,
   * (to − from) × n values. Called once per row range, in increasing order, on one thread.
   */
  void rows(int from, int to, double[] panel);

  /**
   * Whether {@link #columns} works: then a factorization may fill M by blocks of columns on
   * several threads at once.
   */
  default boolean byColumns() {
    return false;
  }

  /**
   * Columns {@code colFrom} … {@code colTo − 1} of rows {@code from} … {@code to − 1} into
   * {@code panel}, row-major with rows of n (only those columns are set). Called for each column
   * block in increasing row order, and from one thread per column block at the same time.
   */
  default void columns(int from, int to, int colFrom, int colTo, double[] panel) {
    throw new UnsupportedOperationException("rows only");
  }

  /**
   * Called once every row has been delivered, before M is factorized: where a source validates
   * what it saw (e.g. throws for a non-finite entry).
   */
  default void finish() {}
}
