package org.sectoral.core.internal.files;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.sectoral.core.ErrorCode;
import org.sectoral.core.SectoralException;

/**
 * Whose files are where: which files of a folder Sectoral wrote (its manifests list them), and
 * whether an output would touch an input. Nothing here writes.
 */
final class Ownership {
  /** Foreign files named in a refusal; the walk stops after this many. */
  static final int SHOWN = 5;

  private Ownership() {}

  /**
   * The absolute path {@code p} stands for, with symbolic links of its existing part resolved
   * ({@code out/} given through a link is the folder the link points at), so that two names of
   * one folder compare equal.
   */
  static Path real(Path p) throws IOException {
    Path abs = p.toAbsolutePath().normalize();
    Deque<Path> rest = new ArrayDeque<>();
    Path existing = abs;
    while (existing != null && !Files.exists(existing)) {
      if (Files.isSymbolicLink(existing)) {
        throw new SectoralException(ErrorCode.OUTPUT_NOT_OWNED, List.of(abs.toString()),
            existing + " is a symbolic link to nothing; name a folder");
      }
      rest.push(existing.getFileName());
      existing = existing.getParent();
    }
    Path r = existing == null ? abs.getRoot() : existing.toRealPath();
    while (!rest.isEmpty()) {
      r = r.resolve(rest.pop().toString());
    }
    if (r.getParent() == null) {
      throw new SectoralException(ErrorCode.OUTPUT_NOT_OWNED, List.of(r.toString()),
          r + " is the root of a file system; name a folder inside it");
    }
    return r;
  }

  /**
   * Refuses an output that would replace or sit inside an input: an input inside the output
   * (or equal to it), or the output inside an input folder. Inputs that do not exist are
   * skipped (reading them reports that).
   */
  static void checkInputs(Path realOutput, Collection<Path> inputs, String what)
      throws IOException {
    for (Path in : inputs) {
      if (in == null || !Files.exists(in)) {
        continue;
      }
      Path r = in.toRealPath();
      if (r.equals(realOutput)) {
        throw new SectoralException(ErrorCode.OUTPUT_OVERLAPS_INPUT, List.of(in.toString()),
            "the " + what + " " + realOutput + " is the input " + in
                + ": Sectoral never writes over its input; choose another output");
      }
      if (r.startsWith(realOutput)) {
        throw new SectoralException(ErrorCode.OUTPUT_OVERLAPS_INPUT, List.of(in.toString()),
            "the input " + in + " is inside the " + what + " " + realOutput
                + ", which Sectoral replaces as a whole; choose an output folder that does not"
                + " hold the input");
      }
      if (realOutput.startsWith(r)) {
        throw new SectoralException(ErrorCode.OUTPUT_OVERLAPS_INPUT, List.of(in.toString()),
            "the " + what + " " + realOutput + " is inside the input folder " + in
                + ": Sectoral never writes into its input; choose an output outside it");
      }
    }
  }

  /**
   * Refuses to replace {@code target} unless it is missing, an empty folder (empty folders
   * inside allowed), or a folder whose every file a Sectoral manifest lists: one in the file's
   * folder or in a folder above it (so a folder that {@code demo} wrote may be replaced by
   * {@code run NAME}).
   *
   * @throws SectoralException {@link ErrorCode#OUTPUT_NOT_OWNED} naming the first foreign files
   */
  static void checkReplaceable(Path target) throws IOException {
    if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
      throw new SectoralException(ErrorCode.OUTPUT_NOT_OWNED, List.of(target.toString()),
          target + " is a file, not a folder; name a folder to write into");
    }
    List<String> foreign = foreignFiles(target);
    if (!foreign.isEmpty()) {
      String shown = String.join(", ", foreign.subList(0, Math.min(SHOWN, foreign.size())));
      throw new SectoralException(ErrorCode.OUTPUT_NOT_OWNED, foreign, "the output folder "
          + target + " holds files Sectoral did not write (" + shown
          + (foreign.size() > SHOWN ? ", …" : "") + "); Sectoral replaces an output folder as"
          + " a whole and only when it is empty or its own, so choose a new or empty folder,"
          + " or move those files away");
    }
  }

  /** Files below {@code target} that no manifest claims (at most {@link #SHOWN} + 1). */
  static List<String> foreignFiles(Path target) throws IOException {
    Set<Path> claimed = new HashSet<>();
    for (Path a = target.getParent(); a != null; a = a.getParent()) {
      claimed.addAll(Manifest.claims(a));
    }
    List<String> foreign = new ArrayList<>();
    Files.walkFileTree(target, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
        claimed.addAll(Manifest.claims(dir));
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
        if (!file.getFileName().toString().equals(Manifest.FILE_NAME)
            && !claimed.contains(file)) {
          foreign.add(Manifest.relative(target, file));
        }
        return foreign.size() > SHOWN ? FileVisitResult.TERMINATE : FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFileFailed(Path file, IOException exc) {
        foreign.add(Manifest.relative(target, file) + " (unreadable)");
        return foreign.size() > SHOWN ? FileVisitResult.TERMINATE : FileVisitResult.CONTINUE;
      }
    });
    return foreign;
  }

  /** Whether {@code dir} is a folder with nothing in it. */
  static boolean isEmptyDirectory(Path dir) throws IOException {
    if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
      return false;
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.findAny().isEmpty();
    }
  }
}
