package org.sectoral.io.json;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sectoral.core.internal.files.AtomicFiles;
import org.sectoral.core.table.FinalDemandColumn;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.core.table.LabelledMatrix;
import org.sectoral.core.table.SatelliteAccount;
import org.sectoral.core.table.Sector;
import org.sectoral.core.table.Stressor;
import org.sectoral.io.json.TableDoc.FinalDemandDoc;
import org.sectoral.io.json.TableDoc.ImportsDoc;
import org.sectoral.io.json.TableDoc.RegionDoc;
import org.sectoral.io.json.TableDoc.SatelliteDoc;
import org.sectoral.io.json.TableDoc.SectorDoc;
import org.sectoral.io.json.TableDoc.StressorDoc;
import org.sectoral.io.json.TableDoc.ValueAddedDoc;

/**
 * Writes a table as a JSON document (schema in {@code FORMATS.md}, see {@link JsonTableReader}):
 * objects indented by two spaces, each number array on one line, numbers as the shortest text
 * that reads back to the same double.
 */
public final class JsonTableWriter {
  private JsonTableWriter() {}

  /** Writes the table to {@code file} atomically. */
  public static void write(InputOutputTable table, Path file) throws IOException {
    checkNotNull(table, "table");
    AtomicFiles.writeText(file, out -> write(table, out));
  }

  /** Writes the table to a writer (not closed). */
  public static void write(InputOutputTable table, Writer out) throws IOException {
    DefaultPrettyPrinter pp = new DefaultPrettyPrinter()
        .withObjectIndenter(new DefaultIndenter("  ", "\n"))
        .withArrayIndenter(DefaultPrettyPrinter.FixedSpaceIndenter.instance);
    ObjectWriter w = JsonTableReader.MAPPER.writer(pp);
    out.write(w.writeValueAsString(toDoc(table)));
    out.write('\n');
    out.flush();
  }

  static TableDoc toDoc(InputOutputTable t) {
    List<RegionDoc> regions = t.regions().keys().stream()
        .map(r -> new RegionDoc(r.code(), r.name())).toList();
    List<FinalDemandDoc> fd = new ArrayList<>();
    LabelledMatrix<?, FinalDemandColumn> y = t.finalDemand();
    for (int j = 0; j < y.columnCount(); j++) {
      FinalDemandColumn c = y.columns().get(j);
      fd.add(new FinalDemandDoc(c.region().code(), c.code(), c.category(), y.columnArray(j)));
    }
    ImportsDoc imports = t.imports().map(m -> new ImportsDoc(sectors(m.rows().keys()),
        m.toArray(), t.importedFinalDemand().map(LabelledMatrix::toArray).orElse(null)))
        .orElse(null);
    List<ValueAddedDoc> va = new ArrayList<>();
    for (int r = 0; r < t.valueAdded().rowCount(); r++) {
      var c = t.valueAdded().rows().get(r);
      va.add(new ValueAddedDoc(c.code(), c.kind(), t.valueAdded().rowArray(r)));
    }
    List<SatelliteDoc> sats = new ArrayList<>();
    for (SatelliteAccount a : t.satellites().values()) {
      List<StressorDoc> st = new ArrayList<>();
      for (int r = 0; r < a.byIndustry().rowCount(); r++) {
        Stressor s = a.stressors().get(r);
        int row = r; // F_Y has F's stressors in F's order
        st.add(new StressorDoc(s.name(), s.unit(), a.byIndustry().rowArray(r),
            a.byFinalDemand().map(fy -> fy.rowArray(row)).orElse(null)));
      }
      sats.add(new SatelliteDoc(a.name(), st));
    }
    return new TableDoc(TableDoc.FORMAT, 1, t.name(), t.unit(), regions,
        sectors(t.sectors().keys()), t.intermediate().toArray(), fd, imports, va,
        t.productTaxes().toArray(), t.output().toArray(), sats,
        new double[] {t.balanceReport().tolerance(), t.balanceReport().absoluteTolerance()});
  }

  private static List<SectorDoc> sectors(List<Sector> ss) {
    return ss.stream().map(s -> new SectorDoc(s.code(), s.name(), s.classification())).toList();
  }
}
