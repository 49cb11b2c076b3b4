package org.sectoral.io;

import java.io.IOException;
import java.util.Locale;

/**
 * A malformed input file: carries the source (file or entry), the 1-based line and column
 * (0 when not applicable) and the offending text, so a user can open the file at the spot.
 */
public final class TableFormatException extends IOException {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final int line;
  private final int column;
  private final String cell;
  private final String problem;

  /** An error at a line and column of a source, with the offending cell text (may be empty). */
  public TableFormatException(String source, int line, int column, String cell, String problem) {
    super(format(source, line, column, cell, problem));
    this.source = source;
    this.line = line;
    this.column = column;
    this.cell = cell == null ? "" : cell;
    this.problem = problem;
  }

  /** An error about a whole source (no line or column). */
  public static TableFormatException ofSource(String source, String problem) {
    return new TableFormatException(source, 0, 0, "", problem);
  }

  private static String format(String source, int line, int column, String cell, String problem) {
    StringBuilder sb = new StringBuilder(source);
    if (line > 0) {
      sb.append(':').append(line);
      if (column > 0) {
        sb.append(':').append(column);
      }
    }
    sb.append(": ").append(problem);
    if (cell != null && !cell.isEmpty()) {
      String shown = cell.length() > 60 ? cell.substring(0, 60) + "…" : cell;
      sb.append(String.format(Locale.ROOT, " (cell \"%s\")", shown));
    }
    return sb.toString();
  }

  /** The file or archive entry that is malformed. */
  public String source() {
    return source;
  }

  /** The 1-based line, or 0 when the error concerns the whole source. */
  public int line() {
    return line;
  }

  /** The 1-based column (field number), or 0 when the error concerns a whole line. */
  public int column() {
    return column;
  }

  /** The offending cell text, empty when none. */
  public String cell() {
    return cell;
  }

  /** What is wrong, without the location. */
  public String problem() {
    return problem;
  }
}
