package org.sectoral.core.internal.files;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.LinkOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes that never leave half a file or folder, used by every module that writes files.
 *
 * <p>A file's content goes to a temporary sibling ({@code .NAME.RANDOM.tmp} in the target's
 * folder) that is moved over the target in one atomic rename; on failure the temporary is
 * deleted and an existing target is untouched. The temporary is locked (the operating system's
 * advisory lock, which dies with the process) while it is written, so that one left by a killed
 * process is recognised and deleted by the next write of the same target, never one that
 * another writer is still filling. When the write replaces an existing file, the new content is
 * first flushed to the disk ({@code fsync}), so that even a power cut leaves either the old or
 * the new version; fresh files are not flushed (a flush costs 5–200 ms per file, which would
 * make writing an analysis of a hundred files several times slower), so a power cut can lose
 * them but never damages what they replace. Temporaries are created like any new file or folder
 * (no explicit permissions), so what is written gets the user's default permissions (the
 * process umask on POSIX systems), not the owner-only mode of {@link Files#createTempFile}.
 *
 * <p>A folder is written as a whole through an {@link OutputFolder} transaction
 * ({@link #writeDirectory}).
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
    if (!WorkArea.isInside(parent)) {
      deleteStaleTemporaries(absolute);
    }
    FaultPoints.reached("write");
    FileChannel channel = null;
    Path tmp = null;
    for (int attempt = 0; channel == null; attempt++) {
      Path candidate = sibling(absolute, "tmp");
      try {
        channel = FileChannel.open(candidate, StandardOpenOption.CREATE_NEW,
            StandardOpenOption.WRITE);
        tmp = candidate;
        if (!lockedAndPresent(channel, candidate)) {
          channel.close(); // taken for a stale temporary by another writer: use another name
          channel = null;
        }
      } catch (FileAlreadyExistsException e) {
        // another name
      }
      if (channel == null && attempt == ATTEMPTS) {
        throw new FileAlreadyExistsException(absolute.toString(), null,
            "no unused temporary name beside it");
      }
    }
    try (FileChannel ch = channel) {
      boolean replacing = Files.exists(absolute, LinkOption.NOFOLLOW_LINKS);
      OutputStream out = new KeepOpen(Channels.newOutputStream(ch));
      content.writeTo(out);
      out.flush();
      if (replacing) {
        ch.force(true);
      }
      FaultPoints.reached("rename");
      move(tmp, absolute); // still locked: a cleaner cannot take it for a stale temporary
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
   * Fills a fresh stage, then swaps it in for {@code target} as an {@link OutputFolder}
   * transaction (see there for the states and the recovery): a failure while writing leaves the
   * old directory as it was and deletes the new one. {@code target} must be missing, empty or a
   * folder Sectoral wrote ({@link org.sectoral.core.ErrorCode#OUTPUT_NOT_OWNED} otherwise); a
   * manifest of its files is written into it. The folder and what {@code content} creates in it
   * get the user's default permissions.
   */
  public static Path writeDirectory(Path target, DirectoryContent content) throws IOException {
    try (OutputFolder out = OutputFolder.begin(target, "Sectoral", List.of())) {
      content.writeInto(out.stage());
      return out.commit();
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

  /**
   * Deletes temporaries {@code .NAME.RANDOM.tmp} of {@code target} that a killed process left:
   * those whose lock can be taken (a writer that is alive holds its lock).
   */
  private static void deleteStaleTemporaries(Path target) {
    String name = target.getFileName().toString();
    if (name.length() > MAX_NAME_CHARS) {
      name = name.substring(0, MAX_NAME_CHARS);
    }
    String prefix = "." + name + ".";
    List<Path> stale = new ArrayList<>();
    try (DirectoryStream<Path> s = Files.newDirectoryStream(target.getParent(),
        p -> {
          String n = p.getFileName().toString();
          return n.startsWith(prefix) && n.endsWith(".tmp")
              && n.substring(prefix.length(), n.length() - 4).matches("[0-9a-f]{1,16}");
        })) {
      s.forEach(stale::add);
    } catch (IOException e) {
      return;
    }
    for (Path p : stale) {
      if (!Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
        continue;
      }
      try (FileChannel ch = FileChannel.open(p, StandardOpenOption.WRITE)) {
        FileLock lock;
        try {
          lock = ch.tryLock();
        } catch (OverlappingFileLockException e) {
          continue; // a writer in this JVM
        }
        if (lock != null) {
          Files.deleteIfExists(p);
        }
      } catch (IOException e) {
        // gone meanwhile, or not ours to open: leave it
      }
    }
  }

  /** Locks a fresh temporary; false when another writer took it for a stale one first. */
  private static boolean lockedAndPresent(FileChannel ch, Path tmp) throws IOException {
    FileLock lock;
    try {
      lock = ch.tryLock();
    } catch (OverlappingFileLockException e) {
      return false;
    }
    return lock != null && Files.exists(tmp, LinkOption.NOFOLLOW_LINKS);
  }

  private static void move(Path tmp, Path target) throws IOException {
    try {
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** Flushes every regular file and directory of a tree to the disk. */
  static void syncTree(Path root) throws IOException {
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
  static void syncDirectory(Path dir) {
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
