package org.sectoral.io.layout;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.sectoral.io.TableFormatException;
import org.sectoral.io.csv.DelimitedFile;

/**
 * The codes of a header row (one per column) or of a code column (one per row), with where each
 * was read, so a missing or duplicate code is reported at its line and column with the codes
 * that were found.
 */
public final class CodeIndex {
  private final String source;
  private final boolean header;
  private final ImmutableList<String> codes;
  private final int[] lines;
  private final int[] columns;
  private final Map<String, Integer> first = new HashMap<>();

  private CodeIndex(String source, boolean header, List<String> codes, int[] lines,
      int[] columns) {
    this.source = source;
    this.header = header;
    this.codes = ImmutableList.copyOf(codes);
    this.lines = lines;
    this.columns = columns;
    for (int i = 0; i < codes.size(); i++) {
      first.putIfAbsent(codes.get(i), i);
    }
  }

  /** The cells of a header row; index i is 0-based column i. */
  public static CodeIndex ofHeader(String source, DelimitedFile.Row row) {
    checkNotNull(row, "row");
    int n = row.size();
    int[] lines = new int[n];
    int[] cols = new int[n];
    for (int i = 0; i < n; i++) {
      lines[i] = row.line();
      cols[i] = i + 1;
    }
    return new CodeIndex(source, true, row.cells(), lines, cols);
  }

  /** The cells in 0-based column {@code column} of the rows; index i is row i of the list. */
  public static CodeIndex ofRows(String source, List<DelimitedFile.Row> rows, int column) {
    List<String> codes = new ArrayList<>(rows.size());
    int[] lines = new int[rows.size()];
    int[] cols = new int[rows.size()];
    for (int i = 0; i < rows.size(); i++) {
      codes.add(rows.get(i).cell(column));
      lines[i] = rows.get(i).line();
      cols[i] = column + 1;
    }
    return new CodeIndex(source, false, codes, lines, cols);
  }

  /** Codes with their locations given explicitly (e.g. read from a spreadsheet). */
  public static CodeIndex of(String source, boolean header, List<String> codes, int[] lines,
      int[] columns) {
    return new CodeIndex(source, header, codes, lines.clone(), columns.clone());
  }

  /** The codes in order. */
  public ImmutableList<String> codes() {
    return codes;
  }

  /** The index of the first occurrence of a code, if any. */
  public OptionalInt find(String code) {
    Integer i = first.get(code);
    return i == null ? OptionalInt.empty() : OptionalInt.of(i);
  }

  /**
   * The index of a code a layout requires.
   *
   * @param role what the code is, e.g. {@code "final-demand column"} or {@code "output row"}
   * @throws TableFormatException "expected ROLE "CODE" not found; columns are …", at the header
   *     line (for a header) or without a line (for a code column)
   */
  public int require(String code, String role) throws TableFormatException {
    OptionalInt i = find(code);
    if (i.isPresent()) {
      return i.getAsInt();
    }
    int line = header && lines.length > 0 ? lines[0] : 0;
    throw new TableFormatException(source, line, 0, "", String.format(java.util.Locale.ROOT,
        "expected %s \"%s\" not found; %s are %s", role, code, header ? "columns" : "rows",
        shown()));
  }

  /**
   * Checks that the codes in [from, to) are unique and non-blank.
   *
   * @throws TableFormatException at the second occurrence of a duplicate or at a blank code
   */
  public void requireUnique(int from, int to, String role) throws TableFormatException {
    Map<String, Integer> seen = new HashMap<>();
    for (int i = from; i < to; i++) {
      String c = codes.get(i);
      if (c.isBlank()) {
        throw new TableFormatException(source, lines[i], columns[i], c, "blank " + role
            + " code");
      }
      Integer prev = seen.putIfAbsent(c, i);
      if (prev != null) {
        throw new TableFormatException(source, lines[i], columns[i], c, String.format(
            java.util.Locale.ROOT, "duplicate %s code \"%s\" (first at line %d, column %d)",
            role, c, lines[prev], columns[prev]));
      }
    }
  }

  /** The 1-based line where the code at index i was read. */
  public int line(int i) {
    return lines[i];
  }

  /** The 1-based column where the code at index i was read. */
  public int column(int i) {
    return columns[i];
  }

  private String shown() {
    List<String> nonBlank = codes.stream().filter(c -> !c.isBlank()).toList();
    if (nonBlank.size() <= 80) {
      return String.join(", ", nonBlank);
    }
    return String.join(", ", nonBlank.subList(0, 40)) + ", … (" + nonBlank.size() + " in all) "
        + String.join(", ", nonBlank.subList(nonBlank.size() - 20, nonBlank.size()));
  }
}
