package org.sectoral.io.oecd;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sectoral.core.table.FinalDemandCategory;
import org.sectoral.core.table.FinalDemandColumn;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.core.table.InputOutputTableBuilder;
import org.sectoral.core.table.Region;
import org.sectoral.core.table.Sector;
import org.sectoral.core.table.ValueAddedComponent;
import org.sectoral.io.ReadLimits;
import org.sectoral.io.TableFormatException;
import org.sectoral.io.csv.DelimitedFile;
import org.sectoral.io.layout.CodeIndex;
import org.sectoral.io.layout.Layout;
import org.sectoral.io.layout.LocatedBuild;
import org.sectoral.io.layout.Tolerance;
import org.sectoral.io.text.CellReader;

/**
 * Reads the OECD Inter-Country Input-Output table (ICIO), 2023-edition CSV: row and column labels
 * {@code CCC_IND} (country, underscore, industry code), final-demand columns {@code CCC_HFCE} …
 * {@code CCC_DPABR}, rows {@code TLS} (taxes less subsidies on products), {@code VA} and
 * {@code OUT}; an optional {@code OUT} column is ignored (x is the {@code OUT} row). Tax rows per
 * country ({@code CCC_TLS}, as {@code CCC_TAXSUB} in earlier editions) are summed into t.
 *
 * <p>The result is a multi-region table (regions × industries, region-major, in column order):
 * Z = the country-industry block, Y = final demand by buying country, t = TLS, V = VA (kind
 * OTHER), x = OUT; no imports block: exports are the interregional flows. With
 * {@link #mergeChinaMexico(boolean)}, CN1/CN2 become CHN and MX1/MX2 become MEX (rows and
 * columns summed).
 */
public final class IcioReader {
  /** Role of the product-taxes row, {@code "TLS"}. */
  public static final String TAXES = "taxes";
  /** Role of the output row, {@code "OUT"}. */
  public static final String OUTPUT = "output";
  /** Role of the optional output-total column, ignored when present, {@code "OUT"}. */
  public static final String TOTAL_COLUMN = "totalColumn";

  /** The 2023-edition layout. */
  public static final Layout LAYOUT_2023 = Layout.builder("OECD ICIO 2023")
      .finalDemand("HFCE", FinalDemandCategory.HOUSEHOLDS)
      .finalDemand("NPISH", FinalDemandCategory.NPISH)
      .finalDemand("GGFC", FinalDemandCategory.GOVERNMENT)
      .finalDemand("GFCF", FinalDemandCategory.INVESTMENT)
      .finalDemand("INVNT", FinalDemandCategory.INVENTORIES)
      .finalDemand("DPABR", FinalDemandCategory.OTHER)
      .valueAdded("VA", ValueAddedComponent.Kind.OTHER)
      .code(TAXES, "TLS").code(OUTPUT, "OUT").code(TOTAL_COLUMN, "OUT").build();

  /** The China and Mexico split regions and the region each merges into. */
  public static final ImmutableMap<String, String> CHINA_MEXICO = ImmutableMap.of(
      "CN1", "CHN", "CN2", "CHN", "MX1", "MEX", "MX2", "MEX");

  private final Layout layout;
  private final Tolerance tolerance;
  private final ImmutableMap<String, String> merge;
  private final ReadLimits limits;

  private IcioReader(Layout layout, Tolerance tolerance, Map<String, String> merge,
      ReadLimits limits) {
    this.layout = layout;
    this.tolerance = tolerance;
    this.merge = ImmutableMap.copyOf(merge);
    this.limits = limits;
  }

  /** A reader of the 2023 layout, tolerance for unrounded tables, no merging. */
  public static IcioReader create() {
    return new IcioReader(LAYOUT_2023, Tolerance.unrounded(), Map.of(), ReadLimits.defaults());
  }

  /** This reader with another layout. */
  public IcioReader layout(Layout newLayout) {
    return new IcioReader(checkNotNull(newLayout), tolerance, merge, limits);
  }

