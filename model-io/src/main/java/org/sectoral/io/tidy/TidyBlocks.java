package org.sectoral.io.tidy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sectoral.core.table.FinalDemandCategory;
import org.sectoral.core.table.FinalDemandColumn;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.core.table.InputOutputTableBuilder;
import org.sectoral.core.table.Region;
import org.sectoral.core.table.Sector;
import org.sectoral.core.table.Stressor;
import org.sectoral.core.table.ValueAddedComponent;
import org.sectoral.io.TableFormatException;
import org.sectoral.io.text.CellReader;

/**
 * The declarations and value blocks of one tidy CSV file, filled row by row from a
 * {@link CellReader}'s current row: a first pass declares, a second fills the values (labels
 * are pooled strings, values go from bytes to the block arrays).
 */
final class TidyBlocks {
  private static final int BLOCK = 0;
  private static final int ROW_REGION = 1;
  private static final int ROW = 2;
  private static final int COLUMN_REGION = 3;
  private static final int COLUMN = 4;
  private static final int VALUE = 5;

  private final String source;
  private final Map<String, String> table = new HashMap<>();
  private final Map<String, String> regions = new LinkedHashMap<>();
  private final Map<String, Map<String, String>> sectors = new LinkedHashMap<>();
  private final Map<String, FinalDemandColumn> fd = new LinkedHashMap<>();
  private final Map<String, ValueAddedComponent.Kind> va = new LinkedHashMap<>();
  private final Map<String, Map<String, String>> importRows = new LinkedHashMap<>();
  private final Map<String, Map<String, String>> stressors = new LinkedHashMap<>();
  private final Map<String, Integer> firstLine = new HashMap<>();
  private final Map<String, Block> values = new LinkedHashMap<>();
  private final Map<String, Map<String, Integer>> index = new HashMap<>();
  private int regionCount;
  private int sectorCount;

  /** A block's cells and the line each came from (0 = absent). */
  private record Block(double[][] v, int[][] lines) {
    Block(int rows, int cols) {
      this(new double[rows][cols], new int[rows][cols]);
    }
  }

  TidyBlocks(String source) {
    this.source = source;
  }

  private static TableFormatException error(CellReader r, int col, String problem) {
    return r.error(col, problem);
  }

  private void once(CellReader r, String key) throws TableFormatException {
    Integer first = firstLine.putIfAbsent(key, r.line());
    if (first != null) {
      throw error(r, BLOCK, "duplicate declaration (first on line " + first + ")");
    }
  }

  private static String requireAttr(CellReader r, String... allowed)
      throws TableFormatException {
    for (String a : allowed) {
      if (r.text(COLUMN).equals(a)) {
        return a;
      }
    }
    return null;
  }

  /** First pass: label rows; value rows are only checked for a known block name. */
  void declare(CellReader r) throws TableFormatException {
    String block = r.text(BLOCK);
    switch (block) {
      case "TABLE" -> attr(r, table, "name", "unit", "tolerance", "absolute_tolerance");
      case "REGION" -> {
        String code = nonBlank(r, ROW_REGION);
        attr(r, new HashMap<>(), "name");
        regions.put(code, r.text(VALUE));
      }
      case "SECTOR" -> attr(r, sectors.computeIfAbsent(nonBlank(r, ROW), k -> new HashMap<>()),
          "name", "classification");
      case "IMPORT_ROW" -> attr(r, importRows.computeIfAbsent(nonBlank(r, ROW),
          k -> new HashMap<>()), "name", "classification");
      case "FD" -> {
        String region = r.text(COLUMN_REGION);
        if (!regions.containsKey(region)) {
          throw error(r, COLUMN_REGION, "unknown region " + region + " (declare it in a REGION"
              + " row first)");
        }
        String code = nonBlank(r, COLUMN);
        once(r, "FD " + region + "\u0000" + code);
        fd.put(region + "\u0000" + code, FinalDemandColumn.of(Region.of(region, regions.get(
            region)), code, enumValue(r, FinalDemandCategory.class)));
      }
      case "VA_ROW" -> {
        String code = nonBlank(r, ROW);
        attr(r, new HashMap<>(), "kind");
        va.put(code, enumValue(r, ValueAddedComponent.Kind.class));
      }
      case "Z", "Y", "M", "YM", "V", "T", "X" -> { }
      default -> {
        if (block.startsWith("STRESSOR:") && block.length() > 9) {
          attr(r, new HashMap<>(), "unit");
          stressors.computeIfAbsent(block.substring(9), k -> new LinkedHashMap<>())
              .put(nonBlank(r, ROW), r.text(VALUE));
        } else if (!(block.startsWith("F:") && block.length() > 2)
            && !(block.startsWith("FY:") && block.length() > 3)) {
          throw error(r, BLOCK, "unknown block " + block);
        }
      }
    }
  }

