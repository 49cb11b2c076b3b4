package org.sectoral.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.sectoral.io.TestTables.assertSameTable;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sectoral.core.internal.files.AtomicFiles;
import org.sectoral.core.table.InputOutputTable;

class TableFormatsTest {
  @TempDir Path tmp;

  @Test
  void standardFormatsWriteAndDetectEachOther() throws Exception {
    InputOutputTable t = TestTables.handMade();
    TableFormats registry = TableFormats.standard();
    Map<String, StandardFormat> targets = Map.of("t_pymrio", StandardFormat.PYMRIO,
        "t.zip", StandardFormat.PYMRIO, "t.csv", StandardFormat.TIDY_CSV,
        "t.json", StandardFormat.JSON);
    for (Map.Entry<String, StandardFormat> e : targets.entrySet()) {
      Path p = tmp.resolve(e.getKey());
      e.getValue().write(t, p);
      assertThat(registry.detect(p)).contains(e.getValue());
      assertSameTable(registry.read(p), t);
    }
    assertThat(registry.byId("tidy-csv")).contains(StandardFormat.TIDY_CSV);
  }

  @Test
  void unknownFileIsReportedWithKnownFormats() throws Exception {
    Path p = tmp.resolve("notes.csv");
    Files.writeString(p, "a,b\n1,2\n");
    TableFormatException e = catchThrowableOfType(TableFormatException.class,
        () -> TableFormats.standard().read(p));
    assertThat(e.problem()).isEqualTo(
        "no registered format recognises it (known: [pymrio, tidy-csv, json])");
  }

  /** A format whose writer fails after writing half its files. */
  private static final class Explosive implements TableFormat {
    @Override
    public String id() {
      return "explosive";
    }

    @Override
    public boolean canRead(Path path) {
      return false;
    }

    @Override
    public InputOutputTable read(Path path) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void write(InputOutputTable table, Path path) throws IOException {
      AtomicFiles.writeDirectory(path, dir -> {
        Files.writeString(dir.resolve("Z.txt"), "half");
        throw new IOException("disk full");
      });
    }
  }

  @Test
  void registryIsExplicitAndRejectsDuplicateIds() {
    TableFormats r = TableFormats.standard().with(new Explosive());
    assertThat(r.formats()).hasSize(4);
    assertThat(TableFormats.standard().formats()).hasSize(3);
    assertThatThrownBy(() -> r.with(new Explosive())).isInstanceOf(
        IllegalArgumentException.class).hasMessage("Format id explosive registered twice");
  }

  @Test
  void failedFolderWriteLeavesExistingFolderIntact() throws Exception {
    Path folder = tmp.resolve("sys");
    StandardFormat.PYMRIO.write(TestTables.millerBlair(), folder);
    Map<String, byte[]> before = snapshot(folder);
    assertThatThrownBy(() -> new Explosive().write(TestTables.handMade(), folder))
        .hasMessage("disk full");
    assertThat(snapshot(folder)).containsExactlyInAnyOrderEntriesOf(before);
    assertThat(Files.list(tmp).map(p -> p.getFileName().toString()).toList())
        .containsExactly("sys");
  }

  @Test
  void failedWritesLeaveExistingFilesIntact() throws Exception {
    InputOutputTable t = TestTables.handMade();
    Path file = tmp.resolve("plain.txt");
    Files.writeString(file, "keep me");
    for (StandardFormat f : StandardFormat.values()) {
      Path under = file.resolve("out");
      assertThatThrownBy(() -> f.write(t, under)).isInstanceOf(IOException.class);
      assertThat(Files.readString(file)).isEqualTo("keep me");
    }
    Path dir = tmp.resolve("dir.csv");
    Files.createDirectories(dir.resolve("inside"));
    Files.writeString(dir.resolve("inside/x"), "x");
    for (StandardFormat f : List.of(StandardFormat.TIDY_CSV, StandardFormat.JSON)) {
      assertThatThrownBy(() -> f.write(t, dir)).isInstanceOf(IOException.class);
      assertThat(Files.readString(dir.resolve("inside/x"))).isEqualTo("x");
    }
    try (Stream<Path> s = Files.list(tmp)) {
      assertThat(s.map(p -> p.getFileName().toString()).sorted().toList())
          .containsExactly("dir.csv", "plain.txt");
    }
  }

  private static Map<String, byte[]> snapshot(Path root) throws IOException {
    Map<String, byte[]> out = new TreeMap<>();
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        out.put(root.relativize(p).toString(), Files.readAllBytes(p));
      }
    }
    return out;
  }
}
