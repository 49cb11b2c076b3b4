package org.sectoral.charts.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sectoral.charts.ChartStyle;
import org.sectoral.charts.MatrixCharts;
import org.sectoral.core.internal.files.AtomicFiles;
import org.sectoral.core.table.KeyIndex;
import org.sectoral.core.table.LabelledMatrix;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

class ChartExportTest {
  private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

  @TempDir
  Path dir;

  private static JFreeChart chart() {
    KeyIndex<String> keys = KeyIndex.of(java.util.List.of("a", "b"));
    return MatrixCharts.heatmap(LabelledMatrix.of(keys, keys,
        new double[][] {{1, 0.2}, {0.1, 1.3}}, "1"), "Small <matrix>", ChartStyle.defaults());
  }

  @Test
  void pngHasMagicBytesRequestedSizeAndDpiMetadata() throws IOException {
    Path file = ChartExport.png(chart(), dir.resolve("c.png"), 640, 400, 300);
    byte[] bytes = Files.readAllBytes(file);
    assertThat(Arrays.copyOf(bytes, 8)).isEqualTo(PNG_MAGIC);
    BufferedImage image = ImageIO.read(file.toFile());
    assertThat(image.getWidth()).isEqualTo(640);
    assertThat(image.getHeight()).isEqualTo(400);
    try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
      ImageReader reader = ImageIO.getImageReadersByFormatName("png").next();
      reader.setInput(in);
      IIOMetadata meta = reader.getImageMetadata(0);
      Node root = meta.getAsTree("javax_imageio_png_1.0");
      Element phys = null;
      for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
        if (n.getNodeName().equals("pHYs")) {
          phys = (Element) n;
        }
      }
      assertThat(phys).isNotNull();
      assertThat(phys.getAttribute("pixelsPerUnitXAxis")).isEqualTo("11811");
      assertThat(phys.getAttribute("unitSpecifier")).isEqualTo("meter");
      reader.dispose();
    }
    assertThat(System.getProperty("java.awt.headless")).isEqualTo("true");
  }

  @Test
  void svgParsesAsXmlWithAnSvgRoot() throws Exception {
    Path file = ChartExport.svg(chart(), dir.resolve("sub/c.svg"), 800, 500);
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    Document doc;
    try (InputStream in = Files.newInputStream(file)) {
      doc = f.newDocumentBuilder().parse(in);
    }
    Element root = doc.getDocumentElement();
    assertThat(root.getLocalName()).isEqualTo("svg");
    assertThat(root.getAttribute("width")).isEqualTo("800");
    assertThat(root.getAttribute("height")).isEqualTo("500");
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).contains("Small &lt;matrix&gt;");
  }

  @Test
  void failedWriteLeavesTheOldFileIntactAndNoTemporaryFile() throws IOException {
    Path target = dir.resolve("old.png");
    Files.writeString(target, "old content");
    assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
      out.write(new byte[] {1, 2, 3});
      throw new IOException("disk full");
    })).isInstanceOf(IOException.class).hasMessage("disk full");
    assertThat(Files.readString(target)).isEqualTo("old content");
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(target);
    }
    ChartExport.png(chart(), target, 100, 80);
    assertThat(Arrays.copyOf(Files.readAllBytes(target), 8)).isEqualTo(PNG_MAGIC);
  }

  @Test
  void fileNamesAreDeterministicSlugs() {
    assertThat(ChartExport.fileName("Domestic <VA> share: Viet Nam, 2030!", "PNG"))
        .isEqualTo("domestic-va-share-viet-nam-2030.png");
    assertThat(ChartExport.slug("Côte d'Ivoire — exports")).isEqualTo("cote-d-ivoire-exports");
    assertThat(ChartExport.slug("***")).isEqualTo("chart");
    assertThat(ChartExport.slug("x".repeat(200))).hasSize(80);
    assertThatThrownBy(() -> ChartExport.fileName("a", "../png"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