  /** This reader with another balance tolerance. */
  public IcioReader balanceTolerance(Tolerance t) {
    return new IcioReader(layout, checkNotNull(t), merge, limits);
  }

  /** This reader merging CN1/CN2 into CHN and MX1/MX2 into MEX when true. */
  public IcioReader mergeChinaMexico(boolean on) {
    return new IcioReader(layout, tolerance, on ? CHINA_MEXICO : Map.of(), limits);
  }

  /** This reader merging regions by code (source region → merged region). */
  public IcioReader mergeRegions(Map<String, String> sourceToMerged) {
    return new IcioReader(layout, tolerance, checkNotNull(sourceToMerged), limits);
  }

  /** This reader stopping at these limits (file size, line length); default the defaults. */
  public IcioReader limits(ReadLimits newLimits) {
    return new IcioReader(layout, tolerance, merge, checkNotNull(newLimits, "limits"));
  }

  /** Reads a file such as {@code ICIO2023_2020.csv}. */
  public InputOutputTable read(Path file) throws IOException {
    try (CellReader r = CellReader.open(file, ',', limits)) {
      return read(r);
    }
  }

  /**
   * Reads from a stream named {@code source} (closed by the caller), row by row: memory holds
   * the table's blocks, not the text.
   */
  public InputOutputTable read(String source, InputStream in) throws IOException {
    try (CellReader r = CellReader.of(source, new java.io.FilterInputStream(in) {
      @Override
      public void close() {
        // the caller closes the stream
      }
    }, ',', limits)) {
      return read(r);
    }
  }

