package org.sectoral.io.pymrio;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.sectoral.io.ReadLimits;
import org.sectoral.io.TableFormatException;
import org.sectoral.io.text.LimitedInputStream;

/**
 * The files of a saved pymrio system: a folder, or a zip holding the folder at its root or one
 * level down. Only files inside the folder (or below the zip's root) are read, each within the
 * {@link ReadLimits}: a file or entry larger than the limit, or one that inflates past it, stops
 * with a {@link TableFormatException}.
 */
abstract class SystemSource {
  static final String FILE_PARAMETERS = "file_parameters.json";

  ReadLimits limits = ReadLimits.defaults();

  /** This source reading within the given limits. */
  SystemSource limits(ReadLimits l) {
    this.limits = l;
    return this;
  }

  /** The size in bytes of a file relative to the system root (inflated size for a zip), or −1. */
  abstract long size(String relative) throws IOException;

  /**
   * Whether a relative name from file_parameters.json stays inside the system: not absolute, no
   * {@code ..} segment, no drive or backslash tricks.
   */
  static boolean isConfined(String relative) {
    if (relative.isEmpty() || relative.startsWith("/") || relative.startsWith("\\")
        || relative.contains(":") || relative.indexOf('\0') >= 0) {
      return false;
    }
    for (String part : relative.split("[/\\\\]", -1)) {
      if (part.equals("..")) {
        return false;
      }
    }
    return true;
  }

  /** A name for messages, e.g. {@code /data/mrio/Z.txt} or {@code mrio.zip!/mrio/Z.txt}. */
  abstract String describe(String relative);

  /** The bytes of a small file relative to the system root, e.g. {@code "metadata.json"}. */
  abstract Optional<byte[]> read(String relative) throws IOException;

  /**
   * A stream over a file relative to the system root (closed by the caller), read from the disk
   * or inflated from the zip as it is consumed, never extracted or held whole.
   */
  abstract Optional<InputStream> open(String relative) throws IOException;

  /** The sub-folders holding a {@code file_parameters.json} (extensions), sorted by name. */
  abstract List<String> extensionFolders() throws IOException;

  /** Opens a folder or a {@code .zip} file. */
  static SystemSource open(Path path) throws IOException {
    if (Files.isDirectory(path)) {
      return new Folder(path);
    }
    if (Files.isRegularFile(path)) {
      return Zip.load(path);
    }
    throw TableFormatException.ofSource(path.toString(), "no such folder or zip file");
  }

  /** Whether a path looks like a saved pymrio system (folder or zip with file_parameters.json). */
  static boolean looksLikeSystem(Path path) {
    if (Files.isDirectory(path)) {
      return Files.isRegularFile(path.resolve(FILE_PARAMETERS));
    }
    if (Files.isRegularFile(path) && path.getFileName().toString().toLowerCase().endsWith(".zip")) {
      try {
        return Zip.load(path).root != null;
      } catch (IOException e) {
        return false;
      }
    }
    return false;
  }

  private static final class Folder extends SystemSource {
    private final Path root;

    Folder(Path root) {
      this.root = root;
    }

    @Override
    String describe(String relative) {
      return root.resolve(relative).toString();
    }

    /** The file, or empty when it does not exist; refused when it leads outside the folder. */
    private Optional<Path> file(String relative) throws IOException {
      Path p = root.resolve(relative).normalize();
      if (!isConfined(relative) || !p.startsWith(root.normalize())) {
        throw TableFormatException.ofSource(describe(relative), "outside the folder "
            + root + ": only files inside it are read");
      }
      if (!Files.isRegularFile(p)) {
        return Optional.empty();
      }
      if (!p.toRealPath().startsWith(root.toRealPath())) {
        throw TableFormatException.ofSource(describe(relative), "a link to outside the folder "
            + root + ": only files inside it are read");
      }
      return Optional.of(p);
    }

    @Override
    long size(String relative) throws IOException {
      Optional<Path> p = file(relative);
      return p.isPresent() ? Files.size(p.get()) : -1;
    }

    @Override
    Optional<byte[]> read(String relative) throws IOException {
      Optional<InputStream> in = open(relative);
      if (in.isEmpty()) {
        return Optional.empty();
      }
      try (InputStream s = in.get()) {
        return Optional.of(s.readAllBytes());
      }
    }

    @Override
    Optional<InputStream> open(String relative) throws IOException {
      Optional<Path> p = file(relative);
      if (p.isEmpty()) {
        return Optional.empty();
      }
      if (Files.size(p.get()) > limits.maxFileBytes()) {
        throw LimitedInputStream.tooLarge(describe(relative), limits.maxFileBytes());
      }
      return Optional.of(LimitedInputStream.of(Files.newInputStream(p.get()), describe(relative),
          limits));
    }

