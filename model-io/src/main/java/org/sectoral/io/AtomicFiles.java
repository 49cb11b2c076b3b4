package org.sectoral.io;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Writes that never leave half a file or folder: content goes to a temporary sibling that is
 * moved into place only when complete; on failure the temporary is deleted and the old target
 * is untouched.
 */
public final class AtomicFiles {
  private AtomicFiles() {}

  /** Something that writes text. */
  @FunctionalInterface
  public interface TextContent {
    /** Writes the content. */
    void writeTo(Writer out) throws IOException;
  }

  /** Something that writes bytes to a stream (not closed by it). */
  @FunctionalInterface
  public interface StreamContent {
    /** Writes the content. */
    void writeTo(java.io.OutputStream out) throws IOException;
  }

  /** Something that fills a fresh, empty directory. */
  @FunctionalInterface
  public interface DirectoryContent {
    /** Writes files into {@code dir}. */
    void writeInto(Path dir) throws IOException;
  }

  /** Writes UTF-8 text to {@code target} atomically. */
  public static void writeText(Path target, TextContent content) throws IOException {
    Path parent = parentOf(target);
    Files.createDirectories(parent);
    Path tmp = Files.createTempFile(parent, "." + target.getFileName() + ".", ".tmp");
    try {
      try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
        content.writeTo(w);
      }
      move(tmp, target);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /** Writes bytes to {@code target} atomically. */
  public static void writeBytes(Path target, byte[] bytes) throws IOException {
    Path parent = parentOf(target);
    Files.createDirectories(parent);
    Path tmp = Files.createTempFile(parent, "." + target.getFileName() + ".", ".tmp");
    try {
      Files.write(tmp, bytes);
      move(tmp, target);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /** Writes a stream of bytes to {@code target} atomically (nothing is held in memory). */
  public static void writeStream(Path target, StreamContent content) throws IOException {
    Path parent = parentOf(target);
    Files.createDirectories(parent);
    Path tmp = Files.createTempFile(parent, "." + target.getFileName() + ".", ".tmp");
    try {
      try (java.io.OutputStream out = Files.newOutputStream(tmp)) {
        content.writeTo(out);
      }
      move(tmp, target);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /**
   * Fills a temporary sibling directory, then swaps it in for {@code target}: an existing target
   * is renamed aside, the new one moved in, and the old one deleted. A failure while writing
   * leaves the old directory as it was.
   */
  public static void writeDirectory(Path target, DirectoryContent content) throws IOException {
    Path parent = parentOf(target);
    Files.createDirectories(parent);
    Path tmp = Files.createTempDirectory(parent, "." + target.getFileName() + ".");
    Path old = null;
    try {
      content.writeInto(tmp);
      if (Files.exists(target)) {
        old = Files.createTempDirectory(parent, "." + target.getFileName() + ".old.");
        Files.delete(old);
        Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
      }
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException | RuntimeException e) {
      if (old != null && !Files.exists(target)) {
        Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
        old = null;
      }
      throw e;
    } finally {
      deleteRecursively(tmp);
      if (old != null) {
        deleteRecursively(old);
      }
    }
  }

  private static Path parentOf(Path target) {
    Path abs = target.toAbsolutePath();
    return abs.getParent();
  }

  private static void move(Path tmp, Path target) throws IOException {
    try {
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** Deletes a file or directory tree if it exists. */
  static void deleteRecursively(Path p) throws IOException {
    if (!Files.exists(p)) {
      return;
    }
    Files.walkFileTree(p, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        Files.delete(file);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
        Files.delete(dir);
        return FileVisitResult.CONTINUE;
      }
    });
  }
}
