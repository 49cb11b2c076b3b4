package org.sectoral.charts.report;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.sectoral.charts.export.ChartExport;
import org.sectoral.core.internal.files.AtomicFiles;

/**
 * A self-contained HTML report: a title, an optional table of contents, sections, paragraphs,
 * notes, tables with units and charts (PNG or SVG files, or charts drawn into the page as
 * inline SVG with a {@code viewBox}). Styles are inline, with a print stylesheet; images are
 * referenced by relative path or embedded as data URIs, so the page loads nothing from the
 * network and, with embedded images or inline charts, is one file that can be e-mailed. All
 * text is HTML-escaped, the page's {@code lang} is the report's locale and numbers are
 * formatted in it ({@link Locale#ROOT} by default). Immutable.
 *
 * <pre>{@code
 * HtmlReport.builder().title("Viet Nam exports").section("Value added")
 *     .paragraph("Domestic value added by sector.")
 *     .table(List.of("Sector", "DVA"), rows, List.of("", "billion USD"))
 *     .chart(Path.of("dva.png"), "Domestic value-added share")
 *     .build().writeTo(dir);
 * }</pre>
 */
public final class HtmlReport {
  private static final String CSS = String.join("\n",
      "body{font-family:sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222;"
          + "line-height:1.45}",
      "h1{font-size:1.6rem}h2{font-size:1.25rem;margin-top:2rem;border-bottom:1px solid #ddd}",
      "h3{font-size:1.05rem;margin-top:1.5rem}",
      "table{border-collapse:collapse;margin:1rem 0}",
      "th,td{border:1px solid #ccc;padding:.3rem .6rem;vertical-align:top}"
          + "th{background:#f3f3f3;text-align:left}",
      "td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}",
      "figure{margin:1rem 0}img,figure svg{max-width:100%;height:auto;display:block}",
      "figure svg{width:100%}figcaption{font-size:.9rem;color:#555}",
      "p.note{background:#fff7e0;border-left:4px solid #e0a800;padding:.4rem .7rem}",
      "nav.toc{background:#f7f7f7;padding:.5rem 1rem;margin:1rem 0}nav.toc ol{margin:.3rem 0}",
      "p.meta{color:#555;font-size:.9rem}",
      "@media print{body{max-width:none;margin:0;font-size:10pt}a{color:inherit;"
          + "text-decoration:none}nav.toc{display:none}"
          + "h2,h3{break-after:avoid;page-break-after:avoid}figure,tr{break-inside:avoid;"
          + "page-break-inside:avoid}thead{display:table-header-group}"
          + "p.note{border-left-color:#000}}",
      "@page{size:A4;margin:15mm}");

  private sealed interface Block
      permits Section, Subsection, Paragraph, Note, Table, Chart, Svg, Links {}

  private record Section(String title) implements Block {}

  private record Subsection(String title) implements Block {}

  private record Paragraph(String text) implements Block {}

  private record Note(String text) implements Block {}

  private record Table(List<String> headers, List<List<Object>> rows, List<String> units,
      List<Integer> digits) implements Block {}

  private record Chart(Path image, String caption) implements Block {}

  private record Svg(String svg, String caption) implements Block {}

  private record Links(String label, List<String> hrefs) implements Block {}

  /**
   * A table cell shown as given and aligned as a number, for numbers a caller formats itself
   * (e.g. {@code "3.157"} beside amounts with one decimal).
   *
   * @param text the cell's text
   */
  public record Formatted(String text) {
    /** Checks the text. */
    public Formatted {
      checkNotNull(text, "text");
    }
  }

  private final String title;
  private final Locale locale;
  private final int fractionDigits;
  private final boolean embedImages;
  private final String contentsHeading;
  private final String meta;
  private final ImmutableList<Block> blocks;

  private HtmlReport(Builder b) {
    this.title = b.title;
    this.locale = b.locale;
    this.fractionDigits = b.fractionDigits;
    this.embedImages = b.embedImages;
    this.contentsHeading = b.contentsHeading;
    this.meta = b.meta;
    this.blocks = ImmutableList.copyOf(b.blocks);
  }

  /** A builder of an empty report. */
  public static Builder builder() {
    return new Builder();
  }

