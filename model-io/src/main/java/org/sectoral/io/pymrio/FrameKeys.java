package org.sectoral.io.pymrio;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sectoral.core.table.FinalDemandColumn;
import org.sectoral.core.table.KeyIndex;
import org.sectoral.core.table.Region;
import org.sectoral.core.table.RegionSector;
import org.sectoral.core.table.Sector;
import org.sectoral.core.table.Stressor;
import org.sectoral.io.TableFormatException;

/** Turns a {@link Frame}'s text labels into Sectoral keys and aligns its values to them. */
final class FrameKeys {
  private final Map<String, Region> regions = new HashMap<>();
  private final Map<String, Sector> sectors = new HashMap<>();
  private final Labels labels;
  private final Map<String, String> renames;

  FrameKeys(Labels labels) {
    this(labels, Map.of());
  }

  /** Keys with region codes renamed as read ({@code renames}: code in the file → new code). */
  FrameKeys(Labels labels, Map<String, String> renames) {
    this.labels = labels;
    this.renames = Map.copyOf(renames);
    if (labels != null) {
      labels.regions().forEach(r -> regions.put(r.code(), r));
      labels.sectors().forEach(s -> sectors.put(s.code(), s));
    }
  }

  /** A region code as the system names it (after renaming). */
  String region(String code) {
    return renames.getOrDefault(code, code);
  }

  private RegionSector key(String region, String sector) {
    return RegionSector.of(regions.computeIfAbsent(region(region), Region::of),
        sectors.computeIfAbsent(sector, Sector::of));
  }

  /** Checks the index and column levels of a frame. */
  static void requireShape(Frame f, int nIndex, int nHeader) throws TableFormatException {
    if (f.indexNames().size() != nIndex || f.columnLevelNames().size() != nHeader) {
      throw TableFormatException.ofSource(f.source(), "expected " + nIndex + " index columns and "
          + nHeader + " header rows, file_parameters.json says " + f.indexNames().size()
          + " and " + f.columnLevelNames().size());
    }
  }

  /**
   * The row keys of Z: a full region × sector grid, region-major, without duplicates.
   */
  KeyIndex<RegionSector> gridRows(Frame f) throws TableFormatException {
    requireShape(f, 2, 2);
    Map<RegionSector, Integer> seen = new HashMap<>();
    Set<String> rs = new LinkedHashSet<>();
    Set<String> ss = new LinkedHashSet<>();
    List<RegionSector> keys = new ArrayList<>();
    for (int i = 0; i < f.rowCount(); i++) {
      List<String> l = f.rowLabels().get(i);
      requireLabels(f, i, l);
      RegionSector k = key(l.get(0), l.get(1));
      Integer first = seen.putIfAbsent(k, f.rowLine(i));
      if (first != null) {
        throw new TableFormatException(f.source(), f.rowLine(i), 2, l.get(1),
            "duplicate row " + k + " (first on line " + first + ")");
      }
      rs.add(region(l.get(0)));
      ss.add(l.get(1));
      keys.add(k);
    }
    if (keys.isEmpty()) {
      throw TableFormatException.ofSource(f.source(), "no data rows");
    }
    List<String> rl = List.copyOf(rs);
    List<String> sl = List.copyOf(ss);
    for (int i = 0; i < keys.size(); i++) {
      String er = i / sl.size() < rl.size() ? rl.get(i / sl.size()) : "?";
      String es = sl.get(i % sl.size());
      RegionSector k = keys.get(i);
      if (!k.region().code().equals(er) || !k.sector().code().equals(es)) {
        throw new TableFormatException(f.source(), f.rowLine(i), 1, k.toString(),
            "rows must list every region with the same sectors in the same order; expected "
                + er + "/" + es);
      }
    }
    if (keys.size() != rl.size() * sl.size()) {
      throw TableFormatException.ofSource(f.source(), "rows are not a full region × sector grid");
    }
    return KeyIndex.of(keys);
  }

