package org.sectoral.charts;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sectoral.core.table.Region;
import org.sectoral.core.table.RegionSector;
import org.sectoral.core.table.Sector;

/** Display names of keys and abbreviation of long labels (internal). */
final class Labels {
  /** The ellipsis appended to abbreviated labels. */
  static final String ELLIPSIS = "\u2026";

  private Labels() {}

  /** {@code text} cut to at most {@code max} characters, ending in an ellipsis when cut. */
  static String abbreviate(String text, int max) {
    String s = text.strip();
    if (s.length() <= max) {
      return s;
    }
    return s.substring(0, max - 1).stripTrailing() + ELLIPSIS;
  }

  /**
   * The full display name of a key: a sector's name (prefixed with the region code when the keys
   * span several regions), a region's name, otherwise {@code toString()}.
   */
  static String fullName(Object key, boolean withRegion) {
    if (key instanceof RegionSector rs) {
      return withRegion ? rs.region().code() + " " + rs.sector().name() : rs.sector().name();
    }
    if (key instanceof Sector s) {
      return s.name();
    }
    if (key instanceof Region r) {
      return r.name();
    }
    return String.valueOf(key);
  }

  /** Full display names of keys, with region codes only when the keys span several regions. */
  static List<String> fullNames(List<?> keys) {
    Set<Region> regions = new HashSet<>();
    for (Object k : keys) {
      if (k instanceof RegionSector rs) {
        regions.add(rs.region());
      }
    }
    boolean withRegion = regions.size() > 1;
    List<String> out = new ArrayList<>(keys.size());
    for (Object k : keys) {
      out.add(fullName(k, withRegion));
    }
    return out;
  }

  /**
   * Short labels of full names: abbreviated to {@code max} characters and made unique by a
   * numeric suffix, so that they can serve as category keys.
   */
  static List<String> shortLabels(List<String> fullNames, int max) {
    Set<String> seen = new HashSet<>();
    List<String> out = new ArrayList<>(fullNames.size());
    for (String full : fullNames) {
      String label = abbreviate(full, max);
      int n = 2;
      while (!seen.add(label)) {
        String suffix = " #" + n++;
        label = abbreviate(full, Math.max(1, max - suffix.length())) + suffix;
      }
      out.add(label);
    }
    return out;
  }

  /**
   * The labels a chart shows for keys, and the key of shortened ones.
   *
   * @param shown the label of each key, unique
   * @param full the full name of each key
   */
  record AxisLabels(List<String> shown, List<String> full) {
    /** Shortened labels and their full names, in key order (empty when none is shortened). */
    Map<String, String> key() {
      Map<String, String> out = new LinkedHashMap<>();
      for (int i = 0; i < shown.size(); i++) {
        if (!shown.get(i).equals(full.get(i))) {
          out.put(shown.get(i), full.get(i));
        }
      }
      return out;
    }

    /** The key as one line of text: "C26 = Computer …; D01 = …", or empty. */
    String keyText() {
      StringBuilder sb = new StringBuilder();
      for (Map.Entry<String, String> e : key().entrySet()) {
        sb.append(sb.length() == 0 ? "" : "; ").append(e.getKey()).append(" = ")
            .append(e.getValue());
      }
      return sb.toString();
    }
  }

  /**
   * The labels of keys: the full name when it has at most {@code max} characters; otherwise the
   * key's code ({@code CODE} of a sector, {@code REGION/CODE} when the keys span several
   * regions, a region's code) or, for keys without a code, the name abbreviated with an
   * ellipsis; labels are made unique by a numeric suffix.
   */
  static AxisLabels of(List<?> keys, int max) {
    List<String> full = fullNames(keys);
    Set<Region> regions = new HashSet<>();
    for (Object k : keys) {
      if (k instanceof RegionSector rs) {
        regions.add(rs.region());
      }
    }
    Set<String> seen = new HashSet<>();
    List<String> shown = new ArrayList<>(keys.size());
    for (int i = 0; i < keys.size(); i++) {
      String f = full.get(i);
      String label = f.strip().length() <= max ? f : code(keys.get(i), regions.size() > 1);
      if (label == null || label.length() > max) {
        label = abbreviate(f, max);
      }
      String base = label;
      int n = 2;
      while (!seen.add(label)) {
        String suffix = " #" + n++;
        label = abbreviate(base, Math.max(1, max - suffix.length())) + suffix;
      }
      shown.add(label);
    }
    return new AxisLabels(shown, full);
  }

  private static String code(Object key, boolean withRegion) {
    if (key instanceof RegionSector rs) {
      return withRegion ? rs.region().code() + "/" + rs.sector().code() : rs.sector().code();
    }
    if (key instanceof Sector s) {
      return s.code();
    }
    if (key instanceof Region r) {
      return r.code();
    }
    return null;
  }
}
