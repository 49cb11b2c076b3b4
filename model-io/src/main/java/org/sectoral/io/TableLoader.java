package org.sectoral.io;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sectoral.core.CancellationToken;
import org.sectoral.core.ProgressListener;
import org.sectoral.core.SectoralException;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.io.exiobase.Exiobase3Reader;
import org.sectoral.io.oecd.OecdIotReader;
import org.sectoral.io.pymrio.PymrioReader;
import org.sectoral.io.pymrio.PymrioSystem;
import org.sectoral.io.pymrio.ValueAddedRow;

/**
 * Reads a table from a reference — a file or folder in a {@link TableFormats} format (named or
 * detected), or {@code builtin:NAME} of a {@link BuiltinTables} registry — with the reading
 * choices the command line offers: which pymrio extension rows are value added, and whether an
 * OECD total-flows table is split by import proportionality. Immutable.
 *
 * <pre>{@code
 * TableLoader loader = TableLoader.builder().builtins(BuiltinTables.discover()).build();
 * LoadedTable t = loader.load("BEL2020ttl.csv");   // or "builtin:vietnam-southeast-2024"
 * t.warnings();                                     // e.g. total flows overstate domestic effects
 * }</pre>
 *
 * <p>pymrio folders and EXIOBASE 3 archives are read with pymrio's semantics (value added the
 * residual x − 1'Z unless rows are named, every extension a satellite account) and keep their
 * {@link PymrioSystem} ({@link LoadedTable#pymrio()}); they are read as a stream that reports
 * its progress and stops on a cancelled token ({@link Builder#progress},
 * {@link Builder#cancellation}). Other formats are read in one call, with a check of the token
 * before and after.
 */
public final class TableLoader {
  private final TableFormats formats;
  private final BuiltinTables builtins;
  private final TableFormat format;
  private final ImmutableList<ValueAddedRow> valueAddedRows;
  private final boolean importProportionality;
  private final ProgressListener progress;
  private final CancellationToken cancellation;

  private TableLoader(Builder b) {
    this.formats = b.formats;
    this.builtins = b.builtins;
    this.format = b.format;
    this.valueAddedRows = ImmutableList.copyOf(b.valueAddedRows);
    this.importProportionality = b.importProportionality;
    this.progress = b.progress;
    this.cancellation = b.cancellation;
  }

  /** Every format of {@link TableFormats#all()}, detected from the path; no built-in tables. */
  public static TableLoader defaults() {
    return builder().build();
  }

  /** A builder starting from {@link #defaults()}. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder starting from this loader's choices. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.formats = formats;
    b.builtins = builtins;
    b.format = format;
    b.valueAddedRows.addAll(valueAddedRows);
    b.importProportionality = importProportionality;
    b.progress = progress;
    b.cancellation = cancellation;
    return b;
  }

  /** The registered formats. */
  public TableFormats formats() {
    return formats;
  }

  /** The built-in tables that {@code builtin:NAME} resolves against. */
  public BuiltinTables builtins() {
    return builtins;
  }

  /** The format every file is read in, or empty to detect it from the path. */
  public Optional<TableFormat> format() {
    return Optional.ofNullable(format);
  }

  /**
   * Reads a reference: {@code builtin:NAME}, or a path (relative to the working directory).
   *
   * @throws TableFormatException when the file is malformed, no format recognises it, the
   *     built-in name is unknown, or an option does not apply to the format
   * @throws NoSuchFileException when the path does not exist
   */
  public LoadedTable load(String reference) throws IOException {
    checkNotNull(reference, "reference");
    return load(reference, Path.of(""));
  }

  /**
   * Reads a reference as {@link #load(String)}, a relative path resolved against {@code base}
   * (e.g. the folder of the scenario file that names it).
   */
  public LoadedTable load(String reference, Path base) throws IOException {
    checkNotNull(reference, "reference");
    checkNotNull(base, "base");
    if (BuiltinTables.isReference(reference)) {
      if (format != null || !valueAddedRows.isEmpty() || importProportionality) {
        throw TableFormatException.ofSource(reference, "a built-in table is not read from a "
            + "file: a format, value-added rows or import proportionality do not apply");
      }
      return LoadedTable.of(builtins.load(reference), reference, null, List.of());
    }
    return load(base.resolve(reference));
  }

