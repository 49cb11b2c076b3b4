package org.sectoral.core.leontief;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * A warning about a result that was computed but deserves a look, e.g. households that spend more
 * than their income on the table's output. Errors are exceptions ({@code SectoralException});
 * warnings are values like this one, so callers can show, log or test them.
 *
 * @param code what was noticed (callers and tests branch on this, not on the message)
 * @param message a sentence for people, naming the figures
 * @param subjects the regions or region-sectors concerned, e.g. {@code "SCO"} or {@code "SCO/01"}
 */
public record Diagnostic(Code code, String message, ImmutableList<String> subjects) {
  /** What a diagnostic is about. */
  public enum Code {
    /**
     * A region's households spend at least 1 per unit of household income on the table's output
     * (Σᵢ h_c,i ≥ 1): the closed economy is barely productive and induced effects are very large;
     * with compensation as income this usually means income is measured too narrowly (a given
     * total household income, {@link HouseholdIncome#total}, is the statistical offices' remedy).
     */
    HOUSEHOLD_SPENDING_AT_OR_ABOVE_INCOME,
    /**
     * A Type II output multiplier is below its Type I value. With non-negative coefficients
     * L̄₁₁ = L + L·H_c·K·H_r·L ≥ L holds exactly, so this happens only when the table has negative
     * household consumption, compensation or surplus entries; the figures are computed as the data
     * say.
     */
    TYPE_II_BELOW_TYPE_I,
    /**
     * A region's household income total is zero or negative: its households' consumption column
     * is left at zero (they induce nothing).
     */
    NO_HOUSEHOLD_INCOME
  }

  /** Validates and freezes the parts. */
  public Diagnostic {
    checkNotNull(code, "code");
    checkNotNull(message, "message");
    subjects = ImmutableList.copyOf(subjects);
  }

  /** A diagnostic about some subjects. */
  public static Diagnostic of(Code code, List<String> subjects, String message) {
    return new Diagnostic(code, message, ImmutableList.copyOf(subjects));
  }

  /** {@code CODE: message}. */
  @Override
  public String toString() {
    return code + ": " + message;
  }
}
