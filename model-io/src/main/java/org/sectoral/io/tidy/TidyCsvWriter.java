package org.sectoral.io.tidy;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sectoral.core.internal.files.AtomicFiles;
import org.sectoral.core.table.FinalDemandColumn;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.core.table.LabelledMatrix;
import org.sectoral.core.table.Region;
import org.sectoral.core.table.RegionSector;
import org.sectoral.core.table.SatelliteAccount;
import org.sectoral.core.table.Sector;
import org.sectoral.core.table.Stressor;
import org.sectoral.core.table.ValueAddedComponent;
import org.sectoral.io.text.TextOutput;

/**
 * Writes a table as Sectoral tidy CSV (see {@link TidyCsvReader} and {@code FORMATS.md}): the
 * header {@value TidyCsvReader#HEADER}, label declarations first, then every cell of every
 * block (zeros included) with full-precision numbers; RFC 4180 quoting (a cell holding a comma,
 * quote or line break is quoted), LF line endings, UTF-8. Streamed: one line at a time through
 * one buffer.
 */
public final class TidyCsvWriter {
  private TidyCsvWriter() {}

  /** Writes the table to {@code file} atomically. */
  public static void write(InputOutputTable table, Path file) throws IOException {
    checkNotNull(table, "table");
    AtomicFiles.write(file, out -> {
      TextOutput o = TextOutput.of(new FilterOutputStream(out) {
        @Override
        public void write(byte[] b, int off, int len) throws IOException {
          out.write(b, off, len);
        }
      });
      write(table, o);
      o.flush();
    });
  }

  /** Writes the table to a writer (not closed); for small tables (the text is built first). */
  public static void write(InputOutputTable t, Writer out) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (TextOutput o = TextOutput.of(bytes)) {
      write(t, o);
    }
    out.write(bytes.toString(StandardCharsets.UTF_8));
    out.flush();
  }

  private static void write(InputOutputTable t, TextOutput p) throws IOException {
    p.text(TidyCsvReader.HEADER).ascii('\n');
    line(p, "TABLE", "", "", "", "name", t.name());
    line(p, "TABLE", "", "", "", "unit", t.unit());
    line(p, "TABLE", "", "", "", "tolerance", Double.toString(t.balanceReport().tolerance()));
    line(p, "TABLE", "", "", "", "absolute_tolerance",
        Double.toString(t.balanceReport().absoluteTolerance()));
    for (Region r : t.regions().keys()) {
      line(p, "REGION", r.code(), "", "", "name", r.name());
    }
    for (Sector s : t.sectors().keys()) {
      line(p, "SECTOR", "", s.code(), "", "name", s.name());
      line(p, "SECTOR", "", s.code(), "", "classification", s.classification());
    }
    for (FinalDemandColumn c : t.finalDemandColumns().keys()) {
      line(p, "FD", "", "", c.region().code(), c.code(), c.category().name());
    }
    for (ValueAddedComponent c : t.valueAdded().rows().keys()) {
      line(p, "VA_ROW", "", c.code(), "", "kind", c.kind().name());
    }
    if (t.imports().isPresent()) {
      for (Sector s : t.imports().get().rows().keys()) {
        line(p, "IMPORT_ROW", "", s.code(), "", "name", s.name());
        line(p, "IMPORT_ROW", "", s.code(), "", "classification", s.classification());
      }
    }
    for (SatelliteAccount a : t.satellites().values()) {
      for (Stressor s : a.stressors().keys()) {
        line(p, "STRESSOR:" + a.name(), "", s.name(), "", "unit", s.unit());
      }
    }
    List<String> keyCells = new ArrayList<>();
    for (RegionSector k : t.keys().keys()) {
      keyCells.add(quote(k.region().code()) + "," + quote(k.sector().code()));
    }
    List<String> fdCells = new ArrayList<>();
    for (FinalDemandColumn c : t.finalDemandColumns().keys()) {
      fdCells.add(quote(c.region().code()) + "," + quote(c.code()));
    }
    block(p, "Z,", keyCells, keyCells, t.intermediate());
    block(p, "Y,", keyCells, fdCells, t.finalDemand());
    if (t.imports().isPresent()) {
      block(p, "M,,", codes(t.imports().get().rows().keys()), keyCells, t.imports().get());
    }
    if (t.importedFinalDemand().isPresent()) {
      LabelledMatrix<Sector, FinalDemandColumn> ym = t.importedFinalDemand().get();
      block(p, "YM,,", codes(ym.rows().keys()), fdCells, ym);
    }
    LabelledMatrix<ValueAddedComponent, RegionSector> v = t.valueAdded();
    List<String> vaCodes = new ArrayList<>();
    v.rows().keys().forEach(c -> vaCodes.add(quote(c.code())));
    block(p, "V,,", vaCodes, keyCells, v);
    for (int j = 0; j < t.size(); j++) {
      p.text("T,,,").text(keyCells.get(j)).ascii(',').number(t.productTaxes().at(j))
          .ascii('\n');
    }
    for (int i = 0; i < t.size(); i++) {
      p.text("X,").text(keyCells.get(i)).text(",,,").number(t.output().at(i)).ascii('\n');
    }
    for (SatelliteAccount a : t.satellites().values()) {
      List<String> names = new ArrayList<>();
      a.stressors().keys().forEach(s -> names.add(quote(s.name())));
      block(p, quote("F:" + a.name()) + ",,", names, keyCells, a.byIndustry());
      if (a.byFinalDemand().isPresent()) {
        block(p, quote("FY:" + a.name()) + ",,", names, fdCells, a.byFinalDemand().get());
      }
    }
  }

  /** Every cell of a matrix: prefix, row cells, column cells, value. */
  private static void block(TextOutput p, String prefix, List<String> rows, List<String> cols,
      LabelledMatrix<?, ?> m) throws IOException {
    for (int i = 0; i < m.rowCount(); i++) {
      String head = prefix + rows.get(i) + ",";
      for (int j = 0; j < m.columnCount(); j++) {
        p.text(head).text(cols.get(j)).ascii(',').number(m.at(i, j)).ascii('\n');
      }
    }
  }

  private static List<String> codes(List<Sector> sectors) {
    List<String> out = new ArrayList<>();
    sectors.forEach(s -> out.add(quote(s.code())));
    return out;
  }

  private static void line(TextOutput p, String... cells) throws IOException {
    for (int i = 0; i < cells.length; i++) {
      if (i > 0) {
        p.ascii(',');
      }
      p.text(quote(cells[i]));
    }
    p.ascii('\n');
  }

  /** RFC 4180: quoted when it holds a comma, quote or line break, with quotes doubled. */
  static String quote(String cell) {
    for (int i = 0; i < cell.length(); i++) {
      char c = cell.charAt(i);
      if (c == ',' || c == '"' || c == '\n' || c == '\r') {
        return '"' + cell.replace("\"", "\"\"") + '"';
      }
    }
    return cell;
  }
}