  private InputOutputTable read(CellReader r) throws IOException {
    String source = r.source();
    r.first();
    DelimitedFile.Row header = new DelimitedFile.Row(r.line(),
        com.google.common.collect.ImmutableList.copyOf(r.texts()));
    if (!r.next()) {
      throw new TableFormatException(source, header.line(), 0, "", "header only: no rows");
    }
    if (header.size() < 3) {
      String only = header.cell(0);
      throw new TableFormatException(source, header.line(), 1, only, "header has "
          + header.size() + " cells, expected at least 3" + (only.indexOf(';') >= 0
              ? "; the line contains ';': is the delimiter ',' right?" : only.indexOf('\t') >= 0
              ? "; the line contains '\\t': is the delimiter ',' right?" : ""));
    }
    CodeIndex cols = CodeIndex.ofHeader(source, header);
    cols.requireUnique(1, header.size(), "column");
    String out = layout.code(OUTPUT);
    // Columns: intermediate (region, industry) and final demand (region, code).
    List<String> regionCodes = new ArrayList<>();
    List<String> sectorCodes = new ArrayList<>();
    Map<String, Integer> keyIndex = new LinkedHashMap<>();
    int[] colKey = new int[header.size()];
    int[] colFd = new int[header.size()];
    Map<String, Integer> fdIndex = new LinkedHashMap<>();
    List<String[]> fdParts = new ArrayList<>();
    List<String[]> interParts = new ArrayList<>();
    for (int c = 1; c < header.size(); c++) {
      colKey[c] = -1;
      colFd[c] = -1;
      String label = header.cell(c);
      if (label.equals(layout.code(TOTAL_COLUMN))) {
        continue;
      }
      String[] p = split(source, header.line(), c, label, " or the total column \""
          + layout.code(TOTAL_COLUMN) + "\"");
      if (layout.finalDemand().containsKey(p[1])) {
        String k = p[0] + "_" + p[1];
        colFd[c] = fdIndex.computeIfAbsent(k, x -> fdIndex.size());
        if (colFd[c] == fdParts.size()) {
          fdParts.add(p);
        }
      } else {
        interParts.add(new String[] {p[0], p[1], Integer.toString(c)});
        if (!regionCodes.contains(p[0])) {
          regionCodes.add(p[0]);
        }
        if (regionCodes.get(0).equals(p[0])) {
          sectorCodes.add(p[1]);
        }
      }
    }
    if (interParts.isEmpty()) {
      throw new TableFormatException(source, header.line(), 2, header.cell(1),
          "no country-industry columns (expected labels such as AUS_A01_02)");
    }
    for (String[] p : interParts) {
      int s = sectorCodes.indexOf(p[1]);
      if (s < 0) {
        throw new TableFormatException(source, header.line(), Integer.parseInt(p[2]) + 1,
            p[0] + "_" + p[1], "industry " + p[1] + " of " + p[0] + " not among the industries "
                + "of " + regionCodes.get(0) + ": " + sectorCodes);
      }
      int k = regionCodes.indexOf(p[0]) * sectorCodes.size() + s;
      keyIndex.put(p[0] + "_" + p[1], k);
      colKey[Integer.parseInt(p[2])] = k;
    }
    int nIn = regionCodes.size() * sectorCodes.size();
    if (keyIndex.size() != nIn) {
      throw new TableFormatException(source, header.line(), 0, "", "expected " + nIn
          + " country-industry columns (" + regionCodes.size() + " countries × "
          + sectorCodes.size() + " industries), found " + keyIndex.size());
    }
    for (String[] p : fdParts) {
      if (!regionCodes.contains(p[0])) {
        int c = cols.find(p[0] + "_" + p[1]).getAsInt();
        throw new TableFormatException(source, header.line(), c + 1, p[0] + "_" + p[1],
            "unknown region " + p[0] + " of a final-demand column; regions are " + regionCodes);
      }
    }
    // Merging: region i of the file → merged region index.
    List<String> merged = new ArrayList<>();
    int[] regionTo = new int[regionCodes.size()];
    for (int g = 0; g < regionCodes.size(); g++) {
      String m = merge.getOrDefault(regionCodes.get(g), regionCodes.get(g));
      if (!merged.contains(m)) {
        merged.add(m);
      }
      regionTo[g] = merged.indexOf(m);
    }
    int ns = sectorCodes.size();
    int n = merged.size() * ns;
    int[] keyTo = new int[nIn];
    for (int k = 0; k < nIn; k++) {
      keyTo[k] = regionTo[k / ns] * ns + k % ns;
    }
    Map<String, Integer> fdMerged = new LinkedHashMap<>();
    List<FinalDemandColumn> fdCols = new ArrayList<>();
    int[] fdTo = new int[fdParts.size()];
    for (int q = 0; q < fdParts.size(); q++) {
      String[] p = fdParts.get(q);
      String reg = merge.getOrDefault(p[0], p[0]);
      String key = reg + "_" + p[1];
      if (!fdMerged.containsKey(key)) {
        fdMerged.put(key, fdCols.size());
        fdCols.add(FinalDemandColumn.of(Region.of(reg), p[1], layout.finalDemand().get(p[1])));
      }
      fdTo[q] = fdMerged.get(key);
    }
    double[][] z = new double[n][n];
    double[][] y = new double[fdCols.size()][n];
    String tax = layout.code(TAXES);
    double[] taxes = new double[n];
    boolean hasTaxes = false;
    List<String> rowLabels = new ArrayList<>();
    List<Integer> rowLines = new ArrayList<>();
    Map<String, Integer> seenRows = new java.util.HashMap<>();
    Map<String, double[]> totalRows = new LinkedHashMap<>();
    int outLine = 0;
    do {
      r.requireWidth(header.size());
      String label = r.text(0);
      if (label.isBlank()) {
        throw new TableFormatException(source, r.line(), 1, label, "blank row code");
      }
      Integer prev = seenRows.putIfAbsent(label, r.line());
      if (prev != null) {
        throw new TableFormatException(source, r.line(), 1, label, String.format(
            java.util.Locale.ROOT, "duplicate row code \"%s\" (first at line %d, column 1)",
            label, prev));
      }
      rowLabels.add(label);
      rowLines.add(r.line());
      if (label.equals(tax) || label.endsWith("_" + tax)) {
        // one row (2023) or one row per country of the tax (earlier editions, CCC_TAXSUB)
        hasTaxes = true;
        for (int c = 1; c < header.size(); c++) {
          if (colKey[c] >= 0) {
            taxes[keyTo[colKey[c]]] += r.number(c, false);
          }
        }
        continue;
      }
      if (label.equals(out) || layout.valueAdded().containsKey(label)) {
        double[] v = new double[n];
        for (int c = 1; c < colKey.length; c++) {
          if (colKey[c] >= 0) {
            v[keyTo[colKey[c]]] += r.number(c, false);
          }
        }
        totalRows.put(label, v);
        if (label.equals(out)) {
          outLine = r.line();
        }
        continue;
      }
      Integer k = keyIndex.get(label);
      if (k == null) {
        List<String> totals = new ArrayList<>(List.of(tax));
        totals.addAll(layout.valueAdded().keySet());
        totals.add(out);
        String[] p = split(source, r.line(), 0, label, " or one of the rows " + totals);
        throw new TableFormatException(source, r.line(), 1, label, regionCodes.contains(p[0])
            ? "unknown industry " + p[1] + "; industries are " + sectorCodes
            : "unknown region " + p[0] + "; regions are " + regionCodes);
      }
      double[] zi = z[keyTo[k]];
      for (int c = 1; c < header.size(); c++) {
        if (colKey[c] >= 0) {
          zi[keyTo[colKey[c]]] += r.number(c, false);
        } else if (colFd[c] >= 0) {
          y[fdTo[colFd[c]]][keyTo[k]] += r.number(c, false);
        }
      }
    } while (r.next());
    int[] lines = rowLines.stream().mapToInt(Integer::intValue).toArray();
    int[] ones = new int[lines.length];
    java.util.Arrays.fill(ones, 1);
    CodeIndex rowCodes = CodeIndex.of(source, false, rowLabels, lines, ones);
    for (String label : keyIndex.keySet()) {
      rowCodes.require(label, "country-industry row");
    }
    if (!hasTaxes) {
      rowCodes.require(tax, "tax row");
    }
    rowCodes.require(out, "output row");
    double[] x = totalRows.get(out);
    final int outRowLine = outLine;
    List<Region> regions = merged.stream().map(Region::of).toList();
    List<Sector> sectors = sectorCodes.stream().map(Sector::of).toList();
    InputOutputTableBuilder b = InputOutputTable.builder().name(layout.name() + " "
        + Path.of(source).getFileName()).unit("million USD").regions(regions).sectors(sectors)
        .intermediate(z).productTaxes(taxes).output(x);
    for (int q = 0; q < fdCols.size(); q++) {
      b.finalDemand(fdCols.get(q), y[q]);
    }
    for (Map.Entry<String, ValueAddedComponent.Kind> e : layout.valueAdded().entrySet()) {
      rowCodes.require(e.getKey(), "value-added row");
      b.valueAdded(e.getKey(), e.getValue(), totalRows.get(e.getKey()));
    }
    int[] firstCol = new int[n];
    for (int c = header.size() - 1; c >= 1; c--) {
      if (colKey[c] >= 0) {
        firstCol[keyTo[colKey[c]]] = c + 1;
      }
    }
    return LocatedBuild.build(b, tolerance, source, out,
        k -> new int[] {outRowLine, firstCol[k]});
  }

  private static String[] split(String source, int line, int c, String label, String or)
      throws TableFormatException {
    int u = label.indexOf('_');
    if (u <= 0 || u == label.length() - 1) {
      throw new TableFormatException(source, line, c + 1, label,
          "expected a label COUNTRY_CODE such as AUS_A01_02 or AUS_HFCE" + or);
    }
    return new String[] {label.substring(0, u), label.substring(u + 1)};
  }

  @Override
  public String toString() {
    return "IcioReader[" + layout.name() + ", merge " + merge + "]";
  }
}