  /** The report's title. */
  public String title() {
    return title;
  }

  /** The deterministic file name of the page: the title's slug plus {@code .html}. */
  public String fileName() {
    return ChartExport.fileName(title, "html");
  }

  /**
   * Writes the page to {@code dir}/{@link #fileName()} atomically. Relative chart paths are
   * resolved against {@code dir}; an image outside {@code dir} is copied into it (or embedded
   * as a data URI when the builder asked for that), so every reference resolves.
   *
   * @return the path of the page written
   * @throws NoSuchFileException when a chart image does not exist
   */
  public Path writeTo(Path dir) throws IOException {
    return writeTo(dir, fileName());
  }

  /**
   * Writes the page to {@code dir}/{@code fileName} atomically (e.g. {@code index.html}),
   * otherwise as {@link #writeTo(Path)}.
   *
   * @param fileName a plain file name ending in {@code .html}, without folders
   * @return the path of the page written
   * @throws NoSuchFileException when a chart image or a linked file does not exist
   */
  public Path writeTo(Path dir, String fileName) throws IOException {
    checkNotNull(dir, "dir");
    checkNotNull(fileName, "fileName");
    checkArgument(fileName.endsWith(".html") && !fileName.contains("/")
        && !fileName.contains("\\") && !fileName.startsWith("."),
        "Not a plain .html file name: %s", fileName);
    Path base = dir.toAbsolutePath().normalize();
    Files.createDirectories(base);
    String html = render(base);
    return AtomicFiles.write(base.resolve(fileName),
        out -> out.write(html.getBytes(StandardCharsets.UTF_8)));
  }

