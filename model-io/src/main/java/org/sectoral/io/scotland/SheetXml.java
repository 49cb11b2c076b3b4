package org.sectoral.io.scotland;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.sectoral.io.TableFormatException;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the cell values of one worksheet of an .xlsx with POI's event API (SAX over the sheet's
 * XML): the other sheets are never parsed. Numbers are {@code Double.parseDouble} of the stored
 * text (exactly what POI's user model returns), strings are resolved from the shared-strings
 * table; formula cells give their cached result. Holds the sheet's cells, not its styles.
 */
final class SheetXml {
  private SheetXml() {}

  /**
   * The cells of sheet {@code name} of the workbook in {@code in}.
   *
   * @throws TableFormatException when the stream is not an .xlsx or has no such sheet
   */
  static SheetCells read(String source, InputStream in, String name)
      throws TableFormatException {
    try (OPCPackage pkg = OPCPackage.open(in)) {
      XSSFReader reader = new XSSFReader(pkg);
      ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
      XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
      List<String> names = new ArrayList<>();
      while (it.hasNext()) {
        try (InputStream sheet = it.next()) {
          names.add(it.getSheetName());
          if (it.getSheetName().equals(name)) {
            Cells cells = new Cells(strings);
            XMLReader xml = XMLHelper.newXMLReader();
            xml.setContentHandler(cells);
            xml.parse(new InputSource(sheet));
            return new SheetCells(source + "[" + name + "]", cells.rows);
          }
        }
      }
      throw TableFormatException.ofSource(source, "missing sheet \"" + name + "\"; sheets are "
          + names);
    } catch (TableFormatException e) {
      throw e;
    } catch (IOException | SAXException | RuntimeException | javax.xml.parsers
        .ParserConfigurationException | org.apache.poi.openxml4j.exceptions.OpenXML4JException e) {
      throw TableFormatException.ofSource(source, "not an .xlsx workbook: " + e.getMessage());
    }
  }

  /** SAX handler collecting {@code <c>} values by 0-based row and column. */
  private static final class Cells extends DefaultHandler {
    final TreeMap<Integer, TreeMap<Integer, Object>> rows = new TreeMap<>();
    private final ReadOnlySharedStringsTable strings;
    private final StringBuilder text = new StringBuilder();
    private int row = -1;
    private int col = -1;
    private String type;
    private boolean collecting;

    Cells(ReadOnlySharedStringsTable strings) {
      this.strings = strings;
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
          text.setLength(0);
        }
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
    public void endElement(String uri, String local, String qName) {
      switch (name(local, qName)) {
        case "v", "t" -> collecting = false;
        case "c" -> {
          String v = text.toString();
          Object value = switch (type == null ? "n" : type) {
            case "s" -> v.isEmpty() ? null : strings.getItemAt(Integer.parseInt(v.trim()))
                .getString();
            case "inlineStr", "str" -> v;
            case "b" -> "1".equals(v) ? "TRUE" : "FALSE";
            case "e" -> "#" + v;
            default -> v.isBlank() ? null : (Object) Double.parseDouble(v.trim());
          };
          if (value != null) {
            rows.computeIfAbsent(row, k -> new TreeMap<>()).put(col, value);
          }
        }
        default -> { }
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
