package org.sectoral.io.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sectoral.core.CancellationToken;
import org.sectoral.core.analysis.Analysis;
import org.sectoral.core.analysis.AnalysisOptions;
import org.sectoral.core.analysis.AnalysisResult;
import org.sectoral.core.leontief.HouseholdClosure;
import org.sectoral.core.leontief.HouseholdIncome;
import org.sectoral.core.leontief.SolverOptions;
import org.sectoral.io.LoadedTable;
import org.sectoral.io.TableLoader;

/**
 * The library call writes, byte for byte, what {@code ./sectoral analyze} wrote before it was
 * one (checksums in {@code analysis/golden-sha256.txt}, see the README beside it), and the
 * manifest {@code .sectoral-output.json} that lists those files; so does the one call that
 * writes the input's copies while the analysis runs, and its failure changes nothing.
 */
class AnalysisWriterGoldenTest {
  private static final String MANIFEST = ".sectoral-output.json";
  @TempDir Path dir;

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "bel, /fixtures/oecd_bel_2020/BEL2020ttl.csv, ",
      "aus, /fixtures/wiod_2016/AUS_NIOT_2014.csv, inverse",
      "fypop, /pymrio/random_fy_pop, ",
      "icio, /icio/ICIO_small_2020.csv, surplus=0.3",
      "exio, /exiobase/IOT_2022_pxp.zip, ",
      "scot, /fixtures/scotland_io_2016/IO2016.xlsx, income=143398"})
  void writesWhatTheCommandLineWrote(String name, String resource, String option)
      throws Exception {
    Path in = copy(resource);
    LoadedTable loaded = TableLoader.defaults().load(in);
    AnalysisOptions.Builder o = AnalysisOptions.builder();
    if ("inverse".equals(option)) {
      o.withInverse(true);
    } else if (option != null && option.startsWith("surplus=")) {
      o.closure(HouseholdClosure.of(HouseholdIncome.compensation()
          .withSurplusShare(Double.parseDouble(option.substring(8)))));
    } else if (option != null && option.startsWith("income=")) {
      o.closure(HouseholdClosure.of(HouseholdIncome.total(
          Double.parseDouble(option.substring(7)))));
    }
    AnalysisResult r = Analysis.of(loaded.table(), o.build());
    Path out = dir.resolve(name);
    AnalysisWriter.write(r, loaded, out);
    Map<String, String> written = checksums(out);
    // the manifest by which Sectoral knows the folder as its own lists every other file
    String manifest = Files.readString(out.resolve(MANIFEST), StandardCharsets.UTF_8);
    written.remove(MANIFEST);
    for (String file : written.keySet()) {
      assertThat(manifest).contains("\"" + file + "\"");
    }
    assertThat(written).isEqualTo(golden(name));

    // one call that writes the input's copies while the analysis runs: the same bytes
    Path overlapped = dir.resolve(name + "-overlapped");
    AnalysisResult again = AnalysisWriter.create()
        .analyzeToFolder(loaded.table(), o.build(), loaded, overlapped);
    Map<String, String> second = checksums(overlapped);
    second.remove(MANIFEST);
    assertThat(second).isEqualTo(golden(name));
    assertThat(again.tables().keySet()).isEqualTo(r.tables().keySet());
  }

  @Test
  void aFailedAnalysisLeavesThePreviousFolderAsItWas() throws Exception {
    LoadedTable loaded = TableLoader.defaults().load(copy("/pymrio/random_fy_pop"));
    Path out = dir.resolve("out");
    AnalysisWriter.write(Analysis.of(loaded.table()), loaded, out);
    Map<String, String> before = checksums(out);
    CancellationToken token = CancellationToken.create();
    token.cancel();
    AnalysisOptions cancelled = AnalysisOptions.builder()
        .solver(SolverOptions.direct().withCancellation(token)).build();

    assertThatThrownBy(() -> AnalysisWriter.create()
        .analyzeToFolder(loaded.table(), cancelled, loaded, out))
        .isInstanceOf(CancellationException.class);

    assertThat(checksums(out)).isEqualTo(before);
    try (Stream<Path> left = Files.list(dir)) { // no work folder left beside it
      assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("in",
          "out");
    }
  }

  private Path copy(String resource) throws IOException, URISyntaxException {
    String fileName = resource.substring(resource.lastIndexOf('/') + 1);
    Path target = dir.resolve("in").resolve(fileName);
    Files.createDirectories(target.getParent());
    java.net.URI uri = getClass().getResource(resource).toURI();
    if (uri.getScheme().equals("file") && Files.isDirectory(Path.of(uri))) {
      Path local = Path.of(uri);
      try (Stream<Path> files = Files.walk(local)) {
        for (Path p : files.sorted().toList()) {
          Path t = target.resolve(local.relativize(p).toString());
          if (Files.isDirectory(p)) {
            Files.createDirectories(t);
          } else {
            Files.copy(p, t);
          }
        }
      }
      return target;
    }
    try (InputStream s = getClass().getResourceAsStream(resource)) {
      Files.copy(s, target);
    }
    return target;
  }

  private static Map<String, String> checksums(Path folder)
      throws IOException, NoSuchAlgorithmException {
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path p : files.filter(Files::isRegularFile).toList()) {
        byte[] hash = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p));
        out.put(folder.relativize(p).toString().replace('\\', '/'),
            HexFormat.of().formatHex(hash));
      }
    }
    return out;
  }

  private Map<String, String> golden(String name) throws IOException {
    Map<String, String> out = new TreeMap<>();
    try (InputStream s = getClass().getResourceAsStream("/analysis/golden-sha256.txt")) {
      for (String line : new String(s.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        List<String> parts = List.of(line.split(" "));
        if (parts.get(0).startsWith(name + "/")) {
          out.put(parts.get(0).substring(name.length() + 1), parts.get(1));
        }
      }
    }
    return out;
  }
}
