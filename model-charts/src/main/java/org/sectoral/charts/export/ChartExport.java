package org.sectoral.charts.export;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Iterator;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import org.apache.batik.dom.GenericDOMImplementation;
import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2D;
import org.jfree.chart.JFreeChart;
import org.sectoral.charts.ChartStyle;
import org.sectoral.core.internal.files.AtomicFiles;
import org.w3c.dom.DOMImplementation;
import org.w3c.dom.Document;

/**
 * Headless export of a {@link JFreeChart} to PNG and SVG files, each written to a temporary
 * sibling and moved into place so that a failure never leaves half a file.
 *
 * <p><b>PNG</b>: the image has exactly the requested pixel size; the resolution goes into the
 * PNG {@code pHYs} chunk, and above {@value #BASE_DPI} DPI the chart is laid out on a canvas of
 * size/(dpi/96) and drawn scaled by dpi/96, so fonts keep their physical size when printed at
 * that resolution.
 *
 * <p><b>SVG</b>: drawn through Apache Batik's {@code SVGGraphics2D} (batik-svggen, Apache-2.0).
 * JFreeSVG, JFreeChart's sibling, is GPLv3 and is deliberately not used so that Sectoral stays
 * Apache-2.0 throughout.
 *
 * <p>Rendering sets {@code java.awt.headless=true} when the property is unset.
 */
public final class ChartExport {
  /** The resolution at which one chart unit is one pixel. */
  public static final int BASE_DPI = 96;
  private static final Pattern DOCTYPE = Pattern.compile("<!DOCTYPE[^>]*>\\s*");

  private ChartExport() {}

