package org.sectoral.io.pymrio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sectoral.core.SectoralException;
import org.sectoral.core.leontief.LeontiefModel;
import org.sectoral.core.table.FinalDemandColumn;
import org.sectoral.core.table.KeyIndex;
import org.sectoral.core.table.LabelledMatrix;
import org.sectoral.core.table.LabelledVector;
import org.sectoral.core.table.Region;
import org.sectoral.core.table.RegionSector;
import org.sectoral.core.table.Stressor;
import org.sectoral.core.CancellationToken;
import org.sectoral.core.ProgressListener;
import org.sectoral.io.ReadLimits;
import org.sectoral.io.TableFormatException;
import org.sectoral.io.text.CellReader;
import org.sectoral.io.text.ProgressInputStream;

/**
 * Reads the files of a saved pymrio system into a {@link PymrioSystem}, as pymrio's
 * {@code load_all} does, then completes the flows as {@code calc_system} would: Z from A and x
 * when only coefficients are stored, x = (I−A)⁻¹·Y·1 when neither Z nor x is. Files are told
 * apart by their shape: two header rows whose columns are region-sectors (Z, A, L, F, S, M,
 * D_cba …), two header rows of region-categories (Y, F_Y, S_Y), one header row of regions
 * (D_cba_reg, D_*_cap, population).
 */
final class SystemReading {
  /** What to read: everything, or only the flows a table needs; renames of regions and files. */
  record Options(boolean flowsOnly, Map<String, String> regionRenames,
      Map<String, String> fileAliases, ReadLimits limits, ProgressListener progress,
      CancellationToken cancellation) {}

  /** One entry of file_parameters.json's "files". */
  record FileSpec(String dir, String file, int nIndex, int nHeader) {}

  private final SystemSource src;
  private final Options options;
  private final List<String> skipped = new ArrayList<>();
  private FrameKeys fk;
  private KeyIndex<RegionSector> keys;

  private SystemReading(SystemSource src, Options options) {
    this.src = src;
    this.options = options;
  }

  static PymrioSystem read(Path path, Options options) throws IOException {
    return new SystemReading(SystemSource.open(path).limits(options.limits()), options)
        .system(path);
  }

  private PymrioSystem system(Path path) throws IOException {
    Map<String, FileSpec> files = fileSpecs("");
    Labels labels = src.read(PymrioReader.LABELS_FILE).isPresent()
        ? LabelsJson.read(src.describe(PymrioReader.LABELS_FILE),
            src.read(PymrioReader.LABELS_FILE).get()) : null;
    ObjectNode meta = src.read("metadata.json").isPresent()
        ? Json.readObject(src.describe("metadata.json"), src.read("metadata.json").get()) : null;
    fk = new FrameKeys(labels, options.regionRenames());
    String coreKey = files.containsKey("Z") ? "Z" : files.containsKey("A") ? "A" : null;
    if (coreKey == null) {
      throw TableFormatException.ofSource(src.describe(SystemSource.FILE_PARAMETERS),
          "lists neither Z nor A");
    }
    VerbatimFile.Digest[] coreDigest = new VerbatimFile.Digest[1];
    Frame core = frame(files.get(coreKey), true, coreDigest);
    keys = fk.gridRows(core);
    String unit = files.containsKey("unit") ? coreUnit(files.get("unit"))
        : labels != null ? labels.unit() : "monetary units";
    int[] coreColumns = fk.alignRegionSectorColumns(core, keys);
    LabelledMatrix<RegionSector, RegionSector> first = LabelledMatrix.wrapRowMajor(keys, keys,
        core.take(FrameKeys.identity(keys.size()), coreColumns), coreKey.equals("Z") ? unit : "");
    List<VerbatimFile> verbatim = new ArrayList<>();
    if (coreKey.equals("Z") && copyable(files.get("Z"), core, coreDigest[0], coreColumns)) {
      verbatim.add(coreDigest[0].of(first, src, rel(files.get("Z"))));
    }
    core = null;
    LabelledMatrix<RegionSector, FinalDemandColumn> y;
    if (files.containsKey("Y")) {
      VerbatimFile.Digest[] yDigest = new VerbatimFile.Digest[1];
      Frame yf = frame(files.get("Y"), false, yDigest);
      y = finalDemand(yf, unit);
      if (copyable(files.get("Y"), yf, yDigest[0], null)
          && demandLabelsAsRead(yf, y.columns())) {
        verbatim.add(yDigest[0].of(y, src, rel(files.get("Y"))));
      }
    } else {
      y = LabelledMatrix.zeros(keys, KeyIndex.of(List.of()), unit);
    }
    verbatim.removeIf(java.util.Objects::isNull);
    LabelledVector<RegionSector> x = files.containsKey("x") ? output(files.get("x"), unit) : null;
    LabelledVector<Region> population = files.containsKey("population")
        ? population(frame(files.get("population"), false)) : null;
    Map<String, LabelledMatrix<RegionSector, RegionSector>> square = new LinkedHashMap<>();
    if (coreKey.equals("Z")) {
      square.put("Z", first);
    } else {
      if (x == null) {
        x = LabelledVector.of(keys, solveOutput(first, y), unit);
      }
      square.put("Z", flowsFromCoefficients(first, x, unit));
      if (!options.flowsOnly()) {
        square.put("A", first);
      }
    }
    for (Map.Entry<String, FileSpec> e : files.entrySet()) {
      String k = e.getKey();
      if (List.of("Z", "Y", "x", "unit", "population", coreKey).contains(k)) {
        continue;
      }
      FileSpec spec = e.getValue();
      if (options.flowsOnly()) {
        skipped.add(spec.file() + ": not read (recomputed from the flows)");
        continue;
      }
      Frame f = spec.nIndex() == 2 && spec.nHeader() == 2 ? frame(spec, true) : null;
      if (f == null || !fk.columnsAreRegionSectors(f, keys)) {
        skipped.add(spec.file() + ": not a region-sector square matrix");
        continue;
      }
      int[] rows = fk.alignRegionSectorRows(f, keys);
      square.put(k, LabelledMatrix.wrapRowMajor(keys, keys, f.take(rows,
          fk.alignRegionSectorColumns(f, keys)), unit));
    }
    Map<String, PymrioExtension> exts = new LinkedHashMap<>();
    for (String folder : src.extensionFolders()) {
      PymrioExtension ext = extension(folder);
      if (ext != null) {
        exts.put(folder, ext);
      }
    }
    return new PymrioSystem(systemName(path, labels, meta), unit, square, y, x, population, exts,
        labels, meta, skipped, verbatim);
  }

