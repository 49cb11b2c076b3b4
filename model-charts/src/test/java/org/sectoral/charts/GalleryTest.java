package org.sectoral.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Renders the gallery into {@code target/gallery}, and into the folder named by the system
 * property {@code sectoral.gallery} (relative to the repository root) when set.
 */
class GalleryTest {
  @Test
  void rendersEveryChartToPng() throws IOException {
    List<Path> files = Gallery.render(Path.of("target", "gallery"));
    assertThat(files).hasSize(12).allSatisfy(p -> {
      assertThat(p).exists();
      assertThat(Files.size(p)).isBetween(5_000L, 150_000L);
    });
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