  private void attr(CellReader r, Map<String, String> into, String... allowed)
      throws TableFormatException {
    String a = requireAttr(r, allowed);
    if (a == null) {
      throw error(r, COLUMN, "unknown attribute for " + r.text(BLOCK) + ", expected one of "
          + List.of(allowed));
    }
    once(r, String.join("\u0000", r.text(BLOCK), r.text(ROW_REGION), r.text(ROW), a));
    into.put(a, r.text(VALUE));
  }

  private String nonBlank(CellReader r, int col) throws TableFormatException {
    if (r.text(col).isEmpty()) {
      throw error(r, col, "empty code");
    }
    return r.text(col);
  }

  private <E extends Enum<E>> E enumValue(CellReader r, Class<E> type)
      throws TableFormatException {
    try {
      return Enum.valueOf(type, r.text(VALUE));
    } catch (IllegalArgumentException e) {
      throw error(r, VALUE, "unknown " + type.getSimpleName() + " " + r.text(VALUE));
    }
  }

  /** A builder with the declared name, unit, regions and sectors. */
  InputOutputTableBuilder builder() throws TableFormatException {
    if (regions.isEmpty() || sectors.isEmpty()) {
      throw TableFormatException.ofSource(source,
          "no " + (regions.isEmpty() ? "REGION" : "SECTOR") + " rows");
    }
    regionCount = regions.size();
    sectorCount = sectors.size();
    index.put("region", positions(regions.keySet()));
    index.put("sector", positions(sectors.keySet()));
    index.put("final-demand column", positions(fd.keySet()));
    index.put("import row", positions(importRows.keySet()));
    index.put("value-added row", positions(va.keySet()));
    stressors.forEach((a, st) -> index.put("F:" + a, positions(st.keySet())));
    List<Region> rs = new ArrayList<>();
    regions.forEach((c, n) -> rs.add(Region.of(c, n)));
    InputOutputTableBuilder b = InputOutputTable.builder().regions(rs).sectors(sectorList(
        sectors));
    if (table.containsKey("name")) {
      b.name(table.get("name"));
    }
    if (table.containsKey("unit")) {
      b.unit(table.get("unit"));
    }
    return b;
  }