  private static String rel(FileSpec spec) {
    return spec.dir() + spec.file();
  }

  /**
   * Whether a flows file read whole may be copied as is into a written folder: two index columns
   * and two header rows (as written), every byte read, rows in key order with the labels of the
   * keys as they are (no renamed region), and (for Z) columns in key order likewise.
   *
   * @param columns Z's column order, or null for Y (checked by {@link #demandLabelsAsRead})
   */
  private boolean copyable(FileSpec spec, Frame f, VerbatimFile.Digest d, int[] columns)
      throws IOException {
    if (d == null || spec.nIndex() != 2 || spec.nHeader() != 2
        || d.of(null, src, rel(spec)) == null || d.of(null, src, rel(spec)).bytes()
            != src.size(rel(spec))) {
      return false;
    }
    int[] rows = fk.alignRegionSectorRows(f, keys);
    for (int i = 0; i < keys.size(); i++) {
      RegionSector k = keys.get(i);
      if (rows[i] != i || !f.rowLabels().get(i).equals(List.of(k.region().code(),
          k.sector().code()))) {
        return false;
      }
    }
    if (columns != null) {
      for (int c = 0; c < keys.size(); c++) {
        RegionSector k = keys.get(c);
        if (columns[c] != c || !f.columnLabels().get(c).equals(List.of(k.region().code(),
            k.sector().code()))) {
          return false;
        }
      }
    }
    return true;
  }

  /** Whether Y's columns are its file's columns in order, labelled as read. */
  private static boolean demandLabelsAsRead(Frame yf, KeyIndex<FinalDemandColumn> cols) {
    if (yf.columnLabels().size() != cols.size()) {
      return false;
    }
    for (int c = 0; c < cols.size(); c++) {
      FinalDemandColumn k = cols.get(c);
      if (!yf.columnLabels().get(c).equals(List.of(k.region().code(), k.code()))) {
        return false;
      }
    }
    return true;
  }

  private LabelledMatrix<RegionSector, FinalDemandColumn> finalDemand(Frame yf, String unit)
      throws TableFormatException {
    KeyIndex<FinalDemandColumn> cols = fk.demandColumns(yf, keys);
    return LabelledMatrix.wrapRowMajor(keys, cols, yf.take(fk.alignRegionSectorRows(yf, keys),
        FrameKeys.identity(cols.size())), unit);
  }

  private LabelledVector<RegionSector> output(FileSpec spec, String unit) throws IOException {
    Frame xf = frame(spec, false);
    FrameKeys.requireShape(xf, 2, 1);
    if (xf.columnCount() != 1) {
      throw TableFormatException.ofSource(xf.source(), "x must have one column (indout), has "
          + xf.columnCount());
    }
    int[] rows = fk.alignRegionSectorRows(xf, keys);
    double[] v = new double[keys.size()];
    for (int i = 0; i < v.length; i++) {
      v[i] = xf.at(rows[i], 0);
    }
    return LabelledVector.of(keys, v, unit);
  }

