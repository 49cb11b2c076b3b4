package org.sectoral.examples.simulations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sectoral.examples.vietnam.VietNamModel;
import org.sectoral.examples.vietnam.VietNamModels;

class SimulationsTest {
  @TempDir
  Path dir;

  static Stream<Simulation> simulations() {
    return Simulations.all().stream();
  }

  @ParameterizedTest
  @MethodSource("simulations")
  void runsAndWritesItsFiles(Simulation s) throws IOException {
    VietNamModel m = VietNamModels.southeast2024();
    SimulationResult r = s.run(m, dir.resolve(s.name()));
    System.out.println(s.name() + ": " + r.answer());
    assertThat(r.name()).isEqualTo(s.name());
    assertThat(r.answer()).contains("estimated");
    assertThat(Double.isFinite(r.keyNumber())).isTrue();
    assertThat(r.label()).startsWith("estimated");
    assertThat(r.tables()).isNotEmpty();
    assertThat(r.assumptions()).isNotEmpty();
    assertThat(r.charts()).hasSizeGreaterThanOrEqualTo(2)
        .allSatisfy(p -> assertThat(p).isRegularFile().startsWith(dir.resolve(s.name())));
    assertThat(r.charts().stream().filter(p -> p.toString().endsWith(".png")).count())
        .isEqualTo(r.charts().stream().filter(p -> p.toString().endsWith(".svg")).count());
    assertThat(r.dataFiles()).anyMatch(p -> p.toString().endsWith(".csv"))
        .anyMatch(p -> p.getFileName().toString().equals("result.json"))
        .allSatisfy(p -> assertThat(p).isRegularFile());
    for (Path p : r.dataFiles()) {
      if (p.toString().endsWith(".csv")) {
        String csv = Files.readString(p);
        assertThat(csv.lines().findFirst().orElseThrow()).endsWith(",status");
        assertThat(csv.lines().skip(1)).allSatisfy(l -> assertThat(l).contains("estimated"));
      }
    }
    assertThat(Files.readString(dir.resolve(s.name()).resolve("result.json")))
        .contains("\"status\": \"estimated");
  }
}
