package org.sectoral.io.pymrio;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sectoral.core.CancellationToken;
import org.sectoral.core.ProgressListener;
import org.sectoral.core.SectoralException;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.io.ReadLimits;
import org.sectoral.io.TableFormatException;

/**
 * Reads a system saved by pymrio's {@code IOSystem.save_all()} (text format), before or after
 * {@code calc_all}: a folder, or a zip holding it at its root or one folder down, with
 * {@code file_parameters.json} listing each table file with its {@code nr_index_col} and
 * {@code nr_header} (strings, as pymrio's {@code save} writes them), tab-separated {@code Z.txt}
 * (or only {@code A.txt}, as older EXIOBASE 3 archives), {@code Y.txt}, optional {@code x.txt},
 * {@code unit.txt}, {@code population.txt}, any computed matrix (A, L), and one sub-folder per
 * extension with its own {@code file_parameters.json} ({@code "systemtype": "Extension"},
 * {@code "name"}), {@code F.txt}, {@code unit.txt} and optional {@code F_Y}, {@code S},
 * {@code S_Y}, {@code M}, {@code D_cba} … {@code D_exp_cap}. Matched against
 * {@code pymrio/core/mriosystem.py} ({@code save}) and {@code fileio.py} ({@code load_all}) of
 * IndEcol/pymrio and the text layout of pandas {@code DataFrame.to_csv}.
 *
 * <p>The table ({@link #read}, {@link #table}) follows pymrio's semantics for pymrio's own
 * folders: x is the stored output, else Z·1 + Y·1; every extension is a satellite account named
 * after its folder (with F and F_Y); value added is the residual x − 1'Z, so the columns balance
 * by construction and no extension row is guessed to be value added. Which extension rows are
 * value added is said explicitly with {@link #valueAdded(ValueAddedRow)}: those rows move out of
 * their satellite account into V, and the column balance is then checked. A folder written by
 * Sectoral carries {@code sectoral.json}, whose mapping is used instead (see FORMATS.md).
 *
 * <p>pymrio writes 12 significant digits by default, so the table's balance is checked with a
 * relative {@link #balanceTolerance(double) tolerance} of {@value #DEFAULT_BALANCE_TOLERANCE}.
 *
 * <p>Memory: each matrix once, read from the text straight into one array (Z's n² doubles are
 * then shared with the table, not copied), plus chunks of 2 MiB of text being parsed on each
 * core. Files and zip entries past the {@link #limits limits} stop with a located error.
 */
public final class PymrioReader {
  /** The default relative balance tolerance, loose enough for pymrio's 12 significant digits. */
  public static final double DEFAULT_BALANCE_TOLERANCE = 1e-6;
  static final String LABELS_FILE = "sectoral.json";

  private final double tolerance;
  private final List<ValueAddedRow> valueAdded;
  private final Map<String, String> regionRenames;
  private final Map<String, String> fileAliases;
  private final boolean flowsOnly;
  private final ReadLimits limits;
  private final ProgressListener progress;
  private final CancellationToken cancellation;

  private PymrioReader(double tolerance, List<ValueAddedRow> valueAdded,
      Map<String, String> regionRenames, Map<String, String> fileAliases, boolean flowsOnly,
      ReadLimits limits, ProgressListener progress, CancellationToken cancellation) {
    this.tolerance = tolerance;
    this.valueAdded = List.copyOf(valueAdded);
    this.regionRenames = Map.copyOf(regionRenames);
    this.fileAliases = Map.copyOf(fileAliases);
    this.flowsOnly = flowsOnly;
    this.limits = limits;
    this.progress = progress;
    this.cancellation = cancellation;
  }

  private PymrioReader with(double t, List<ValueAddedRow> va, Map<String, String> renames,
      Map<String, String> aliases, boolean flows) {
    return new PymrioReader(t, va, renames, aliases, flows, limits, progress, cancellation);
  }

  /**
   * Whether a path is a saved pymrio system: a folder with {@code file_parameters.json}, or a
   * {@code .zip} holding one at its root or one folder down.
   */
  public static boolean looksLikePymrio(Path path) {
    return SystemSource.looksLikeSystem(checkNotNull(path, "path"));
  }

  /** A reader with the default balance tolerance and pymrio's semantics. */
  public static PymrioReader create() {
    return new PymrioReader(DEFAULT_BALANCE_TOLERANCE, List.of(), Map.of(), Map.of(), false,
        ReadLimits.defaults(), ProgressListener.NONE, null);
  }

  /** This reader with another relative balance tolerance (≥ 0, infinity never fails). */
  public PymrioReader balanceTolerance(double relative) {
    checkArgument(relative >= 0, "Tolerance %s", relative);
    return with(relative, valueAdded, regionRenames, fileAliases, flowsOnly);
  }

