package org.sectoral.io.pymrio;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.sectoral.core.internal.files.AtomicFiles;
import org.sectoral.core.table.FinalDemandColumn;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.core.table.KeyIndex;
import org.sectoral.core.table.LabelledMatrix;
import org.sectoral.core.table.LabelledVector;
import org.sectoral.core.table.Region;
import org.sectoral.core.table.RegionSector;
import org.sectoral.core.table.Stressor;

/**
 * Writes a table or {@link PymrioSystem} in the folder layout of pymrio's
 * {@code IOSystem.save_all()} (text format, tab-separated, pandas {@code to_csv} headers), so
 * {@code pymrio.load_all(folder)} reads it: {@code file_parameters.json} with
 * {@code nr_index_col}/{@code nr_header} as strings and {@code "systemtype": "IOSystem"},
 * {@code metadata.json} (pymrio's keys: {@code description, name, system, version, history}),
 * {@code Z.txt}, {@code Y.txt}, {@code x.txt} (column {@code indout}), {@code unit.txt},
 * {@code population.txt} when present, any extra square matrix (A, L), and one sub-folder per
 * extension, named by its folder ({@code "systemtype": "Extension"}, {@code "name"}) with
 * {@code F.txt}, {@code F_Y.txt} when present, any of S, S_Y, M, D_cba, D_pba, D_imp, D_exp, the
 * regional D_*_reg and D_*_cap, and {@code unit.txt}; a multi-level stressor index is written
 * back as its levels.
 *
 * <p>Numbers are written at full precision ({@link org.sectoral.io.NumberText}, e.g.
 * {@code 1.0E-5}), not pymrio's default {@code %.12g}; Python's {@code float} and pandas read
 * them. Sectoral's labels (names, categories, value-added kinds) go to {@code sectoral.json},
 * which pymrio ignores. Every write is atomic: the whole folder or zip appears or nothing changes.
 */
public final class PymrioWriter {
  private static final List<String> REGION_SECTOR = List.of("region", "sector");
  private static final List<String> REGION_CATEGORY = List.of("region", "category");

  private PymrioWriter() {}

  /** Writes a table as a pymrio folder, replacing {@code folder} atomically. */
  public static void write(InputOutputTable table, Path folder) throws IOException {
    write(PymrioSystem.of(table), folder);
  }

  /** Writes a system (e.g. a table's with A, L, S, M, D_cba … added) as a pymrio folder. */
  public static void write(PymrioSystem system, Path folder) throws IOException {
    checkNotNull(system, "system");
    Map<String, byte[]> files = render(system);
    AtomicFiles.writeDirectory(folder, dir -> {
      for (Map.Entry<String, byte[]> e : files.entrySet()) {
        Path p = dir.resolve(e.getKey());
        Files.createDirectories(p.getParent());
        Files.write(p, e.getValue());
      }
    });
  }

  /** Writes a table as a zip holding the pymrio folder's files at its root, atomically. */
  public static void writeZip(InputOutputTable table, Path zipFile) throws IOException {
    writeZip(PymrioSystem.of(table), zipFile);
  }