  /** Row positions of a frame whose rows are region-sectors, in {@code keys} order. */
  int[] alignRegionSectorRows(Frame f, KeyIndex<RegionSector> keys) throws TableFormatException {
    if (f.indexNames().size() != 2) {
      throw TableFormatException.ofSource(f.source(), "expected 2 index columns (region, sector),"
          + " found " + f.indexNames().size());
    }
    int[] pos = new int[keys.size()];
    java.util.Arrays.fill(pos, -1);
    for (int i = 0; i < f.rowCount(); i++) {
      List<String> l = f.rowLabels().get(i);
      requireLabels(f, i, l);
      RegionSector k = key(l.get(0), l.get(1));
      if (!keys.contains(k)) {
        boolean known = isKnownRegion(keys, region(l.get(0)));
        throw new TableFormatException(f.source(), f.rowLine(i), known ? 2 : 1,
            known ? l.get(1) : l.get(0), known ? "unknown sector " + l.get(1) + " in region "
                + l.get(0) : "unknown region " + l.get(0));
      }
      int at = keys.indexOf(k);
      if (pos[at] >= 0) {
        throw new TableFormatException(f.source(), f.rowLine(i), 1, k.toString(),
            "duplicate row " + k);
      }
      pos[at] = i;
    }
    for (int j = 0; j < pos.length; j++) {
      if (pos[j] < 0) {
        throw TableFormatException.ofSource(f.source(), "no row for " + keys.get(j));
      }
    }
    return pos;
  }

  /** A row's region and sector labels must not be blank. */
  private static void requireLabels(Frame f, int i, List<String> l) throws TableFormatException {
    for (int c = 0; c < 2; c++) {
      if (l.get(c).isBlank()) {
        throw new TableFormatException(f.source(), f.rowLine(i), c + 1, "",
            c == 0 ? "blank region label" : "blank sector label");
      }
    }
  }

  /** A column's region and sector labels (two header rows) must not be blank. */
  private static void requireColumnLabels(Frame f, int c, List<String> l)
      throws TableFormatException {
    for (int h = 0; h < 2; h++) {
      if (l.get(h).isBlank()) {
        throw new TableFormatException(f.source(), f.headerLine() + h,
            f.indexNames().size() + c + 1, "", h == 0 ? "blank region label" : "blank sector label");
      }
    }
  }

  /** Whether every column label of a frame is a region-sector of {@code keys}. */
  boolean columnsAreRegionSectors(Frame f, KeyIndex<RegionSector> keys) {
    if (f.columnLevelNames().size() != 2) {
      return false;
    }
    for (List<String> l : f.columnLabels()) {
      if (l.get(0).isBlank() || l.get(1).isBlank() || !keys.contains(key(l.get(0), l.get(1)))) {
        return false;
      }
    }
    return true;
  }

  /** The region of each column of a one-level frame, or null when one is not in {@code keys}. */
  List<Region> regionColumns(Frame f, KeyIndex<RegionSector> keys) {
    List<Region> out = new ArrayList<>();
    for (List<String> l : f.columnLabels()) {
      String code = region(l.get(0));
      if (l.size() != 1 || code.isBlank() || !isKnownRegion(keys, code)) {
        return null;
      }
      out.add(regions.get(code));
    }
    return out;
  }

  private static boolean isKnownRegion(KeyIndex<RegionSector> keys, String code) {
    return keys.keys().stream().anyMatch(k -> k.region().code().equals(code));
  }

  /** Column positions of a frame whose columns are region-sectors, in {@code keys} order. */
  int[] alignRegionSectorColumns(Frame f, KeyIndex<RegionSector> keys)
      throws TableFormatException {
    requireColumnLevels(f, "sector");
    int[] pos = new int[keys.size()];
    java.util.Arrays.fill(pos, -1);
    int nIndex = f.indexNames().size();
    for (int c = 0; c < f.columnCount(); c++) {
      List<String> l = f.columnLabels().get(c);
      requireColumnLabels(f, c, l);
      RegionSector k = key(l.get(0), l.get(1));
      if (!keys.contains(k)) {
        throw new TableFormatException(f.source(), f.headerLine(), nIndex + c + 1, k.toString(),
            "column " + k + " is not a row of Z");
      }
      int at = keys.indexOf(k);
      if (pos[at] >= 0) {
        throw new TableFormatException(f.source(), f.headerLine(), nIndex + c + 1, k.toString(),
            "duplicate column " + k);
      }
      pos[at] = c;
    }
    for (int j = 0; j < pos.length; j++) {
      if (pos[j] < 0) {
        throw TableFormatException.ofSource(f.source(), "no column for " + keys.get(j));
      }
    }
    return pos;
  }

