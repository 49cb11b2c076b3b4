package org.sectoral.core.internal.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import org.sectoral.core.ErrorCode;
import org.sectoral.core.SectoralException;

/**
 * The hidden folder {@code .NAME.sectoral-work} beside an output folder {@code NAME}, where
 * {@link OutputFolder} stages the new output ({@code new/}), puts the previous one aside
 * ({@code old/}) and holds its lock ({@code lock}, a file locked with the operating system's
 * advisory lock, which dies with the process, so a killed command never blocks the next one).
 * The file {@code target} names the output folder, so that a work area found beside another
 * output can be recovered too. See {@link OutputFolder} for the states and the recovery rule.
 */
final class WorkArea {
  /** The suffix of every work area's name. */
  static final String SUFFIX = ".sectoral-work";
  private static final int MAX_NAME_CHARS = 100;
  private static final int ATTEMPTS = 50;

  final Path dir;
  final Path target;
  private FileChannel channel;

  private WorkArea(Path dir, Path target, FileChannel channel) {
    this.dir = dir;
    this.target = target;
    this.channel = channel;
  }

  /** {@code .NAME.sectoral-work} beside {@code target} (a long name shortened, with a hash). */
  static Path dirOf(Path target) {
    String name = target.getFileName().toString();
    if (name.length() > MAX_NAME_CHARS) {
      name = name.substring(0, MAX_NAME_CHARS - 20) + "~"
          + Integer.toHexString(name.hashCode());
    }
    return target.resolveSibling("." + name + SUFFIX);
  }

