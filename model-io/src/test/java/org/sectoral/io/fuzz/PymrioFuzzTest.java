package org.sectoral.io.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.sectoral.io.pymrio.PymrioReader;

/**
 * pymrio folders and zips: one file of a small valid system ({@code Z.txt}, {@code Y.txt},
 * {@code x.txt}, a {@code file_parameters.json}, an extension's {@code F.txt}…) replaced by the
 * fuzz input (see {@link Archive}); the zip target also reads raw zip bytes.
 */
class PymrioFuzzTest {
  static final Archive SMALL = load();

  private static Archive load() {
    try {
      return Archive.ofResourceFolder("/pymrio/small_mrio");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @FuzzTest(maxDuration = "10m")
  void folder(byte[] input) throws IOException {
    Map<String, byte[]> files = SMALL.edited(input);
    if (files == null) {
      return;
    }
    Path dir = Files.createTempDirectory("sectoral-fuzz");
    try {
      Path system = dir.resolve("small_mrio");
      for (Map.Entry<String, byte[]> f : files.entrySet()) {
        Path p = system.resolve(f.getKey());
        Files.createDirectories(p.getParent());
        Files.write(p, f.getValue());
      }
      FuzzOracle.table(() -> PymrioReader.create().read(system));
    } finally {
      FuzzOracle.delete(dir);
    }
  }

  @FuzzTest(maxDuration = "10m")
  void zip(byte[] input) throws IOException {
    Path dir = Files.createTempDirectory("sectoral-fuzz");
    try {
      Path zip = dir.resolve("small_mrio.zip");
      Files.write(zip, SMALL.zip(input));
      FuzzOracle.table(() -> PymrioReader.create().read(zip));
    } finally {
      FuzzOracle.delete(dir);
    }
  }
}
