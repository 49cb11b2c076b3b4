package org.sectoral.core.published;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

/**
 * The largest absolute and relative differences between computed and published (or
 * independently recomputed) values, with the cells where they occur; asserts against a named
 * tolerance and prints one line per comparison so the measured gaps are recorded in the test
 * log. Relative difference is |a − e| / max(|a|, |e|) (0 when both are 0), so a published zero
 * must be matched by an exact zero.
 */
final class Discrepancy {
  private final String what;
  private int cells;
  private double maxAbs;
  private String maxAbsAt = "-";
  private double maxRel;
  private String maxRelAt = "-";
  private boolean anyExpected;

  private Discrepancy(String what) {
    this.what = what;
  }

  static Discrepancy of(String what) {
    return new Discrepancy(what);
  }

  /**
   * Compares two equal-length vectors cell by cell, naming cells by {@code names} (by position
   * when null).
   */
  static Discrepancy of(String what, double[] actual, double[] expected, List<String> names) {
    assertThat(actual).as(what + " length").hasSameSizeAs(expected);
    Discrepancy d = new Discrepancy(what);
    for (int i = 0; i < actual.length; i++) {
      d.add(names == null ? String.valueOf(i) : names.get(i), actual[i], expected[i]);
    }
    return d;
  }

  Discrepancy add(String cell, double actual, double expected) {
    cells++;
    assertThat(actual).as("%s at %s is finite", what, cell).isFinite();
    assertThat(expected).as("%s (expected) at %s is finite", what, cell).isFinite();
    anyExpected |= expected != 0;
    double abs = Math.abs(actual - expected);
    double scale = Math.max(Math.abs(actual), Math.abs(expected));
    double rel = scale == 0 ? 0 : abs / scale;
    if (abs > maxAbs) {
      maxAbs = abs;
      maxAbsAt = cell + " (" + actual + " vs " + expected + ")";
    }
    if (rel > maxRel) {
      maxRel = rel;
      maxRelAt = cell + " (" + actual + " vs " + expected + ")";
    }
    return this;
  }

  double maxAbsolute() {
    return maxAbs;
  }

  double maxRelative() {
    return maxRel;
  }

  /** Asserts every cell within {@code tol} relative difference; prints the measured maxima. */
  Discrepancy assertRelative(double tol) {
    print("relative", tol);
    assertThat(cells).as("%s compared cells", what).isPositive();
    assertThat(maxRel).as("%s: worst relative difference at %s", what, maxRelAt)
        .isLessThanOrEqualTo(tol);
    return this;
  }

  /** Asserts every cell within {@code tol} absolute difference; prints the measured maxima. */
  Discrepancy assertAbsolute(double tol) {
    print("absolute", tol);
    assertThat(cells).as("%s compared cells", what).isPositive();
    assertThat(maxAbs).as("%s: worst absolute difference at %s", what, maxAbsAt)
        .isLessThanOrEqualTo(tol);
    return this;
  }

  private void print(String mode, double tol) {
    // against an all-zero expectation (gaps, residuals) only the absolute difference means much
    String rel = anyExpected ? String.format(Locale.ROOT, "%.3e", maxRel) : "n/a      ";
    System.out.printf(Locale.ROOT,
        "[published] %-58s %6d cells  max abs %.3e  max rel %s  (%s tol %.0e)%n", what, cells,
        maxAbs, rel, mode, tol);
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%s: %d cells, max abs %.3e at %s, max rel %.3e at %s",
        what, cells, maxAbs, maxAbsAt, maxRel, maxRelAt);
  }
}