  /** Whether {@code p} lies inside some work area (its files are cleaned with the area). */
  static boolean isInside(Path p) {
    for (Path part : p) {
      if (part.toString().endsWith(SUFFIX) && part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  Path stage() {
    return dir.resolve("new");
  }

  Path old() {
    return dir.resolve("old");
  }

  /**
   * Creates (or opens the left-over) work area of {@code target} and locks it.
   *
   * @throws SectoralException {@link ErrorCode#OUTPUT_IN_USE} when another process holds it
   */
  static WorkArea lock(Path target) throws IOException {
    Path dir = dirOf(target);
    FileChannel ch = tryLock(dir, true);
    if (ch == null) {
      throw new SectoralException(ErrorCode.OUTPUT_IN_USE, List.of(target.toString()),
          "another command is writing " + target + " right now (its lock is " + dir.resolve("lock")
              + "); wait until it has finished");
    }
    WorkArea w = new WorkArea(dir, target, ch);
    try {
      Files.writeString(dir.resolve("target"), target.getFileName().toString(),
          StandardCharsets.UTF_8);
    } catch (IOException | RuntimeException e) {
      w.abandon();
      throw e;
    }
    return w;
  }

  /**
   * Locks the work area {@code dir} (creating it when {@code create}); null when another
   * process holds it or it vanished. A random token written through the locked channel and
   * read back by name proves that the lock file is still the one at that name: the previous
   * holder deletes the file before it lets go, and whoever had opened the deleted file must
   * not believe that it holds the lock.
   */
  private static FileChannel tryLock(Path dir, boolean create) throws IOException {
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      if (create) {
        Files.createDirectories(dir);
      }
      Path lockFile = dir.resolve("lock");
      FileChannel ch;
      try {
        ch = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      } catch (NoSuchFileException e) {
        if (!create) {
          return null;
        }
        continue; // the work area was removed meanwhile
      }
      boolean keep = false;
      try {
        FileLock l;
        try {
          l = ch.tryLock();
        } catch (OverlappingFileLockException e) {
          l = null; // held by this JVM
        }
        if (l == null) {
          return null;
        }
        byte[] token = Long.toHexString(ThreadLocalRandom.current().nextLong())
            .getBytes(StandardCharsets.US_ASCII);
        ch.truncate(0);
        ch.write(ByteBuffer.wrap(token), 0);
        byte[] seen;
        try {
          seen = Files.readAllBytes(lockFile);
        } catch (NoSuchFileException e) {
          seen = null;
        }
        if (Arrays.equals(seen, token)) {
          keep = true;
          return ch;
        }
      } finally {
        if (!keep) {
          ch.close();
        }
      }
    }
    throw new IOException("could not lock " + dir + " after " + ATTEMPTS + " attempts");
  }

  /**
   * Brings the output folder and this work area back to a state without a half-done swap:
   * forward to the new output when the old one was already put aside (the commit point), back
   * to the old one otherwise; then removes everything in the work area but the lock. Needs the
   * lock.
   */
  void recover() throws IOException {
    boolean t = Files.exists(target, LinkOption.NOFOLLOW_LINKS);
    boolean o = Files.exists(old(), LinkOption.NOFOLLOW_LINKS);
    boolean n = Files.exists(stage(), LinkOption.NOFOLLOW_LINKS);
    if (o && !t) {
      FaultPoints.reached("recover");
      // put aside, not yet swapped in: the new output is complete (it was before the old one
      // was moved), so the swap is finished; without it the old output goes back
      Files.move(n ? stage() : old(), target, StandardCopyOption.ATOMIC_MOVE);
      AtomicFiles.syncDirectory(target.getParent());
    } else if (o && n && Ownership.isEmptyDirectory(target)) {
      // an empty folder made at the target in the middle of a swap: finish the swap
      Files.delete(target);
      Files.move(stage(), target, StandardCopyOption.ATOMIC_MOVE);
    } else if (o && n) {
      throw new SectoralException(ErrorCode.OUTPUT_IN_USE, List.of(target.toString()),
          target + " was made again while a command was swapping its output in; the previous"
              + " output is kept in " + old() + " and the new one in " + stage()
              + ": keep what you need from them, then delete " + dir);
    }
    clean();
  }

  /**
   * Deletes everything in the work area except its lock, and refuses to delete a previous
   * output that is not back in place.
   */
  void clean() throws IOException {
    if (Files.exists(old(), LinkOption.NOFOLLOW_LINKS)
        && (target == null || !Files.exists(target, LinkOption.NOFOLLOW_LINKS))) {
      throw new IOException("the previous output of " + target + " is kept in " + old()
          + " and could not be moved back; move it back by hand");
    }
    List<Path> entries;
    try (Stream<Path> s = Files.list(dir)) {
      entries = s.filter(p -> !p.getFileName().toString().equals("lock")).toList();
    }
    for (Path p : entries) {
      AtomicFiles.deleteRecursively(p);
    }
  }

  /**
   * Removes what is left of the work area and lets go of the lock: the lock file is deleted
   * while still locked (see {@link #tryLock}), then the folder, unless another command has
   * already made it its own again.
   */
  void dispose() throws IOException {
    if (channel == null) {
      return;
    }
    try {
      clean();
      try {
        Files.deleteIfExists(dir.resolve("lock"));
      } catch (IOException e) {
        channel.close(); // platforms that refuse to delete an open file
        Files.deleteIfExists(dir.resolve("lock"));
      }
    } finally {
      channel.close();
      channel = null;
    }
    try {
      Files.deleteIfExists(dir);
    } catch (DirectoryNotEmptyException e) {
      // another command has begun to use it
    }
  }

  /** Lets go of the lock and leaves the work area as it is (for the next run to recover). */
  void abandon() throws IOException {
    if (channel != null) {
      channel.close();
      channel = null;
    }
  }

  /**
   * Recovers the work areas of other outputs in {@code parent} left by commands that died
   * (unlocked ones); a work area in use, or one that cannot be recovered, is left alone.
   */
  static void recoverSiblings(Path parent, Path except) {
    List<Path> areas = new ArrayList<>();
    try (Stream<Path> s = Files.list(parent)) {
      s.filter(p -> {
        String n = p.getFileName().toString();
        return n.startsWith(".") && n.endsWith(SUFFIX) && !p.equals(except)
            && Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS);
      }).forEach(areas::add);
    } catch (IOException e) {
      return;
    }
    for (Path dir : areas) {
      WorkArea w = null;
      try {
        FileChannel ch = tryLock(dir, false);
        if (ch == null) {
          continue;
        }
        Path target = targetOf(dir);
        w = new WorkArea(dir, target, ch);
        if (target != null) {
          w.recover();
          w.dispose();
        } else if (!Files.exists(w.old(), LinkOption.NOFOLLOW_LINKS)) {
          w.dispose(); // interrupted before it named its output: nothing to keep
        }
      } catch (IOException | RuntimeException e) {
        // a courtesy to another output: its own next run recovers it
      } finally {
        if (w != null) {
          try {
            w.abandon();
          } catch (IOException e) {
            // already closed
          }
        }
      }
    }
  }

  /** The output folder a work area belongs to, when its {@code target} file names it truly. */
  private static Path targetOf(Path dir) {
    try {
      String name = Files.readString(dir.resolve("target"), StandardCharsets.UTF_8);
      if (name.isEmpty() || name.contains("/") || name.contains("\\")) {
        return null;
      }
      Path target = dir.resolveSibling(name);
      return dirOf(target).equals(dir) ? target : null;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "WorkArea[%s]", dir);
  }
}