  /**
   * Writes {@code chart} as a PNG of {@code width} × {@code height} pixels at {@code dpi}
   * (≥ 1) to {@code file}, atomically.
   *
   * @return the absolute path written
   */
  public static Path png(JFreeChart chart, Path file, int width, int height, int dpi)
      throws IOException {
    checkNotNull(file, "file");
    BufferedImage image = render(chart, width, height, dpi);
    return AtomicFiles.write(file, out -> {
      ImageWriter writer = pngWriter();
      try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
        writer.setOutput(ios);
        ImageWriteParam param = writer.getDefaultWriteParam();
        IIOMetadata metadata = writer.getDefaultImageMetadata(
            ImageTypeSpecifier.createFromRenderedImage(image), param);
        setDpi(metadata, dpi);
        writer.write(null, new IIOImage(image, null, metadata), param);
      } finally {
        writer.dispose();
      }
    });
  }

  /** Writes a PNG at {@value #BASE_DPI} DPI. */
  public static Path png(JFreeChart chart, Path file, int width, int height) throws IOException {
    return png(chart, file, width, height, BASE_DPI);
  }

  /**
   * Writes {@code chart} as a PNG of the style's size at {@value #BASE_DPI} DPI into
   * {@code dir}, named by the slug of the chart's title ({@link #fileName}).
   *
   * @return the absolute path written
   */
  public static Path pngNamedByTitle(JFreeChart chart, Path dir, ChartStyle style)
      throws IOException {
    checkNotNull(dir, "dir");
    return png(chart, dir.resolve(fileName(titleOf(chart), "png")), style.width(),
        style.height());
  }

  /**
   * Writes {@code chart} as an SVG of the style's size into {@code dir}, named by the slug of
   * the chart's title ({@link #fileName}).
   *
   * @return the absolute path written
   */
  public static Path svgNamedByTitle(JFreeChart chart, Path dir, ChartStyle style)
      throws IOException {
    checkNotNull(dir, "dir");
    return svg(chart, dir.resolve(fileName(titleOf(chart), "svg")), style.width(),
        style.height());
  }

  /**
   * Draws {@code chart} into a new ARGB image of {@code width} × {@code height} pixels, scaled
   * for {@code dpi} as described in the class comment.
   */
  public static BufferedImage render(JFreeChart chart, int width, int height, int dpi) {
    checkNotNull(chart, "chart");
    checkArgument(width > 0 && height > 0, "Size %sx%s", width, height);
    checkArgument(dpi > 0, "DPI %s", dpi);
    ensureHeadless();
    double scale = Math.max(1.0, dpi / (double) BASE_DPI);
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g2 = image.createGraphics();
    try {
      g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING,
          RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g2.scale(scale, scale);
      chart.draw(g2, new Rectangle2D.Double(0, 0, width / scale, height / scale));
    } finally {
      g2.dispose();
    }
    return image;
  }

  /**
   * Writes {@code chart} as an SVG document of {@code width} × {@code height} user units
   * (pixels) to {@code file} in UTF-8, atomically, through Apache Batik ({@link #svgText}).
   *
   * @return the absolute path written
   */
  public static Path svg(JFreeChart chart, Path file, int width, int height) throws IOException {
    checkNotNull(file, "file");
    byte[] bytes = svgText(chart, width, height).getBytes(StandardCharsets.UTF_8);
    return AtomicFiles.write(file, out -> out.write(bytes));
  }

  /**
   * {@code chart} as the text of an SVG document of {@code width} × {@code height} user units
   * (pixels) with {@code viewBox="0 0 width height"}, so that it scales to any size (in a page,
   * on paper), drawn through Apache Batik. Text stays text; the document has no DOCTYPE, so
   * reading it never fetches a DTD.
   */
  public static String svgText(JFreeChart chart, int width, int height) {
    checkNotNull(chart, "chart");
    checkArgument(width > 0 && height > 0, "Size %sx%s", width, height);
    ensureHeadless();
    DOMImplementation dom = GenericDOMImplementation.getDOMImplementation();
    Document document = dom.createDocument("http://www.w3.org/2000/svg", "svg", null);
    SVGGeneratorContext context = SVGGeneratorContext.createDefault(document);
    context.setComment("Generated by Sectoral with Apache Batik");
    context.setEmbeddedFontsOn(false);
    SVGGraphics2D g2 = new SVGGraphics2D(context, false);
    g2.setSVGCanvasSize(new java.awt.Dimension(width, height));
    chart.draw(g2, new Rectangle2D.Double(0, 0, width, height));
    StringWriter text = new StringWriter();
    try {
      g2.stream(text, true);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e); // a StringWriter does not fail
    }
    // Batik writes an SVG 1.0 DOCTYPE whose DTD URL XML parsers would try to fetch; SVG 2
    // needs none, so it is dropped and the file opens offline.
    String svg = DOCTYPE.matcher(text.toString()).replaceFirst("");
    return svg.replaceFirst("<svg ", "<svg viewBox=\"0 0 " + width + " " + height + "\" ");
  }

  /**
   * A deterministic file name for a chart title: lower-case ASCII letters and digits joined by
   * single hyphens (accents stripped, at most 80 characters, {@code "chart"} when nothing is
   * left), followed by {@code "." + extension}.
   */
  public static String fileName(String title, String extension) {
    checkNotNull(extension, "extension");
    checkArgument(extension.matches("[A-Za-z0-9]+"), "Extension %s", extension);
    return slug(title) + "." + extension.toLowerCase(Locale.ROOT);
  }

  /** The slug of {@code title} used by {@link #fileName}. */
  public static String slug(String title) {
    checkNotNull(title, "title");
    String ascii = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
        .replaceAll("(^-+)|(-+$)", "");
    if (slug.length() > 80) {
      slug = slug.substring(0, 80).replaceAll("-+$", "");
    }
    return slug.isEmpty() ? "chart" : slug;
  }

  private static String titleOf(JFreeChart chart) {
    checkNotNull(chart, "chart");
    return chart.getTitle() == null ? "" : chart.getTitle().getText();
  }

  static void ensureHeadless() {
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
  }

  private static ImageWriter pngWriter() throws IOException {
    Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("png");
    if (!writers.hasNext()) {
      throw new IOException("No PNG image writer available");
    }
    return writers.next();
  }

  private static void setDpi(IIOMetadata metadata, int dpi) throws IOException {
    String pixelsPerMetre = Long.toString(Math.round(dpi / 0.0254));
    IIOMetadataNode phys = new IIOMetadataNode("pHYs");
    phys.setAttribute("pixelsPerUnitXAxis", pixelsPerMetre);
    phys.setAttribute("pixelsPerUnitYAxis", pixelsPerMetre);
    phys.setAttribute("unitSpecifier", "meter");
    IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
    root.appendChild(phys);
    metadata.mergeTree("javax_imageio_png_1.0", root);
  }
}
