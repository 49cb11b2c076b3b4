package org.sectoral.io.tidy;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.sectoral.core.SectoralException;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.core.table.InputOutputTableBuilder;
import org.sectoral.io.ReadLimits;
import org.sectoral.io.TableFormatException;
import org.sectoral.io.text.CellReader;
import org.sectoral.io.text.LimitedInputStream;

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
  private final ReadLimits limits;

  private TidyCsvReader(double tolerance, ReadLimits limits) {
    this.tolerance = tolerance;
    this.limits = limits;
  }

  /** A reader with the core builder's default balance tolerance. */
  public static TidyCsvReader create() {
    return new TidyCsvReader(InputOutputTableBuilder.DEFAULT_BALANCE_TOLERANCE,
        ReadLimits.defaults());
  }

  /** This reader with another relative balance tolerance. */
  public TidyCsvReader balanceTolerance(double relative) {
    checkArgument(relative >= 0, "Tolerance %s", relative);
    return new TidyCsvReader(relative, limits);
  }

  /** This reader stopping at these limits (file size, line length); default the defaults. */
  public TidyCsvReader limits(ReadLimits newLimits) {
    return new TidyCsvReader(tolerance, checkNotNull(newLimits, "limits"));
  }

  /** Whether a file starts with the tidy header (after an optional byte-order mark). */
  public static boolean looksLikeTidy(Path file) {
    if (!Files.isRegularFile(file)) {
      return false;
    }
    try (InputStream in = Files.newInputStream(file)) {
      byte[] head = in.readNBytes(HEADER.length() + 8);
      String line = new String(head, StandardCharsets.UTF_8).replace("\uFEFF", "");
      int end = line.indexOf('\n');
      return (end < 0 ? line : line.substring(0, end)).strip().equals(HEADER);
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * Reads a tidy CSV file in two passes over the text (declarations, then values): memory holds
   * the table's blocks, not the text.
   */
  public InputOutputTable read(Path file) throws IOException {
    checkNotNull(file, "file");
    TidyBlocks blocks = new TidyBlocks(file.toString());
    try (CellReader r = CellReader.open(file, ',', limits)) {
      declare(r, blocks);
    }
    InputOutputTableBuilder b = builder(blocks);
    try (CellReader r = CellReader.open(file, ',', limits)) {
      r.first();
      while (r.next()) {
        blocks.value(r);
      }
    }
    return build(file.toString(), blocks, b);
  }

  /**
   * Reads tidy CSV from a stream (closed by the caller), named {@code source} in errors; the
   * stream is copied to a temporary file (within the limits) for the two passes.
   */
  public InputOutputTable read(String source, InputStream in) throws IOException {
    Path tmp = Files.createTempFile("sectoral-tidy-", ".csv");
    try {
      try (OutputStream out = Files.newOutputStream(tmp)) {
        LimitedInputStream.of(in, source, limits).transferTo(out);
      }
      TidyBlocks blocks = new TidyBlocks(source);
      try (CellReader r = CellReader.of(source, Files.newInputStream(tmp), ',', limits)) {
        declare(r, blocks);
      }
      InputOutputTableBuilder b = builder(blocks);
      try (CellReader r = CellReader.of(source, Files.newInputStream(tmp), ',', limits)) {
        r.first();
        while (r.next()) {
          blocks.value(r);
        }
      }
      return build(source, blocks, b);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  private static void declare(CellReader r, TidyBlocks blocks) throws IOException {
    r.first();
    if (r.size() != 6 || !String.join(",", r.texts()).equals(HEADER)) {
      throw new TableFormatException(r.source(), r.line(), 1, r.text(0),
          "expected the header " + HEADER);
    }
    while (r.next()) {
      r.requireWidth(6);
      blocks.declare(r);
    }
  }

  private InputOutputTableBuilder builder(TidyBlocks blocks) throws TableFormatException {
    InputOutputTableBuilder b = blocks.builder();
    double[] stored = blocks.storedTolerance();
    b.balanceTolerance(stored == null ? tolerance : Math.max(tolerance, stored[0]),
        stored == null ? tolerance : Math.max(tolerance, stored[1]));
    return b;
  }

  private static InputOutputTable build(String source, TidyBlocks blocks,
      InputOutputTableBuilder b) throws TableFormatException {
    blocks.fill(b);
    try {
      return b.build();
    } catch (SectoralException e) {
      TableFormatException t = TableFormatException.ofSource(source,
          "not a valid input-output table: " + e.getMessage());
      t.initCause(e);
      throw t;
    }
  }
}
