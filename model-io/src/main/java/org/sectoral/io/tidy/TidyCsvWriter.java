package org.sectoral.io.tidy;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
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
import org.sectoral.io.NumberText;

/**
 * Writes a table as Sectoral tidy CSV (see {@link TidyCsvReader} and {@code FORMATS.md}): the
 * header {@value TidyCsvReader#HEADER}, label declarations first, then every cell of every
 * block (zeros included) with full-precision numbers; RFC 4180 quoting, LF line endings, UTF-8.
 */
public final class TidyCsvWriter {
  private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\n")
      .get();

  private TidyCsvWriter() {}

  /** Writes the table to {@code file} atomically. */
  public static void write(InputOutputTable table, Path file) throws IOException {
    checkNotNull(table, "table");
    AtomicFiles.writeText(file, out -> write(table, out));
  }

  /** Writes the table to a writer (not closed). */
  public static void write(InputOutputTable t, Writer out) throws IOException {
    CSVPrinter p = new CSVPrinter(out, FORMAT);
    p.printRecord((Object[]) TidyCsvReader.HEADER.split(","));
    p.printRecord("TABLE", "", "", "", "name", t.name());
    p.printRecord("TABLE", "", "", "", "unit", t.unit());
    p.printRecord("TABLE", "", "", "", "tolerance",
        Double.toString(t.balanceReport().tolerance()));
    p.printRecord("TABLE", "", "", "", "absolute_tolerance",
        Double.toString(t.balanceReport().absoluteTolerance()));
    for (Region r : t.regions().keys()) {
      p.printRecord("REGION", r.code(), "", "", "name", r.name());
    }
    for (Sector s : t.sectors().keys()) {
      p.printRecord("SECTOR", "", s.code(), "", "name", s.name());
      p.printRecord("SECTOR", "", s.code(), "", "classification", s.classification());
    }
    for (FinalDemandColumn c : t.finalDemandColumns().keys()) {
      p.printRecord("FD", "", "", c.region().code(), c.code(), c.category().name());
    }
    for (ValueAddedComponent c : t.valueAdded().rows().keys()) {
      p.printRecord("VA_ROW", "", c.code(), "", "kind", c.kind().name());
    }
    if (t.imports().isPresent()) {
      for (Sector s : t.imports().get().rows().keys()) {
        p.printRecord("IMPORT_ROW", "", s.code(), "", "name", s.name());
        p.printRecord("IMPORT_ROW", "", s.code(), "", "classification", s.classification());
      }
    }
    for (SatelliteAccount a : t.satellites().values()) {
      for (Stressor s : a.stressors().keys()) {
        p.printRecord("STRESSOR:" + a.name(), "", s.name(), "", "unit", s.unit());
      }
    }
    LabelledMatrix<RegionSector, RegionSector> z = t.intermediate();
    for (int i = 0; i < z.rowCount(); i++) {
      RegionSector r = z.rows().get(i);
      for (int j = 0; j < z.columnCount(); j++) {
        RegionSector c = z.columns().get(j);
        p.printRecord("Z", r.region().code(), r.sector().code(), c.region().code(),
            c.sector().code(), NumberText.format(z.at(i, j)));
      }
    }
    LabelledMatrix<RegionSector, FinalDemandColumn> y = t.finalDemand();
    for (int i = 0; i < y.rowCount(); i++) {
      RegionSector r = y.rows().get(i);
      for (int j = 0; j < y.columnCount(); j++) {
        FinalDemandColumn c = y.columns().get(j);
        p.printRecord("Y", r.region().code(), r.sector().code(), c.region().code(), c.code(),
            NumberText.format(y.at(i, j)));
      }
    }
    if (t.imports().isPresent()) {
      sectorRows(p, "M", t.imports().get());
    }
    if (t.importedFinalDemand().isPresent()) {
      LabelledMatrix<Sector, FinalDemandColumn> ym = t.importedFinalDemand().get();
      for (int i = 0; i < ym.rowCount(); i++) {
        for (int j = 0; j < ym.columnCount(); j++) {
          FinalDemandColumn c = ym.columns().get(j);
          p.printRecord("YM", "", ym.rows().get(i).code(), c.region().code(), c.code(),
              NumberText.format(ym.at(i, j)));
        }
      }
    }
    LabelledMatrix<ValueAddedComponent, RegionSector> v = t.valueAdded();
    for (int i = 0; i < v.rowCount(); i++) {
      for (int j = 0; j < v.columnCount(); j++) {
        RegionSector c = v.columns().get(j);
        p.printRecord("V", "", v.rows().get(i).code(), c.region().code(), c.sector().code(),
            NumberText.format(v.at(i, j)));
      }
    }
    for (int j = 0; j < t.size(); j++) {
      RegionSector c = t.keys().get(j);
      p.printRecord("T", "", "", c.region().code(), c.sector().code(),
          NumberText.format(t.productTaxes().at(j)));
    }
    for (int i = 0; i < t.size(); i++) {
      RegionSector r = t.keys().get(i);
      p.printRecord("X", r.region().code(), r.sector().code(), "", "",
          NumberText.format(t.output().at(i)));
    }
    for (SatelliteAccount a : t.satellites().values()) {
      LabelledMatrix<Stressor, RegionSector> f = a.byIndustry();
      for (int i = 0; i < f.rowCount(); i++) {
        for (int j = 0; j < f.columnCount(); j++) {
          RegionSector c = f.columns().get(j);
          p.printRecord("F:" + a.name(), "", f.rows().get(i).name(), c.region().code(),
              c.sector().code(), NumberText.format(f.at(i, j)));
        }
      }
      if (a.byFinalDemand().isPresent()) {
        LabelledMatrix<Stressor, FinalDemandColumn> fy = a.byFinalDemand().get();
        for (int i = 0; i < fy.rowCount(); i++) {
          for (int j = 0; j < fy.columnCount(); j++) {
            FinalDemandColumn c = fy.columns().get(j);
            p.printRecord("FY:" + a.name(), "", fy.rows().get(i).name(), c.region().code(),
                c.code(), NumberText.format(fy.at(i, j)));
          }
        }
      }
    }
    p.flush();
  }

  private static void sectorRows(CSVPrinter p, String block,
      LabelledMatrix<Sector, RegionSector> m) throws IOException {
    for (int i = 0; i < m.rowCount(); i++) {
      for (int j = 0; j < m.columnCount(); j++) {
        RegionSector c = m.columns().get(j);
        p.printRecord(block, "", m.rows().get(i).code(), c.region().code(), c.sector().code(),
            NumberText.format(m.at(i, j)));
      }
    }
  }
}
