package org.sectoral.core.internal.sparse;

/** A square matrix A read by rows, as iterative solvers need it: dense or compressed (CSR). */
public interface RowMatrix {
  /** The order n. */
  int size();

  /** The diagonal entry aᵢᵢ. */
  double diagonal(int i);

  /** Σⱼ aᵢⱼ·xⱼ over the whole row i, diagonal included. */
  double rowDot(int i, double[] x);

  /** s += α·(row i of A): the scatter that lets a transposed sweep read A by rows. */
  void addScaledRow(int i, double alpha, double[] s);

  /** Stored entries (n² for dense). */
  long storedEntries();
}
