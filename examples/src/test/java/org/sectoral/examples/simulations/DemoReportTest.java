package org.sectoral.examples.simulations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sectoral.examples.vietnam.VietNamModels;

class DemoReportTest {
  @Test
  void reportShowsTheFitHowToReadTheSourcesAndNoInternals(@TempDir Path dir)
      throws IOException {
    StringWriter progress = new StringWriter();
    Path page = DemoReport.write(VietNamModels.southeast2024(), Simulations.all(), dir,
        new PrintWriter(progress), 12, 7);
    String html = Files.readString(page);
    assertThat(progress.toString()).contains("[ranges] 12 draws, seed 7");
    // the ranges: method in one paragraph, a table, the charts and their data
    assertThat(html).contains("How sure are these estimates?", "12 seeded Monte Carlo draws "
        + "(seed 7)", "5th percentile", "95th percentile", "Moves it most",
        "ranges/ranges.csv", "ranges/intervals.png", "ranges/tornado-1.png",
        "Ranges (estimated; 5th–95th percentile of 12 draws");
    assertThat(dir.resolve("ranges/one-at-a-time.csv")).isRegularFile();
    assertThat(html).contains("The model against 2024", "How to read this",
        "Plausible range", "General Statistics Office", "Resolution 202/2025/QH15",
        "https://tuoitrenews.vn/", "job-years");
    assertThat(Simulations.all()).allSatisfy(s -> assertThat(s.howToRead()).isNotBlank());
    // nothing a user sees refers to internal work items or Java constants
    assertThat(html).doesNotContainIgnoringCase("issue 6").doesNotContain("cited in issue")
        .doesNotContain("_SHARES").doesNotContain("NATIONAL_GVA").doesNotContain("[FOOD");
    // no count with false precision: job figures are rounded to three significant figures
    assertThat(html).doesNotContainPattern("\\d{1,3},\\d{3},\\d{3}\\.\\d job");
  }
}
