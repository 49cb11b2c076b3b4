package org.sectoral.io.pymrio;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sectoral.core.SectoralException;
import org.sectoral.core.table.FinalDemandColumn;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.core.table.KeyIndex;
import org.sectoral.core.table.LabelledMatrix;
import org.sectoral.core.table.LabelledVector;
import org.sectoral.core.table.RegionSector;
import org.sectoral.core.table.Stressor;
import org.sectoral.io.TableFormatException;
import org.sectoral.io.csv.DelimitedFile;

/**
 * Reads a system saved by pymrio's {@code IOSystem.save_all()} (text format): a folder, or a zip
 * holding it at its root or one folder down, with {@code file_parameters.json} listing each table
 * file with its {@code nr_index_col} and {@code nr_header} (strings, as pymrio's {@code save}
 * writes them), tab-separated {@code Z.txt}, {@code Y.txt}, {@code x.txt}, {@code unit.txt} and
 * optional {@code A.txt}/{@code L.txt}, and one sub-folder per extension with its own
 * {@code file_parameters.json} ({@code "systemtype": "Extension"}, {@code "name"}), {@code F.txt},
 * {@code unit.txt} and optional {@code F_Y}, {@code S}, {@code S_Y}, {@code M}, {@code D_cba},
 * {@code D_pba}, {@code D_imp}, {@code D_exp}. Matched against {@code pymrio/core/mriosystem.py}
 * ({@code save}) and {@code fileio.py} ({@code load}) of IndEcol/pymrio and the text layout of
 * pandas {@code DataFrame.to_csv}.
 *
 * <p>pymrio writes 12 significant digits by default, so the table's balance is checked with a
 * relative {@link #balanceTolerance(double) tolerance} of {@value #DEFAULT_BALANCE_TOLERANCE}.
 */
public final class PymrioReader {
  /** The default relative balance tolerance, loose enough for pymrio's 12 significant digits. */
  public static final double DEFAULT_BALANCE_TOLERANCE = 1e-6;
  static final String LABELS_FILE = "sectoral.json";

  private final double tolerance;

  private PymrioReader(double tolerance) {
    this.tolerance = tolerance;
  }

  /**
   * Whether a path is a saved pymrio system: a folder with {@code file_parameters.json}, or a
   * {@code .zip} holding one at its root or one folder down.
   */
  public static boolean looksLikePymrio(Path path) {
    return SystemSource.looksLikeSystem(checkNotNull(path, "path"));
  }

  /** A reader with the default balance tolerance. */
  public static PymrioReader create() {
    return new PymrioReader(DEFAULT_BALANCE_TOLERANCE);
  }

  /** This reader with another relative balance tolerance (≥ 0, infinity never fails). */
  public PymrioReader balanceTolerance(double relative) {
    checkArgument(relative >= 0, "Tolerance %s", relative);
    return new PymrioReader(relative);
  }

  /**
   * Reads the table of a saved pymrio system; see {@link PymrioSystem#toTable(double)}.
   *
   * @throws TableFormatException naming the file, line and column of malformed input, or the
   *     folder when the system does not make a valid table (cause: the core
   *     {@link SectoralException})
   */
  public InputOutputTable read(Path folderOrZip) throws IOException {
    PymrioSystem s = readSystem(folderOrZip);
    try {
      return s.toTable(tolerance);
    } catch (SectoralException e) {
      TableFormatException t = TableFormatException.ofSource(folderOrZip.toString(),
          "not a valid input-output table: " + e.getMessage());
      t.initCause(e);
      throw t;
    }
  }

