package org.sectoral.core.internal.sparse;

/** A square matrix A read by rows, as iterative solvers need it: dense or compressed (CSR). */
public interface RowMatrix {
  /** The order n. */
  int size();

  /** The diagonal entry aᵢᵢ. */
  double diagonal(int i);

  /** Σⱼ aᵢⱼ·xⱼ over the whole row i, diagonal included. */
  double rowDot(int i, double[] x);

  /** A' in the same representation (a new matrix). */
  RowMatrix transpose();

  /** Stored entries (n² for dense). */
  long storedEntries();
}
