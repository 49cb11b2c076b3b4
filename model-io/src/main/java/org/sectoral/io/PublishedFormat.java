package org.sectoral.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.io.excel.ExcelTables;
import org.sectoral.io.exiobase.Exiobase3Reader;
import org.sectoral.io.oecd.IcioReader;
import org.sectoral.io.oecd.OecdIotReader;
import org.sectoral.io.scotland.ScotlandIxiReader;
import org.sectoral.io.wiod.WiodNiotReader;

/**
 * Published table layouts and spreadsheets, read with default options: EXIOBASE 3 archives,
 * OECD national IOT
 * ({@code CCCyyyyttl.csv}, or {@code CCCyyyydom.csv} with its {@code imp} sibling), OECD ICIO,
 * WIOD 2016 NIOT, the Scottish Government's input-output workbooks (read only) and Excel
 * workbooks (read and write). Detection looks at the name and the first line only (for a
 * workbook: its list of sheets).
 */
public enum PublishedFormat implements TableFormat {
  /**
   * EXIOBASE 3 as distributed, {@code IOT_yyyy_pxp.zip} / {@code IOT_yyyy_ixi.zip} or the folder
   * it unpacks to (see {@link Exiobase3Reader}).
   */
  EXIOBASE_3("exiobase3") {
    @Override
    public boolean canRead(Path path) {
      return Exiobase3Reader.looksLikeExiobase3(path);
    }

    @Override
    public InputOutputTable read(Path path) throws IOException {
      return Exiobase3Reader.create().read(path);
    }
  },
  /**
   * Scottish Government input-output workbook, industry-by-industry sheet {@code IxI} (see
   * {@link ScotlandIxiReader}); recognised as an {@code .xlsx} with a sheet named {@code IxI}.
   */
  SCOTLAND_IXI("scotland-ixi") {
    @Override
    public boolean canRead(Path path) {
      return fileName(path).endsWith(".xlsx") && Files.isRegularFile(path)
          && hasSheet(path, ScotlandIxiReader.LAYOUT.code(ScotlandIxiReader.SHEET));
    }

    @Override
    public InputOutputTable read(Path path) throws IOException {
      return ScotlandIxiReader.create().read(path);
    }
  },
  /** Excel workbook, one sheet per block (see {@link ExcelTables}). */
  XLSX("xlsx") {
    @Override
    public boolean canRead(Path path) {
      return fileName(path).endsWith(".xlsx") && Files.isRegularFile(path);
    }

    @Override
    public InputOutputTable read(Path path) throws IOException {
      return ExcelTables.read(path);
    }

    @Override
    public void write(InputOutputTable table, Path path) throws IOException {
      ExcelTables.write(table, path);
    }
  },
  /** WIOD 2016 national input-output table, one year (see {@link WiodNiotReader}). */
  WIOD_NIOT("wiod-niot") {
    @Override
    public boolean canRead(Path path) {
      return fileName(path).endsWith(".csv") && firstLine(path).replace("\"", "")
          .startsWith("Year,Code,Description,Origin");
    }

    @Override
    public InputOutputTable read(Path path) throws IOException {
      return WiodNiotReader.create().read(path);
    }
  },
  /** OECD inter-country input-output table (see {@link IcioReader}). */
  OECD_ICIO("oecd-icio") {
    @Override
    public boolean canRead(Path path) {
      return fileName(path).endsWith(".csv") && firstLine(path).contains("_HFCE");
    }

    @Override
    public InputOutputTable read(Path path) throws IOException {
      return IcioReader.create().read(path);
    }
  },
  /** OECD national input-output table, 2023 edition (see {@link OecdIotReader}). */
  OECD_IOT("oecd-iot") {
    @Override
    public boolean canRead(Path path) {
      String first = firstLine(path).replace("\"", "");
      return fileName(path).endsWith(".csv") && first.startsWith(",") && first.contains("HFCE");
    }

    @Override
    public InputOutputTable read(Path path) throws IOException {
      var imp = OecdIotReader.importsFileOf(path);
      return imp.isPresent() ? OecdIotReader.create().readDomesticImports(path, imp.get())
          : OecdIotReader.create().readTotal(path);
    }
  };

  private final String id;

  PublishedFormat(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public void write(InputOutputTable table, Path path) throws IOException {
    throw new UnsupportedOperationException("Format " + id + " is read-only: write pymrio, "
        + "tidy-csv, json or xlsx");
  }

  private static String fileName(Path path) {
    return path.getFileName() == null ? ""
        : path.getFileName().toString().toLowerCase(Locale.ROOT);
  }

  /** Whether an .xlsx lists a sheet of this name in {@code xl/workbook.xml} (no workbook is loaded). */
  private static boolean hasSheet(Path path, String sheet) {
    try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(path.toFile())) {
      java.util.zip.ZipEntry e = zip.getEntry("xl/workbook.xml");
      if (e == null || e.getSize() > 10_000_000) {
        return false;
      }
      try (java.io.InputStream in = zip.getInputStream(e)) {
        String xml = new String(in.readNBytes(10_000_000), StandardCharsets.UTF_8);
        return xml.contains("name=\"" + sheet + "\"");
      }
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /** The first line of a file (at most its first MiB, so a huge one-line file is harmless). */
  private static String firstLine(Path path) {
    if (!Files.isRegularFile(path)) {
      return "";
    }
    try (java.io.InputStream in = Files.newInputStream(path)) {
      String head = new String(in.readNBytes(1 << 20), StandardCharsets.UTF_8);
      int end = head.indexOf('\n');
      String line = end < 0 ? head : head.substring(0, end);
      return line.replace("\uFEFF", "").replace("\r", "");
    } catch (IOException | RuntimeException e) {
      return "";
    }
  }

}
