package org.sectoral.core.leontief;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Arrays;
import org.sectoral.core.ErrorCode;
import org.sectoral.core.SectoralException;
import org.sectoral.core.internal.sparse.CsrMatrix;
import org.sectoral.core.table.KeyIndex;
import org.sectoral.core.table.RegionSector;

/**
 * Technical coefficients A (dimensionless) held sparse: only the non-zero aᵢⱼ are stored, so a
 * world table of 10,000 country-sectors at 5% density takes 60 MB instead of 800 MB. Feed it to
 * {@link LeontiefModel#ofCoefficients(SparseCoefficients, SolverOptions)}. Immutable.
 */
public final class SparseCoefficients {
  private final KeyIndex<RegionSector> keys;
  private final CsrMatrix csr;

  private SparseCoefficients(KeyIndex<RegionSector> keys, CsrMatrix csr) {
    this.keys = keys;
    this.csr = csr;
  }

  /** A builder for coefficients with these row and column keys. */
  public static Builder builder(KeyIndex<RegionSector> keys) {
    return new Builder(checkNotNull(keys, "keys"));
  }

  /** The keys of rows and columns. */
  public KeyIndex<RegionSector> keys() {
    return keys;
  }

  /** The number of sectors n. */
  public int size() {
    return keys.size();
  }

  /** The coefficient aᵢⱼ (0 when not stored). */
  public double at(int i, int j) {
    checkArgument(i >= 0 && i < size() && j >= 0 && j < size(), "(%s, %s) outside %s", i, j,
        size());
    return csr.get(i, j);
  }

  /** The number of stored non-zero coefficients. */
  public long nonZeros() {
    return csr.storedEntries();
  }

  /** Non-zeros / n². */
  public double density() {
    return csr.density();
  }

  CsrMatrix csr() {
    return csr;
  }

  /** Collects coefficients entry by entry; entries given twice are added. Not thread-safe. */
  public static final class Builder {
    private final KeyIndex<RegionSector> keys;
    private int[] rows = new int[16];
    private int[] cols = new int[16];
    private double[] vals = new double[16];
    private int count;

    private Builder(KeyIndex<RegionSector> keys) {
      this.keys = keys;
    }

    /**
     * Adds aᵢⱼ at positions i, j in key order.
     *
     * @throws SectoralException {@link ErrorCode#NON_FINITE_VALUE} for NaN or infinity
     */
    public Builder add(int i, int j, double value) {
      int n = keys.size();
      checkArgument(i >= 0 && i < n && j >= 0 && j < n, "(%s, %s) outside %s × %s", i, j, n, n);
      if (!Double.isFinite(value)) {
        throw SectoralException.of(ErrorCode.NON_FINITE_VALUE,
            java.util.List.of(keys.get(j).toString()), "Coefficient (%s, %s) is %s",
            keys.get(i), keys.get(j), value);
      }
      if (value == 0) {
        return this;
      }
      if (count == rows.length) {
        int cap = Math.max(16, (int) Math.min(Integer.MAX_VALUE - 8, rows.length * 2L));
        rows = Arrays.copyOf(rows, cap);
        cols = Arrays.copyOf(cols, cap);
        vals = Arrays.copyOf(vals, cap);
      }
      rows[count] = i;
      cols[count] = j;
      vals[count++] = value;
      return this;
    }

    /** Adds a(row, column) by key. */
    public Builder add(RegionSector row, RegionSector column, double value) {
      return add(keys.indexOf(row), keys.indexOf(column), value);
    }

    /** The coefficients collected so far. */
    public SparseCoefficients build() {
      return new SparseCoefficients(keys,
          CsrMatrix.fromTriplets(keys.size(), rows, cols, vals, count));
    }
  }
}
