package org.sectoral.core.internal.files;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.LinkOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes that never leave half a file or folder, used by every module that writes files.
 *
 * <p>Content goes to a temporary sibling ({@code .NAME.RANDOM.tmp} in the target's folder) that
 * is moved over the target in one atomic rename; on failure the temporary is deleted and an
 * existing target is untouched. When the write replaces an existing file or folder, the new
 * content is first flushed to the disk ({@code fsync}), so that even a power cut leaves either
 * the old or the new version; fresh files are not flushed (a flush costs 5–200 ms per file,
 * which would make writing an analysis of a hundred files several times slower), so a power
 * cut can lose them but never damages what they replace. Temporaries are created like any new
 * file or folder (no explicit permissions), so what is written gets the user's default
 * permissions (the process umask on POSIX systems), not the owner-only mode of
 * {@link Files#createTempFile}.
 *
 * <p>Internal: not part of Sectoral's API.
 */
public final class AtomicFiles {
  private static final int BUFFER_BYTES = 1 << 16;
  private static final int ATTEMPTS = 100;
  private static final int MAX_NAME_CHARS = 100;

  private AtomicFiles() {}

  /** Something that writes bytes; it may close the stream or not. */
  @FunctionalInterface
  public interface StreamContent {
    /** Writes everything to {@code out}. */
    void writeTo(OutputStream out) throws IOException;
  }

  /** Something that writes text. */
  @FunctionalInterface
  public interface TextContent {
    /** Writes the content. */
    void writeTo(Writer out) throws IOException;
  }

  /** Something that fills a fresh, empty directory. */
  @FunctionalInterface
  public interface DirectoryContent {
    /** Writes files into {@code dir}. */
    void writeInto(Path dir) throws IOException;
  }

  /**
   * Writes {@code content} to {@code target} atomically (parent folders are created); returns
   * the absolute target.
   */
  public static Path write(Path target, StreamContent content) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path parent = absolute.getParent();
    Files.createDirectories(parent);
    FileChannel channel = null;
    Path tmp = null;
    for (int attempt = 0; channel == null; attempt++) {
      Path candidate = sibling(absolute, "tmp");
      try {
        channel = FileChannel.open(candidate, StandardOpenOption.CREATE_NEW,
            StandardOpenOption.WRITE);
        tmp = candidate;
      } catch (FileAlreadyExistsException e) {
        if (attempt == ATTEMPTS) {
          throw e;
        }
      }
    }
    try {
      boolean replacing = Files.exists(absolute, LinkOption.NOFOLLOW_LINKS);
      try (FileChannel ch = channel) {
        OutputStream out = new KeepOpen(Channels.newOutputStream(ch));
        content.writeTo(out);
        out.flush();
        if (replacing) {
          ch.force(true);
        }
      }
      move(tmp, absolute);
      return absolute;
    } catch (IOException | RuntimeException | Error e) {
      try {
        Files.deleteIfExists(tmp);
      } catch (IOException cleanup) {
        e.addSuppressed(cleanup);
      }
      throw e;
    }
  }

  /** Writes UTF-8 text to {@code target} atomically; unmappable characters fail the write. */
  public static Path writeText(Path target, TextContent content) throws IOException {
    return write(target, out -> {
      Writer w = new BufferedWriter(
          new OutputStreamWriter(out, StandardCharsets.UTF_8.newEncoder()));
      content.writeTo(w);
      w.flush();
    });
  }

  /** Writes bytes to {@code target} atomically. */
  public static Path writeBytes(Path target, byte[] bytes) throws IOException {
    return write(target, out -> out.write(bytes));
  }

  /**
   * Fills a fresh sibling directory, then swaps it in for {@code target}: when {@code target}
   * exists, the new tree is flushed to the disk, the old one renamed aside, the new one moved
   * in, and the old one deleted. A failure while writing leaves the old directory as it was and
   * deletes the new one. The folder and what {@code content} creates in it get the user's
   * default permissions.
   */
  public static Path writeDirectory(Path target, DirectoryContent content) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path parent = absolute.getParent();
    Files.createDirectories(parent);
    Path tmp = createSiblingDirectory(absolute);
    Path old = null;
    try {
      content.writeInto(tmp);
      if (Files.exists(absolute, LinkOption.NOFOLLOW_LINKS)) {
        syncTree(tmp);
        old = unusedSibling(absolute, "old");
        Files.move(absolute, old, StandardCopyOption.ATOMIC_MOVE);
      }
      Files.move(tmp, absolute, StandardCopyOption.ATOMIC_MOVE);
      tmp = null;
      return absolute;
    } catch (IOException | RuntimeException e) {
      if (old != null && !Files.exists(absolute, LinkOption.NOFOLLOW_LINKS)) {
        Files.move(old, absolute, StandardCopyOption.ATOMIC_MOVE);
        old = null;
      }
      throw e;
    } finally {
      if (tmp != null) {
        deleteRecursively(tmp);
      }
      if (old != null) {
        deleteRecursively(old);
      }
    }
  }

  /** Deletes a file or directory tree if it exists (symbolic links are deleted, not followed). */
  public static void deleteRecursively(Path p) throws IOException {
    if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
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
        if (exc != null) {
          throw exc;
        }
        Files.delete(dir);
        return FileVisitResult.CONTINUE;
      }
    });
  }

  /** {@code .NAME.RANDOM.kind} beside {@code target} (the name shortened if very long). */
  private static Path sibling(Path target, String kind) {
    String name = target.getFileName().toString();
    if (name.length() > MAX_NAME_CHARS) {
      name = name.substring(0, MAX_NAME_CHARS);
    }
    String random = Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 1);
    return target.resolveSibling("." + name + "." + random + "." + kind);
  }

  private static Path unusedSibling(Path target, String kind) throws IOException {
    for (int attempt = 0; attempt <= ATTEMPTS; attempt++) {
      Path p = sibling(target, kind);
      if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
        return p;
      }
    }
    throw new FileAlreadyExistsException(target.toString(), null,
        "no unused temporary name beside it");
  }

  /** A new empty directory beside {@code target}, with default permissions. */
  private static Path createSiblingDirectory(Path target) throws IOException {
    for (int attempt = 0; ; attempt++) {
      try {
        return Files.createDirectory(sibling(target, "tmp"));
      } catch (FileAlreadyExistsException e) {
        if (attempt == ATTEMPTS) {
          throw e;
        }
      }
    }
  }

  private static void move(Path tmp, Path target) throws IOException {
    try {
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** Flushes every regular file and directory of a tree to the disk. */
  private static void syncTree(Path root) throws IOException {
    Files.walkFileTree(root, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        if (attrs.isRegularFile()) {
          try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.force(true);
          } catch (AccessDeniedException e) {
            // made read-only by its writer, which closed it: left to the file system
          }
        }
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
        if (exc != null) {
          throw exc;
        }
        syncDirectory(dir);
        return FileVisitResult.CONTINUE;
      }
    });
  }

  /**
   * Flushes a directory's entries (the rename) to the disk where the platform allows opening a
   * directory; elsewhere (Windows) the rename is left to the file system.
   */
  private static void syncDirectory(Path dir) {
    try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
      ch.force(true);
    } catch (IOException e) {
      // not supported for directories on this platform: nothing more can be done
    }
  }

  /** Passes writes through; {@code close()} only flushes, so the channel stays ours to sync. */
  private static final class KeepOpen extends OutputStream {
    private final OutputStream out;
    private final byte[] buffer = new byte[BUFFER_BYTES];
    private int count;

    KeepOpen(OutputStream out) {
      this.out = out;
    }

    @Override
    public void write(int b) throws IOException {
      if (count == buffer.length) {
        drain();
      }
      buffer[count++] = (byte) b;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      java.util.Objects.checkFromIndexSize(off, len, b.length);
      if (len >= buffer.length) {
        drain();
        out.write(b, off, len);
        return;
      }
      if (len > buffer.length - count) {
        drain();
      }
      System.arraycopy(b, off, buffer, count, len);
      count += len;
    }

    @Override
    public void flush() throws IOException {
      drain();
    }

    @Override
    public void close() throws IOException {
      drain();
    }

    private void drain() throws IOException {
      if (count > 0) {
        out.write(buffer, 0, count);
        count = 0;
      }
    }
  }
}
