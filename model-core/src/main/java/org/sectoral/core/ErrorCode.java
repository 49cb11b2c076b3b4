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
  INCONSISTENT_TARGETS,
  /**
   * A solve's scaled residual or estimated error stays above its limit even after iterative
   * refinement: the numbers would be wrong (the system is singular to working precision or the
   * factorization failed). Limits in {@code SolverDiagnostics}.
   */
  INACCURATE_SOLUTION,
  /**
   * The condition number estimate of a system exceeds 1e12: up to 12 significant digits may be
   * lost by an unrefined solve. A warning in {@code LeontiefModel.diagnostics()}, not thrown.
   */
  ILL_CONDITIONED,
  /** A scenario leaves an input coefficient below zero. */
  NEGATIVE_COEFFICIENT,
  /** A scenario pushes a sector's value added below zero (inputs costing more than the output). */
  NEGATIVE_VALUE_ADDED,
  /**
   * A parameter is outside its domain: a share θ outside [0, 1], FLQ δ outside [0, 1), a target
   * share outside (0, 1), a price or growth rate at or below −100 %, an empty list.
   */
  OUT_OF_RANGE,
  /**
   * An output folder holds files that Sectoral did not write (no manifest of Sectoral's lists
   * them), or is a file: Sectoral replaces only folders that are empty or its own.
   */
  OUTPUT_NOT_OWNED,
  /**
   * An output would replace or sit inside an input: the input is inside the output folder, or
   * the output is the input or inside an input folder.
   */
  OUTPUT_OVERLAPS_INPUT,
  /** Another command is writing the same output folder at this moment. */
  OUTPUT_IN_USE
}
