package org.sectoral.io.excel;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sectoral.core.SectoralException;
import org.sectoral.core.table.FinalDemandCategory;
import org.sectoral.core.table.FinalDemandColumn;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.core.table.InputOutputTableBuilder;
import org.sectoral.core.table.Region;
import org.sectoral.core.table.Sector;
import org.sectoral.core.table.Stressor;
import org.sectoral.core.table.ValueAddedComponent;
import org.sectoral.io.ReadLimits;
import org.sectoral.io.TableFormatException;
import org.xml.sax.SAXException;

/**
 * Reads the sheets described in {@link ExcelTables} with POI's event API ({@link XlsxSheets}):
 * each block's cells go straight into its array as the sheet's XML streams by, so a workbook of
 * a world table is never held whole. Errors name sheet, row and column.
 */
final class XlsxReader {
  private final String source;
  private final XlsxSheets wb;

  private XlsxReader(String source, XlsxSheets wb) {
    this.source = source;
    this.wb = wb;
  }

  static InputOutputTable read(String source, InputStream in, ReadLimits limits)
      throws IOException {
    try (XlsxSheets wb = XlsxSheets.open(source, in, limits)) {
      return new XlsxReader(source, wb).table();
    }
  }

  static InputOutputTable read(Path file, ReadLimits limits) throws IOException {
    try (XlsxSheets wb = XlsxSheets.open(file, limits)) {
      return new XlsxReader(file.toString(), wb).table();
    }
  }

  /** The meta sheet as rows of trimmed cell texts (numbers as POI's user model shows them). */
  private List<List<String>> metaRows() throws TableFormatException {
    List<List<String>> rows = new ArrayList<>();
    wb.read("meta", (row, col, kind, text, number) -> {
      while (rows.size() <= row) {
        rows.add(new ArrayList<>());
      }
      List<String> r = rows.get(row);
      while (r.size() <= col) {
        r.add("");
      }
      r.set(col, (kind == XlsxSheets.Kind.NUMBER ? Double.toString(number) : text.toString())
          .trim());
    });
    return rows;
  }

  private static String text(List<String> r, int c) {
    return c < r.size() ? r.get(c) : "";
  }

