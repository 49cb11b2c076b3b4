package org.sectoral.examples.simulations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sectoral.core.uncertainty.Draw;
import org.sectoral.core.uncertainty.MonteCarlo;
import org.sectoral.core.uncertainty.MonteCarloResult;
import org.sectoral.core.uncertainty.OutputSummary;
import org.sectoral.core.uncertainty.ResultFunction;
import org.sectoral.examples.vietnam.MacroFit;
import org.sectoral.examples.vietnam.VietNamModel;
import org.sectoral.examples.vietnam.VietNamModels;
import org.sectoral.examples.vietnam.VietNamUncertainty;

/** The ranges of the demo's headline estimates. */
class DemoRangesTest {
  private static final VietNamModel MODEL = VietNamModels.southeast2024();

  @Test
  void zeroWidthRangesCollapseToThePointEstimatesOfTheSimulations(@TempDir Path dir)
      throws IOException {
    MonteCarloResult r = DemoRanges.monteCarlo(VietNamUncertainty.of(0, 0), 4, 1).run(2);
    assertThat(r.inputNames()).isEmpty();
    double[] point = Headlines.of(MODEL);
    for (int k = 0; k < point.length; k++) {
      OutputSummary s = r.summaries().get(k);
      assertThat(s.baseline()).as(s.label()).isEqualTo(point[k]);
      assertThat(s.percentile(5)).as(s.label()).isEqualTo(point[k]);
      assertThat(s.percentile(95)).as(s.label()).isEqualTo(point[k]);
      assertThat(s.standardDeviation()).as(s.label()).isZero();
    }
    // the point estimates are the numbers the simulations report
    assertThat(point[index("DVA share of all exports")])
        .isCloseTo(100 * new ValueKeptAtHome().run(MODEL, dir.resolve("a")).keyNumber(),
            within(1e-12));
    assertThat(point[index("Electronics DVA share at θ = 0.50")])
        .isCloseTo(100 * new SupportingIndustries().run(MODEL, dir.resolve("b")).keyNumber(),
            within(1e-12));
    assertThat(point[index("Value added kept in Binh Duong per unit of final demand")])
        .isCloseTo(100 * new BinhDuongProvince().run(MODEL, dir.resolve("c")).keyNumber(),
            within(1e-12));
    assertThat(point[index("Building: value added, direct + indirect")])
        .isEqualTo(new MechanicalPark().run(MODEL, dir.resolve("d")).keyNumber());
    assertThat(point[index("Value added, direct + indirect")])
        .isEqualTo(new ExportSurge2024().run(MODEL, dir.resolve("e")).keyNumber());
  }

  @Test
  void theStatedValuesGiveThePointEstimatesExactly() {
    MonteCarlo mc = DemoRanges.monteCarlo(VietNamUncertainty.stated(), 3, 1);
    assertThat(mc.inputNames()).hasSizeGreaterThan(80);
    assertThat(VietNamUncertainty.stated().values(mc.baselineValues()))
        .isEqualTo(org.sectoral.examples.vietnam.VietNamInputs.defaults());
    assertThat(mc.baseline()).containsExactly(Headlines.of(MODEL));
  }

  @Test
  void theSameSeedGivesTheSameNumbersOnAnyNumberOfThreads() {
    MonteCarlo mc = DemoRanges.monteCarlo(VietNamUncertainty.stated(), 12, 99);
    MonteCarloResult one = mc.run(1);
    MonteCarloResult two = DemoRanges.monteCarlo(VietNamUncertainty.stated(), 12, 99).run(2);
    assertThat(two.outputDraws()).isDeepEqualTo(one.outputDraws());
    assertThat(two.inputDraws()).isDeepEqualTo(one.inputDraws());
    assertThat(two.summaries()).isEqualTo(one.summaries());
    MonteCarloResult other = DemoRanges.monteCarlo(VietNamUncertainty.stated(), 12, 100).run(2);
    assertThat(other.outputDraws()[0]).isNotEqualTo(one.outputDraws()[0]);
  }

  @Test
  void percentilesBracketTheEstimatesAndEveryHeadlineVaries() {
    MonteCarloResult r = DemoRanges.monteCarlo(VietNamUncertainty.stated(), 150,
        DemoRanges.SEED).run();
    for (OutputSummary s : r.summaries()) {
      // every input is drawn around its stated value (the mode), so the 5th–95th percentile
      // range of each headline contains the estimate made with the stated values
      assertThat(s.percentile(5)).as(s.label()).isLessThan(s.baseline());
      assertThat(s.percentile(95)).as(s.label()).isGreaterThan(s.baseline());
      assertThat(s.standardDeviation()).as(s.label()).isPositive();
    }
    OutputSummary surge = r.summary("Value added, direct + indirect");
    // the surge's size is drawn on 3.87–7.6% around 6.17%: value added is nearly proportional
    double perPoint = surge.baseline() / 6.17;
    assertThat(surge.percentile(5)).isGreaterThan(3.5 * perPoint);
    assertThat(surge.percentile(95)).isLessThan(8.0 * perPoint);
  }

  @Test
  void everyDrawMeetsItsOwnCalibrationTargets() {
    VietNamUncertainty u = VietNamUncertainty.stated();
    ResultFunction gaps = new ResultFunction() {
      @Override
      public List<String> labels(Draw baseline) {
        return List.of("textiles", "electronics", "largest margin gap");
      }

      @Override
      public String unit() {
        return "1";
      }

      @Override
      public double[] evaluate(Draw draw) {
        VietNamModel m = u.model(draw);
        var in = m.inputs();
        double worst = 0;
        for (MacroFit.Row row : m.macroFit()) {
          if (row.indicator().equals("GDP") || row.indicator().equals("Goods exports")
              || row.indicator().equals("Goods imports")) {
            worst = Math.max(worst, Math.abs(row.gap()));
          }
        }
        return new double[] {m.domesticContent("TEX") - in.scalar("DVA_TARGET_TEXTILES"),
            m.domesticContent("ELE") - in.scalar("DVA_TARGET_ELECTRONICS"), worst};
      }
    };
    MonteCarloResult r = u.monteCarlo().result(gaps).draws(6).seed(5).build().run();
    for (double[] draw : r.outputDraws()) {
      assertThat(draw[0]).isCloseTo(0, within(1e-9));
      assertThat(draw[1]).isCloseTo(0, within(1e-9));
      assertThat(draw[2]).isLessThan(1e-6);
    }
  }

  private static int index(String label) {
    return Headlines.labels().indexOf(label);
  }
}
