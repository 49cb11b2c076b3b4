package org.sectoral.io.tidy;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.sectoral.core.SectoralException;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.core.table.InputOutputTableBuilder;
import org.sectoral.io.TableFormatException;
import org.sectoral.io.csv.DelimitedFile;

/**
 * Reads Sectoral tidy CSV: one value per row under the header {@value #HEADER}. Label rows
 * ({@code TABLE}, {@code REGION}, {@code SECTOR}, {@code FD}, {@code VA_ROW}, {@code IMPORT_ROW},
 * {@code STRESSOR:<account>}) declare names and order; value rows ({@code Z}, {@code Y},
 * {@code M}, {@code YM}, {@code V}, {@code T}, {@code X}, {@code F:<account>}) give one cell each,
 * absent cells being zero. The full grammar is in {@code model-io/FORMATS.md}.
 *
 * <p>Errors name line and column: unknown block, undeclared region, sector, final-demand column
 * or stressor, duplicate cell or declaration, text or NaN in a value, ragged rows.
 */
public final class TidyCsvReader {
  /** The header row every tidy CSV file starts with. */
  public static final String HEADER = "block,row_region,row,column_region,column,value";

  private final double tolerance;

  private TidyCsvReader(double tolerance) {
    this.tolerance = tolerance;
  }

  /** A reader with the core builder's default balance tolerance. */
  public static TidyCsvReader create() {
    return new TidyCsvReader(InputOutputTableBuilder.DEFAULT_BALANCE_TOLERANCE);
  }

  /** This reader with another relative balance tolerance. */
  public TidyCsvReader balanceTolerance(double relative) {
    checkArgument(relative >= 0, "Tolerance %s", relative);
    return new TidyCsvReader(relative);
  }

  /** Whether a file starts with the tidy header (after an optional byte-order mark). */
  public static boolean looksLikeTidy(Path file) {
    if (!Files.isRegularFile(file)) {
      return false;
    }
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line = r.readLine();
      return line != null && line.replace("\uFEFF", "").strip().equals(HEADER);
    } catch (IOException e) {
      return false;
    }
  }

  /** Reads a tidy CSV file. */
  public InputOutputTable read(Path file) throws IOException {
    checkNotNull(file, "file");
    return parse(DelimitedFile.read(file, ','));
  }

  /** Reads tidy CSV from a stream (closed by the caller), named {@code source} in errors. */
  public InputOutputTable read(String source, InputStream in) throws IOException {
    return parse(DelimitedFile.read(source, in, ','));
  }

  private InputOutputTable parse(DelimitedFile f) throws TableFormatException {
    DelimitedFile.Row header = f.rows().get(0);
    if (!String.join(",", header.cells()).equals(HEADER)) {
      throw new TableFormatException(f.source(), header.line(), 1, header.cell(0),
          "expected the header " + HEADER);
    }
    TidyBlocks blocks = new TidyBlocks(f);
    for (DelimitedFile.Row r : f.rows().subList(1, f.rows().size())) {
      f.requireWidth(r, 6);
      blocks.declare(r);
    }
    InputOutputTableBuilder b = blocks.builder();
    double[] stored = blocks.storedTolerance();
    b.balanceTolerance(stored == null ? tolerance : Math.max(tolerance, stored[0]),
        stored == null ? tolerance : Math.max(tolerance, stored[1]));
    for (DelimitedFile.Row r : f.rows().subList(1, f.rows().size())) {
      blocks.value(r);
    }
    blocks.fill(b);
    try {
      return b.build();
    } catch (SectoralException e) {
      TableFormatException t = TableFormatException.ofSource(f.source(),
          "not a valid input-output table: " + e.getMessage());
      t.initCause(e);
      throw t;
    }
  }
}
