package org.sectoral.io;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Locale;

/**
 * How much a reader accepts before it stops with a {@link TableFormatException} instead of
 * running out of memory: the bytes of one file or zip entry (counted as they are read or
 * inflated, so a small zip that inflates to gigabytes stops at the limit) and the bytes of one
 * line of text.
 *
 * <p>The defaults fit a world table: {@value #DEFAULT_MAX_FILE_BYTES} bytes (2 GiB) per file or
 * entry (EXIOBASE 3's largest text file, {@code A.txt} of 9,800 × 9,800 at 12 significant
 * digits, is about 1.3 GB) and {@value #DEFAULT_MAX_LINE_BYTES} bytes (64 MiB) per line. The
 * system property {@value #MAX_FILE_BYTES_PROPERTY} (bytes, or with a suffix {@code k}, {@code m},
 * {@code g}: {@code -Dsectoral.io.maxFileBytes=8g}) changes the default file limit; a reader's
 * {@code limits(…)} option changes it for that reader.
 */
public final class ReadLimits {
  /** The default limit of one file or zip entry: 2 GiB. */
  public static final long DEFAULT_MAX_FILE_BYTES = 2L << 30;
  /** The default limit of one line of text: 64 MiB. */
  public static final int DEFAULT_MAX_LINE_BYTES = 64 << 20;
  /** The system property that sets the default file limit. */
  public static final String MAX_FILE_BYTES_PROPERTY = "sectoral.io.maxFileBytes";

  private final long maxFileBytes;
  private final int maxLineBytes;

  private ReadLimits(long maxFileBytes, int maxLineBytes) {
    this.maxFileBytes = maxFileBytes;
    this.maxLineBytes = maxLineBytes;
  }

  /**
   * The defaults: {@value #DEFAULT_MAX_FILE_BYTES} bytes per file or entry unless the system
   * property {@value #MAX_FILE_BYTES_PROPERTY} says otherwise, {@value #DEFAULT_MAX_LINE_BYTES}
   * bytes per line.
   *
   * @throws IllegalArgumentException when the system property is not a positive size
   */
  public static ReadLimits defaults() {
    String p = System.getProperty(MAX_FILE_BYTES_PROPERTY);
    long file = p == null || p.isBlank() ? DEFAULT_MAX_FILE_BYTES
        : parseSize(p, MAX_FILE_BYTES_PROPERTY);
    return new ReadLimits(file, DEFAULT_MAX_LINE_BYTES);
  }

  /** Limits of {@code maxFileBytes} per file or entry (≥ 1) and the default line limit. */
  public static ReadLimits ofFileBytes(long maxFileBytes) {
    checkArgument(maxFileBytes >= 1, "maxFileBytes %s must be at least 1", maxFileBytes);
    return new ReadLimits(maxFileBytes, DEFAULT_MAX_LINE_BYTES);
  }

  /** These limits with another limit per line of text (≥ 1 KiB). */
  public ReadLimits withMaxLineBytes(int bytes) {
    checkArgument(bytes >= 1024, "maxLineBytes %s must be at least 1024", bytes);
    return new ReadLimits(maxFileBytes, bytes);
  }

  /** The most bytes read or inflated from one file or zip entry. */
  public long maxFileBytes() {
    return maxFileBytes;
  }

  /** The most bytes of one line of text. */
  public int maxLineBytes() {
    return maxLineBytes;
  }

  /**
   * A size such as {@code 2147483648}, {@code 512m} or {@code 8g} (binary multiples).
   *
   * @throws IllegalArgumentException naming {@code what} when it is not a positive size
   */
  public static long parseSize(String text, String what) {
    String t = text.trim().toLowerCase(Locale.ROOT);
    long unit = 1;
    if (!t.isEmpty() && "kmg".indexOf(t.charAt(t.length() - 1)) >= 0) {
      unit = 1L << (10 * ("kmg".indexOf(t.charAt(t.length() - 1)) + 1));
      t = t.substring(0, t.length() - 1);
    }
    try {
      long v = Long.parseLong(t);
      checkArgument(v >= 1 && v <= Long.MAX_VALUE / unit, "%s must be a positive size, not %s",
          what, text);
      return v * unit;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(what + " must be a size such as 2147483648, 512m or 8g,"
          + " not " + text, e);
    }
  }

  /** A size for messages, e.g. {@code 2 GiB} or {@code 1536 bytes}. */
  public static String describe(long bytes) {
    if (bytes >= (1L << 30) && bytes % (1L << 30) == 0) {
      return (bytes >> 30) + " GiB";
    }
    if (bytes >= (1L << 20) && bytes % (1L << 20) == 0) {
      return (bytes >> 20) + " MiB";
    }
    return bytes + " bytes";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ReadLimits r && r.maxFileBytes == maxFileBytes
        && r.maxLineBytes == maxLineBytes;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(maxFileBytes) * 31 + maxLineBytes;
  }

  @Override
  public String toString() {
    return "ReadLimits[file " + describe(maxFileBytes) + ", line " + describe(maxLineBytes)
        + "]";
  }
}
