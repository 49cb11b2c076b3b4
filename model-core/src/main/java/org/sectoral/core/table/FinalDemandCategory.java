package org.sectoral.core.table;

/**
 * The kind of a final-demand column (SNA 2008 uses of products). Analyses rely on the kind:
 * households close a Type II model, exports feed value added in trade.
 */
public enum FinalDemandCategory {
  /** Household final consumption expenditure (HFCE). */
  HOUSEHOLDS,
  /** Final consumption of non-profit institutions serving households (NPISH). */
  NPISH,
  /** General government final consumption (GGFC). */
  GOVERNMENT,
  /** Gross fixed capital formation (GFCF, investment). */
  INVESTMENT,
  /** Changes in inventories and acquisitions less disposals of valuables. */
  INVENTORIES,
  /** Exports of goods and services to the rest of the world. */
  EXPORTS,
  /** Any other final use (e.g. direct purchases abroad, statistical discrepancy). */
  OTHER
}