  /** The tolerance [relative, absolute] stored in TABLE rows, or null. */
  double[] storedTolerance() {
    try {
      return table.containsKey("tolerance") && table.containsKey("absolute_tolerance")
          ? new double[] {Double.parseDouble(table.get("tolerance")),
              Double.parseDouble(table.get("absolute_tolerance"))} : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static Map<String, Integer> positions(java.util.Collection<String> keys) {
    Map<String, Integer> m = new HashMap<>();
    for (String k : keys) {
      m.put(k, m.size());
    }
    return m;
  }

  private static List<Sector> sectorList(Map<String, Map<String, String>> m) {
    List<Sector> out = new ArrayList<>();
    m.forEach((c, a) -> out.add(Sector.of(c, a.getOrDefault("name", c),
        a.getOrDefault("classification", ""))));
    return out;
  }

  private int key(CellReader r, int regionCol, int sectorCol) throws TableFormatException {
    int reg = indexOf(r, regionCol, "region");
    int sec = indexOf(r, sectorCol, "sector");
    return reg * sectorCount + sec;
  }

  private int indexOf(CellReader r, int col, String what) throws TableFormatException {
    return indexOf(r, col, r.text(col), what, what);
  }

  private int indexOf(CellReader r, int col, String key, String map, String what)
      throws TableFormatException {
    Integer i = index.getOrDefault(map, Map.of()).get(key);
    if (i == null) {
      throw error(r, col, "unknown " + what + " " + r.text(col));
    }
    return i;
  }

  private int fdIndex(CellReader r) throws TableFormatException {
    Integer i = index.get("final-demand column").get(r.text(COLUMN_REGION) + "\u0000"
        + r.text(COLUMN));
    if (i == null) {
      throw error(r, COLUMN, "unknown final-demand column " + r.text(COLUMN_REGION) + "/"
          + r.text(COLUMN));
    }
    return i;
  }

  /** Second pass: one value row. */
  void value(CellReader r) throws TableFormatException {
    String block = r.text(BLOCK);
    int n = regionCount * sectorCount;
    int i;
    int j;
    int rows;
    int cols;
    switch (block) {
      case "Z" -> {
        i = key(r, ROW_REGION, ROW);
        j = key(r, COLUMN_REGION, COLUMN);
        rows = n;
        cols = n;
      }
      case "Y" -> {
        i = key(r, ROW_REGION, ROW);
        j = fdIndex(r);
        rows = n;
        cols = fd.size();
      }
      case "M" -> {
        i = indexOf(r, ROW, "import row");
        j = key(r, COLUMN_REGION, COLUMN);
        rows = importRows.size();
        cols = n;
      }
      case "YM" -> {
        i = indexOf(r, ROW, "import row");
        j = fdIndex(r);
        rows = importRows.size();
        cols = fd.size();
      }
      case "V" -> {
        i = indexOf(r, ROW, "value-added row");
        j = key(r, COLUMN_REGION, COLUMN);
        rows = va.size();
        cols = n;
      }
      case "T" -> {
        i = 0;
        j = key(r, COLUMN_REGION, COLUMN);
        rows = 1;
        cols = n;
      }
      case "X" -> {
        i = 0;
        j = key(r, ROW_REGION, ROW);
        rows = 1;
        cols = n;
      }
      default -> {
        boolean fy = block.startsWith("FY:");
        if (!block.startsWith("F:") && !fy) {
          return;
        }
        String account = block.substring(fy ? 3 : 2);
        Map<String, String> st = stressors.getOrDefault(account, Map.of());
        i = indexOf(r, ROW, r.text(ROW), "F:" + account,
            "stressor of " + account + " (no STRESSOR row)");
        j = fy ? fdIndex(r) : key(r, COLUMN_REGION, COLUMN);
        rows = st.size();
        cols = fy ? fd.size() : n;
      }
    }
    Block b = values.computeIfAbsent(block, k -> new Block(rows, cols));
    if (b.lines()[i][j] != 0) {
      throw error(r, BLOCK, "duplicate cell (first on line " + b.lines()[i][j] + ")");
    }
    b.lines()[i][j] = r.line();
    b.v()[i][j] = r.number(VALUE, false);
  }

  /** Hands every block to the builder. */
  void fill(InputOutputTableBuilder b) {
    int n = regionCount * sectorCount;
    b.intermediate(get("Z", n, n));
    double[][] y = get("Y", n, fd.size());
    List<FinalDemandColumn> cols = List.copyOf(fd.values());
    for (int c = 0; c < cols.size(); c++) {
      double[] col = new double[n];
      for (int i = 0; i < n; i++) {
        col[i] = y[i][c];
      }
      b.finalDemand(cols.get(c), col);
    }
    if (!importRows.isEmpty()) {
      b.imports(sectorList(importRows), get("M", importRows.size(), n));
      if (values.containsKey("YM")) {
        double[][] ym = get("YM", importRows.size(), cols.size());
        for (int c = 0; c < cols.size(); c++) {
          double[] col = new double[importRows.size()];
          for (int i = 0; i < col.length; i++) {
            col[i] = ym[i][c];
          }
          b.importedFinalDemand(cols.get(c), col);
        }
      }
    }
    double[][] v = get("V", va.size(), n);
    int k = 0;
    for (Map.Entry<String, ValueAddedComponent.Kind> e : va.entrySet()) {
      b.valueAdded(e.getKey(), e.getValue(), v[k++]);
    }
    b.productTaxes(get("T", 1, n)[0]);
    if (values.containsKey("X")) {
      b.output(get("X", 1, n)[0]);
    }
    for (Map.Entry<String, Map<String, String>> a : stressors.entrySet()) {
      double[][] f = get("F:" + a.getKey(), a.getValue().size(), n);
      int s = 0;
      double[][] fy = values.containsKey("FY:" + a.getKey())
          ? get("FY:" + a.getKey(), a.getValue().size(), cols.size()) : null;
      for (Map.Entry<String, String> st : a.getValue().entrySet()) {
        Stressor stressor = Stressor.of(st.getKey(), st.getValue());
        if (fy != null) {
          b.satelliteFinalDemand(a.getKey(), stressor, fy[s]);
        }
        b.satellite(a.getKey(), stressor, f[s++]);
      }
    }
  }

  private double[][] get(String block, int rows, int cols) {
    Block b = values.get(block);
    return b == null ? new double[rows][cols] : b.v();
  }
}
