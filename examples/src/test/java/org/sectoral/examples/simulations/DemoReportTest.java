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
    Path page = DemoReport.write(VietNamModels.southeast2024(), Simulations.all(), dir,
        new PrintWriter(new StringWriter()));
    String html = Files.readString(page);
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
