package org.sectoral.core.internal.files;

import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;
import java.util.List;
import org.sectoral.core.ErrorCode;
import org.sectoral.core.SectoralException;

/**
 * The whole output of one command, swapped in for an output folder {@code DIR} as a unit:
 * after a crash at any instant (kill -9, a full disk, a power cut once the files were flushed)
 * and the recovery that the next write to {@code DIR} runs, {@code DIR} holds either its
 * previous content, untouched, or the complete new output. Only folders that are missing, empty
 * or Sectoral's own are replaced, and never one that holds an input.
 *
 * <pre>{@code
 * try (OutputFolder out = OutputFolder.begin(dir, "sectoral analyze t.csv --out results",
 *     List.of(input))) {
 *   write(out.stage());   // every file of the output, into the (hidden) stage
 *   out.commit();         // the swap; without it, close() undoes everything
 * }
 * }</pre>
 *
 * <h2>Ownership</h2>
 * {@link #commit()} writes a manifest {@value Manifest#FILE_NAME} into the output, listing its
 * files and what wrote them. {@link #begin} (and again {@link #commit()}) refuses with
 * {@link ErrorCode#OUTPUT_NOT_OWNED} a {@code DIR} that is a file or holds a file that no
 * manifest in its folder or a folder above lists, and with {@link ErrorCode#OUTPUT_OVERLAPS_INPUT}
 * a {@code DIR} that is, holds or lies inside an input.
 *
 * <h2>The work area and the states of a swap</h2>
 * Everything happens in the hidden folder {@code W = .DIR.sectoral-work} beside {@code DIR}
 * (same file system, so every move is one {@code rename}): {@code W/lock}, a file locked with
 * the operating system's lock for as long as the command runs (another command writing
 * {@code DIR} fails with {@link ErrorCode#OUTPUT_IN_USE}; the lock dies with the process);
 * {@code W/target}, the name of {@code DIR}; {@code W/new}, the stage; {@code W/old}, the
 * previous output once put aside. In the order they happen, with what the recovery does when
 * the process dies in each state:
 *
 * <ol>
 *   <li><b>Writing.</b> {@code W/new} fills; {@code DIR} untouched. Recovery: delete
 *       {@code W/new} (back to the previous output).
 *   <li><b>Manifest written, tree flushed</b> ({@code fsync} of every file and folder of the
 *       stage, done when a non-empty {@code DIR} is replaced). Still only {@code W/new}.
 *       Recovery: as in 1.
 *   <li><b>Put aside</b>: {@code rename(DIR, W/old)}. This is the commit point when {@code DIR}
 *       existed: from here on the new output is complete and durable in {@code W/new}, so
 *       recovery goes forward. State: {@code W/old} and {@code W/new}, no {@code DIR}.
 *       Recovery: {@code rename(W/new, DIR)}, then as in 4.
 *   <li><b>Swapped in</b>: {@code rename(W/new, DIR)} (the commit point when {@code DIR} did
 *       not exist), then the parent folder is flushed. State: {@code DIR} new, {@code W/old}.
 *       Recovery: delete {@code W/old}.
 *   <li><b>Cleaned</b>: {@code W/old} deleted, then {@code W/target}, {@code W/lock} (while
 *       locked) and {@code W}. A failure here does not fail the command: the output is in
 *       place and the next run removes what is left.
 * </ol>
 *
 * <p>So the rule is: <em>with {@code W/old} present and {@code DIR} absent, finish the swap;
 * otherwise delete everything in {@code W}</em> ({@code W/old} only once {@code DIR} is back).
 * {@link #begin} runs it for {@code DIR} under the lock, and for any other unlocked work area
 * in the same parent folder (left by a killed command writing elsewhere). The only instant at
 * which {@code DIR} is missing is state 3, between two renames; the next write to {@code DIR}
 * or to a sibling of it, or {@link #recover}, puts it back. A failure in states 1–3 that the
 * process survives (an exception) is undone by {@link #close()} at once: {@code W/old} goes back
 * to {@code DIR}, {@code W} is deleted. Temporaries of single files written into the stage are
 * inside {@code W} and go with it.
 *
 * <p>Power cuts: when {@code DIR} is new or was empty nothing is flushed (as for
 * {@link AtomicFiles#write}), so a power cut may lose or truncate the new files but never
 * anything that existed before. Nested use works: a writer that replaces a folder by its own
 * transaction (e.g. {@link AtomicFiles#writeDirectory}) may be pointed at {@link #stage()}.
 *
 * <p>Internal: not part of Sectoral's API.
 */
public final class OutputFolder implements Closeable {
  private final Path target;
  private final Path requested;
  private final WorkArea work;
  private final String writtenBy;
  private boolean committed;
  private boolean closed;

  private OutputFolder(Path target, Path requested, WorkArea work, String writtenBy) {
    this.target = target;
    this.requested = requested;
    this.work = work;
    this.writtenBy = writtenBy;
  }

  /**
   * Checks {@code dir} as {@link #begin} does (a folder that is missing, empty or Sectoral's,
   * holding no input and inside none), without locking or writing anything: lets a command
   * refuse before it reads its input.
   *
   * @return the output folder as an absolute path with links resolved
   * @throws SectoralException {@link ErrorCode#OUTPUT_NOT_OWNED} or
   *     {@link ErrorCode#OUTPUT_OVERLAPS_INPUT}
   */
  public static Path check(Path dir, Collection<Path> inputs) throws IOException {
    Path t = Ownership.real(checkNotNull(dir, "dir"));
    Ownership.checkInputs(t, inputs, "output folder");
    Ownership.checkReplaceable(t);
    return t;
  }