  private InputOutputTable table() throws TableFormatException {
    String src = source + "[meta]";
    Map<String, String> single = new LinkedHashMap<>();
    List<Region> regions = new ArrayList<>();
    List<Sector> sectors = new ArrayList<>();
    List<FinalDemandColumn> fd = new ArrayList<>();
    List<ValueAddedComponent> va = new ArrayList<>();
    List<Sector> importRows = new ArrayList<>();
    Map<String, String> satSheets = new LinkedHashMap<>();
    Map<String, List<Stressor>> stressors = new LinkedHashMap<>();
    Map<String, String> fySheets = new LinkedHashMap<>();
    List<List<String>> meta = metaRows();
    for (int i = 0; i < meta.size(); i++) {
      List<String> r = meta.get(i);
      String kind = text(r, 0);
      try {
        switch (kind) {
          case "format", "name", "unit", "tolerance", "absoluteTolerance" ->
              single.put(kind, text(r, 1));
          case "region" -> regions.add(Region.of(text(r, 1), text(r, 2)));
          case "sector" -> sectors.add(Sector.of(text(r, 1), text(r, 2), text(r, 3)));
          case "final_demand" -> fd.add(FinalDemandColumn.of(Region.of(text(r, 1)), text(r, 2),
              FinalDemandCategory.valueOf(text(r, 3))));
          case "value_added" -> va.add(ValueAddedComponent.of(text(r, 1),
              ValueAddedComponent.Kind.valueOf(text(r, 2))));
          case "import_row" -> importRows.add(Sector.of(text(r, 1), text(r, 2), text(r, 3)));
          case "satellite_final_demand" -> fySheets.put(text(r, 1), text(r, 2));
          case "satellite" -> {
            satSheets.put(text(r, 1), text(r, 2));
            stressors.computeIfAbsent(text(r, 1), k -> new ArrayList<>())
                .add(Stressor.of(text(r, 3), text(r, 4)));
          }
          case "" -> { }
          default -> throw new TableFormatException(src, i + 1, 1, kind, "unknown meta entry");
        }
      } catch (IllegalArgumentException e) {
        throw new TableFormatException(src, i + 1, 0, "", e.getMessage());
      }
    }
    if (!XlsxWriter.FORMAT.equals(single.get("format"))) {
      throw new TableFormatException(src, 1, 2, single.getOrDefault("format", ""),
          "expected format \"" + XlsxWriter.FORMAT + "\"");
    }
    if (sectors.isEmpty() || regions.isEmpty()) {
      throw new TableFormatException(src, 0, 0, "", "no regions or sectors listed");
    }
    InputOutputTableBuilder b = InputOutputTable.builder()
        .name(single.getOrDefault("name", "table")).unit(single.getOrDefault("unit", ""))
        .regions(regions).sectors(sectors);
    List<String> keys = new ArrayList<>();
    for (Region g : regions) {
      for (Sector s : sectors) {
        keys.add(g.code() + "/" + s.code());
      }
    }
    List<String> fdLabels = fd.stream().map(FinalDemandColumn::toString).toList();
    b.intermediate(block("Z", keys, keys));
    double[][] y = block("Y", keys, fdLabels);
    for (int c = 0; c < fd.size(); c++) {
      b.finalDemand(fd.get(c), column(y, c));
    }
    if (!importRows.isEmpty()) {
      List<String> imp = importRows.stream().map(Sector::code).toList();
      b.imports(importRows, block("imports", imp, keys));
      if (wb.has("imported_final_demand")) {
        double[][] ym = block("imported_final_demand", imp, fdLabels);
        for (int c = 0; c < fd.size(); c++) {
          b.importedFinalDemand(fd.get(c), column(ym, c));
        }
      }
    }
    double[][] v = block("value_added", va.stream().map(ValueAddedComponent::code).toList(), keys);
    for (int i = 0; i < va.size(); i++) {
      b.valueAdded(va.get(i).code(), va.get(i).kind(), v[i]);
    }
    b.productTaxes(block("taxes", List.of("t"), keys)[0]);
    b.output(block("output", List.of("x"), keys)[0]);
    for (Map.Entry<String, List<Stressor>> e : stressors.entrySet()) {
      List<Stressor> ss = e.getValue();
      double[][] f = block(satSheets.get(e.getKey()), ss.stream().map(Stressor::name).toList(),
          keys);
      for (int i = 0; i < ss.size(); i++) {
        b.satellite(e.getKey(), ss.get(i), f[i]);
      }
      if (fySheets.containsKey(e.getKey())) {
        double[][] fy = block(fySheets.get(e.getKey()), ss.stream().map(Stressor::name)
            .toList(), fdLabels);
        for (int i = 0; i < ss.size(); i++) {
          b.satelliteFinalDemand(e.getKey(), ss.get(i), fy[i]);
        }
      }
    }
    try {
      double rel = Double.parseDouble(single.getOrDefault("tolerance", "1e-6"));
      b.balanceTolerance(rel, Double.parseDouble(single.getOrDefault("absoluteTolerance",
          Double.toString(rel))));
      return b.build();
    } catch (SectoralException | IllegalArgumentException e) {
      throw TableFormatException.ofSource(source, e.getMessage());
    }
  }

  /**
   * The numbers of a block sheet: row 1 holds the column labels from column B, column A the row
   * labels from row 2; every cell of the block must be a number. Streamed into the array.
   */
  private double[][] block(String name, List<String> rows, List<String> cols)
      throws TableFormatException {
    BlockCells cells = new BlockCells(source + "[" + name + "]", rows, cols);
    wb.read(name, cells);
    cells.catchUp(rows.size() + 1, 0);
    return cells.out;
  }