  /** Reads a file or folder (see {@link #load(String)}). */
  public LoadedTable load(Path in) throws IOException {
    checkNotNull(in, "in");
    if (!Files.exists(in)) {
      throw new NoSuchFileException(in.toString(), null, "no such file or folder");
    }
    TableFormat f = format != null ? format : formats.detect(in).orElseThrow(
        () -> TableFormatException.ofSource(in.toString(), "no registered format recognises it"
            + " (known: " + ids() + ")"));
    boolean pymrio = f == StandardFormat.PYMRIO || f == PublishedFormat.EXIOBASE_3;
    if (!valueAddedRows.isEmpty() && !pymrio) {
      throw TableFormatException.ofSource(in.toString(), "--value-added-rows applies to pymrio"
          + " folders and EXIOBASE 3 archives only; this is read as " + f.id());
    }
    List<String> warnings = new ArrayList<>();
    checkCancelled();
    if (pymrio) {
      PymrioReader reader = (f == PublishedFormat.EXIOBASE_3
          ? Exiobase3Reader.create().pymrioReader() : PymrioReader.create()).flowsOnly(true)
          .progress(progress);
      if (cancellation != null) {
        reader = reader.cancellation(cancellation);
      }
      for (ValueAddedRow row : valueAddedRows) {
        reader = reader.valueAdded(row);
      }
      PymrioSystem system = reader.readSystem(in);
      try {
        return LoadedTable.of(reader.table(system), in.toString(), system, warnings);
      } catch (SectoralException e) {
        TableFormatException t = TableFormatException.ofSource(in.toString(),
            "not a valid input-output table: " + e.getMessage());
        t.initCause(e);
        throw t;
      }
    }
    if (f == PublishedFormat.OECD_IOT && OecdIotReader.importsFileOf(in).isEmpty()) {
      if (importProportionality) {
        warnings.add(in.getFileName() + ": imports split from total flows by the"
            + " import-proportionality assumption; domestic results are estimates");
        return LoadedTable.of(OecdIotReader.create().importProportionality(true).readTotal(in),
            in.toString(), null, warnings);
      }
      warnings.add(in.getFileName() + " is an OECD total-flows (ttl) table: domestic and"
          + " imported flows are not separated, so its multipliers and linkages count imported"
          + " inputs as domestic and overstate domestic effects. Load the CCCyyyydom.csv +"
          + " CCCyyyyimp.csv pair, or pass --assume-import-proportionality (an estimate).");
    } else if (importProportionality) {
      throw TableFormatException.ofSource(in.toString(), "--assume-import-proportionality"
          + " applies to OECD total-flows (ttl) tables only; this is read as " + f.id());
    }
    progress.progress("reading " + in.getFileName(), 0, Double.NaN);
    InputOutputTable t = f.read(in);
    checkCancelled();
    progress.progress("reading " + in.getFileName(), 1, Double.NaN);
    return LoadedTable.of(t, in.toString(), null, warnings);
  }

  private void checkCancelled() {
    if (cancellation != null) {
      cancellation.throwIfCancelled("reading");
    }
  }

  private String ids() {
    return String.join(", ", formats.formats().stream().map(TableFormat::id).toList());
  }

  /** Builds a {@link TableLoader}. */
  public static final class Builder {
    private TableFormats formats = TableFormats.all();
    private BuiltinTables builtins = BuiltinTables.none();
    private TableFormat format;
    private final List<ValueAddedRow> valueAddedRows = new ArrayList<>();
    private boolean importProportionality;
    private ProgressListener progress = ProgressListener.NONE;
    private CancellationToken cancellation;

    Builder() {}

    /** The formats to detect and read (default {@link TableFormats#all()}). */
    public Builder formats(TableFormats formats) {
      this.formats = checkNotNull(formats, "formats");
      return this;
    }

    /** The built-in tables {@code builtin:NAME} resolves against (default none). */
    public Builder builtins(BuiltinTables builtins) {
      this.builtins = checkNotNull(builtins, "builtins");
      return this;
    }

    /** Read every file in this format instead of detecting it (null: detect; the default). */
    public Builder format(TableFormat format) {
      this.format = format;
      return this;
    }

    /**
     * Read the format of this id (one of {@link #formats}) instead of detecting it.
     *
     * @throws TableFormatException naming the known ids when there is none of that id
     */
    public Builder format(String id) throws TableFormatException {
      checkNotNull(id, "id");
      this.format = formats.byId(id).orElseThrow(() -> TableFormatException.ofSource(id,
          "unknown format; known formats: " + String.join(", ",
              formats.formats().stream().map(TableFormat::id).toList())));
      return this;
    }

    /**
     * pymrio folders and EXIOBASE 3 archives: take these extension rows as value added instead
     * of the residual x − 1'Z (they must add up to it).
     */
    public Builder valueAddedRow(ValueAddedRow row) {
      valueAddedRows.add(checkNotNull(row, "row"));
      return this;
    }

    /**
     * OECD total-flows (ttl) tables: split domestic and imported flows by the
     * import-proportionality assumption (an estimate, warned) instead of keeping total flows.
     */
    public Builder importProportionality(boolean split) {
      this.importProportionality = split;
      return this;
    }

    /**
     * Reports of reading (default {@link ProgressListener#NONE}): pymrio folders and EXIOBASE 3
     * archives per chunk of each file, other formats as the file starts and ends.
     */
    public Builder progress(ProgressListener listener) {
      this.progress = checkNotNull(listener, "listener");
      return this;
    }

    /**
     * Stop with {@link java.util.concurrent.CancellationException} once {@code token} is
     * cancelled (or the reading thread interrupted): pymrio folders and EXIOBASE 3 archives at
     * their next chunk, other formats once their one read call returns.
     */
    public Builder cancellation(CancellationToken token) {
      this.cancellation = checkNotNull(token, "token");
      return this;
    }

    /** The immutable loader. */
    public TableLoader build() {
      return new TableLoader(this);
    }
  }
}
