package org.sectoral.core.internal.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
  @TempDir
  Path dir;

  private List<Path> listing() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.sorted().toList();
    }
  }

  @Test
  void writesTextBytesAndStreamsCreatingParentFolders() throws IOException {
    Path text = AtomicFiles.writeText(dir.resolve("a/b/t.csv"), w -> w.write("x,é\n1,2\n"));
    assertThat(text).isAbsolute().hasFileName("t.csv");
    assertThat(Files.readString(text, StandardCharsets.UTF_8)).isEqualTo("x,é\n1,2\n");
    byte[] big = new byte[200_000];
    for (int i = 0; i < big.length; i++) {
      big[i] = (byte) (i * 31);
    }
    assertThat(Files.readAllBytes(AtomicFiles.writeBytes(dir.resolve("big.bin"), big)))
        .isEqualTo(big);
    Path streamed = AtomicFiles.write(dir.resolve("s.bin"), out -> {
      out.write(1);
      out.write(big, 5, 70_000);
      out.close(); // a writer that closes its stream does not break the write
    });
    byte[] back = Files.readAllBytes(streamed);
    assertThat(back).hasSize(70_001);
    assertThat(back[0]).isEqualTo((byte) 1);
    assertThat(back[70_000]).isEqualTo(big[70_004]);
  }

  @Test
  void failedWriteLeavesTheOldFileIntactAndNoTemporaryFile() throws IOException {
    Path target = dir.resolve("old.png");
    Files.writeString(target, "old content");
    assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
      out.write(new byte[] {1, 2, 3});
      throw new IOException("disk full");
    })).isInstanceOf(IOException.class).hasMessage("disk full");
    assertThatThrownBy(() -> AtomicFiles.writeText(target, w -> {
      throw new IllegalStateException("bug");
    })).isInstanceOf(IllegalStateException.class);
    assertThat(Files.readString(target)).isEqualTo("old content");
    assertThat(listing()).containsExactly(target);
    AtomicFiles.writeText(target, w -> w.write("new"));
    assertThat(Files.readString(target)).isEqualTo("new");
    assertThat(listing()).containsExactly(target);
  }

  @Test
  void unpairedSurrogateFailsTheWriteInsteadOfWritingAQuestionMark() throws IOException {
    Path target = dir.resolve("t.txt");
    assertThatThrownBy(() -> AtomicFiles.writeText(target, w -> w.write("a\uD800b")))
        .isInstanceOf(IOException.class);
    assertThat(listing()).isEmpty();
  }

  @Test
  void directoryIsSwappedInWholeOrNotAtAll() throws IOException {
    Path target = dir.resolve("out");
    AtomicFiles.writeDirectory(target, d -> Files.writeString(d.resolve("first.txt"), "1"));
    assertThat(target.resolve("first.txt")).hasContent("1");
    assertThatThrownBy(() -> AtomicFiles.writeDirectory(target, d -> {
      Files.writeString(d.resolve("second.txt"), "2");
      throw new IOException("failed half way");
    })).hasMessage("failed half way");
    assertThat(target.resolve("first.txt")).hasContent("1");
    assertThat(target.resolve("second.txt")).doesNotExist();
    assertThat(listing()).containsExactly(target);
    AtomicFiles.writeDirectory(target, d -> {
      Files.createDirectories(d.resolve("sub"));
      Files.writeString(d.resolve("sub/second.txt"), "2");
    });
    assertThat(target.resolve("first.txt")).doesNotExist();
    assertThat(target.resolve("sub/second.txt")).hasContent("2");
    assertThat(listing()).containsExactly(target);
  }

  /**
   * Files and folders get what a plain create gives in the same folder (the umask), compared
   * with fresh reference files rather than a fixed mode so that the test holds under any umask.
   */
  @Test
  void filesAndFoldersGetTheDefaultPermissionsOfANewFile() throws IOException {
    assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"),
        "POSIX permissions");
    Path folder = Files.createDirectory(dir.resolve("work"));
    Path referenceFile = folder.resolve("reference.txt");
    try (OutputStream out = Files.newOutputStream(referenceFile)) {
      out.write('x');
    }
    Path referenceDir = Files.createDirectory(folder.resolve("reference-dir"));
    Set<PosixFilePermission> fileMode = Files.getPosixFilePermissions(referenceFile);
    Set<PosixFilePermission> dirMode = Files.getPosixFilePermissions(referenceDir);

    Path text = AtomicFiles.writeText(folder.resolve("t.csv"), w -> w.write("a"));
    Path bytes = AtomicFiles.writeBytes(folder.resolve("b.xlsx"), new byte[] {1});
    Path replaced = AtomicFiles.writeText(text, w -> w.write("b"));
    Path out = AtomicFiles.writeDirectory(folder.resolve("analysis"),
        d -> AtomicFiles.writeText(d.resolve("x.txt"), w -> w.write("1")));
    Path nested = AtomicFiles.writeText(folder.resolve("new/deeper/n.json"), w -> w.write("{}"));

    for (Path p : List.of(text, bytes, replaced, out.resolve("x.txt"), nested)) {
      assertThat(Files.getPosixFilePermissions(p)).as("%s", p).isEqualTo(fileMode);
    }
    for (Path p : List.of(out, nested.getParent(), nested.getParent().getParent())) {
      assertThat(Files.getPosixFilePermissions(p)).as("%s", p).isEqualTo(dirMode);
    }
  }
}