  private String render(Path base) throws IOException {
    StringBuilder h = new StringBuilder(4096);
    String lang = locale.getLanguage().isEmpty() ? "en" : locale.toLanguageTag();
    h.append("<!DOCTYPE html>\n<html lang=\"").append(escape(lang))
        .append("\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(escape(title))
        .append("</title>\n<style>\n").append(CSS).append("\n</style>\n</head>\n<body>\n<h1>")
        .append(escape(title)).append("</h1>\n");
    if (!meta.isEmpty()) {
      h.append("<p class=\"meta\">").append(escape(meta)).append("</p>\n");
    }
    if (contentsHeading != null) {
      toc(h);
    }
    int section = 0;
    int svg = 0;
    for (Block b : blocks) {
      if (b instanceof Section s) {
        // anchors only for a table of contents: pages without one stay as they were
        h.append(contentsHeading == null ? "<h2>" : "<h2 id=\"s" + ++section + "\">")
            .append(escape(s.title())).append("</h2>\n");
      } else if (b instanceof Subsection s) {
        h.append("<h3>").append(escape(s.title())).append("</h3>\n");
      } else if (b instanceof Paragraph p) {
        h.append("<p>").append(escape(p.text())).append("</p>\n");
      } else if (b instanceof Note n) {
        h.append("<p class=\"note\">").append(escape(n.text())).append("</p>\n");
      } else if (b instanceof Table t) {
        table(h, t);
      } else if (b instanceof Chart c) {
        h.append("<figure><img src=\"").append(escape(imageSource(base, c.image())))
            .append("\" alt=\"").append(escape(c.caption())).append("\"><figcaption>")
            .append(escape(c.caption())).append("</figcaption></figure>\n");
      } else if (b instanceof Svg c) {
        h.append("<figure>").append(InlineSvg.of(c.svg(), "f" + ++svg + "-", c.caption()))
            .append("<figcaption>").append(escape(c.caption()))
            .append("</figcaption></figure>\n");
      } else if (b instanceof Links l) {
        links(h, base, l);
      }
    }
    return h.append("</body>\n</html>\n").toString();
  }

  private void toc(StringBuilder h) {
    h.append("<nav class=\"toc\"><strong>").append(escape(contentsHeading))
        .append("</strong>\n<ol>\n");
    int section = 0;
    for (Block b : blocks) {
      if (b instanceof Section s) {
        h.append("<li><a href=\"#s").append(++section).append("\">").append(escape(s.title()))
            .append("</a></li>\n");
      }
    }
    h.append("</ol></nav>\n");
  }

  private void table(StringBuilder h, Table t) {
    h.append("<table>\n<thead><tr>");
    for (int i = 0; i < t.headers().size(); i++) {
      String unit = t.units().isEmpty() ? "" : t.units().get(i);
      h.append("<th>").append(escape(t.headers().get(i)));
      if (!unit.isEmpty()) {
        h.append(" (").append(escape(unit)).append(')');
      }
      h.append("</th>");
    }
    h.append("</tr></thead>\n<tbody>\n");
    for (List<Object> row : t.rows()) {
      h.append("<tr>");
      for (int c = 0; c < row.size(); c++) {
        Object cell = row.get(c);
        if (cell instanceof Formatted f) {
          h.append("<td class=\"num\">").append(escape(f.text()));
        } else if (cell instanceof Number n) {
          int d = t.digits().isEmpty() || t.digits().get(c) < 0 ? fractionDigits
              : t.digits().get(c);
          NumberFormat nf = NumberFormat.getNumberInstance(locale);
          nf.setMinimumFractionDigits(d);
          nf.setMaximumFractionDigits(d);
          h.append("<td class=\"num\">").append(escape(nf.format(n.doubleValue())));
        } else {
          h.append("<td>").append(escape(cell == null ? "" : cell.toString()));
        }
        h.append("</td>");
      }
      h.append("</tr>\n");
    }
    h.append("</tbody>\n</table>\n");
  }

  private static void links(StringBuilder h, Path base, Links l) throws IOException {
    h.append("<p>").append(escape(l.label()));
    String sep = " ";
    for (String href : l.hrefs()) {
      if (!Files.isRegularFile(base.resolve(href).normalize())) {
        throw new NoSuchFileException(base.resolve(href).toString(), null, "Linked file");
      }
      h.append(sep).append("<a href=\"").append(escape(href)).append("\">").append(escape(href))
          .append("</a>");
      sep = " · ";
    }
    h.append("</p>\n");
  }

  private String imageSource(Path base, Path image) throws IOException {
    Path file = base.resolve(image).normalize();
    if (!Files.isRegularFile(file)) {
      throw new NoSuchFileException(file.toString(), null, "Chart image of the report");
    }
    String name = file.getFileName().toString();
    if (embedImages) {
      String type = name.toLowerCase(Locale.ROOT).endsWith(".svg") ? "image/svg+xml"
          : "image/png";
      return "data:" + type + ";base64,"
          + Base64.getEncoder().encodeToString(Files.readAllBytes(file));
    }
    if (!file.startsWith(base)) {
      Path copy = base.resolve(name);
      byte[] bytes = Files.readAllBytes(file);
      AtomicFiles.write(copy, out -> out.write(bytes));
      file = copy;
    }
    return base.relativize(file).toString().replace('\\', '/');
  }

  /** Escapes {@code & < > " '} for HTML text and attribute values. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** Builds an {@link HtmlReport}; blocks appear in the order added. */
  public static final class Builder {
    private String title;
    private Locale locale = Locale.ROOT;
    private int fractionDigits = 2;
    private boolean embedImages;
    private String contentsHeading;
    private String meta = "";
    private final List<Block> blocks = new ArrayList<>();

    Builder() {}

    /** The page title (required), shown as the heading. */
    public Builder title(String title) {
      this.title = checkNotNull(title, "title");
      return this;
    }

    /** The locale of numbers in tables ({@link Locale#ROOT} by default). */
    public Builder locale(Locale locale) {
      this.locale = checkNotNull(locale, "locale");
      return this;
    }

    /** Decimals shown for numbers in tables (default 2). */
    public Builder fractionDigits(int digits) {
      checkArgument(digits >= 0 && digits <= 12, "Fraction digits %s", digits);
      this.fractionDigits = digits;
      return this;
    }

    /** Embed images as base64 data URIs instead of referencing files (default false). */
    public Builder embedImages(boolean embed) {
      this.embedImages = embed;
      return this;
    }

    /**
     * A table of contents of the sections, under {@code heading} (e.g. "Contents"), after the
     * title; sections get anchors {@code #s1}, {@code #s2} … (default: none).
     */
    public Builder tableOfContents(String heading) {
      this.contentsHeading = checkNotNull(heading, "heading");
      return this;
    }

    /** A line under the title (source, date, unit …), in smaller grey text. */
    public Builder meta(String text) {
      this.meta = checkNotNull(text, "text");
      return this;
    }

    /** Starts a subsection with a smaller heading (not in the table of contents). */
    public Builder subsection(String title) {
      blocks.add(new Subsection(checkNotNull(title, "title")));
      return this;
    }

    /** Adds a highlighted note (a warning, an estimate's caveat). */
    public Builder note(String text) {
      blocks.add(new Note(checkNotNull(text, "text")));
      return this;
    }

    /**
     * Draws a chart into the page as inline SVG of {@code width} × {@code height} user units
     * with a {@code viewBox} (so it scales to the page and prints as vectors), captioned.
     */
    public Builder chart(JFreeChart chart, String caption, int width, int height) {
      checkNotNull(chart, "chart");
      checkNotNull(caption, "caption");
      blocks.add(new Svg(ChartExport.svgText(chart, width, height), caption));
      return this;
    }

    /** Starts a section with a heading. */
    public Builder section(String title) {
      blocks.add(new Section(checkNotNull(title, "title")));
      return this;
    }

    /** Adds a paragraph of plain text (escaped). */
    public Builder paragraph(String text) {
      blocks.add(new Paragraph(checkNotNull(text, "text")));
      return this;
    }

    /**
     * Adds a table: headers, rows of cells ({@link Number}s formatted in the locale and
     * right-aligned, anything else as text) and a unit per column shown in its header
     * ({@code ""} for none; an empty list for no units at all).
     */
    public Builder table(List<String> headers, List<? extends List<?>> rows,
        List<String> units) {
      checkArgument(!headers.isEmpty(), "No headers");
      checkArgument(units.isEmpty() || units.size() == headers.size(),
          "%s units for %s headers", units.size(), headers.size());
      List<List<Object>> copy = new ArrayList<>();
      for (List<?> row : rows) {
        checkArgument(row.size() == headers.size(), "Row %s has %s cells, %s headers", row,
            row.size(), headers.size());
        copy.add(java.util.Collections.unmodifiableList(new ArrayList<>(row)));
      }
      blocks.add(new Table(ImmutableList.copyOf(headers), List.copyOf(copy),
          ImmutableList.copyOf(units), List.of()));
      return this;
    }

    /**
     * Adds a table as {@link #table(List, List, List)}, with the decimals of each column's
     * numbers ({@code -1}: the report's {@link #fractionDigits}).
     */
    public Builder table(List<String> headers, List<? extends List<?>> rows,
        List<String> units, List<Integer> digits) {
      checkArgument(digits.size() == headers.size(), "%s digits for %s headers", digits.size(),
          headers.size());
      for (int d : digits) {
        checkArgument(d >= -1 && d <= 12, "Fraction digits %s", d);
      }
      table(headers, rows, units);
      Table t = (Table) blocks.remove(blocks.size() - 1);
      blocks.add(new Table(t.headers(), t.rows(), t.units(), ImmutableList.copyOf(digits)));
      return this;
    }

    /** Adds a chart image (PNG or SVG; relative paths resolve against the output folder). */
    public Builder chart(Path image, String caption) {
      checkNotNull(image, "image");
      String name = image.getFileName() == null ? "" : image.getFileName().toString()
          .toLowerCase(Locale.ROOT);
      checkArgument(name.endsWith(".png") || name.endsWith(".svg"), "Not a PNG or SVG: %s",
          image);
      blocks.add(new Chart(image, checkNotNull(caption, "caption")));
      return this;
    }

    /**
     * Adds a paragraph starting with {@code label} and linking each file, given by a path
     * relative to the output folder (e.g. {@code data/result.csv}); writing fails when a
     * linked file does not exist.
     */
    public Builder links(String label, List<String> hrefs) {
      checkNotNull(label, "label");
      for (String href : hrefs) {
        checkArgument(!href.isEmpty() && !href.startsWith("/") && !href.contains(":"),
            "Not a relative path: %s", href);
      }
      blocks.add(new Links(label, ImmutableList.copyOf(hrefs)));
      return this;
    }

    /** The report. */
    public HtmlReport build() {
      checkState(title != null, "No title");
      return new HtmlReport(this);
    }
  }
}