  /**
   * This reader taking the given extension rows as value added (V) of the table, instead of the
   * residual x − 1'Z; the rows leave their satellite account. For a folder without
   * {@code sectoral.json} only. The mapped rows must add up to x − 1'Z within the tolerance
   * (else {@code UNBALANCED_TABLE}): a total beside its components would count twice.
   */
  public PymrioReader valueAdded(ValueAddedRow rows) {
    List<ValueAddedRow> vs = new ArrayList<>(valueAdded);
    vs.add(checkNotNull(rows, "rows"));
    return with(tolerance, vs, regionRenames, fileAliases, flowsOnly);
  }

  /**
   * This reader renaming region codes as it reads (code in the file → code in the system), as
   * pymrio's {@code rename_regions}.
   */
  public PymrioReader renameRegions(Map<String, String> renames) {
    Map<String, String> m = new LinkedHashMap<>(regionRenames);
    m.putAll(checkNotNull(renames, "renames"));
    return with(tolerance, valueAdded, m, fileAliases, flowsOnly);
  }

  /**
   * This reader taking the file listed under {@code key} as pymrio's {@code name}, e.g. EXIOBASE
   * 3's {@code F_hh} as {@code F_Y} (as pymrio's {@code parse_exiobase3} renames it).
   */
  public PymrioReader fileAlias(String key, String name) {
    Map<String, String> m = new LinkedHashMap<>(fileAliases);
    m.put(checkNotNull(key, "key"), checkNotNull(name, "name"));
    return with(tolerance, valueAdded, regionRenames, m, flowsOnly);
  }

  /**
   * This reader reading, when true, only the flows a table needs (Z, or A with x; Y, x, unit,
   * population, and each extension's F, F_Y and unit): computed matrices (A, L, S, M, D_* …) are
   * listed in {@link PymrioSystem#skipped()} instead, since {@link PymrioSystem#calcAll}
   * recomputes them.
   */
  public PymrioReader flowsOnly(boolean on) {
    return with(tolerance, valueAdded, regionRenames, fileAliases, on);
  }

  /**
   * This reader stopping at these limits: a file or zip entry larger than
   * {@link ReadLimits#maxFileBytes()} (or inflating past it) is a {@link TableFormatException},
   * never an OutOfMemoryError. Default {@link ReadLimits#defaults()}.
   */
  public PymrioReader limits(ReadLimits newLimits) {
    return new PymrioReader(tolerance, valueAdded, regionRenames, fileAliases, flowsOnly,
        checkNotNull(newLimits, "limits"), progress, cancellation);
  }

  /**
   * This reader reporting, every 4 MiB, which file it reads and how much of it ({@code
   * "reading Z.txt"}, share of the file's bytes), on the reading thread.
   */
  public PymrioReader progress(ProgressListener listener) {
    return new PymrioReader(tolerance, valueAdded, regionRenames, fileAliases, flowsOnly, limits,
        checkNotNull(listener, "listener"), cancellation);
  }

  /**
   * This reader stopping with {@link java.util.concurrent.CancellationException} within 4 MiB of
   * reading once {@code token} is cancelled (or the reading thread is interrupted).
   */
  public PymrioReader cancellation(CancellationToken token) {
    return new PymrioReader(tolerance, valueAdded, regionRenames, fileAliases, flowsOnly, limits,
        progress, checkNotNull(token, "token"));
  }

  /**
   * Reads the table of a saved pymrio system (see {@link #table}); computed matrices are not
   * read.
   *
   * @throws TableFormatException naming the file, line and column of malformed input, or the
   *     folder when the system does not make a valid table (cause: the core
   *     {@link SectoralException})
   */
  public InputOutputTable read(Path folderOrZip) throws IOException {
    PymrioSystem s = flowsOnly(true).readSystem(folderOrZip);
    try {
      return table(s);
    } catch (SectoralException e) {
      TableFormatException t = TableFormatException.ofSource(folderOrZip.toString(),
          "not a valid input-output table: " + e.getMessage());
      t.initCause(e);
      throw t;
    }
  }

  /** Reads every matrix of a saved pymrio system (only the flows with {@link #flowsOnly}). */
  public PymrioSystem readSystem(Path folderOrZip) throws IOException {
    checkNotNull(folderOrZip, "folderOrZip");
    return SystemReading.read(folderOrZip, new SystemReading.Options(flowsOnly, regionRenames,
        fileAliases, limits, progress, cancellation));
  }

  /**
   * The table a system holds: regions and sectors from Z's index, final-demand categories from
   * pymrio's category names (FORMATS.md), x as stored (else Z·1 + Y·1); without
   * {@code sectoral.json}, every extension a satellite account named after its folder and value
   * added the residual x − 1'Z unless rows were mapped with {@link #valueAdded}.
   *
   * @throws SectoralException {@code UNBALANCED_TABLE} when rows (or mapped value added) do not
   *     balance within the tolerance; {@code UNKNOWN_KEY} for a mapped row or extension that does
   *     not exist
   */
  public InputOutputTable table(PymrioSystem system) {
    checkNotNull(system, "system");
    return TableMapping.toTable(system, tolerance, valueAdded);
  }

  @Override
  public String toString() {
    return "PymrioReader[tolerance " + tolerance + ", value added " + valueAdded + "]";
  }
}