    @Override
    List<String> extensionFolders() throws IOException {
      List<String> out = new ArrayList<>();
      try (Stream<Path> s = Files.list(root)) {
        s.filter(p -> Files.isRegularFile(p.resolve(FILE_PARAMETERS)))
            .forEach(p -> out.add(p.getFileName().toString()));
      }
      out.sort(null);
      return out;
    }
  }

  /** A zip read entry by entry through its central directory, never whole into memory. */
  private static final class Zip extends SystemSource {
    private final Path zip;
    private final Set<String> names;
    private final String root;

    private Zip(Path zip, Set<String> names, String root) {
      this.zip = zip;
      this.names = names;
      this.root = root;
    }

    static Zip load(Path zip) throws IOException {
      Set<String> names = new TreeSet<>();
      try (ZipFile z = new ZipFile(zip.toFile())) {
        z.stream().filter(e -> !e.isDirectory()).forEach(e -> names.add(e.getName()));
      } catch (ZipException | java.io.EOFException e) { // EOF: shorter than its end record
        TableFormatException t = TableFormatException.ofSource(zip.toString(),
            "not a readable zip file: " + (e.getMessage() == null ? "truncated"
                : e.getMessage()));
        t.initCause(e);
        throw t;
      }
      String root = null;
      if (names.contains(FILE_PARAMETERS)) {
        root = "";
      } else {
        for (String name : names) {
          String[] parts = name.split("/");
          if (parts.length == 2 && parts[1].equals(FILE_PARAMETERS)) {
            root = parts[0] + "/";
            break;
          }
        }
      }
      return new Zip(zip, names, root);
    }

    @Override
    String describe(String relative) {
      return zip + "!/" + (root == null ? "" : root) + relative;
    }

    @Override
    Optional<byte[]> read(String relative) throws IOException {
      Optional<InputStream> in = open(relative);
      if (in.isEmpty()) {
        return Optional.empty();
      }
      try (InputStream s = in.get()) {
        return Optional.of(s.readAllBytes());
      }
    }

    private boolean has(String relative) throws TableFormatException {
      if (root == null) {
        throw TableFormatException.ofSource(zip.toString(),
            "no " + FILE_PARAMETERS + " at the zip root or one folder down");
      }
      if (!isConfined(relative)) {
        throw TableFormatException.ofSource(describe(relative), "outside the zip's folder "
            + root + ": only entries inside it are read");
      }
      return names.contains(root + relative);
    }

    @Override
    long size(String relative) throws IOException {
      if (!has(relative)) {
        return -1;
      }
      try (ZipFile z = new ZipFile(zip.toFile())) {
        return z.getEntry(root + relative).getSize();
      }
    }

    @Override
    Optional<InputStream> open(String relative) throws IOException {
      if (!has(relative)) {
        return Optional.empty();
      }
      ZipFile z = new ZipFile(zip.toFile());
      try {
        java.util.zip.ZipEntry entry = z.getEntry(root + relative);
        if (entry.getSize() > limits.maxFileBytes()) {
          throw LimitedInputStream.tooLarge(describe(relative), limits.maxFileBytes());
        }
        InputStream in = LimitedInputStream.of(damageLocated(z, entry, describe(relative)),
            describe(relative), limits);
        return Optional.of(new FilterInputStream(in) {
          @Override
          public void close() throws IOException {
            try {
              super.close();
            } finally {
              z.close();
            }
          }
        });
      } catch (IOException | RuntimeException e) {
        z.close();
        throw e;
      }
    }

    /**
     * The entry's bytes, where a damaged entry (bad local header, deflate data or CRC) is a
     * {@link TableFormatException} naming it rather than a bare {@link ZipException}.
     */
    private static InputStream damageLocated(ZipFile z, java.util.zip.ZipEntry entry,
        String where) throws TableFormatException {
      InputStream raw;
      try {
        raw = z.getInputStream(entry);
      } catch (IOException e) {
        throw damaged(where, e);
      }
      return new FilterInputStream(raw) {
        @Override
        public int read() throws IOException {
          try {
            return super.read();
          } catch (ZipException | java.io.EOFException e) {
            throw damaged(where, e);
          }
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
          try {
            return super.read(b, off, len);
          } catch (ZipException | java.io.EOFException e) {
            throw damaged(where, e);
          }
        }
      };
    }

    private static TableFormatException damaged(String where, IOException e) {
      TableFormatException t = TableFormatException.ofSource(where,
          "damaged zip entry: " + e.getMessage());
      t.initCause(e);
      return t;
    }

    @Override
    List<String> extensionFolders() {
      List<String> out = new ArrayList<>();
      if (root == null) {
        return out;
      }
      for (String name : names) {
        if (name.startsWith(root)) {
          String[] parts = name.substring(root.length()).split("/");
          if (parts.length == 2 && parts[1].equals(FILE_PARAMETERS)) {
            out.add(parts[0]);
          }
        }
      }
      out.sort(null);
      return out;
    }
  }
}
