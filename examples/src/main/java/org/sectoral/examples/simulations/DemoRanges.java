package org.sectoral.examples.simulations;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.sectoral.charts.UncertaintyCharts;
import org.sectoral.charts.export.ChartExport;
import org.sectoral.core.internal.files.AtomicFiles;
import org.sectoral.core.uncertainty.MonteCarlo;
import org.sectoral.core.uncertainty.MonteCarloResult;
import org.sectoral.core.uncertainty.OneAtATime;
import org.sectoral.core.uncertainty.OutputSummary;
import org.sectoral.core.uncertainty.RankCorrelation;
import org.sectoral.core.uncertainty.Sensitivity;
import org.sectoral.core.uncertainty.Swing;
import org.sectoral.examples.simulations.Headlines.Headline;
import org.sectoral.examples.vietnam.VietNamUncertainty;

/**
 * The ranges of the demo's headline estimates ({@link Headlines}): a seeded Monte Carlo over the
 * stated ranges of the Viet Nam model's assumptions ({@link VietNamUncertainty}), each draw
 * rebuilding the whole calibrated model, summarized as the 5th, 50th and 95th percentiles; the
 * assumption whose draws rank-correlate most with each headline; and one-at-a-time swings of
 * every headline (each input at its 5th and 95th percentile, the rest at their stated values)
 * for tornado charts. Estimates, like every number of the model.
 */
public final class DemoRanges {
  /** Draws of the demo. */
  public static final int DRAWS = 1000;
  /** Seed of the demo. */
  public static final long SEED = 2024;
  /** The low and high percentiles shown. */
  static final double LOW = 5;
  static final double HIGH = 95;
  /** The headlines shown as tornado charts. */
  static final List<String> TORNADOS = List.of("DVA share of all exports",
      "Jobs, direct + indirect");
  /** Bars in a tornado chart (the widest swings). */
  static final int TORNADO_BARS = 12;
  /** The charts' style: the demo's, wider, with room for the assumptions' names. */
  static final org.sectoral.charts.ChartStyle STYLE = Outputs.STYLE.toBuilder().size(1000, 560)
      .maxLabelLength(46).build();

  private final VietNamUncertainty uncertainty;
  private final MonteCarlo monteCarlo;
  private final MonteCarloResult result;
  private final ImmutableList<OneAtATime> oneAtATime;
  private final double seconds;

  private DemoRanges(VietNamUncertainty uncertainty, MonteCarlo monteCarlo,
      MonteCarloResult result, ImmutableList<OneAtATime> oneAtATime, double seconds) {
    this.uncertainty = uncertainty;
    this.monteCarlo = monteCarlo;
    this.result = result;
    this.oneAtATime = oneAtATime;
    this.seconds = seconds;
  }

  /**
   * Runs the draws on every processor and the one-at-a-time swings.
   *
   * @param uncertainty what is drawn
   * @param draws the number of draws, ≥ 3
   * @param seed the seed: the same seed gives the same numbers
   */
  public static DemoRanges run(VietNamUncertainty uncertainty, int draws, long seed) {
    checkNotNull(uncertainty, "uncertainty");
    checkArgument(draws >= 3, "Draws %s must be at least 3", draws);
    long start = System.nanoTime();
    MonteCarlo mc = monteCarlo(uncertainty, draws, seed);
    MonteCarloResult r = mc.run();
    ImmutableList<OneAtATime> oat = mc.inputs().isEmpty() && mc.shareGroups().isEmpty()
        ? ImmutableList.of() : Sensitivity.oneAtATime(mc, LOW, HIGH);
    return new DemoRanges(uncertainty, mc, r, oat, (System.nanoTime() - start) / 1e9);
  }

  /** The Monte Carlo of the headlines (not run). */
  public static MonteCarlo monteCarlo(VietNamUncertainty uncertainty, int draws, long seed) {
    return uncertainty.monteCarlo().result(Headlines.function(uncertainty)).draws(draws)
        .seed(seed).percentiles(LOW, 50, HIGH).build();
  }

  /** What was drawn. */
  public VietNamUncertainty uncertainty() {
    return uncertainty;
  }

  /** The Monte Carlo that was run. */
  public MonteCarlo monteCarlo() {
    return monteCarlo;
  }

  /** The draws and their summary per headline, in {@link Headlines#all()} order. */
  public MonteCarloResult result() {
    return result;
  }

