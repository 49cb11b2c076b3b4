package org.sectoral.core;

/** What went wrong in a {@link SectoralException}: tests and callers branch on this, not on the message. */
public enum ErrorCode {
  /** Row or column totals of a table differ from gross output beyond the tolerance. */
  UNBALANCED_TABLE,
  /** Gross output of a sector is negative. */
  NEGATIVE_OUTPUT,
  /** A value is NaN or infinite. */
  NON_FINITE_VALUE,
  /** The economy cannot satisfy every final demand: (I−A)⁻¹ does not exist or is not non-negative. */
  NOT_PRODUCTIVE,
  /** A linear system could not be solved: the matrix is singular to working precision. */
  SINGULAR_SYSTEM,
  /** A region, sector or other key is not part of the table or result. */
  UNKNOWN_KEY,
  /** The same key appears twice where keys must be unique. */
  DUPLICATE_KEY,
  /** Arrays or matrices have shapes that do not fit together. */
  DIMENSION_MISMATCH,
  /** A block needed by the analysis (imports, value added, exports, households …) is missing. */
  MISSING_BLOCK,
  /** An iterative method did not reach its tolerance within its iteration limit. */
  NOT_CONVERGED,
  /** Targets or constraints cannot be met together (e.g. RAS margins with different sums). */
  INCONSISTENT_TARGETS
}
