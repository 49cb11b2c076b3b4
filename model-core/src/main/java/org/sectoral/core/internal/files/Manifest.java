package org.sectoral.core.internal.files;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The manifest {@value #FILE_NAME} by which Sectoral recognises a folder it wrote: the files of
 * the folder (relative paths with {@code /}) and what wrote them, e.g.
 *
 * <pre>{@code
 * {
 *   "sectoralOutput": 1,
 *   "writtenBy": "sectoral analyze table.csv --out results",
 *   "files": [
 *     "A.txt",
 *     "factor_inputs/F.txt"
 *   ]
 * }
 * }</pre>
 *
 * <p>Plain JSON written and read here (model-core has no JSON library); an unreadable manifest
 * claims nothing.
 */
final class Manifest {
  /** The manifest's file name in an output folder. */
  static final String FILE_NAME = ".sectoral-output.json";

  private Manifest() {}

  /** Every file below {@code root} (not directories, not the manifest itself), sorted. */
  static List<String> listFiles(Path root) throws IOException {
    List<String> out = new ArrayList<>();
    Files.walkFileTree(root, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
        String rel = relative(root, file);
        if (!rel.equals(FILE_NAME)) {
          out.add(rel);
        }
        return FileVisitResult.CONTINUE;
      }
    });
    out.sort(null);
    return out;
  }

  /** {@code file} relative to {@code root}, with {@code /} between names. */
  static String relative(Path root, Path file) {
    return root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
  }

  /** Writes the manifest of {@code root}'s current files atomically. */
  static void write(Path root, String writtenBy) throws IOException {
    List<String> files = listFiles(root);
    AtomicFiles.writeText(root.resolve(FILE_NAME), w -> {
      w.write("{\n  \"sectoralOutput\": 1,\n  \"writtenBy\": ");
      string(w, writtenBy);
      w.write(",\n  \"files\": [");
      for (int i = 0; i < files.size(); i++) {
        w.write(i == 0 ? "\n    " : ",\n    ");
        string(w, files.get(i));
      }
      w.write(files.isEmpty() ? "]\n}\n" : "\n  ]\n}\n");
    });
  }

  /**
   * The files a manifest in {@code dir} claims, as paths below {@code dir}; empty when there is
   * no manifest or it cannot be read.
   */
  static List<Path> claims(Path dir) {
    Path file = dir.resolve(FILE_NAME);
    if (!Files.isRegularFile(file)) {
      return List.of();
    }
    try {
      Object doc = new Parser(Files.readString(file, StandardCharsets.UTF_8)).document();
      if (!(doc instanceof Map<?, ?> m) || !(m.get("files") instanceof List<?> files)) {
        return List.of();
      }
      List<Path> out = new ArrayList<>();
      for (Object f : files) {
        if (f instanceof String s && !s.isEmpty()) {
          Path p = dir.resolve(s).normalize();
          if (p.startsWith(dir) && !p.equals(dir)) {
            out.add(p);
          }
        }
      }
      return out;
    } catch (IOException | RuntimeException e) {
      return List.of();
    }
  }

  /** What wrote the folder, when its manifest says. */
  static Optional<String> writtenBy(Path dir) {
    try {
      Object doc = new Parser(Files.readString(dir.resolve(FILE_NAME), StandardCharsets.UTF_8))
          .document();
      return doc instanceof Map<?, ?> m && m.get("writtenBy") instanceof String s
          ? Optional.of(s) : Optional.empty();
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  private static void string(Writer w, String s) throws IOException {
    StringBuilder b = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (c < 0x20) {
            b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    w.write(b.append('"').toString());
  }

  /** A small strict JSON parser: objects, arrays, strings, numbers, true, false, null. */
  static final class Parser {
    private final String s;
    private int i;

    Parser(String s) {
      this.s = s;
    }

    Object document() {
      Object v = value();
      space();
      if (i != s.length()) {
        throw new IllegalArgumentException("text after the JSON value at " + i);
      }
      return v;
    }

    private Object value() {
      space();
      if (i >= s.length()) {
        throw new IllegalArgumentException("unexpected end");
      }
      char c = s.charAt(i);
      if (c == '{') {
        i++;
        Map<String, Object> m = new LinkedHashMap<>();
        space();
        if (peek('}')) {
          return m;
        }
        do {
          space();
          String key = string();
          space();
          expect(':');
          m.put(key, value());
          space();
        } while (peek(','));
        expect('}');
        return m;
      }
      if (c == '[') {
        i++;
        List<Object> l = new ArrayList<>();
        space();
        if (peek(']')) {
          return l;
        }
        do {
          l.add(value());
          space();
        } while (peek(','));
        expect(']');
        return l;
      }
      if (c == '"') {
        return string();
      }
      for (String lit : new String[] {"true", "false", "null"}) {
        if (s.startsWith(lit, i)) {
          i += lit.length();
          return lit.equals("null") ? null : Boolean.valueOf(lit);
        }
      }
      int start = i;
      while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) {
        i++;
      }
      return Double.parseDouble(s.substring(start, i));
    }

    private String string() {
      expect('"');
      StringBuilder b = new StringBuilder();
      while (true) {
        char c = s.charAt(i++);
        if (c == '"') {
          return b.toString();
        }
        if (c != '\\') {
          b.append(c);
          continue;
        }
        char e = s.charAt(i++);
        switch (e) {
          case 'n' -> b.append('\n');
          case 'r' -> b.append('\r');
          case 't' -> b.append('\t');
          case 'b' -> b.append('\b');
          case 'f' -> b.append('\f');
          case 'u' -> {
            b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
            i += 4;
          }
          default -> b.append(e);
        }
      }
    }

    private void space() {
      while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
        i++;
      }
    }

    private boolean peek(char c) {
      if (i < s.length() && s.charAt(i) == c) {
        i++;
        return true;
      }
      return false;
    }

    private void expect(char c) {
      if (!peek(c)) {
        throw new IllegalArgumentException("'" + c + "' expected at " + i);
      }
    }
  }
}
