package org.sectoral.core.internal;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * The matrix M of a factorized system, read by row panels so that every solve can be judged by
 * its residual b − M·x without a second n × n copy: the view reads whatever the caller already
 * holds (the caller's array, the flows and outputs of a table, sparse coefficients).
 *
 * <p>When {@link #identityMinus()} is true, M = I − A and {@link #rows} delivers the rows of A:
 * residuals then use the entries of A exactly, without the rounding of 1 − aᵢᵢ, which is what
 * lets iterative refinement reach the solution of the economy that was asked about even when
 * I − A is nearly singular.
 */
public interface SystemMatrix {
  /** The order n. */
  int size();

  /** Whether M = I − A and {@link #rows} delivers A. */
  boolean identityMinus();

  /**
   * Copies rows {@code from} … {@code to − 1} of the stored matrix (A when
   * {@link #identityMinus()}, else M) into {@code panel}, row-major, (to − from) × n values.
   * Must be safe to call from several threads at once.
   */
  void rows(int from, int to, double[] panel);

  /**
   * When the stored matrix is Z·d̂⁻¹ (sᵢⱼ = zᵢⱼ/dⱼ, 0 when dⱼ = 0; e.g. A = Z·x̂⁻¹ read from a
   * table's flows), the divisors d (not copied: not to be modified), else null. Residuals in
   * working precision then read Z by {@link #flowRows} and scale the vectors instead of dividing
   * every entry (M·v as Z·(d̂⁻¹v), M'·v as d̂⁻¹(Z'v)); they agree with {@link #rows} to rounding,
   * which is all a residual check needs. Extended-precision residuals keep using {@link #rows}.
   */
  default double[] columnDivisors() {
    return null;
  }

  /**
   * Rows {@code from} … {@code to − 1} of Z when {@link #columnDivisors()} is not null (else of
   * the stored matrix, as {@link #rows}), row-major into {@code panel}. Thread-safe.
   */
  default void flowRows(int from, int to, double[] panel) {
    rows(from, to, panel);
  }

  /** M held as a row-major array the caller no longer modifies (not copied). */
  static SystemMatrix dense(double[] rowMajor, int n) {
    checkNotNull(rowMajor, "rowMajor");
    return new SystemMatrix() {
      @Override
      public int size() {
        return n;
      }

      @Override
      public boolean identityMinus() {
        return false;
      }

      @Override
      public void rows(int from, int to, double[] panel) {
        System.arraycopy(rowMajor, from * n, panel, 0, (to - from) * n);
      }
    };
  }

  /** M = I − A for A held as a row-major array the caller no longer modifies (not copied). */
  static SystemMatrix identityMinus(double[] a, int n) {
    checkNotNull(a, "a");
    return new SystemMatrix() {
      @Override
      public int size() {
        return n;
      }

      @Override
      public boolean identityMinus() {
        return true;
      }

      @Override
      public void rows(int from, int to, double[] panel) {
        System.arraycopy(a, from * n, panel, 0, (to - from) * n);
      }
    };
  }
}