  /** The one-at-a-time swings of a headline (empty when nothing is drawn). */
  public java.util.Optional<OneAtATime> oneAtATime(String headline) {
    return oneAtATime.stream().filter(o -> o.output().equals(headline)).findFirst();
  }

  /** Seconds the draws and swings took. */
  public double seconds() {
    return seconds;
  }

  /** The input whose draws rank-correlate most with a headline, if any input varied. */
  public java.util.Optional<RankCorrelation> strongest(String headline) {
    if (result.draws() < 3) {
      return java.util.Optional.empty();
    }
    return Sensitivity.rankCorrelations(result, headline).stream().findFirst();
  }

  /** How the ranges were made, in a few sentences (draws, seed, what is drawn). */
  String method() {
    return String.format(Locale.ROOT, "Each range runs from the 5th to the 95th percentile of "
        + "%d seeded Monte Carlo draws (seed %d): every draw takes each assumption at random "
        + "within its stated plausible range (triangular, peaked at the stated value; splits of "
        + "published totals by a Dirichlet draw about the stated split; every flow of the "
        + "template's input mix times a mean-one lognormal factor, CV %.2f, rebalanced to the "
        + "template's margins) and rebuilds the whole model — GRAS to the 2024 margins, Newton to "
        + "the two published domestic value-added shares, provinces and regions — before "
        + "computing the headline again. The ranges say how far the stated assumptions move the "
        + "estimates; they are estimates themselves, not confidence intervals of Viet Nam's "
        + "economy.", result.draws(), result.seed(), uncertainty.templateFlowsCv());
  }

  /** Writes ranges.csv, one-at-a-time.csv, inputs.csv and the charts into {@code dir}. */
  List<Path> write(Path dir, List<String> captions) throws IOException {
    Files.createDirectories(dir);
    List<Path> files = new ArrayList<>();
    Path ranges = dir.resolve("ranges.csv");
    AtomicFiles.writeText(ranges, this::writeRanges);
    files.add(ranges);
    Path swings = dir.resolve("one-at-a-time.csv");
    AtomicFiles.writeText(swings, this::writeSwings);
    files.add(swings);
    Path inputs = dir.resolve("inputs.csv");
    AtomicFiles.writeText(inputs, this::writeInputs);
    files.add(inputs);
    List<String> shares = new ArrayList<>();
    for (Headline h : Headlines.all()) {
      if (h.unit().equals(Headlines.PERCENT) && !h.simulation().equals("binh-duong-province")) {
        shares.add(h.label());
      }
    }
    chart(UncertaintyCharts.intervals(result.select(shares, "%"), LOW, HIGH,
        "Domestic value-added share", "Domestic value-added shares: 5th–95th percentile of "
            + result.draws() + " draws (estimated)", STYLE), dir, "intervals", files,
        captions);
    for (int t = 0; t < TORNADOS.size(); t++) {
      String h = TORNADOS.get(t);
      java.util.Optional<OneAtATime> oat = oneAtATime(h);
      if (oat.isEmpty()) {
        continue;
      }
      OneAtATime top = shownNames(oat.get(), TORNADO_BARS);
      Headline head = headline(h);
      chart(UncertaintyCharts.tornado(top, h + " (" + head.unit() + ")", "What moves \""
              + h + "\" (" + head.simulation() + ") most: each assumption alone at its 5th and "
              + "95th percentile (estimated)", STYLE), dir, "tornado-" + (t + 1), files,
          captions);
    }
    return files;
  }

  private static void chart(JFreeChart chart, Path dir, String base, List<Path> files,
      List<String> captions) throws IOException {
    files.add(ChartExport.png(chart, dir.resolve(base + ".png"), STYLE.width(),
        STYLE.height()));
    files.add(ChartExport.svg(chart, dir.resolve(base + ".svg"), STYLE.width(),
        STYLE.height()));
    String caption = chart.getTitle() == null ? base : chart.getTitle().getText();
    captions.add(caption);
    captions.add(caption);
  }

  /** The rows of the ranges table: simulation, headline, estimate, p5, p95, unit, strongest. */
  List<List<Object>> rows() {
    List<List<Object>> rows = new ArrayList<>();
    for (Headline h : Headlines.all()) {
      OutputSummary s = result.summary(h.label());
      String strongest = strongest(h.label()).map(r -> String.format(Locale.ROOT, "%s (ρ = "
          + "%+.2f)", display(r.input()), r.rho())).orElse("—");
      rows.add(List.of(h.simulation(), h.label(), shown(s.baseline(), h.unit()),
          shown(s.percentile(LOW), h.unit()), shown(s.percentile(HIGH), h.unit()), h.unit(),
          strongest));
    }
    return rows;
  }