  /** The cells of one block sheet, checked in reading order and stored. */
  private static final class BlockCells implements XlsxSheets.CellHandler {
    private final String src;
    private final List<String> rows;
    private final List<String> cols;
    final double[][] out;
    private int nextRow;
    private int nextCol;

    BlockCells(String src, List<String> rows, List<String> cols) {
      this.src = src;
      this.rows = rows;
      this.cols = cols;
      this.out = new double[rows.size()][cols.size()];
    }

    @Override
    public void cell(int row, int col, XlsxSheets.Kind kind, CharSequence text, double v)
        throws SAXException {
      if (row > rows.size()) {
        return; // rows below the block are not read
      }
      try {
        catchUp(row, col);
        if (row == 0) {
          if (col >= 1 && col <= cols.size()) {
            label(0, col, kind, text, v, cols.get(col - 1), "column");
          }
        } else if (col == 0) {
          label(row, 0, kind, text, v, rows.get(row - 1), "row");
        } else if (col <= cols.size()) {
          out[row - 1][col - 1] = number(row, col, kind, text, v);
        }
        nextCol = col + 1;
      } catch (TableFormatException e) {
        throw XlsxSheets.pass(e);
      }
    }

    @Override
    public void endRow(int row) throws SAXException {
      if (row > rows.size()) {
        return;
      }
      try {
        catchUp(row, cols.size() + 1);
        nextRow = row + 1;
        nextCol = 0;
      } catch (TableFormatException e) {
        throw XlsxSheets.pass(e);
      }
    }

    /** Reports the first required cell before (row, col), in reading order, not seen. */
    void catchUp(int row, int col) throws TableFormatException {
      while (nextRow < row) {
        requireRange(nextRow, nextCol, cols.size() + 1);
        nextRow++;
        nextCol = 0;
      }
      if (nextRow == row) {
        requireRange(row, nextCol, col);
      }
    }

    private void requireRange(int row, int from, int to) throws TableFormatException {
      if (row > rows.size()) {
        return;
      }
      for (int c = Math.max(from, row == 0 ? 1 : 0); c < Math.min(to, cols.size() + 1); c++) {
        if (row == 0) {
          throw new TableFormatException(src, 1, c + 1, "", "expected column label \""
              + cols.get(c - 1) + "\"");
        }
        if (c == 0) {
          throw new TableFormatException(src, row + 1, 1, "", "expected row label \""
              + rows.get(row - 1) + "\"");
        }
        throw new TableFormatException(src, row + 1, c + 1, "",
            "empty cell where a number was expected");
      }
    }

    private void label(int row, int col, XlsxSheets.Kind kind, CharSequence text, double v,
        String expected, String what) throws TableFormatException {
      String got = (kind == XlsxSheets.Kind.NUMBER ? Double.toString(v) : text.toString())
          .trim();
      if (!got.equals(expected)) {
        throw new TableFormatException(src, row + 1, col + 1, got,
            "expected " + what + " label \"" + expected + "\"");
      }
    }

    private double number(int row, int col, XlsxSheets.Kind kind, CharSequence text, double v)
        throws TableFormatException {
      if (kind != XlsxSheets.Kind.NUMBER) {
        String shown = kind == XlsxSheets.Kind.STRING ? text.toString() : "";
        throw new TableFormatException(src, row + 1, col + 1, shown, "not a number ("
            + kind.name().toLowerCase(java.util.Locale.ROOT) + " cell)");
      }
      if (!Double.isFinite(v)) {
        throw new TableFormatException(src, row + 1, col + 1, Double.toString(v),
            "NaN or infinite value");
      }
      return v;
    }
  }

  private static double[] column(double[][] m, int c) {
    double[] v = new double[m.length];
    for (int i = 0; i < m.length; i++) {
      v[i] = m[i][c];
    }
    return v;
  }
}
