package org.sectoral.io.excel;

import ch.randelshofer.fastdoubleparser.JavaDoubleParser;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.sectoral.io.ReadLimits;
import org.sectoral.io.TableFormatException;
import org.sectoral.io.text.LimitedInputStream;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The worksheets of an .xlsx read with POI's event API: each sheet's XML is parsed as a stream
 * (SAX) and its cells handed to a {@link CellHandler} in reading order, never held as a
 * workbook. Numbers are the stored text read as doubles (exactly what POI's user model returns),
 * strings are resolved from the shared-strings table or read inline; formula cells give their
 * cached result. The workbook is opened from its file (random access to the zip, nothing loaded
 * whole); a stream is first copied to a temporary file within the {@link ReadLimits}. POI's
 * protections stay on: its XML parser refuses DTDs and external entities (XXE), its zip reader
 * refuses entries that inflate more than 100 times (zip bombs).
 */
public final class XlsxSheets implements Closeable {
  /** What a cell holds. */
  public enum Kind {
    /** A number (or the numeric result of a formula). */
    NUMBER,
    /** Text (shared, inline or a formula's text result). */
    STRING,
    /** TRUE or FALSE. */
    BOOLEAN,
    /** An error value such as #DIV/0!. */
    ERROR,
    /** A formula whose cached result is not a number. */
    FORMULA
  }

  /** Receives the cells of a sheet in reading order (rows, then columns, both 0-based). */
  @FunctionalInterface
  public interface CellHandler {
    /**
     * One cell with content: its kind, its text (the number's text for numbers; valid only
     * during the call) and, for numbers, its value.
     */
    void cell(int row, int column, Kind kind, CharSequence text, double number)
        throws SAXException;

    /** The end of a row (called for every row element, after its cells). */
    default void endRow(int row) throws SAXException {}
  }

  private final String source;
  private final OPCPackage pkg;
  private final Path temporary;
  private final Map<String, PackagePart> sheets = new LinkedHashMap<>();
  private final ReadOnlySharedStringsTable strings;

  private XlsxSheets(String source, OPCPackage pkg, Path temporary) throws IOException {
    this.source = source;
    this.pkg = pkg;
    this.temporary = temporary;
    try {
      XSSFReader reader = new XSSFReader(pkg);
      strings = new ReadOnlySharedStringsTable(pkg);
      XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
      while (it.hasNext()) {
        try (InputStream ignored = it.next()) {
          sheets.put(it.getSheetName(), it.getSheetPart());
        }
      }
    } catch (IOException | SAXException | RuntimeException
        | org.apache.poi.openxml4j.exceptions.OpenXML4JException e) {
      throw TableFormatException.ofSource(source, "not an .xlsx workbook: " + e.getMessage());
    }
  }

  /**
   * Opens a workbook file.
   *
   * @throws TableFormatException when it is larger than the limits or not an .xlsx
   */
  public static XlsxSheets open(Path file, ReadLimits limits) throws IOException {
    return open(file, file.toString(), limits, null);
  }

  /**
   * Opens a workbook from a stream (closed by the caller), copied to a temporary file that
   * {@link #close()} deletes.
   */
  public static XlsxSheets open(String source, InputStream in, ReadLimits limits)
      throws IOException {
    Path tmp = Files.createTempFile("sectoral-", ".xlsx");
    try {
      try (OutputStream out = Files.newOutputStream(tmp)) {
        LimitedInputStream.of(in, source, limits).transferTo(out);
      }
      return open(tmp, source, limits, tmp);
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(tmp);
      throw e;
    }
  }

  private static XlsxSheets open(Path file, String source, ReadLimits limits, Path temporary)
      throws IOException {
    if (Files.size(file) > limits.maxFileBytes()) {
      throw LimitedInputStream.tooLarge(source, limits.maxFileBytes());
    }
    OPCPackage pkg;
    try {
      pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
    } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException | RuntimeException e) {
      throw TableFormatException.ofSource(source, "not an .xlsx workbook: " + e.getMessage());
    }
    try {
      return new XlsxSheets(source, pkg, temporary);
    } catch (IOException | RuntimeException e) {
      pkg.revert();
      throw e;
    }
  }

  /** The name used in messages. */
  public String source() {
    return source;
  }

  /** The sheet names in workbook order. */
  public List<String> names() {
    return new ArrayList<>(sheets.keySet());
  }

  /** Whether the workbook has a sheet of this name. */
  public boolean has(String sheet) {
    return sheets.containsKey(sheet);
  }

  /**
   * Streams the cells of a sheet to the handler. A {@link TableFormatException} the handler
   * throws (wrapped in a {@link SAXException}) comes out as it was.
   *
   * @throws TableFormatException "missing sheet" naming the sheets, or for malformed XML
   */
  public void read(String sheet, CellHandler handler) throws TableFormatException {
    PackagePart part = sheets.get(sheet);
    if (part == null) {
      throw TableFormatException.ofSource(source, "missing sheet \"" + sheet + "\"; sheets are "
          + names());
    }
    try (InputStream in = part.getInputStream()) {
      XMLReader xml = XMLHelper.newXMLReader();
      xml.setContentHandler(new Cells(strings, handler));
      xml.parse(new InputSource(in));
    } catch (SAXException e) {
      if (e.getException() instanceof TableFormatException t) {
        throw t;
      }
      throw TableFormatException.ofSource(source + "[" + sheet + "]", "not readable: "
          + e.getMessage());
    } catch (IOException | RuntimeException | javax.xml.parsers.ParserConfigurationException e) {
      throw TableFormatException.ofSource(source + "[" + sheet + "]", "not readable: "
          + e.getMessage());
    }
  }

  /** Wraps a located error so it passes through the XML parser. */
  public static SAXException pass(TableFormatException e) {
    return new SAXException(e);
  }

  @Override
  public void close() throws IOException {
    try {
      pkg.revert();
    } finally {
      if (temporary != null) {
        Files.deleteIfExists(temporary);
      }
    }
  }

  /** SAX handler turning {@code <c>} elements into cell events. */
  private static final class Cells extends DefaultHandler {
    private final ReadOnlySharedStringsTable strings;
    private final CellHandler handler;
    private final StringBuilder text = new StringBuilder();
    private int row = -1;
    private int col = -1;
    private String type;
    private boolean formula;
    private boolean collecting;

    Cells(ReadOnlySharedStringsTable strings, CellHandler handler) {
      this.strings = strings;
      this.handler = handler;
    }

    @Override
    public void startElement(String uri, String local, String qName, Attributes a) {
      switch (name(local, qName)) {
        case "row" -> {
          String r = a.getValue("r");
          row = r == null ? row + 1 : Integer.parseInt(r) - 1;
          col = -1;
        }
        case "c" -> {
          String r = a.getValue("r");
          col = r == null ? col + 1 : column(r);
          type = a.getValue("t");
          formula = false;
          text.setLength(0);
        }
        case "f" -> formula = true;
        case "v", "t" -> collecting = true;
        default -> { }
      }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
      if (collecting) {
        text.append(ch, start, length);
      }
    }

    @Override
    public void endElement(String uri, String local, String qName) throws SAXException {
      switch (name(local, qName)) {
        case "v", "t" -> collecting = false;
        case "row" -> handler.endRow(row);
        case "c" -> cell();
        default -> { }
      }
    }

    private void cell() throws SAXException {
      String t = type == null ? "n" : type;
      switch (t) {
        case "s" -> {
          if (text.length() > 0) {
            String s = strings.getItemAt(Integer.parseInt(text.toString().trim())).getString();
            handler.cell(row, col, Kind.STRING, s, Double.NaN);
          }
        }
        case "inlineStr", "str" -> handler.cell(row, col, formula && t.equals("str")
            ? Kind.FORMULA : Kind.STRING, text.toString(), Double.NaN);
        case "b" -> handler.cell(row, col, formula ? Kind.FORMULA : Kind.BOOLEAN,
            "1".equals(text.toString()) ? "TRUE" : "FALSE", Double.NaN);
        case "e" -> handler.cell(row, col, formula ? Kind.FORMULA : Kind.ERROR, "#" + text,
            Double.NaN);
        default -> {
          int s = 0;
          int e = text.length();
          while (s < e && text.charAt(s) <= ' ') {
            s++;
          }
          while (e > s && text.charAt(e - 1) <= ' ') {
            e--;
          }
          if (s < e) {
            double v;
            try {
              v = JavaDoubleParser.parseDouble(text, s, e - s);
            } catch (NumberFormatException ex) {
              handler.cell(row, col, Kind.STRING, text.toString(), Double.NaN);
              return;
            }
            handler.cell(row, col, Kind.NUMBER, text, v);
          }
        }
      }
    }

    private static String name(String local, String qName) {
      return local == null || local.isEmpty() ? qName : local;
    }

    /** 0-based column of a reference such as {@code CW105}. */
    private static int column(String ref) {
      int c = 0;
      for (int i = 0; i < ref.length() && Character.isLetter(ref.charAt(i)); i++) {
        c = c * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
      }
      return c - 1;
    }
  }
}