  /** Writes a system as a zip holding the pymrio folder's files at its root, atomically. */
  public static void writeZip(PymrioSystem system, Path zipFile) throws IOException {
    checkNotNull(system, "system");
    Map<String, byte[]> files = render(system);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, byte[]> e : files.entrySet()) {
        ZipEntry entry = new ZipEntry(e.getKey());
        entry.setTimeLocal(LocalDateTime.of(2000, 1, 1, 0, 0));
        z.putNextEntry(entry);
        z.write(e.getValue());
        z.closeEntry();
      }
    }
    AtomicFiles.writeBytes(zipFile, bytes.toByteArray());
  }

  /** The files of a system by relative path, in writing order. */
  static Map<String, byte[]> render(PymrioSystem s) throws IOException {
    Map<String, byte[]> out = new LinkedHashMap<>();
    ObjectNode params = Json.MAPPER.createObjectNode();
    ObjectNode files = params.putObject("files");
    for (Map.Entry<String, LabelledMatrix<RegionSector, RegionSector>> e
        : s.matrices().entrySet()) {
      LabelledMatrix<RegionSector, RegionSector> m = e.getValue();
      put(out, files, "", e.getKey(), 2, 2, Frame.format(REGION_SECTOR, labels(m.rows()),
          REGION_SECTOR, labels(m.columns()), m.toArray()));
      if (e.getKey().equals("Z")) {
        LabelledMatrix<RegionSector, FinalDemandColumn> y = s.finalDemand();
        if (y.columnCount() > 0) {
          put(out, files, "", "Y", 2, 2, Frame.format(REGION_SECTOR, labels(y.rows()),
              REGION_CATEGORY, demandLabels(y.columns()), y.toArray()));
        }
        if (s.output().isPresent()) {
          double[][] x = new double[m.rowCount()][];
          for (int i = 0; i < x.length; i++) {
            x[i] = new double[] {s.output().get().at(i)};
          }
          put(out, files, "", "x", 2, 1, Frame.format(REGION_SECTOR, labels(m.rows()),
              List.of(""), List.of(List.of("indout")), x));
        }
      }
    }
    StringBuilder unit = new StringBuilder("region\tsector\tunit\n");
    for (RegionSector k : s.intermediate().rows().keys()) {
      unit.append(Frame.quote(k.region().code())).append('\t')
          .append(Frame.quote(k.sector().code())).append('\t').append(Frame.quote(s.unit()))
          .append('\n');
    }
    put(out, files, "", "unit", 2, 1, unit.toString());
    if (s.population().isPresent()) {
      LabelledVector<Region> pop = s.population().get();
      List<List<String>> cols = new ArrayList<>();
      pop.keys().forEach(r -> cols.add(List.of(r.code())));
      put(out, files, "", "population", 1, 1, Frame.format(List.of(""),
          List.of(List.of("Population")), List.of(""), cols, new double[][] {pop.toArray()}));
    }
    params.put("systemtype", "IOSystem");
    out.put(SystemSource.FILE_PARAMETERS, Json.write(params));
    out.put("metadata.json", Json.write(metadata(s)));
    if (s.labels() != null) {
      out.put(PymrioReader.LABELS_FILE, Json.write(LabelsJson.write(s.labels())));
    }
    for (Map.Entry<String, PymrioExtension> e : s.extensions().entrySet()) {
      extension(out, e.getKey() + "/", e.getValue());
    }
    return out;
  }

  /**
   * metadata.json with the keys pymrio's {@code MRIOMetaData} reads (description, name, system,
   * version, history): a read system's own, else new ones.
   */
  private static ObjectNode metadata(PymrioSystem s) {
    ObjectNode meta = s.metadata();
    if (meta == null) {
      meta = Json.MAPPER.createObjectNode();
      meta.put("description", "Written by Sectoral");
      meta.put("name", s.name());
      meta.putNull("system");
      meta.putNull("version");
      meta.putArray("history");
    }
    for (String key : List.of("description", "name", "system", "version")) {
      if (!meta.has(key)) {
        meta.put(key, key.equals("name") ? s.name() : null);
      }
    }
    if (!meta.has("history")) {
      meta.putArray("history");
    }
    return meta;
  }

  private static void extension(Map<String, byte[]> out, String dir, PymrioExtension ext)
      throws IOException {
    ObjectNode params = Json.MAPPER.createObjectNode();
    ObjectNode files = params.putObject("files");
    List<String> index = ext.indexNames();
    List<List<String>> rows = stressorLabels(ext.stressors(), index.size());
    if (rows == null) {
      index = List.of(index.get(0));
      rows = stressorLabels(ext.stressors(), 1);
    }
    int nIndex = index.size();
    for (Map.Entry<String, LabelledMatrix<Stressor, RegionSector>> m
        : ext.matrices().entrySet()) {
      put(out, files, dir, m.getKey(), nIndex, 2, Frame.format(index, rows, REGION_SECTOR,
          labels(m.getValue().columns()), m.getValue().toArray()));
    }
    for (Map.Entry<String, LabelledMatrix<Stressor, FinalDemandColumn>> m
        : ext.finalDemandMatrices().entrySet()) {
      put(out, files, dir, m.getKey(), nIndex, 2, Frame.format(index, rows, REGION_CATEGORY,
          demandLabels(m.getValue().columns()), m.getValue().toArray()));
    }
    for (Map.Entry<String, LabelledMatrix<Stressor, Region>> m
        : ext.regionalMatrices().entrySet()) {
      List<List<String>> regions = new ArrayList<>();
      m.getValue().columns().keys().forEach(r -> regions.add(List.of(r.code())));
      put(out, files, dir, m.getKey(), nIndex, 1, Frame.format(index, rows, List.of("region"),
          regions, m.getValue().toArray()));
    }
    StringBuilder unit = new StringBuilder();
    for (String level : index) {
      unit.append(Frame.quote(level)).append('\t');
    }
    unit.append("unit\n");
    for (int r = 0; r < rows.size(); r++) {
      for (String cell : rows.get(r)) {
        unit.append(Frame.quote(cell)).append('\t');
      }
      unit.append(Frame.quote(ext.stressors().get(r).unit())).append('\n');
    }
    put(out, files, dir, "unit", nIndex, 1, unit.toString());
    params.put("systemtype", "Extension");
    params.put("name", ext.name());
    out.put(dir + SystemSource.FILE_PARAMETERS, Json.write(params));
  }

  private static void put(Map<String, byte[]> out, ObjectNode files, String dir, String name,
      int nIndex, int nHeader, String text) {
    String file = name + ".txt";
    out.put(dir + file, text.getBytes(StandardCharsets.UTF_8));
    files.putObject(name).put("name", file).put("nr_index_col", Integer.toString(nIndex))
        .put("nr_header", Integer.toString(nHeader));
  }

  private static List<List<String>> labels(KeyIndex<RegionSector> keys) {
    List<List<String>> out = new ArrayList<>();
    keys.keys().forEach(k -> out.add(List.of(k.region().code(), k.sector().code())));
    return out;
  }

  private static List<List<String>> demandLabels(KeyIndex<FinalDemandColumn> cols) {
    List<List<String>> out = new ArrayList<>();
    cols.keys().forEach(c -> out.add(List.of(c.region().code(), c.code())));
    return out;
  }

  /**
   * Stressor names split into {@code levels} index cells at
   * {@value PymrioExtension#LEVEL_SEPARATOR}, or null when a name does not split into exactly
   * that many.
   */
  private static List<List<String>> stressorLabels(KeyIndex<Stressor> rows, int levels) {
    List<List<String>> out = new ArrayList<>();
    for (Stressor s : rows.keys()) {
      List<String> parts = levels == 1 ? List.of(s.name()) : List.of(s.name().split(
          Pattern.quote(PymrioExtension.LEVEL_SEPARATOR), -1));
      if (parts.size() != levels) {
        return null;
      }
      out.add(parts);
    }
    return out;
  }
}
