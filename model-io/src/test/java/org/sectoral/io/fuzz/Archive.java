package org.sectoral.io.fuzz;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A valid folder or zip (entry name → bytes, sorted by name) that a fuzz input edits: its first
 * byte picks an entry ({@code byte % size}) and the rest replaces that entry's content, so the
 * mutations land inside one file while the others stay valid. A first byte of {@code 0xFF}
 * instead makes the rest the whole archive, raw.
 */
final class Archive {
  /** The first byte that makes an input a raw archive. */
  static final int RAW = 0xFF;

  private final TreeMap<String, byte[]> entries;

  private Archive(TreeMap<String, byte[]> entries) {
    this.entries = entries;
  }

  /** The files under a folder of the test class path, e.g. {@code /pymrio/small_mrio}. */
  static Archive ofResourceFolder(String folder) throws IOException {
    try {
      Path root = Path.of(Archive.class.getResource(folder).toURI());
      TreeMap<String, byte[]> m = new TreeMap<>();
      try (Stream<Path> s = Files.walk(root)) {
        for (Path p : s.filter(Files::isRegularFile).toList()) {
          m.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
        }
      }
      return new Archive(m);
    } catch (java.net.URISyntaxException e) {
      throw new IOException(e);
    }
  }

  /** The entries of a zip (read by its central directory). */
  static Archive ofZip(byte[] zip) throws IOException {
    TreeMap<String, byte[]> m = new TreeMap<>();
    Path tmp = Files.createTempFile("sectoral-fuzz", ".zip");
    try {
      Files.write(tmp, zip);
      try (ZipFile z = new ZipFile(tmp.toFile())) {
        for (ZipEntry e : java.util.Collections.list(z.entries())) {
          if (!e.isDirectory()) {
            try (InputStream in = z.getInputStream(e)) {
              m.put(e.getName(), in.readAllBytes());
            }
          }
        }
      }
    } finally {
      Files.delete(tmp);
    }
    return new Archive(m);
  }

  /** The entries of a zip on the test class path. */
  static Archive ofZipResource(String resource) throws IOException {
    try (InputStream in = Archive.class.getResourceAsStream(resource)) {
      return ofZip(in.readAllBytes());
    }
  }

  /** The entries, sorted by name. */
  Map<String, byte[]> entries() {
    return entries;
  }

  /** The entries with one replaced as {@code input} says, or null for a raw input. */
  Map<String, byte[]> edited(byte[] input) {
    if (input.length == 0 || (input[0] & 0xFF) == RAW) {
      return null;
    }
    String name = entries.keySet().toArray(new String[0])[(input[0] & 0xFF) % entries.size()];
    TreeMap<String, byte[]> m = new TreeMap<>(entries);
    m.put(name, Arrays.copyOfRange(input, 1, input.length));
    return m;
  }

  /** The bytes of a zip made as {@code input} says (edited entries, or the raw rest). */
  byte[] zip(byte[] input) throws IOException {
    Map<String, byte[]> m = edited(input);
    return m == null ? Arrays.copyOfRange(input, Math.min(1, input.length), input.length)
        : FuzzOracle.zip(m);
  }

  /** The input that leaves the archive as it is, with entry {@code name} "edited" to itself. */
  byte[] seed(String name) {
    int k = Arrays.asList(entries.keySet().toArray(new String[0])).indexOf(name);
    if (k < 0) {
      throw new IllegalArgumentException("No entry " + name + " in " + entries.keySet());
    }
    byte[] content = entries.get(name);
    byte[] out = new byte[content.length + 1];
    out[0] = (byte) k;
    System.arraycopy(content, 0, out, 1, content.length);
    return out;
  }
}
