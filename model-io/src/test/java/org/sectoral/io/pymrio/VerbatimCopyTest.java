package org.sectoral.io.pymrio;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sectoral.core.analysis.AnalysisOptions;
import org.sectoral.io.TableLoader;
import org.sectoral.io.LoadedTable;
import org.sectoral.io.analysis.AnalysisWriter;

/**
 * Flows files that read back to exactly the matrix written are copied byte for byte (here a
 * folder pymrio wrote, with its own number format and index-name row); anything else is
 * formatted: renamed regions, a file changed after it was read, a zip written.
 */
class VerbatimCopyTest {
  @TempDir Path tmp;

  private Path pymrioFolder() throws Exception {
    Path src = Path.of(getClass().getResource("/pymrio/small_mrio").toURI());
    Path copy = tmp.resolve("in");
    try (Stream<Path> files = Files.walk(src)) {
      for (Path p : (Iterable<Path>) files::iterator) {
        Path to = copy.resolve(src.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(to);
        } else {
          Files.copy(p, to);
        }
      }
    }
    return copy;
  }

  @Test
  void unchangedFlowsAreCopiedAsPymrioWroteThem() throws Exception {
    Path in = pymrioFolder();
    PymrioSystem s = PymrioReader.create().readSystem(in);
    Path out = tmp.resolve("out");
    PymrioWriter.write(s, out);
    for (String f : new String[] {"Z.txt", "Y.txt"}) {
      assertThat(Files.readAllBytes(out.resolve(f))).as(f)
          .isEqualTo(Files.readAllBytes(in.resolve(f)));
    }
    // pymrio's "%.12g" text, kept: Sectoral itself writes 1.0 for the 1 in it
    assertThat(Files.readString(out.resolve("Z.txt"))).contains("\t1\t");
    PymrioSystem back = PymrioReader.create().readSystem(out);
    assertThat(back.intermediate()).isEqualTo(s.intermediate());
    assertThat(back.finalDemand()).isEqualTo(s.finalDemand());
  }

  @Test
  void withoutVerbatimCopiesEveryNumberIsSectoralsText() throws Exception {
    Path in = pymrioFolder();
    PymrioSystem s = PymrioReader.create().readSystem(in);
    Path out = tmp.resolve("out");
    PymrioWriter.create().verbatimCopies(false).toFolder(s, out);
    String z = Files.readString(out.resolve("Z.txt"));
    assertThat(z).doesNotContain("\t1\t").contains("\t1.0\t");
    assertThat(Files.readAllBytes(out.resolve("Z.txt")))
        .isNotEqualTo(Files.readAllBytes(in.resolve("Z.txt")));
    assertThat(PymrioReader.create().readSystem(out).intermediate())
        .isEqualTo(s.intermediate());
  }

  @Test
  void theAnalysisFolderCopiesTheInputFlowsToo() throws Exception {
    Path in = pymrioFolder();
    LoadedTable loaded = TableLoader.defaults().load(in);
    Path out = tmp.resolve("analysis");
    AnalysisWriter.create().analyzeToFolder(loaded.table(), AnalysisOptions.defaults(), loaded,
        out);
    assertThat(Files.readAllBytes(out.resolve("Z.txt")))
        .isEqualTo(Files.readAllBytes(in.resolve("Z.txt")));
    assertThat(PymrioReader.create().readSystem(out).intermediate())
        .isEqualTo(loaded.pymrio().orElseThrow().intermediate());
  }

  @Test
  void renamedRegionsAreFormattedWithTheirNewCodes() throws Exception {
    Path in = pymrioFolder();
    PymrioSystem s = PymrioReader.create().renameRegions(Map.of("reg1", "AAA"))
        .readSystem(in);
    Path out = tmp.resolve("out");
    PymrioWriter.write(s, out);
    String z = Files.readString(out.resolve("Z.txt"));
    assertThat(z).contains("AAA").doesNotContain("reg1");
    assertThat(Files.readString(out.resolve("Y.txt"))).doesNotContain("reg1");
    assertThat(PymrioReader.create().readSystem(out).intermediate().toArray())
        .isEqualTo(s.intermediate().toArray());
  }

  @Test
  void aFileChangedAfterReadingIsNotCopied() throws Exception {
    Path in = pymrioFolder();
    PymrioSystem s = PymrioReader.create().readSystem(in);
    // same size, one digit changed: only the checksum tells
    String z = Files.readString(in.resolve("Z.txt"));
    Files.writeString(in.resolve("Z.txt"), z.replace("13.3333333333", "13.3333333334"));
    Path out = tmp.resolve("out");
    PymrioWriter.write(s, out);
    assertThat(Files.readString(out.resolve("Z.txt"))).doesNotContain("13.3333333334");
    assertThat(PymrioReader.create().readSystem(out).intermediate())
        .isEqualTo(s.intermediate());
    // a file gone: formatted as well
    Files.delete(in.resolve("Y.txt"));
    PymrioWriter.write(s, tmp.resolve("out2"));
    assertThat(PymrioReader.create().readSystem(tmp.resolve("out2")).finalDemand())
        .isEqualTo(s.finalDemand());
  }

  @Test
  void aZipSourceIsCopiedFromAndAZipTargetIsFormatted() throws Exception {
    Path in = pymrioFolder();
    Path zip = tmp.resolve("in.zip");
    try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip));
        Stream<Path> files = Files.walk(in)) {
      for (Path p : (Iterable<Path>) files::iterator) {
        if (Files.isRegularFile(p)) {
          z.putNextEntry(new ZipEntry(in.relativize(p).toString().replace('\\', '/')));
          try (InputStream is = Files.newInputStream(p)) {
            is.transferTo(z);
          }
          z.closeEntry();
        }
      }
    }
    PymrioSystem s = PymrioReader.create().readSystem(zip);
    Path out = tmp.resolve("out");
    PymrioWriter.write(s, out);
    assertThat(Files.readAllBytes(out.resolve("Z.txt")))
        .isEqualTo(Files.readAllBytes(in.resolve("Z.txt")));
    Path outZip = tmp.resolve("out.zip");
    PymrioWriter.writeZip(s, outZip);
    PymrioSystem back = PymrioReader.create().readSystem(outZip);
    assertThat(back.intermediate()).isEqualTo(s.intermediate());
    assertThat(back.finalDemand()).isEqualTo(s.finalDemand());
  }
}
