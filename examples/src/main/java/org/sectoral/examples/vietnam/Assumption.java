package org.sectoral.examples.vietnam;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Locale;

/**
 * One stated input of the embedded Viet Nam model: what it is, its value, its unit, where it
 * comes from (a published figure, a figure derived from one, or the word "assumption") and a
 * plausible range for uncertainty analysis.
 *
 * <p>The range is {@code low}–{@code high} in the unit of the value for a single number; for a
 * vector (one value per sector) it is a pair of factors applied to every entry, e.g. 0.8–1.2
 * ({@link #isVector()}). A published figure used as it is has the range of its rounding.
 *
 * @param name the constant's name in {@link VietNamAssumptions} (for Java callers)
 * @param title what it is, in words (for reports)
 * @param value the value as text (vectors as {@code CODE value, …})
 * @param unit the unit
 * @param low low end of the plausible range (value, or factor for a vector)
 * @param high high end of the plausible range (value, or factor for a vector)
 * @param source the publisher and title, the derivation, or "assumption: why"
 */
public record Assumption(String name, String title, String value, String unit, double low,
    double high, String source) {
  /** Validates the parts. */
  public Assumption {
    checkNotNull(name, "name");
    checkNotNull(title, "title");
    checkNotNull(value, "value");
    checkNotNull(unit, "unit");
    checkNotNull(source, "source");
    checkArgument(low <= high, "Range of %s is %s..%s", name, low, high);
  }

  /** Whether this is a modelling assumption rather than a published or derived figure. */
  public boolean isAssumption() {
    return source.startsWith("assumption");
  }

  /** Whether the value is one number per sector (the range is then a pair of factors). */
  public boolean isVector() {
    return value.contains(",") && value.matches(".*[A-Z]{3}.*");
  }

  /** The range as text, e.g. "0.40–0.55" or "×0.8–×1.2". */
  public String rangeText() {
    return isVector() ? "×" + num(low) + "–×" + num(high) : num(low) + "–" + num(high);
  }

  private static String num(double v) {
    return v == Math.rint(v) && Math.abs(v) >= 1000 ? String.format(Locale.ROOT, "%,.0f", v)
        : String.format(Locale.ROOT, "%s", (float) v);
  }
}
