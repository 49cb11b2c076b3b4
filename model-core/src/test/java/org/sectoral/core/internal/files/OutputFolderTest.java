package org.sectoral.core.internal.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sectoral.core.ErrorCode;
import org.sectoral.core.SectoralException;

/**
 * The output-folder transaction: ownership, inputs, the lock, every recovery state built by
 * hand, and an injected I/O failure at every step of a write.
 */
class OutputFolderTest {
  @TempDir Path dir;

  @AfterEach
  void disarm() {
    System.clearProperty(FaultPoints.PROPERTY);
  }

  private List<String> listing() throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  /** Relative path → content of every file below {@code root}. */
  private static Map<String, String> tree(Path root) throws IOException {
    Map<String, String> m = new TreeMap<>();
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        m.put(Manifest.relative(root, p), Files.readString(p));
      }
    }
    return m;
  }

  private static Path write(Path out, String generation) throws IOException {
    try (OutputFolder o = OutputFolder.begin(out, "test " + generation, List.of())) {
      AtomicFiles.writeText(o.stage().resolve("a.csv"), w -> w.write(generation));
      AtomicFiles.writeText(o.stage().resolve("sub/b.txt"), w -> w.write(generation + "b"));
      return o.commit();
    }
  }

  @Test
  void commitSwapsTheWholeOutputInAndListsItsFilesInAManifest() throws IOException {
    Path out = dir.resolve("out");
    assertThat(write(out, "1")).isEqualTo(out.toRealPath());
    assertThat(tree(out)).containsEntry("a.csv", "1").containsEntry("sub/b.txt", "1b")
        .containsKey(Manifest.FILE_NAME).hasSize(3);
    assertThat(Manifest.claims(out)).containsExactlyInAnyOrder(out.resolve("a.csv"),
        out.resolve("sub/b.txt"));
    assertThat(Manifest.writtenBy(out)).hasValue("test 1");
    write(out, "2");
    assertThat(tree(out)).containsEntry("a.csv", "2").containsEntry("sub/b.txt", "2b");
    assertThat(listing()).containsExactly("out");
  }

  @Test
  void aFolderWithFilesSectoralDidNotWriteIsRefusedAndLeftAlone() throws IOException {
    Path out = dir.resolve("out");
    write(out, "1");
    Files.writeString(out.resolve("notes.txt"), "mine");
    Files.writeString(out.resolve("sub/data.csv"), "mine too");
    assertThatThrownBy(() -> write(out, "2")).isInstanceOfSatisfying(SectoralException.class,
        e -> {
          assertThat(e.code()).isEqualTo(ErrorCode.OUTPUT_NOT_OWNED);
          assertThat(e.culprits()).containsExactlyInAnyOrder("notes.txt", "sub/data.csv");
          assertThat(e.getMessage()).contains("notes.txt", "sub/data.csv", out.toString());
        });
    assertThat(tree(out)).containsEntry("a.csv", "1").containsEntry("notes.txt", "mine");
    assertThat(listing()).containsExactly("out");
    // a plain folder of the user's, and a file
    Path docs = Files.createDirectories(dir.resolve("docs"));
    Files.writeString(docs.resolve("thesis.tex"), "x");
    assertThatThrownBy(() -> write(docs, "1")).hasMessageContaining("thesis.tex");
    Path file = Files.writeString(dir.resolve("file"), "x");
    assertThatThrownBy(() -> write(file, "1")).isInstanceOfSatisfying(SectoralException.class,
        e -> assertThat(e.code()).isEqualTo(ErrorCode.OUTPUT_NOT_OWNED));
    assertThat(Files.readString(file)).isEqualTo("x");
    assertThat(listing()).containsExactly("docs", "file", "out");
  }

  @Test
  void emptyFoldersAndFoldersClaimedByAManifestAboveMayBeReplaced() throws IOException {
    Path empty = Files.createDirectories(dir.resolve("empty/inner"));
    write(empty.getParent(), "1");
    assertThat(tree(empty.getParent())).containsEntry("a.csv", "1");
    // "demo" writes report/ with report/sim/…; "run sim" replaces report/sim
    Path report = dir.resolve("report");
    try (OutputFolder o = OutputFolder.begin(report, "demo", List.of())) {
      AtomicFiles.writeText(o.stage().resolve("index.html"), w -> w.write("page"));
      AtomicFiles.writeText(o.stage().resolve("sim/r.csv"), w -> w.write("old"));
      o.commit();
    }
    write(report.resolve("sim"), "run");
    assertThat(tree(report)).containsEntry("index.html", "page")
        .containsEntry("sim/a.csv", "run").doesNotContainKey("sim/r.csv");
    write(report, "again"); // sim/'s own manifest claims its files
    assertThat(tree(report)).containsEntry("a.csv", "again").doesNotContainKey("index.html");
  }

  @Test
  void anOutputThatHoldsOrSitsInAnInputIsRefused() throws IOException {
    Path proj = Files.createDirectories(dir.resolve("proj"));
    Path table = Files.writeString(proj.resolve("table.csv"), "input");
    for (Path out : List.of(proj, proj.resolve("results"), dir)) {
      assertThatThrownBy(() -> OutputFolder.check(out, List.of(out == dir ? table : proj)))
          .as("%s", out).isInstanceOfSatisfying(SectoralException.class,
              e -> assertThat(e.code()).isEqualTo(ErrorCode.OUTPUT_OVERLAPS_INPUT));
    }
    assertThatThrownBy(() -> OutputFolder.begin(proj, "x", List.of(table)))
        .hasMessageContaining("table.csv");
    assertThatThrownBy(() -> OutputFolder.checkFile(table, List.of(table)))
        .hasMessageContaining("is the input");
    assertThatThrownBy(() -> OutputFolder.checkFile(proj.resolve("t.json"), List.of(proj)))
        .hasMessageContaining("inside the input folder");
    OutputFolder.checkFile(dir.resolve("t.json"), List.of(table));
    assertThat(Files.readString(table)).isEqualTo("input");
    assertThat(listing()).containsExactly("proj");
  }

  @Test
  void aFailureBeforeTheCommitLeavesThePreviousOutputAndNoTrace() throws IOException {
    Path out = dir.resolve("out");
    write(out, "1");
    Map<String, String> before = tree(out);
    assertThatThrownBy(() -> {
      try (OutputFolder o = OutputFolder.begin(out, "x", List.of())) {
        AtomicFiles.writeText(o.stage().resolve("a.csv"), w -> w.write("2"));
        throw new IOException("disk full");
      }
    }).hasMessage("disk full");
    assertThat(tree(out)).isEqualTo(before);
    assertThat(listing()).containsExactly("out");
  }

  @Test
  void aSecondWriterOfTheSameFolderIsRefusedWhileTheFirstRuns() throws IOException {
    Path out = dir.resolve("out");
    try (OutputFolder first = OutputFolder.begin(out, "first", List.of())) {
      assertThatThrownBy(() -> OutputFolder.begin(out, "second", List.of()))
          .isInstanceOfSatisfying(SectoralException.class,
              e -> assertThat(e.code()).isEqualTo(ErrorCode.OUTPUT_IN_USE));
      AtomicFiles.writeText(first.stage().resolve("a.csv"), w -> w.write("1"));
      first.commit();
    }
    write(out, "2");
    assertThat(tree(out)).containsEntry("a.csv", "2");
    assertThat(listing()).containsExactly("out");
  }

  /** The work area of {@code out} in a given state, as a killed command leaves it. */
  private Path crashState(Path out, boolean withNew, boolean aside) throws IOException {
    Path w = WorkArea.dirOf(out);
    Files.createDirectories(w.resolve("new/sub"));
    Files.writeString(w.resolve("lock"), "");
    Files.writeString(w.resolve("target"), out.getFileName().toString());
    Files.writeString(w.resolve("new/a.csv"), "new");
    Files.writeString(w.resolve("new/sub/b.txt"), "newb");
    Manifest.write(w.resolve("new"), "killed"); // written before anything is put aside
    if (!withNew) {
      AtomicFiles.deleteRecursively(w.resolve("new"));
    }
    if (aside) {
      Files.move(out, w.resolve("old"));
    }
    return w;
  }

  @Test
  void everyCrashStateRecoversToTheOldOrTheCompleteNewOutput() throws IOException {
    Path out = dir.resolve("out");
    // 1-2: killed while writing: back to the old output
    write(out, "old");
    Map<String, String> old = tree(out);
    crashState(out, true, false);
    OutputFolder.recover(out);
    assertThat(tree(out)).isEqualTo(old);
    assertThat(listing()).containsExactly("out");
    // 3: killed between the two renames: out is missing, the swap is finished
    crashState(out, true, true);
    assertThat(out).doesNotExist();
    OutputFolder.recover(out);
    assertThat(tree(out)).containsEntry("a.csv", "new").containsEntry("sub/b.txt", "newb");
    assertThat(listing()).containsExactly("out");
    // 4: killed after the swap, before the old output was deleted
    write(out, "newer");
    Path w = crashState(out, false, false);
    Files.createDirectories(w.resolve("old"));
    Files.writeString(w.resolve("old/a.csv"), "old");
    OutputFolder.recover(out);
    assertThat(tree(out)).containsEntry("a.csv", "newer");
    assertThat(listing()).containsExactly("out");
    // put aside with no stage (never made by a swap, handled anyway): the old output goes back
    crashState(out, false, true);
    OutputFolder.recover(out);
    assertThat(tree(out)).containsEntry("a.csv", "newer");
    assertThat(listing()).containsExactly("out");
  }

  @Test
  void theNextWriteRecoversItsOwnFolderAndUnlockedSiblings() throws IOException {
    Path a = dir.resolve("a");
    Path b = dir.resolve("b");
    write(a, "old");
    write(b, "old");
    crashState(a, true, true); // a is missing
    crashState(b, true, false);
    write(dir.resolve("c"), "1");
    assertThat(tree(a)).containsEntry("a.csv", "new");
    assertThat(tree(b)).containsEntry("a.csv", "old");
    assertThat(listing()).containsExactly("a", "b", "c");
    // a work area that cannot tell whose previous output it holds is left alone
    Path orphan = dir.resolve(".x" + WorkArea.SUFFIX);
    Files.createDirectories(orphan.resolve("old"));
    write(dir.resolve("c"), "2");
    assertThat(orphan.resolve("old")).isDirectory();
  }

  @Test
  void aLeftOverTemporaryOfAKilledWriterGoesWithTheNextWriteOfTheFile() throws IOException {
    Path stale = Files.writeString(dir.resolve(".t.csv.1f2e3d.tmp"), "half");
    Path other = Files.writeString(dir.resolve(".u.csv.1f2e3d.tmp"), "someone else's");
    Path live = dir.resolve(".t.csv.abc.tmp");
    try (FileChannel ch = FileChannel.open(live, StandardOpenOption.CREATE_NEW,
        StandardOpenOption.WRITE)) {
      ch.lock(); // a writer that is still at work
      AtomicFiles.writeText(dir.resolve("t.csv"), w -> w.write("x"));
      assertThat(stale).doesNotExist();
      assertThat(live).exists();
      assertThat(other).exists();
    }
  }

  @Test
  void anInjectedFailureAtEveryStepLeavesTheOldOutputOrTheNewOneAndNoTrace()
      throws IOException {
    Path out = dir.resolve("out");
    write(out, "old");
    Map<String, String> old = tree(out);
    System.setProperty(FaultPoints.PROPERTY, "fail@never");
    nestedWrite(out);
    int steps = FaultPoints.reachedSoFar();
    System.clearProperty(FaultPoints.PROPERTY);
    write(out, "old");
    for (int n = 1; n <= steps; n++) {
      System.setProperty(FaultPoints.PROPERTY, "fail@" + n);
      boolean ok;
      try {
        nestedWrite(out);
        ok = true;
      } catch (IOException e) {
        assertThat(e).hasMessageContaining("injected fault");
        ok = false;
      }
      System.clearProperty(FaultPoints.PROPERTY);
      if (ok) { // only a failure after the swap, in the cleanup, lets the write succeed
        assertThat(tree(out)).as("step %s", n).containsEntry("a.csv", "new")
            .containsEntry("pymrio/Z.txt", "z");
        OutputFolder.recover(out); // what the next run does first
        write(out, "old");
      } else {
        assertThat(tree(out)).as("step %s", n).isEqualTo(old);
      }
      assertThat(listing()).as("step %s", n).containsExactly("out");
    }
    assertThat(steps).isGreaterThan(15);
  }

  /** A command's output: a folder written by its own transaction into the stage, and files. */
  private static void nestedWrite(Path out) throws IOException {
    try (OutputFolder o = OutputFolder.begin(out, "nested", List.of())) {
      AtomicFiles.writeDirectory(o.stage().resolve("pymrio"),
          d -> Files.writeString(d.resolve("Z.txt"), "z", StandardCharsets.UTF_8));
      AtomicFiles.writeText(o.stage().resolve("a.csv"), w -> w.write("new"));
      AtomicFiles.writeText(o.stage().resolve("sub/b.txt"), w -> w.write("newb"));
      o.commit();
    }
  }
}