  /** Reads every matrix of a saved pymrio system that has region-sector rows or columns. */
  public PymrioSystem readSystem(Path folderOrZip) throws IOException {
    checkNotNull(folderOrZip, "folderOrZip");
    SystemSource src = SystemSource.open(folderOrZip);
    Map<String, FileSpec> files = fileSpecs(src, "");
    Labels labels = src.read(LABELS_FILE).isPresent()
        ? LabelsJson.read(src.describe(LABELS_FILE), src.read(LABELS_FILE).get()) : null;
    String name = systemName(src, folderOrZip, labels);
    FrameKeys fk = new FrameKeys(labels);
    List<String> skipped = new ArrayList<>();
    FileSpec zs = files.get("Z");
    if (zs == null) {
      throw TableFormatException.ofSource(src.describe(SystemSource.FILE_PARAMETERS),
          "lists no Z file");
    }
    Frame zf = frame(src, zs);
    KeyIndex<RegionSector> keys = fk.gridRows(zf);
    String unit = files.containsKey("unit") ? coreUnit(src, files.get("unit"))
        : labels != null ? labels.unit() : "monetary units";
    Map<String, LabelledMatrix<RegionSector, RegionSector>> square = new LinkedHashMap<>();
    square.put("Z", LabelledMatrix.of(keys, keys, FrameKeys.permute(zf, FrameKeys.identity(
        keys.size()), fk.alignRegionSectorColumns(zf, keys)), unit));
    LabelledMatrix<RegionSector, FinalDemandColumn> y;
    if (files.containsKey("Y")) {
      Frame yf = frame(src, files.get("Y"));
      KeyIndex<FinalDemandColumn> cols = fk.demandColumns(yf, keys);
      y = LabelledMatrix.of(keys, cols, FrameKeys.permute(yf, fk.alignRegionSectorRows(yf, keys),
          FrameKeys.identity(cols.size())), unit);
    } else {
      y = LabelledMatrix.zeros(keys, KeyIndex.of(List.of()), unit);
    }
    LabelledVector<RegionSector> x = null;
    if (files.containsKey("x")) {
      Frame xf = frame(src, files.get("x"));
      FrameKeys.requireShape(xf, 2, 1);
      if (xf.columnCount() != 1) {
        throw TableFormatException.ofSource(xf.source(), "x must have one column (indout), has "
            + xf.columnCount());
      }
      int[] rows = fk.alignRegionSectorRows(xf, keys);
      double[] v = new double[keys.size()];
      for (int i = 0; i < v.length; i++) {
        v[i] = xf.values()[rows[i]][0];
      }
      x = LabelledVector.of(keys, v, unit);
    }
    for (Map.Entry<String, FileSpec> e : files.entrySet()) {
      String k = e.getKey();
      if (k.equals("Z") || k.equals("Y") || k.equals("x") || k.equals("unit")) {
        continue;
      }
      FileSpec spec = e.getValue();
      if (spec.nIndex() != 2 || spec.nHeader() != 2) {
        skipped.add(spec.file() + ": not a region-sector square matrix");
        continue;
      }
      Frame f = frame(src, spec);
      if (!f.columnLevelNames().get(1).equals("sector")) {
        skipped.add(spec.file() + ": columns are not (region, sector)");
        continue;
      }
      square.put(k, LabelledMatrix.of(keys, keys, FrameKeys.permute(f,
          fk.alignRegionSectorRows(f, keys), fk.alignRegionSectorColumns(f, keys)), unit));
    }
    Map<String, PymrioExtension> exts = new LinkedHashMap<>();
    for (String folder : src.extensionFolders()) {
      PymrioExtension ext = extension(src, folder, fk, keys, y.columns(), skipped);
      if (ext != null) {
        exts.put(folder, ext);
      }
    }
    return new PymrioSystem(name, unit, square, y, x, exts, labels, skipped);
  }

  private PymrioExtension extension(SystemSource src, String folder, FrameKeys fk,
      KeyIndex<RegionSector> keys, KeyIndex<FinalDemandColumn> yCols, List<String> skipped)
      throws IOException {
    String paramsPath = folder + "/" + SystemSource.FILE_PARAMETERS;
    ObjectNode params = Json.readObject(src.describe(paramsPath), src.read(paramsPath).get());
    String name = params.hasNonNull("name") ? params.get("name").asText() : folder;
    Map<String, FileSpec> files = fileSpecs(src, folder + "/");
    if (!files.containsKey("F")) {
      skipped.add(folder + ": extension without F");
      return null;
    }
    Map<String, String> units = files.containsKey("unit") ? stressorUnits(src, files.get("unit"))
        : Map.of();
    Frame ff = frame(src, files.get("F"));
    KeyIndex<Stressor> stressors = FrameKeys.stressors(ff, units);
    String unit = stressors.keys().stream().map(Stressor::unit).distinct().count() == 1
        ? stressors.get(0).unit() : "per stressor";
    PymrioExtension ext = PymrioExtension.of(name, LabelledMatrix.of(stressors, keys,
        FrameKeys.permute(ff, FrameKeys.identity(stressors.size()),
            fk.alignRegionSectorColumns(ff, keys)), unit), null);
    for (Map.Entry<String, FileSpec> e : files.entrySet()) {
      String k = e.getKey();
      if (k.equals("F") || k.equals("unit")) {
        continue;
      }
      Frame f = frame(src, e.getValue());
      String second = f.columnLevelNames().size() == 2 ? f.columnLevelNames().get(1) : "";
      if (!second.equals("sector") && !second.equals("category")) {
        skipped.add(folder + "/" + e.getValue().file() + ": columns are not (region, sector)"
            + " or (region, category)");
        continue;
      }
      int[] rows = FrameKeys.alignStressorRows(f, stressors);
      if (second.equals("sector")) {
        ext = ext.with(k, LabelledMatrix.of(stressors, keys, FrameKeys.permute(f, rows,
            fk.alignRegionSectorColumns(f, keys)), unit));
      } else {
        KeyIndex<FinalDemandColumn> cols = fk.demandColumns(f, keys);
        ext = ext.withFinalDemand(k, LabelledMatrix.of(stressors, cols, FrameKeys.permute(f, rows,
            FrameKeys.identity(cols.size())), unit));
      }
    }
    return ext;
  }