  /** One headline's range in words, e.g. "47.3% (5th–95th percentile 46.5–48.5%)". */
  String range(String headline) {
    Headline h = headline(headline);
    OutputSummary s = result.summary(headline);
    String unit = h.unit().equals(Headlines.PERCENT) ? "%" : " " + h.unit();
    return String.format(Locale.ROOT, "%s: %s%s (5th–95th percentile %s–%s%s)", headline,
        shown(s.baseline(), h.unit()), unit, shown(s.percentile(LOW), h.unit()),
        shown(s.percentile(HIGH), h.unit()), unit);
  }

  static Headline headline(String label) {
    return Headlines.all().stream().filter(h -> h.label().equals(label)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("No headline " + label));
  }

  /** A value as shown: percent with one decimal, counts and money to three figures. */
  static String shown(double v, String unit) {
    return unit.equals(Headlines.PERCENT) ? String.format(Locale.ROOT, "%.1f", v)
        : Outputs.rounded(v);
  }

  /**
   * An input's name as shown: a share {@code group (part)[component]} becomes "group: component"
   * (e.g. "Employment split: Textiles &amp; garments").
   */
  static String display(String input) {
    int b = input.lastIndexOf('[');
    if (b <= 0 || !input.endsWith("]")) {
      return input;
    }
    String group = input.substring(0, b);
    int p = group.indexOf(" (");
    return (p > 0 ? group.substring(0, p) : group) + ": "
        + input.substring(b + 1, input.length() - 1);
  }

  /** The swings with shown input names. */
  private static OneAtATime shownNames(OneAtATime o, int bars) {
    List<Swing> swings = new ArrayList<>();
    for (Swing s : o.swings().subList(0, Math.min(bars, o.swings().size()))) {
      swings.add(new Swing(display(s.input()), s.inputLow(), s.inputHigh(), s.outputLow(),
          s.outputHigh()));
    }
    return new OneAtATime(o.output(), o.baseline(), o.lowPercentile(), o.highPercentile(),
        ImmutableList.copyOf(swings));
  }

  private void writeRanges(Writer out) throws IOException {
    out.write("simulation,headline,unit,estimate,p5,p50,p95,mean,sd,draws,seed,"
        + "strongest_input,spearman_rho,status\n");
    for (Headline h : Headlines.all()) {
      OutputSummary s = result.summary(h.label());
      java.util.Optional<RankCorrelation> r = strongest(h.label());
      out.write(String.join(",", h.simulation(), csv(h.label()), csv(h.unit()),
          Outputs.number(s.baseline()), Outputs.number(s.percentile(LOW)),
          Outputs.number(s.percentile(50)), Outputs.number(s.percentile(HIGH)),
          Outputs.number(s.mean()), Outputs.number(s.standardDeviation()),
          Integer.toString(result.draws()), Long.toString(result.seed()),
          csv(r.map(x -> display(x.input())).orElse("")),
          r.map(x -> Outputs.number(x.rho())).orElse(""), "estimated"));
      out.write('\n');
    }
  }

  private void writeSwings(Writer out) throws IOException {
    out.write("headline,input,input_p5,input_p95,headline_at_p5,headline_at_p95,swing,status\n");
    for (OneAtATime o : oneAtATime) {
      for (var s : o.swings()) {
        out.write(String.join(",", csv(o.output()), csv(display(s.input())),
            Outputs.number(s.inputLow()), Outputs.number(s.inputHigh()),
            Outputs.number(s.outputLow()), Outputs.number(s.outputHigh()),
            Outputs.number(s.width()), "estimated"));
        out.write('\n');
      }
    }
  }

  private void writeInputs(Writer out) throws IOException {
    out.write("input,assumption,distribution,status\n");
    for (List<String> row : uncertainty.describe()) {
      out.write(String.join(",", csv(row.get(0)), csv(row.get(1)), csv(row.get(2)),
          "assumption range"));
      out.write('\n');
    }
  }

  private static String csv(String s) {
    return s.contains(",") || s.contains("\"") || s.contains("\n")
        ? '"' + s.replace("\"", "\"\"") + '"' : s;
  }
}