  /**
   * Refuses a single output file that is an input or lies inside an input folder (an existing
   * file at that name is replaced atomically: the caller named it).
   *
   * @throws SectoralException {@link ErrorCode#OUTPUT_OVERLAPS_INPUT}
   */
  public static void checkFile(Path file, Collection<Path> inputs) throws IOException {
    Path t = Ownership.real(checkNotNull(file, "file"));
    if (Files.isDirectory(t)) {
      throw new SectoralException(ErrorCode.OUTPUT_NOT_OWNED, List.of(t.toString()),
          t + " is a folder; name a file to write");
    }
    Ownership.checkInputs(t, inputs, "output file");
  }

  /**
   * Locks {@code dir}'s work area, recovers an interrupted swap there (and in unlocked work areas
   * beside it), checks {@code dir} as {@link #check} does and makes an empty stage.
   *
   * @param dir the output folder; its parent folders are created
   * @param writtenBy what writes it, for the manifest (e.g. the command line)
   * @param inputs the files and folders the output is made from
   * @throws SectoralException {@link ErrorCode#OUTPUT_NOT_OWNED},
   *     {@link ErrorCode#OUTPUT_OVERLAPS_INPUT} or {@link ErrorCode#OUTPUT_IN_USE}
   */
  public static OutputFolder begin(Path dir, String writtenBy, Collection<Path> inputs)
      throws IOException {
    checkNotNull(writtenBy, "writtenBy");
    Path t = Ownership.real(checkNotNull(dir, "dir"));
    Ownership.checkInputs(t, inputs, "output folder");
    if (Files.exists(t, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(t)) {
      Ownership.checkReplaceable(t); // a file: refused before anything is made beside it
    }
    Files.createDirectories(t.getParent());
    WorkArea w = WorkArea.lock(t);
    try {
      w.recover();
      Ownership.checkReplaceable(t);
      WorkArea.recoverSiblings(t.getParent(), w.dir);
      FaultPoints.reached("stage");
      Files.createDirectory(w.stage());
      return new OutputFolder(t, dir.toAbsolutePath().normalize(), w, writtenBy);
    } catch (IOException | RuntimeException | Error e) {
      try {
        w.dispose();
      } catch (IOException | RuntimeException cleanup) {
        e.addSuppressed(cleanup);
      }
      throw e;
    }
  }

  /**
   * Finishes or undoes a swap into {@code dir} that a killed process left half done, and removes
   * its work area; nothing happens when there is none or another process holds it.
   */
  public static void recover(Path dir) throws IOException {
    Path t = Ownership.real(dir);
    if (!Files.isDirectory(WorkArea.dirOf(t), LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    WorkArea w;
    try {
      w = WorkArea.lock(t);
    } catch (SectoralException busy) {
      return;
    }
    try {
      w.recover();
    } finally {
      w.dispose();
    }
  }

  /** The folder to write the output into: empty at first, hidden, beside the output folder. */
  public Path stage() {
    return work.stage();
  }

  /** The output folder (absolute, links resolved). */
  public Path target() {
    return target;
  }

  /** The output folder as it was named (absolute, links not resolved), for messages. */
  public Path requested() {
    return requested;
  }

  /**
   * Where a path in the stage will be once committed, below the folder as it was named (other
   * paths are returned as they are), for messages that name the files written.
   */
  public Path finalPath(Path staged) {
    Path p = staged.toAbsolutePath().normalize();
    return p.startsWith(stage()) ? requested.resolve(stage().relativize(p).toString()) : staged;
  }

  /**
   * Writes the manifest and swaps the stage in for the output folder (states 2–5 above).
   *
   * @return the output folder
   * @throws SectoralException {@link ErrorCode#OUTPUT_NOT_OWNED} when files that Sectoral did not
   *     write appeared in the output folder meanwhile (nothing is replaced then)
   */
  public Path commit() throws IOException {
    checkState(!committed && !closed, "already committed or closed");
    FaultPoints.reached("manifest");
    Manifest.write(stage(), writtenBy);
    boolean replacing = Files.exists(target, LinkOption.NOFOLLOW_LINKS);
    if (replacing) {
      Ownership.checkReplaceable(target);
      if (!Ownership.isEmptyDirectory(target)) {
        FaultPoints.reached("sync");
        AtomicFiles.syncTree(stage());
        AtomicFiles.syncDirectory(work.dir);
      } else {
        replacing = false; // nothing to lose: no flush
        FaultPoints.reached("sync");
      }
      FaultPoints.reached("aside");
      Files.move(target, work.old(), StandardCopyOption.ATOMIC_MOVE);
    }
    FaultPoints.reached("swap");
    Files.move(stage(), target, StandardCopyOption.ATOMIC_MOVE);
    committed = true;
    if (replacing) {
      AtomicFiles.syncDirectory(target.getParent());
    }
    try {
      FaultPoints.reached("cleanup");
      close();
    } catch (IOException | RuntimeException e) {
      // the output is in place; the next run removes what is left of the work area
      work.abandon();
    }
    return target;
  }

  /**
   * Ends the transaction: without {@link #commit()} it undoes everything (the previous output
   * back in place, the stage deleted); then removes the work area and lets go of the lock.
   */
  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    try {
      if (!committed && Files.exists(work.old(), LinkOption.NOFOLLOW_LINKS)
          && !Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
        Files.move(work.old(), target, StandardCopyOption.ATOMIC_MOVE);
      }
      work.dispose();
    } catch (IOException | RuntimeException e) {
      work.abandon();
      throw e;
    }
  }
}
