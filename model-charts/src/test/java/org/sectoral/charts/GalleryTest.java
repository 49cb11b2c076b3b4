package org.sectoral.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * Renders the gallery into {@code target/gallery}, and into the folder named by the system
 * property {@code sectoral.gallery} (relative to the repository root) when set. Checks what does
 * not depend on the installed fonts: PNG magic bytes and the image size (file sizes do).
 */
class GalleryTest {
  private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

  @Test
  void rendersEveryChartToPng() throws IOException {
    List<Path> files = Gallery.render(Path.of("target", "gallery"));
    assertThat(files).hasSize(12).doesNotHaveDuplicates();
    for (Path p : files) {
      byte[] head;
      try (InputStream in = Files.newInputStream(p)) {
        head = in.readNBytes(8);
      }
      assertThat(Arrays.equals(head, PNG_MAGIC)).as("PNG magic of %s", p).isTrue();
      BufferedImage image = ImageIO.read(p.toFile());
      assertThat(image.getWidth()).as("width of %s", p).isEqualTo(Gallery.WIDTH);
      assertThat(image.getHeight()).as("height of %s", p).isEqualTo(Gallery.HEIGHT);
    }
    String docs = System.getProperty("sectoral.gallery");
    if (docs != null && !docs.isBlank()) {
      Path dir = Path.of(docs);
      if (!dir.isAbsolute()) {
        Path cwd = Path.of("").toAbsolutePath();
        Path root = cwd.getFileName().toString().equals("model-charts") ? cwd.getParent() : cwd;
        dir = root.resolve(dir);
      }
      assertThat(Gallery.render(dir)).hasSize(12);
    }
  }
}
