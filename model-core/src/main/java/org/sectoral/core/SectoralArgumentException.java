package org.sectoral.core;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Locale;

/**
 * A caller's argument outside its domain (θ = 1.5, δ = −0.1, a price change of −150 %, NaN, an
 * empty list, a vector of the wrong length): an {@link IllegalArgumentException}, as Guava's
 * {@code checkArgument} throws for caller mistakes, that also carries an {@link ErrorCode}, the
 * name of the parameter and the sectors concerned, so a file reader or command line can point at
 * the field that held the value without parsing the message. Failures of the economics itself
 * (a non-productive economy, negative value added) are {@link SectoralException}s.
 */
public final class SectoralArgumentException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final ErrorCode code;
  private final String parameter;
  private final ImmutableList<String> culprits;

  /** An exception with a code, the parameter's name, the keys concerned and a message. */
  public SectoralArgumentException(ErrorCode code, String parameter, List<String> culprits,
      String message) {
    super("[" + checkNotNull(code) + "] " + message);
    this.code = code;
    this.parameter = checkNotNull(parameter, "parameter");
    this.culprits = ImmutableList.copyOf(culprits);
  }

  /** Formats the message with {@link String#format} in {@link Locale#ROOT}. */
  public static SectoralArgumentException of(ErrorCode code, String parameter,
      List<String> culprits, String template, Object... args) {
    return new SectoralArgumentException(code, parameter, culprits,
        String.format(Locale.ROOT, template, args));
  }

  /**
   * Throws {@link ErrorCode#NON_FINITE_VALUE} when {@code value} is NaN or infinite (1e400 in a
   * file parses as infinity), naming the parameter.
   */
  public static double checkFinite(double value, String parameter, List<String> culprits) {
    if (!Double.isFinite(value)) {
      throw of(ErrorCode.NON_FINITE_VALUE, parameter, culprits, "%s%s is %s", parameter,
          culprits.isEmpty() ? "" : " of " + String.join(", ", culprits), value);
    }
    return value;
  }

  /**
   * Throws {@link ErrorCode#OUT_OF_RANGE} (or {@link ErrorCode#NON_FINITE_VALUE} for NaN and
   * infinity) unless {@code ok}; the message is "{parameter} = {value} {requirement}".
   */
  public static double checkRange(boolean ok, double value, String parameter,
      List<String> culprits, String requirement) {
    checkFinite(value, parameter, culprits);
    if (!ok) {
      throw of(ErrorCode.OUT_OF_RANGE, parameter, culprits, "%s%s = %s %s", parameter,
          culprits.isEmpty() ? "" : " of " + String.join(", ", culprits), value, requirement);
    }
    return value;
  }

  /** What went wrong. */
  public ErrorCode code() {
    return code;
  }

  /** The name of the parameter at fault, as in the method's signature (e.g. {@code theta}). */
  public String parameter() {
    return parameter;
  }

  /** The sectors, regions or products concerned (may be empty). */
  public ImmutableList<String> culprits() {
    return culprits;
  }
}