  /** pymrio's {@code population}: one row, a column per region (others are ignored). */
  private LabelledVector<Region> population(Frame f) throws TableFormatException {
    if (f.rowCount() != 1 || f.columnLevelNames().size() != 1) {
      throw TableFormatException.ofSource(f.source(), "expected one row of population by region,"
          + " found " + f.rowCount() + " rows and " + f.columnLevelNames().size()
          + " header rows");
    }
    List<Region> regions = new ArrayList<>();
    keys.keys().forEach(k -> {
      if (!regions.contains(k.region())) {
        regions.add(k.region());
      }
    });
    double[] v = new double[regions.size()];
    boolean[] seen = new boolean[regions.size()];
    for (int c = 0; c < f.columnCount(); c++) {
      String code = fk.region(f.columnLabels().get(c).get(0));
      for (int r = 0; r < regions.size(); r++) {
        if (regions.get(r).code().equals(code)) {
          v[r] = f.at(0, c);
          seen[r] = true;
        }
      }
    }
    for (int r = 0; r < regions.size(); r++) {
      if (!seen[r]) {
        throw TableFormatException.ofSource(f.source(), "no population for region "
            + regions.get(r).code());
      }
    }
    return LabelledVector.of(KeyIndex.of(regions), v, "persons");
  }

  /** x = (I−A)⁻¹·Y·1, pymrio's {@code calc_x_from_L} when only A and Y are stored. */
  private double[] solveOutput(LabelledMatrix<RegionSector, RegionSector> a,
      LabelledMatrix<RegionSector, FinalDemandColumn> y) throws TableFormatException {
    try {
      return LeontiefModel.ofCoefficients(a).solve(y.rowSums().toArray());
    } catch (SectoralException e) {
      TableFormatException t = TableFormatException.ofSource(src.describe("A.txt"),
          "cannot compute output from A and Y: " + e.getMessage());
      t.initCause(e);
      throw t;
    }
  }

  /** Z = A·x̂, pymrio's {@code calc_Z}. */
  private static LabelledMatrix<RegionSector, RegionSector> flowsFromCoefficients(
      LabelledMatrix<RegionSector, RegionSector> a, LabelledVector<RegionSector> x,
      String unit) {
    double[] z = a.toRowMajorArray();
    int n = a.columnCount();
    for (int i = 0; i < a.rowCount(); i++) {
      for (int j = 0; j < n; j++) {
        z[i * n + j] *= x.at(j);
      }
    }
    return LabelledMatrix.wrapRowMajor(a.rows(), a.columns(), z, unit);
  }

  private PymrioExtension extension(String folder) throws IOException {
    String paramsPath = folder + "/" + SystemSource.FILE_PARAMETERS;
    ObjectNode params = Json.readObject(src.describe(paramsPath), src.read(paramsPath).get());
    String name = params.hasNonNull("name") ? params.get("name").asText() : folder;
    Map<String, FileSpec> files = fileSpecs(folder + "/");
    if (!files.containsKey("F")) {
      skipped.add(folder + ": extension without F");
      return null;
    }
    Map<String, String> units = files.containsKey("unit") ? stressorUnits(files.get("unit"))
        : Map.of();
    Frame ff = frame(files.get("F"), false);
    KeyIndex<Stressor> stressors = FrameKeys.stressors(ff, units);
    String unit = stressors.keys().stream().map(Stressor::unit).distinct().count() == 1
        ? stressors.get(0).unit() : "per stressor";
    List<String> indexNames = ff.indexNames().size() == files.get("F").nIndex()
        && ff.indexNames().stream().noneMatch(String::isEmpty) ? ff.indexNames()
        : PymrioExtension.defaultIndexNames(stressors);
    LabelledMatrix<Stressor, RegionSector> f = LabelledMatrix.wrapRowMajor(stressors, keys,
        ff.take(FrameKeys.identity(stressors.size()), fk.alignRegionSectorColumns(ff, keys)),
        unit);
    PymrioExtension ext = PymrioExtension.of(name, indexNames, f, null);
    for (Map.Entry<String, FileSpec> e : files.entrySet()) {
      String k = e.getKey();
      if (k.equals("F") || k.equals("unit")) {
        continue;
      }
      if (options.flowsOnly() && !k.equals(PymrioExtension.F_Y)) {
        skipped.add(folder + "/" + e.getValue().file() + ": not read (recomputed from the flows)");
        continue;
      }
      Frame m = frame(e.getValue(), false);
      int[] rows = FrameKeys.alignStressorRows(m, stressors);
      if (m.columnLevelNames().size() == 1) {
        List<Region> regions = fk.regionColumns(m, keys);
        if (regions == null) {
          skipped.add(folder + "/" + e.getValue().file() + ": columns are not regions");
          continue;
        }
        ext = ext.withRegional(k, LabelledMatrix.wrapRowMajor(stressors, KeyIndex.of(regions),
            m.take(rows, FrameKeys.identity(regions.size())), unit));
      } else if (fk.columnsAreRegionSectors(m, keys)) {
        ext = ext.with(k, LabelledMatrix.wrapRowMajor(stressors, keys, m.take(rows,
            fk.alignRegionSectorColumns(m, keys)), unit));
      } else {
        KeyIndex<FinalDemandColumn> cols = fk.demandColumns(m, keys);
        ext = ext.withFinalDemand(k, LabelledMatrix.wrapRowMajor(stressors, cols, m.take(rows,
            FrameKeys.identity(cols.size())), unit));
      }
    }
    return ext;
  }

