package org.sectoral.core.linkage;

/**
 * Classification by normalized total linkages, backward BL and forward FL, around 1 (Rasmussen
 * 1956; Miller &amp; Blair 2009, §12.2.3).
 */
public enum KeySectorClass {
  /** BL &gt; 1 and FL &gt; 1: strongly connected both ways. */
  KEY,
  /** BL &gt; 1, FL ≤ 1: dependent on inter-industry supply. */
  BACKWARD_ORIENTED,
  /** BL ≤ 1, FL &gt; 1: dependent on inter-industry demand. */
  FORWARD_ORIENTED,
  /** BL ≤ 1 and FL ≤ 1: weakly connected. */
  WEAK;

  /** The class of a sector from its normalized linkages. */
  public static KeySectorClass of(double backward, double forward) {
    if (backward > 1) {
      return forward > 1 ? KEY : BACKWARD_ORIENTED;
    }
    return forward > 1 ? FORWARD_ORIENTED : WEAK;
  }
}
