package org.sectoral.io.pymrio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.sectoral.io.TestTables.assertSameTable;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.io.TableFormatException;
import org.sectoral.io.TestTables;

/**
 * A folder large enough (Z of 600 × 600, about 7 MB) to be read in several chunks on several
 * threads: the same table to the bit, the same located errors, and quoted labels handled.
 */
class PymrioLargeTest {
  @TempDir static Path tmp;
  static InputOutputTable table;
  static Path folder;

  @BeforeAll
  static void write() throws Exception {
    table = TestTables.random(3, 200, 31);
    folder = tmp.resolve("large");
    PymrioWriter.write(table, folder);
    assertThat(Files.size(folder.resolve("Z.txt"))).isGreaterThan(5L << 20);
  }

  private static Path copy(String name) throws Exception {
    Path to = tmp.resolve(name);
    Files.createDirectories(to);
    try (var s = Files.walk(folder)) {
      for (Path p : s.toList()) {
        Path t = to.resolve(folder.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(t);
        } else {
          Files.copy(p, t);
        }
      }
    }
    return to;
  }

  @Test
  void readsBackBitForBit() throws Exception {
    assertSameTable(PymrioReader.create().read(folder), table);
  }

  @Test
  void errorInALateChunkIsLocatedExactly() throws Exception {
    Path f = copy("bad");
    Path z = f.resolve("Z.txt");
    List<String> lines = Files.readAllLines(z, StandardCharsets.UTF_8);
    int line = 590; // 1-based, far past the first 2 MiB chunk
    String[] cells = lines.get(line - 1).split("\t", -1);
    cells[123] = "12x";
    lines.set(line - 1, String.join("\t", cells));
    Files.write(z, lines, StandardCharsets.UTF_8);
    TableFormatException e = catchThrowableOfType(TableFormatException.class,
        () -> PymrioReader.create().read(f));
    assertThat(e.source()).endsWith("Z.txt");
    assertThat(e.line()).isEqualTo(line);
    assertThat(e.column()).isEqualTo(124);
    assertThat(e.cell()).isEqualTo("12x");
    assertThat(e.problem()).isEqualTo("not a number");
  }

  @Test
  void quotedLabelsLateInTheFileAreReadOneByOne() throws Exception {
    Path f = copy("quoted");
    Files.delete(f.resolve("sectoral.json"));
    String sector = table.sectors().get(150).code();
    // pandas quotes a label holding a tab: give one sector such a name everywhere
    String quoted = "\"" + sector + "\tx\"";
    List<Path> files;
    try (var w = Files.walk(f)) {
      files = w.filter(p -> p.toString().endsWith(".txt")).toList();
    }
    for (Path p : files) {
      String text = Files.readString(p, StandardCharsets.UTF_8);
      Files.writeString(p, text.replace("\t" + sector + "\t", "\t" + quoted + "\t")
          .replace("\t" + sector + "\n", "\t" + quoted + "\n"), StandardCharsets.UTF_8);
    }
    PymrioSystem s = PymrioReader.create().flowsOnly(true).readSystem(f);
    assertThat(s.intermediate().rows().get(150).sector().code()).isEqualTo(sector + "\tx");
    assertThat(s.intermediate().rows().get(200 + 150).sector().code()).isEqualTo(sector + "\tx");
    assertThat(s.intermediate().toRowMajorArray())
        .isEqualTo(table.intermediate().toRowMajorArray());
  }
}
