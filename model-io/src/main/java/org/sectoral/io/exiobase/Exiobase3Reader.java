package org.sectoral.io.exiobase;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.io.pymrio.PymrioReader;
import org.sectoral.io.pymrio.PymrioSystem;
import org.sectoral.io.pymrio.ValueAddedRow;

/**
 * Reads EXIOBASE 3 as distributed: the archives {@code IOT_yyyy_pxp.zip} and
 * {@code IOT_yyyy_ixi.zip} (or the folder one of them unpacks to), read entry by entry from the
 * zip's central directory, never extracted to disk nor held whole in memory.
 *
 * <p>An archive is a folder saved by pymrio's {@code save_all} (one top folder
 * {@code IOT_yyyy_pxp/}): the core {@code Z.txt}, {@code A.txt}, {@code x.txt}, {@code Y.txt},
 * {@code unit.txt} (older releases: only {@code A.txt} and {@code Y.txt}, so x = (I−A)⁻¹·Y·1 and
 * Z = A·x̂ are computed), label files ({@code products.txt}, {@code industries.txt},
 * {@code finaldemands.txt}, not listed in {@code file_parameters.json} and not needed), and the
 * extensions {@code satellite} (uncharacterised stressors, including the factor inputs in M.EUR)
 * and {@code impacts} (characterised), each with {@code F.txt}, {@code F_Y.txt} and its own
 * {@code unit.txt}. As pymrio's {@code parse_exiobase3} does, {@code F_hh} (the name of F_Y in
 * older releases) is read as F_Y and the three-letter region codes of some ixi 3.4 archives are
 * renamed ({@link #REGION_RENAMES}). The table then follows {@link PymrioReader}'s semantics:
 * every extension a satellite account, value added the residual x − 1'Z unless rows are mapped
 * with {@link #valueAdded}. Unit: M.EUR (from {@code unit.txt}).
 */
public final class Exiobase3Reader {
  /** pymrio's {@code parse_exiobase3} renames of region codes (EXIOBASE 3.4 ixi country mixup). */
  public static final ImmutableMap<String, String> REGION_RENAMES = ImmutableMap.<String,
      String>builder()
      .put("AUS", "AU").put("AUT", "AT").put("BEL", "BE").put("BGR", "BG").put("BRA", "BR")
      .put("CAN", "CA").put("CHE", "CH").put("CHN", "CN").put("CYP", "CY").put("CZE", "CZ")
      .put("DEU", "DE").put("DNK", "DK").put("ESP", "ES").put("EST", "EE").put("FIN", "FI")
      .put("FRA", "FR").put("GBR", "GB").put("GRC", "GR").put("HRV", "HR").put("HUN", "HU")
      .put("IDN", "ID").put("IND", "IN").put("IRL", "IE").put("ITA", "IT").put("JPN", "JP")
      .put("KOR", "KR").put("LTU", "LT").put("LUX", "LU").put("LVA", "LV").put("MEX", "MX")
      .put("MLT", "MT").put("NLD", "NL").put("NOR", "NO").put("POL", "PL").put("PRT", "PT")
      .put("ROM", "RO").put("RUS", "RU").put("SVK", "SK").put("SVN", "SI").put("SWE", "SE")
      .put("TUR", "TR").put("TWN", "TW").put("USA", "US").put("ZAF", "ZA").put("WWA", "WA")
      .put("WWE", "WE").put("WWF", "WF").put("WWL", "WL").put("WWM", "WM").build();

  private static final Pattern NAME = Pattern.compile("IOT_\\d{4}_(pxp|ixi)(\\.zip)?",
      Pattern.CASE_INSENSITIVE);

  private final PymrioReader reader;

  private Exiobase3Reader(PymrioReader reader) {
    this.reader = reader;
  }

  /** A reader with pymrio's {@code parse_exiobase3} conventions. */
  public static Exiobase3Reader create() {
    return new Exiobase3Reader(PymrioReader.create().renameRegions(REGION_RENAMES)
        .fileAlias("F_hh", "F_Y"));
  }

  /**
   * Whether a path is an EXIOBASE 3 archive or folder: named {@code IOT_yyyy_pxp} or
   * {@code IOT_yyyy_ixi} (with {@code .zip}) and holding a saved pymrio system.
   */
  public static boolean looksLikeExiobase3(Path path) {
    checkNotNull(path, "path");
    return path.getFileName() != null && NAME.matcher(path.getFileName().toString()).matches()
        && PymrioReader.looksLikePymrio(path);
  }

  /** This reader taking the given extension rows (e.g. of {@code satellite}) as value added. */
  public Exiobase3Reader valueAdded(ValueAddedRow rows) {
    return new Exiobase3Reader(reader.valueAdded(rows));
  }

  /** The pymrio reader this reader uses, for {@link PymrioReader#readSystem} and its options. */
  public PymrioReader pymrioReader() {
    return reader;
  }

  /** Reads the table (flows only: computed matrices are not read). */
  public InputOutputTable read(Path archiveOrFolder) throws IOException {
    return reader.read(checkNotNull(archiveOrFolder, "archiveOrFolder"));
  }

  /** Reads every matrix of the archive, as pymrio's {@code parse_exiobase3} does. */
  public PymrioSystem readSystem(Path archiveOrFolder) throws IOException {
    return reader.readSystem(checkNotNull(archiveOrFolder, "archiveOrFolder"));
  }

  @Override
  public String toString() {
    return "Exiobase3Reader[" + reader + "]";
  }
}
