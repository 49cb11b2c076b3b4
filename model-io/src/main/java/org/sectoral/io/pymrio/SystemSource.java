package org.sectoral.io.pymrio;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.sectoral.io.TableFormatException;

/** The files of a saved pymrio system: a folder, or a zip holding the folder at its root or one level down. */
abstract class SystemSource {
  static final String FILE_PARAMETERS = "file_parameters.json";

  /** A name for messages, e.g. {@code /data/mrio/Z.txt} or {@code mrio.zip!/mrio/Z.txt}. */
  abstract String describe(String relative);

  /** The bytes of a file relative to the system root ({@code "Z.txt"}, {@code "emissions/F.txt"}). */
  abstract Optional<byte[]> read(String relative) throws IOException;

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

    @Override
    Optional<byte[]> read(String relative) throws IOException {
      Path p = root.resolve(relative);
      return Files.isRegularFile(p) ? Optional.of(Files.readAllBytes(p)) : Optional.empty();
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

  private static final class Zip extends SystemSource {
    private final String zipName;
    private final Map<String, byte[]> entries;
    private final String root;

    private Zip(String zipName, Map<String, byte[]> entries, String root) {
      this.zipName = zipName;
      this.entries = entries;
      this.root = root;
    }

    static Zip load(Path zip) throws IOException {
      Map<String, byte[]> entries = new TreeMap<>();
      try (InputStream in = Files.newInputStream(zip); ZipInputStream z = new ZipInputStream(in)) {
        for (ZipEntry e = z.getNextEntry(); e != null; e = z.getNextEntry()) {
          if (!e.isDirectory()) {
            entries.put(e.getName().replace('\\', '/'), z.readAllBytes());
          }
        }
      } catch (IOException | IllegalArgumentException e) {
        throw TableFormatException.ofSource(zip.toString(), "not a readable zip file: "
            + e.getMessage());
      }
      String root = null;
      if (entries.containsKey(FILE_PARAMETERS)) {
        root = "";
      } else {
        for (String name : entries.keySet()) {
          String[] parts = name.split("/");
          if (parts.length == 2 && parts[1].equals(FILE_PARAMETERS)) {
            root = parts[0] + "/";
            break;
          }
        }
      }
      return new Zip(zip.toString(), entries, root);
    }

    @Override
    String describe(String relative) {
      return zipName + "!/" + (root == null ? "" : root) + relative;
    }

    @Override
    Optional<byte[]> read(String relative) throws TableFormatException {
      if (root == null) {
        throw TableFormatException.ofSource(zipName,
            "no " + FILE_PARAMETERS + " at the zip root or one folder down");
      }
      return Optional.ofNullable(entries.get(root + relative));
    }

    @Override
    List<String> extensionFolders() {
      List<String> out = new ArrayList<>();
      if (root == null) {
        return out;
      }
      for (String name : entries.keySet()) {
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