  private Map<String, FileSpec> fileSpecs(String dir) throws IOException {
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
      String key = options.fileAliases().getOrDefault(e.getKey(), e.getKey());
      if (key.equals("FY")) {
        key = PymrioExtension.F_Y; // pymrio's load: data saved before version 0.4
      }
      if (out.containsKey(key)) {
        throw TableFormatException.ofSource(where, "two files for " + key);
      }
      if (!e.getValue().isObject()) {
        throw TableFormatException.ofSource(where, "\"" + w + "\" is not an object with name,"
            + " nr_index_col and nr_header");
      }
      String name = Json.text(where, e.getValue(), "name", w);
      if (!SystemSource.isConfined(name)) {
        throw TableFormatException.ofSource(where, "\"" + w + ".name\" is " + name
            + ", outside the folder: only files inside it are read");
      }
      out.put(key, new FileSpec(dir, name, Json.integer(where, e.getValue(), "nr_index_col", w),
          Json.integer(where, e.getValue(), "nr_header", w)));
    }
    return out;
  }

  private CellReader cells(FileSpec spec) throws IOException {
    return cells(spec, null);
  }

  /** The cells of a file; with {@code digest}, its bytes counted and summed into digest[0]. */
  private CellReader cells(FileSpec spec, VerbatimFile.Digest[] digest) throws IOException {
    String rel = spec.dir() + spec.file();
    if (!spec.file().endsWith(".txt") && !spec.file().endsWith(".tsv")
        && !spec.file().endsWith(".csv")) {
      throw TableFormatException.ofSource(src.describe(rel),
          "only pymrio's text format is supported, not " + spec.file());
    }
    InputStream in = src.open(rel).orElseThrow(() -> TableFormatException.ofSource(
        src.describe(rel), "listed in " + SystemSource.FILE_PARAMETERS + " but missing"));
    if (digest != null) {
      digest[0] = new VerbatimFile.Digest(in);
      in = digest[0];
    }
    in = ProgressInputStream.of(in, "reading " + rel, src.size(rel), options.progress(),
        options.cancellation());
    return CellReader.of(src.describe(rel), in, '\t', options.limits());
  }

  private Frame frame(FileSpec spec, boolean square) throws IOException {
    return frame(spec, square, null);
  }

  private Frame frame(FileSpec spec, boolean square, VerbatimFile.Digest[] digest)
      throws IOException {
    try (CellReader r = cells(spec, digest)) {
      return Frame.read(r, spec.nIndex(), spec.nHeader(), square);
    }
  }

  private String coreUnit(FileSpec spec) throws IOException {
    try (CellReader r = cells(spec)) {
      r.first();
      if (!r.next()) {
        throw TableFormatException.ofSource(r.source(), "no unit rows");
      }
      return r.text(r.size() - 1);
    }
  }

  private Map<String, String> stressorUnits(FileSpec spec) throws IOException {
    Map<String, String> out = new HashMap<>();
    try (CellReader r = cells(spec)) {
      r.first();
      while (r.next()) {
        r.requireWidth(spec.nIndex() + 1);
        List<String> levels = new ArrayList<>();
        for (int i = 0; i < spec.nIndex(); i++) {
          levels.add(r.text(i));
        }
        out.put(String.join(PymrioExtension.LEVEL_SEPARATOR, levels), r.text(spec.nIndex()));
      }
    }
    return out;
  }

  private String systemName(Path path, Labels labels, ObjectNode meta) {
    if (labels != null) {
      return labels.name();
    }
    if (meta != null) {
      for (String field : List.of("name", "mrio_name")) {
        if (meta.hasNonNull(field) && !meta.get(field).asText().isBlank()) {
          return meta.get(field).asText();
        }
      }
    }
    String f = path.getFileName() == null ? "pymrio" : path.getFileName().toString();
    return f.endsWith(".zip") ? f.substring(0, f.length() - 4) : f;
  }
}
