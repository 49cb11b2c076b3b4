package org.sectoral.io.pymrio;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.sectoral.core.CancellationToken;
import org.sectoral.core.ProgressListener;
import org.sectoral.core.internal.files.AtomicFiles;
import org.sectoral.core.table.FinalDemandColumn;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.core.table.KeyIndex;
import org.sectoral.core.table.LabelledMatrix;
import org.sectoral.core.table.LabelledVector;
import org.sectoral.core.table.Region;
import org.sectoral.core.table.RegionSector;
import org.sectoral.core.table.Stressor;
import org.sectoral.io.text.TextOutput;

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
 * them. Z and Y of a system read from a folder or zip are copied byte for byte instead when
 * their files read back to exactly the matrices written ({@link VerbatimFile}: keys in order,
 * labels as read, the bytes unchanged since reading; not into a zip). Sectoral's labels (names,
 * categories, value-added kinds) go to {@code sectoral.json},
 * which pymrio ignores. Every write is atomic: the whole folder or zip appears or nothing changes.
 *
 * <p>Memory: files are streamed straight to disk (or into the zip) in panels of 64 rows; derived
 * matrices (A and L of {@link PymrioSystem#calcAll}) are produced panel by panel as they are
 * written, never whole. {@link #derivedOnly(boolean)} leaves out what was read (Z, Y, each
 * extension's F and F_Y); {@link #progress} and {@link #cancellation} watch a long write.
 */
public final class PymrioWriter {
  private static final List<String> REGION_SECTOR = List.of("region", "sector");
  private static final List<String> REGION_CATEGORY = List.of("region", "category");

  /**
   * One file of the folder: its path relative to the folder, how to write it and, for a copied
   * flow matrix (Z, Y, F, F_Y), the matrix it is written from (else null).
   */
  private record Entry(String path, Content content, Object flows, VerbatimFile verbatim,
      boolean derived) {
    Entry(String path, Content content) {
      this(path, content, null, null, false);
    }

    /** Whether this file is written beside a computation (see {@link Computation}). */
    boolean early() {
      return flows != null || derived;
    }
  }

  @FunctionalInterface
  private interface Content {
    void write(TextOutput out, FrameText.Watch watch) throws IOException;
  }

  private final boolean derivedOnly;
  private final ProgressListener progress;
  private final CancellationToken cancellation;
  private final boolean verbatim;

  private PymrioWriter(boolean derivedOnly, ProgressListener progress,
      CancellationToken cancellation, boolean verbatim) {
    this.derivedOnly = derivedOnly;
    this.progress = progress;
    this.cancellation = cancellation;
    this.verbatim = verbatim;
  }

  /** A writer of the full, self-contained folder, without progress reports. */
  public static PymrioWriter create() {
    return new PymrioWriter(false, ProgressListener.NONE, null, true);
  }

  /**
   * This writer copying (true, the default) or formatting (false) the Z and Y files of a system
   * read from a folder or zip that read back to exactly the matrices written (see the class
   * comment); false writes every number in Sectoral's own text, e.g. to normalize a folder.
   */
  public PymrioWriter verbatimCopies(boolean on) {
    return new PymrioWriter(derivedOnly, progress, cancellation, on);
  }

  /**
   * This writer leaving out, when true, what a computed system copies from its input: Z, Y and
   * each extension's F and F_Y (and {@code sectoral.json}). The folder keeps x, A (and L), every
   * extension's S, S_Y, M and D_* accounts, units, population and metadata; pymrio's
   * {@code load_all} opens it (without the flows, pymrio's {@code calc_all} cannot recompute it).
   */
  public PymrioWriter derivedOnly(boolean on) {
    return new PymrioWriter(on, progress, cancellation, verbatim);
  }

  /** This writer reporting, per panel of 64 rows, which file it writes and how far it is. */
  public PymrioWriter progress(ProgressListener listener) {
    return new PymrioWriter(derivedOnly, checkNotNull(listener, "listener"), cancellation,
        verbatim);
  }

  /**
   * This writer stopping with {@link java.util.concurrent.CancellationException} at the next
   * panel once {@code token} is cancelled; the previous folder or zip is then left as it was.
   */
  public PymrioWriter cancellation(CancellationToken token) {
    return new PymrioWriter(derivedOnly, progress, checkNotNull(token, "token"), verbatim);
  }

  /** Writes a table as a pymrio folder, replacing {@code folder} atomically. */
  public static void write(InputOutputTable table, Path folder) throws IOException {
    write(PymrioSystem.of(table), folder);
  }

  /** Writes a system (e.g. a table's with A, L, S, M, D_cba … added) as a pymrio folder. */
  public static void write(PymrioSystem system, Path folder) throws IOException {
    create().toFolder(system, folder);
  }

  /** Writes a table as a zip holding the pymrio folder's files at its root, atomically. */
  public static void writeZip(InputOutputTable table, Path zipFile) throws IOException {
    writeZip(PymrioSystem.of(table), zipFile);
  }

  /** Writes a system as a zip holding the pymrio folder's files at its root, atomically. */
  public static void writeZip(PymrioSystem system, Path zipFile) throws IOException {
    create().toZip(system, zipFile);
  }

  /** Writes a system as a pymrio folder, replacing {@code folder} atomically. */
  public void toFolder(PymrioSystem system, Path folder) throws IOException {
    checkNotNull(system, "system");
    List<Entry> files = entries(system);
    FrameText.Watch watch = new FrameText.Watch("writing", progress, cancellation);
    AtomicFiles.writeDirectory(folder, dir -> {
      for (Entry e : files) {
        write(dir, e, watch);
      }
    });
  }

  /** Computes the system to write, saying when the heavy files may start being written. */
  @FunctionalInterface
  public interface Computation {
    /**
     * Computes the system; calls {@code startEarly} (at most once) with a system whose flow
     * matrices (Z, Y, each extension's F and F_Y) and square matrices produced row by row (such
     * as {@link PymrioSystem#withCoefficients A}) may be written beside the rest of the work.
     * The computed system must hold the same square matrices under those names: they are not
     * written again.
     */
    PymrioSystem compute(Consumer<PymrioSystem> startEarly) throws Exception;
  }

  /**
   * Writes the system that {@code compute} returns as a pymrio folder, as
   * {@link #toFolder(PymrioSystem, Path)} does, overlapping the writing with the computation:
   * the flow matrices and row-by-row square matrices of the system {@code compute} passes to
   * its {@code startEarly} (at the latest when it returns: {@code input}'s flows) are written on
   * a second thread while the calling thread goes on computing and then writes the computed
   * system's other files (a flow file whose matrix the computed system no longer shares is
   * written again). The folder is the same, byte for byte. A failure of {@code compute} stops
   * the early writing, is thrown as it was and leaves {@code folder} as it was.
   *
   * @param input the system the computed one is made from (e.g. the system read)
   * @return the computed system
   */
  public PymrioSystem toFolder(PymrioSystem input, Computation compute, Path folder)
      throws IOException {
    checkNotNull(input, "input");
    checkNotNull(compute, "compute");
    FrameText.Watch watch = new FrameText.Watch("writing", progress, cancellation);
    PymrioSystem[] computed = new PymrioSystem[1];
    List<Entry> early = new ArrayList<>();
    AtomicFiles.writeDirectory(folder, dir -> {
      FutureTask<Void> copies = new FutureTask<>(() -> {
        for (Entry e : early) {
          write(dir, e, watch);
        }
        return null;
      });
      Thread copier = new Thread(copies, "sectoral-copy-flows");
      copier.setDaemon(true);
      AtomicBoolean started = new AtomicBoolean();
      Consumer<PymrioSystem> start = sys -> {
        if (started.compareAndSet(false, true)) {
          try {
            for (Entry e : entries(sys)) {
              if (e.early()) {
                early.add(e);
              }
            }
          } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
          copier.start(); // Thread.start: the list is seen complete by the copier
        }
      };
      try {
        PymrioSystem system = compute.compute(start);
        computed[0] = checkNotNull(system, "computed system");
        start.accept(input);
        for (Entry e : entries(system)) {
          if (!isWrittenEarly(e, early)) {
            write(dir, e, watch);
          }
        }
      } catch (Exception | Error e) {
        copies.cancel(true);
        if (started.get()) {
          BackgroundWrite.awaitQuietly(copier);
        }
        throw BackgroundWrite.rethrow(e);
      }
      BackgroundWrite.await(copies);
    });
    return computed[0];
  }

  private static void write(Path dir, Entry e, FrameText.Watch watch) throws IOException {
    Path p = dir.resolve(e.path());
    Files.createDirectories(p.getParent());
    if (e.verbatim() != null && e.verbatim().copyTo(p, watch.named("writing " + e.path()))) {
      return; // the file read, copied as it was: it reads back to exactly this matrix
    }
    try (TextOutput out = TextOutput.of(Files.newOutputStream(p))) {
      e.content().write(out, watch.named("writing " + e.path()));
    }
  }

  /**
   * Whether the file was written early: the same flows matrix, or a square matrix of that name
   * (the same by {@link Computation}'s contract).
   */
  private static boolean isWrittenEarly(Entry e, List<Entry> early) {
    for (Entry c : early) {
      if (c.path().equals(e.path())) {
        return c.derived() || (e.flows() != null && c.flows() == e.flows());
      }
    }
    return false;
  }

  /** Writes a system as a zip holding the folder's files at its root, atomically. */
  public void toZip(PymrioSystem system, Path zipFile) throws IOException {
    checkNotNull(system, "system");
    List<Entry> files = entries(system, false);
    FrameText.Watch watch = new FrameText.Watch("writing", progress, cancellation);
    AtomicFiles.write(zipFile, stream -> {
      ZipOutputStream z = new ZipOutputStream(new BufferedOutputStream(stream, 1 << 16));
      for (Entry e : files) {
        ZipEntry entry = new ZipEntry(e.path());
        entry.setTimeLocal(LocalDateTime.of(2000, 1, 1, 0, 0));
        z.putNextEntry(entry);
        TextOutput out = TextOutput.of(new FilterOutputStream(z) {
          @Override
          public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
          }

          @Override
          public void close() {
            // the entry is closed below, the zip at the end
          }
        });
        e.content().write(out, watch.named("writing " + e.path()));
        out.close();
        z.closeEntry();
      }
      z.finish();
      z.flush();
    });
  }

  /** The files of a system in writing order, with file_parameters.json listing them. */
  private List<Entry> entries(PymrioSystem s) throws IOException {
    return entries(s, verbatim);
  }

  /**
   * The files of a system in writing order; with {@code verbatim}, a flows file read from a
   * folder or zip that reads back to exactly the matrix written is copied rather than formatted
   * ({@link VerbatimFile}).
   */
  private List<Entry> entries(PymrioSystem s, boolean verbatim) throws IOException {
    List<Entry> out = new ArrayList<>();
    ObjectNode params = Json.MAPPER.createObjectNode();
    ObjectNode files = params.putObject("files");
    KeyIndex<RegionSector> keys = s.lazyMatrices().get("Z").rows();
    List<List<String>> keyLabels = labels(keys);
    for (Map.Entry<String, LazyMatrix<RegionSector, RegionSector>> e
        : s.lazyMatrices().entrySet()) {
      LazyMatrix<RegionSector, RegionSector> m = e.getValue();
      if (!(derivedOnly && e.getKey().equals("Z"))) {
        put(out, files, "", e.getKey(), 2, 2, (o, w) -> FrameText.write(o, REGION_SECTOR,
            keyLabels::get, REGION_SECTOR, keyLabels, m, w),
            e.getKey().equals("Z") ? m : null,
            e.getKey().equals("Z") && verbatim ? s.verbatimFile(m) : null, m.isDerived());
      }
      if (e.getKey().equals("Z")) {
        LabelledMatrix<RegionSector, FinalDemandColumn> y = s.finalDemand();
        if (y.columnCount() > 0 && !derivedOnly) {
          put(out, files, "", "Y", 2, 2, (o, w) -> FrameText.write(o, REGION_SECTOR,
              keyLabels::get, REGION_CATEGORY, demandLabels(y.columns()), LazyMatrix.of(y), w),
              y, verbatim ? s.verbatimFile(y) : null);
        }
        if (s.output().isPresent()) {
          LabelledVector<RegionSector> x = s.output().get();
          LazyMatrix<RegionSector, String> column = LazyMatrix.derived(keys,
              KeyIndex.of(List.of("indout")), x.unit(), (from, to, panel) -> {
                for (int i = from; i < to; i++) {
                  panel[i - from] = x.at(i);
                }
              });
          put(out, files, "", "x", 2, 1, (o, w) -> FrameText.write(o, REGION_SECTOR,
              keyLabels::get, List.of(""), List.of(List.of("indout")), column, w));
        }
      }
    }
    put(out, files, "", "unit", 2, 1, (o, w) -> {
      o.text("region\tsector\tunit\n");
      String unit = FrameText.quote(s.unit());
      for (RegionSector k : keys.keys()) {
        o.text(FrameText.quote(k.region().code())).ascii('\t')
            .text(FrameText.quote(k.sector().code())).ascii('\t').text(unit).ascii('\n');
      }
    });
    if (s.population().isPresent()) {
      LabelledVector<Region> pop = s.population().get();
      List<List<String>> cols = new ArrayList<>();
      pop.keys().forEach(r -> cols.add(List.of(r.code())));
      LabelledMatrix<String, Region> row = LabelledMatrix.of(KeyIndex.of(List.of("Population")),
          pop.index(), new double[][] {pop.toArray()}, pop.unit());
      put(out, files, "", "population", 1, 1, (o, w) -> FrameText.write(o, List.of(""),
          i -> List.of("Population"), List.of(""), cols, LazyMatrix.of(row), w));
    }
    params.put("systemtype", "IOSystem");
    byte[] paramBytes = Json.write(params);
    out.add(new Entry(SystemSource.FILE_PARAMETERS, bytes(paramBytes)));
    out.add(new Entry("metadata.json", bytes(Json.write(metadata(s)))));
    if (s.labels() != null && !derivedOnly) {
      out.add(new Entry(PymrioReader.LABELS_FILE, bytes(Json.write(LabelsJson.write(
          s.labels())))));
    }
    for (Map.Entry<String, PymrioExtension> e : s.extensions().entrySet()) {
      extension(out, e.getKey() + "/", e.getValue(), keyLabels);
    }
    return out;
  }

  private static Content bytes(byte[] b) {
    return (o, w) -> o.text(new String(b, StandardCharsets.UTF_8));
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

  private void extension(List<Entry> out, String dir, PymrioExtension ext,
      List<List<String>> keyLabels) throws IOException {
    ObjectNode params = Json.MAPPER.createObjectNode();
    ObjectNode files = params.putObject("files");
    List<String> idx = ext.indexNames();
    List<List<String>> found = stressorLabels(ext.stressors(), idx.size());
    List<String> index = found == null ? List.of(idx.get(0)) : idx;
    List<List<String>> rows = found == null ? stressorLabels(ext.stressors(), 1) : found;
    int nIndex = index.size();
    boolean skipFlows = derivedOnly;
    for (Map.Entry<String, LabelledMatrix<Stressor, RegionSector>> m
        : ext.matrices().entrySet()) {
      if (skipFlows && m.getKey().equals(PymrioExtension.F)) {
        continue;
      }
      put(out, files, dir, m.getKey(), nIndex, 2, (o, w) -> FrameText.write(o, index, rows::get,
          REGION_SECTOR, keyLabels, LazyMatrix.of(m.getValue()), w),
          m.getKey().equals(PymrioExtension.F) ? m.getValue() : null);
    }
    for (Map.Entry<String, LabelledMatrix<Stressor, FinalDemandColumn>> m
        : ext.finalDemandMatrices().entrySet()) {
      if (skipFlows && m.getKey().equals(PymrioExtension.F_Y)) {
        continue;
      }
      put(out, files, dir, m.getKey(), nIndex, 2, (o, w) -> FrameText.write(o, index, rows::get,
          REGION_CATEGORY, demandLabels(m.getValue().columns()), LazyMatrix.of(m.getValue()), w),
          m.getKey().equals(PymrioExtension.F_Y) ? m.getValue() : null);
    }
    for (Map.Entry<String, LabelledMatrix<Stressor, Region>> m
        : ext.regionalMatrices().entrySet()) {
      List<List<String>> regions = new ArrayList<>();
      m.getValue().columns().keys().forEach(r -> regions.add(List.of(r.code())));
      put(out, files, dir, m.getKey(), nIndex, 1, (o, w) -> FrameText.write(o, index, rows::get,
          List.of("region"), regions, LazyMatrix.of(m.getValue()), w));
    }
    put(out, files, dir, "unit", nIndex, 1, (o, w) -> {
      for (String level : index) {
        o.text(FrameText.quote(level)).ascii('\t');
      }
      o.text("unit\n");
      for (int r = 0; r < rows.size(); r++) {
        for (String cell : rows.get(r)) {
          o.text(FrameText.quote(cell)).ascii('\t');
        }
        o.text(FrameText.quote(ext.stressors().get(r).unit())).ascii('\n');
      }
    });
    params.put("systemtype", "Extension");
    params.put("name", ext.name());
    out.add(new Entry(dir + SystemSource.FILE_PARAMETERS, bytes(Json.write(params))));
  }

  private static void put(List<Entry> out, ObjectNode files, String dir, String name,
      int nIndex, int nHeader, Content content) {
    put(out, files, dir, name, nIndex, nHeader, content, null);
  }

  private static void put(List<Entry> out, ObjectNode files, String dir, String name,
      int nIndex, int nHeader, Content content, Object flows) {
    put(out, files, dir, name, nIndex, nHeader, content, flows, null);
  }

  private static void put(List<Entry> out, ObjectNode files, String dir, String name,
      int nIndex, int nHeader, Content content, Object flows, VerbatimFile verbatim) {
    put(out, files, dir, name, nIndex, nHeader, content, flows, verbatim, false);
  }

  private static void put(List<Entry> out, ObjectNode files, String dir, String name,
      int nIndex, int nHeader, Content content, Object flows, VerbatimFile verbatim,
      boolean derived) {
    String file = name + ".txt";
    out.add(new Entry(dir + file, content, flows, verbatim, derived));
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