  /** One entry of file_parameters.json's "files". */
  record FileSpec(String dir, String file, int nIndex, int nHeader) {}

  private static Map<String, FileSpec> fileSpecs(SystemSource src, String dir)
      throws IOException {
    String path = dir + SystemSource.FILE_PARAMETERS;
    String where = src.describe(path);
    byte[] bytes = src.read(path).orElseThrow(() -> TableFormatException.ofSource(where,
        "missing: not a folder saved by pymrio"));
    ObjectNode params = Json.readObject(where, bytes);
    JsonNode files = params.get("files");
    if (files == null || !files.isObject()) {
      throw TableFormatException.ofSource(where, "missing field \"files\"");
    }
    Map<String, FileSpec> out = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : files.properties()) {
      String w = "files." + e.getKey();
      out.put(e.getKey(), new FileSpec(dir, Json.text(where, e.getValue(), "name", w),
          Json.integer(where, e.getValue(), "nr_index_col", w),
          Json.integer(where, e.getValue(), "nr_header", w)));
    }
    return out;
  }

  private static DelimitedFile delimited(SystemSource src, FileSpec spec) throws IOException {
    String rel = spec.dir() + spec.file();
    byte[] bytes = src.read(rel).orElseThrow(() -> TableFormatException.ofSource(
        src.describe(rel), "listed in " + SystemSource.FILE_PARAMETERS + " but missing"));
    if (!spec.file().endsWith(".txt") && !spec.file().endsWith(".tsv")
        && !spec.file().endsWith(".csv")) {
      throw TableFormatException.ofSource(src.describe(rel),
          "only pymrio's text format is supported, not " + spec.file());
    }
    return DelimitedFile.read(src.describe(rel), new ByteArrayInputStream(bytes),
        spec.file().endsWith(".csv") ? ',' : '\t');
  }

  private static Frame frame(SystemSource src, FileSpec spec) throws IOException {
    return Frame.parse(delimited(src, spec), spec.nIndex(), spec.nHeader());
  }

  private static String coreUnit(SystemSource src, FileSpec spec) throws IOException {
    DelimitedFile f = delimited(src, spec);
    if (f.rows().size() < 2) {
      throw TableFormatException.ofSource(f.source(), "no unit rows");
    }
    DelimitedFile.Row r = f.rows().get(1);
    return r.cell(r.size() - 1);
  }

  private static Map<String, String> stressorUnits(SystemSource src, FileSpec spec)
      throws IOException {
    DelimitedFile f = delimited(src, spec);
    Map<String, String> out = new HashMap<>();
    for (int i = 1; i < f.rows().size(); i++) {
      DelimitedFile.Row r = f.rows().get(i);
      f.requireWidth(r, spec.nIndex() + 1);
      out.put(String.join(" | ", r.cells().subList(0, spec.nIndex())), r.cell(spec.nIndex()));
    }
    return out;
  }

  private static String systemName(SystemSource src, Path path, Labels labels)
      throws IOException {
    if (labels != null) {
      return labels.name();
    }
    var meta = src.read("metadata.json");
    if (meta.isPresent()) {
      ObjectNode m = Json.readObject(src.describe("metadata.json"), meta.get());
      for (String field : List.of("mrio_name", "name")) {
        if (m.hasNonNull(field) && !m.get(field).asText().isBlank()) {
          return m.get(field).asText();
        }
      }
    }
    String f = path.getFileName() == null ? "pymrio" : path.getFileName().toString();
    return f.endsWith(".zip") ? f.substring(0, f.length() - 4) : f;
  }
}