  /** The final-demand columns (region, category) of a frame, in file order. */
  KeyIndex<FinalDemandColumn> demandColumns(Frame f, KeyIndex<RegionSector> keys)
      throws TableFormatException {
    requireColumnLevels(f, "category");
    List<FinalDemandColumn> cols = new ArrayList<>();
    Set<FinalDemandColumn> seen = new java.util.HashSet<>();
    int nIndex = f.indexNames().size();
    for (int c = 0; c < f.columnCount(); c++) {
      List<String> l = f.columnLabels().get(c);
      if (l.get(0).isBlank()) {
        throw new TableFormatException(f.source(), f.headerLine(), nIndex + c + 1, "",
            "blank region label");
      }
      String region = region(l.get(0));
      if (!isKnownRegion(keys, region)) {
        throw new TableFormatException(f.source(), f.headerLine(), nIndex + c + 1, l.get(0),
            "unknown region " + l.get(0));
      }
      if (l.get(1).isBlank()) {
        throw new TableFormatException(f.source(), f.headerLine() + 1, nIndex + c + 1, "",
            "blank final-demand category");
      }
      FinalDemandColumn col = labels == null ? null : labels.column(region, l.get(1));
      if (col == null) {
        col = FinalDemandColumn.of(regions.get(region), l.get(1),
            TableMapping.guessCategory(l.get(1)));
      }
      if (!seen.add(col)) {
        throw new TableFormatException(f.source(), f.headerLine() + 1, nIndex + c + 1, l.get(1),
            "duplicate column " + col);
      }
      cols.add(col);
    }
    return KeyIndex.of(cols);
  }

  private static void requireColumnLevels(Frame f, String second) throws TableFormatException {
    if (f.columnLevelNames().size() != 2) {
      throw TableFormatException.ofSource(f.source(), "expected 2 header rows (region, " + second
          + "), found " + f.columnLevelNames().size());
    }
  }

  /** Stressors of an extension's F: index levels joined by " | ", units from unit.txt. */
  static KeyIndex<Stressor> stressors(Frame f, Map<String, String> units)
      throws TableFormatException {
    List<Stressor> out = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < f.rowCount(); i++) {
      String name = String.join(" | ", f.rowLabels().get(i));
      if (name.isBlank()) {
        throw new TableFormatException(f.source(), f.rowLine(i), 1, "", "blank stressor");
      }
      Integer first = seen.putIfAbsent(name, f.rowLine(i));
      if (first != null) {
        throw new TableFormatException(f.source(), f.rowLine(i), 1, name,
            "duplicate stressor (first on line " + first + ")");
      }
      out.add(Stressor.of(name, units.getOrDefault(name, "")));
    }
    return KeyIndex.of(out);
  }

  /** Row positions of an extension frame in the order of F's stressors. */
  static int[] alignStressorRows(Frame f, KeyIndex<Stressor> stressors)
      throws TableFormatException {
    int[] pos = new int[stressors.size()];
    java.util.Arrays.fill(pos, -1);
    for (int i = 0; i < f.rowCount(); i++) {
      String name = String.join(" | ", f.rowLabels().get(i));
      Stressor s = Stressor.of(name.isBlank() ? "?" : name, "");
      if (!stressors.contains(s) || pos[stressors.indexOf(s)] >= 0) {
        throw new TableFormatException(f.source(), f.rowLine(i), 1, name,
            stressors.contains(s) ? "duplicate stressor" : "stressor not in F");
      }
      pos[stressors.indexOf(s)] = i;
    }
    for (int j = 0; j < pos.length; j++) {
      if (pos[j] < 0) {
        throw TableFormatException.ofSource(f.source(), "no row for stressor " + stressors.get(j));
      }
    }
    return pos;
  }

  /** The identity permutation 0 … n−1. */
  static int[] identity(int n) {
    int[] p = new int[n];
    for (int i = 0; i < n; i++) {
      p[i] = i;
    }
    return p;
  }
}
