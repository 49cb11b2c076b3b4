package org.sectoral.core.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sectoral.core.table.FinalDemandCategory;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.core.table.Region;
import org.sectoral.core.table.Sector;
import org.sectoral.core.table.ValueAddedComponent.Kind;

/** The README's uncertainty example, compiled and run so that it stays true. */
class UncertaintyReadmeTest {
  private final InputOutputTable table = InputOutputTable.builder()
      .name("two-sector example").unit("million USD").region(Region.of("VNM", "Viet Nam"))
      .sectors(List.of(Sector.of("TEX", "Textiles"), Sector.of("ELE", "Electronics")))
      .intermediate(new double[][] {{20, 0}, {10, 0}})
      .importsTotal(new double[] {30, 60})
      .finalDemand("HH", FinalDemandCategory.HOUSEHOLDS, new double[] {30, 40})
      .finalDemand("EXP", FinalDemandCategory.EXPORTS, new double[] {50, 50})
      .productTaxes(new double[] {0, 4})
      .valueAdded("COMP", Kind.COMPENSATION, new double[] {25, 20})
      .valueAdded("GOS", Kind.OPERATING_SURPLUS, new double[] {15, 16})
      .output(new double[] {100, 100})
      .build();

  /** A stand-in for a model rebuilt from its assumptions. */
  static double dvaShare(double importShare, double exportGrowth) {
    return (1 - importShare) * (0.9 + 0.1 / exportGrowth);
  }

  @Test
  void readmeExampleRuns() {
    // --- README: Uncertainty ---
    MonteCarloResult r = MonteCarlo.builder()
        .table(table)                                              // a national table with imports
        .perturb(TablePerturbation.coefficients(0.10))             // each aᵢⱼ × lognormal, mean 1, CV 10%
        .perturb(TablePerturbation.finalDemandShares(FinalDemandCategory.EXPORTS, 200)) // Dirichlet mix
        .result(ResultFunctions.domesticValueAddedContent())       // dⱼ = (v·Lᵈ)ⱼ by sector
        .draws(2_000).seed(42).percentiles(5, 50, 95)
        .build()
        .run();                                                    // parallel on every processor
    OutputSummary tex = r.summary("TEX");                          // tex.percentile(5), tex.mean() …

    // a model of named assumptions (e.g. one rebuilt by code from them) and which one matters most
    MonteCarlo assumptions = MonteCarlo.builder()
        .input(UncertainInput.triangular("import share", 0.35, 0.40, 0.50))
        .input(UncertainInput.lognormal("export growth", 1.278, 0.05))  // mean 1.278, CV 5%
        .shares(ShareGroup.dirichlet("origin", Map.of("CHN", 0.5, "KOR", 0.3, "JPN", 0.2), 50))
        .result(ResultFunctions.of(List.of("DVA share"), "1", v -> new double[] {
            dvaShare(v.get("import share"), v.get("export growth"))}))   // any serializable function
        .draws(2_000).seed(7).build();
    OneAtATime tornado = Sensitivity.oneAtATime(assumptions, "DVA share", 5, 95);   // widest first
    List<RankCorrelation> rho = Sensitivity.rankCorrelations(assumptions.run(), "DVA share");
    // --- end ---
    assertThat(tex.baseline()).isEqualTo(0.545, org.assertj.core.api.Assertions.within(1e-12));
    assertThat(tex.percentile(5)).isLessThan(tex.baseline()).isGreaterThan(0.4);
    assertThat(tex.percentile(95)).isGreaterThan(tex.baseline()).isLessThan(0.7);
    assertThat(tornado.swings().get(0).input()).isEqualTo("import share");
    assertThat(rho.get(0).input()).isEqualTo("import share");
    assertThat(rho.get(0).rho()).isLessThan(-0.9);
  }
}
