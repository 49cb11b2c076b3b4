package org.sectoral.cli;

import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The table formats the command line can name ({@code --from}, {@code --to}, {@code --format}),
 * checked when the options are parsed, before any file is read. Each is the id of a format of
 * {@code TableFormats.all()} (a test keeps the two lists equal).
 */
enum FormatChoice {
  EXIOBASE_3("exiobase3", false),
  PYMRIO("pymrio", true),
  SCOTLAND_IXI("scotland-ixi", false),
  TIDY_CSV("tidy-csv", true),
  JSON("json", true),
  XLSX("xlsx", true),
  OECD_IOT("oecd-iot", false),
  OECD_ICIO("oecd-icio", false),
  WIOD_NIOT("wiod-niot", false);

  private final String id;
  private final boolean writable;

  FormatChoice(String id, boolean writable) {
    this.id = id;
    this.writable = writable;
  }

  /** The format id, as typed on the command line. */
  String id() {
    return id;
  }

  /** Whether Sectoral writes this format (the others are read-only). */
  boolean writable() {
    return writable;
  }

  @Override
  public String toString() {
    return id;
  }

  /** The choice with this id (case-insensitive), or a message naming the valid ones. */
  static FormatChoice of(String text, boolean forWriting) {
    String id = text.trim().toLowerCase(Locale.ROOT);
    for (FormatChoice f : values()) {
      if (f.id.equals(id)) {
        if (forWriting && !f.writable) {
          throw new TypeConversionException("'" + text + "' is read-only; one of "
              + names(true) + " can be written");
        }
        return f;
      }
    }
    throw new TypeConversionException("'" + text + "' is not a format; expected one of "
        + names(forWriting));
  }

  private static String names(boolean writableOnly) {
    return String.join(", ", Arrays.stream(values()).filter(f -> f.writable || !writableOnly)
        .map(FormatChoice::id).toList());
  }

  /** Converts an input format id. */
  static final class Readable implements ITypeConverter<FormatChoice> {
    @Override
    public FormatChoice convert(String value) {
      return of(value, false);
    }
  }

  /** Converts an output format id: writable formats only. */
  static final class Writable implements ITypeConverter<FormatChoice> {
    @Override
    public FormatChoice convert(String value) {
      return of(value, true);
    }
  }

  /** Every format id, for {@code ${COMPLETION-CANDIDATES}} in help texts. */
  static final class ReadableIds implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Arrays.stream(values()).map(FormatChoice::id).iterator();
    }
  }

  /** The writable format ids, for {@code ${COMPLETION-CANDIDATES}} in help texts. */
  static final class WritableIds implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Arrays.stream(values()).filter(FormatChoice::writable).map(FormatChoice::id)
          .iterator();
    }
  }
}
