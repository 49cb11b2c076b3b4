package org.sectoral.core;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * The one unchecked exception for domain failures in Sectoral: an unbalanced or non-productive
 * table, a singular system, an unknown sector. It carries an {@link ErrorCode} and the keys
 * (sectors, regions) at fault, so a caller can report them without parsing the message.
 */
public final class SectoralException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final ErrorCode code;
  private final ImmutableList<String> culprits;

  /** An exception with a code, the keys at fault (as text, may be empty) and a message. */
  public SectoralException(ErrorCode code, List<String> culprits, String message) {
    super("[" + checkNotNull(code) + "] " + message);
    this.code = code;
    this.culprits = ImmutableList.copyOf(culprits);
  }

  /** An exception with a code and a message, and no particular key at fault. */
  public SectoralException(ErrorCode code, String message) {
    this(code, ImmutableList.of(), message);
  }

  /** Formats the message with {@link String#format} in {@link java.util.Locale#ROOT}. */
  public static SectoralException of(ErrorCode code, List<String> culprits, String template,
      Object... args) {
    return new SectoralException(code, culprits, String.format(java.util.Locale.ROOT, template, args));
  }

  /** What went wrong. */
  public ErrorCode code() {
    return code;
  }

  /** The sectors, regions or other keys at fault, worst first (may be empty). */
  public ImmutableList<String> culprits() {
    return culprits;
  }
}
