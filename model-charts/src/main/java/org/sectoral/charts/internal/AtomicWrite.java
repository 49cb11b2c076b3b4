package org.sectoral.charts.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a file through a temporary sibling moved into place, so that a failed write leaves any
 * old file intact. Internal: not API; model-charts does not depend on model-io's helper.
 */
public final class AtomicWrite {
  /** Writes the content to a stream; may fail. */
  @FunctionalInterface
  public interface Content {
    /** Writes everything to {@code out}. */
    void writeTo(OutputStream out) throws IOException;
  }

  private AtomicWrite() {}

  /** Writes {@code content} to {@code target} atomically where the file system allows. */
  public static Path write(Path target, Content content) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path dir = absolute.getParent();
    Files.createDirectories(dir);
    Path temp = dir.resolve("." + absolute.getFileName() + "." + System.nanoTime() + ".tmp");
    try {
      try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW,
          StandardOpenOption.WRITE)) {
        content.writeTo(out);
      }
      try {
        Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
      return absolute;
    } finally {
      Files.deleteIfExists(temp);
    }
  }
}
