package org.sectoral.examples.vietnam;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sectoral.core.uncertainty.Distribution;
import org.sectoral.core.uncertainty.Draw;
import org.sectoral.core.uncertainty.InputValues;
import org.sectoral.core.uncertainty.MonteCarlo;
import org.sectoral.core.uncertainty.ShareGroup;
import org.sectoral.core.uncertainty.TablePerturbation;
import org.sectoral.core.uncertainty.UncertainInput;

/**
 * The stated ranges of the Viet Nam model's assumptions ({@link Assumption#low()} to
 * {@link Assumption#high()}) as the inputs of a seeded Monte Carlo; each draw rebuilds the whole
 * model from the drawn values ({@link VietNamModels#calibrated}): GRAS to the 2024 margins,
 * Newton to the two domestic value-added targets, provinces and regions. What is drawn:
 *
 * <ul>
 *   <li>a single-number assumption: triangular on its range with the stated value as the mode;
 *   <li>a per-sector assumption that is not a split of a published total (value-added ratios,
 *       export shares of output, services exports and imports, prior import shares, FDI shares,
 *       the park's domestic shares): one common factor, triangular on the stated factor range
 *       with mode 1, times every entry (shares capped at 1, prior import shares at 0.95, whose
 *       log-odds the calibration shifts; see {@link #factorName});
 *   <li>a split of a published total (value added and employment by sector inside the published
 *       groups, the other goods exports, the assumed goods imports, the park's spending): a
 *       Dirichlet draw ({@link ShareGroup}) with the stated split as its mean, rescaled to the
 *       published total, with concentration α₀ = (k − 1)/CV² − 1 for k components, CV the
 *       coefficient of variation of the stated factor range, so a component of average size
 *       varies as the range says (smaller ones relatively more, larger ones less);
 *   <li>the template's input mix: every non-zero intermediate flow of the template aggregated
 *       to the model's 17 industry groups × a mean-one lognormal factor, re-balanced by RAS to
 *       the template's own row and column totals ({@link TablePerturbation#flows}), before the
 *       calibration runs on it.
 * </ul>
 *
 * <p>Published figures used as they are, zero-width ranges and what {@link VietNamInputs} holds
 * fixed (origins of imports, provincial value added by sector) are not drawn. Calibration
 * targets hold in every draw by construction: the domestic value-added shares of textiles and
 * electronics equal their drawn target, and output, value added, exports and imports by product
 * their (drawn) margins. A range scale s shrinks every range about its stated value (s = 0: no
 * uncertainty, every draw is the point estimate). Immutable and serializable.
 */
public final class VietNamUncertainty implements Serializable {
  private static final long serialVersionUID = 1L;

  /**
   * Coefficient of variation of the lognormal factor on each flow of the template's input mix
   * (17 industry groups), 0.2: an assumption, wide on purpose, since the template is another
   * economy's table.
   */
  public static final double TEMPLATE_FLOWS_CV = 0.2;

  /** The input's name in the draws (readable) of each drawn single-number assumption. */
  private static final com.google.common.collect.ImmutableBiMap<String, String> SCALARS =
      com.google.common.collect.ImmutableBiMap.<String, String>builder()
      .put("VND_PER_USD", "Exchange rate for the park's investment (VND per USD)")
      .put("MAX_EXPORT_SHARE", "Largest export share of output, other goods sectors")
      .put("GOVERNMENT_SHARE_OF_GDP", "Government consumption, share of GDP")
      .put("PRIOR_CONSUMER_IMPORT_FACTOR", "Prior import share of household purchases")
      .put("DVA_TARGET_TEXTILES", "Published DVA share of textile exports")
      .put("DVA_TARGET_ELECTRONICS", "Published DVA share of electronics exports")
      .put("LEATHER_SHARE_OF_D13T15", "Leather & footwear share of the template's textiles")
      .put("LABOUR_SHARE", "Labour share of value added")
      .put("HOUSEHOLD_SHARE_OF_SURPLUS", "Household share of operating surplus (induced)")
      .put("EMPLOYMENT", "Employed persons, 2024")
      .put("FLQ_DELTA", "FLQ δ of the provinces")
      .put("DOMESTIC_FIRM_IMPORT_SHARE", "Import share of domestic firms' inputs")
      .put("BINH_DUONG_BASE_GROWTH", "Binh Duong baseline growth")
      .put("PARK_TRILLION_VND", "Park investment (trillion VND)")
      .put("PARK_OUTPUT_PER_INVESTMENT", "Park's yearly output per unit of investment")
      .put("EXPORT_SURGE", "Export surge over comparable months").buildOrThrow();

  /** The readable name of each common-factor vector (the input is "NAME, common factor"). */
  private static final ImmutableMap<String, String> VECTORS = ImmutableMap.<String, String>
      builder()
      .put("VALUE_ADDED_RATIOS", "Value added per output, agriculture & mining")
      .put("EXPORT_SHARE_OF_OUTPUT", "Export shares of output, export-set sectors")
      .put("SERVICES_EXPORTS", "Services exports").put("SERVICES_IMPORTS", "Services imports")
      .put("PRIOR_IMPORT_SHARES", "Prior import shares by product")
      .put("PRIOR_CAPITAL_IMPORT_SHARES", "Prior import shares of investment goods")
      .put("FDI_OUTPUT_SHARES", "FDI shares of output")
      .put("FDI_EXPORT_SHARES", "FDI shares of exports")
      .put("PARK_DOMESTIC_SHARES", "Park spending bought in Viet Nam")
      .put("VALUE_ADDED_PERCENT_OF_GDP", "Value added split")
      .put("EMPLOYMENT_SHARES", "Employment split")
      .put("OTHER_GOODS_EXPORTS", "Other goods exports split")
      .put("GOODS_IMPORTS", "Goods imports split")
      .put("PARK_SPENDING_SPLIT", "Park spending split").buildOrThrow();

  /** Factor-range vectors (one common factor) and the cap of their entries. */
  private static final ImmutableMap<String, Double> FACTORS = ImmutableMap.<String, Double>
      builder().put("VALUE_ADDED_RATIOS", 0.95).put("EXPORT_SHARE_OF_OUTPUT", 1.0)
      .put("SERVICES_EXPORTS", Double.POSITIVE_INFINITY)
      .put("SERVICES_IMPORTS", Double.POSITIVE_INFINITY).put("PRIOR_IMPORT_SHARES", 0.95)
      .put("PRIOR_CAPITAL_IMPORT_SHARES", 0.95).put("FDI_OUTPUT_SHARES", 1.0)
      .put("FDI_EXPORT_SHARES", 1.0).put("PARK_DOMESTIC_SHARES", 1.0).buildOrThrow();

  /** Splits of published totals: the assumption, its group label and the group's sectors. */
  private static final ImmutableList<Split> SPLITS = ImmutableList.of(
      new Split("VALUE_ADDED_PERCENT_OF_GDP", "industry & construction", industryAndConstruction()),
      new Split("VALUE_ADDED_PERCENT_OF_GDP", "services", List.of("TRD", "SRV")),
      new Split("EMPLOYMENT_SHARES", "industry & construction", industryAndConstruction()),
      new Split("EMPLOYMENT_SHARES", "services", List.of("TRD", "SRV")),
      new Split("OTHER_GOODS_EXPORTS", "", List.copyOf(
          VietNamAssumptions.OTHER_GOODS_EXPORTS.keySet())),
      new Split("GOODS_IMPORTS", "assumed", VietNamAssumptions.GOODS_IMPORTS.keySet().stream()
          .filter(c -> !c.equals("ELE") && !c.equals("TEX")).toList()),
      new Split("PARK_SPENDING_SPLIT", "", List.copyOf(
          VietNamAssumptions.PARK_SPENDING_SPLIT.keySet())));

  private final double scale;
  private final double templateCv;

  private VietNamUncertainty(double scale, double templateCv) {
    this.scale = scale;
    this.templateCv = templateCv;
  }

  /** The stated ranges and {@link #TEMPLATE_FLOWS_CV}. */
  public static VietNamUncertainty stated() {
    return of(1, TEMPLATE_FLOWS_CV);
  }

  /**
   * Ranges scaled about their stated values and a template CV.
   *
   * @param rangeScale s in [0, 1]: each range [low, high] about the value v becomes
   *     [v − s(v − low), v + s(high − v)]; 0 draws nothing
   * @param templateFlowsCv the lognormal CV of the template's flows, ≥ 0 (0: unperturbed)
   */
  public static VietNamUncertainty of(double rangeScale, double templateFlowsCv) {
    checkArgument(rangeScale >= 0 && rangeScale <= 1, "Range scale %s outside [0, 1]",
        rangeScale);
    checkArgument(templateFlowsCv >= 0 && Double.isFinite(templateFlowsCv),
        "Template CV %s must be ≥ 0", templateFlowsCv);
    return new VietNamUncertainty(rangeScale, templateFlowsCv);
  }

  /** The range scale s. */
  public double rangeScale() {
    return scale;
  }

  /** The lognormal CV of the template's flows. */
  public double templateFlowsCv() {
    return templateCv;
  }

  /** The drawn single numbers and common factors, in a fixed order (none when s = 0). */
  public ImmutableList<UncertainInput> inputs() {
    ImmutableList.Builder<UncertainInput> b = ImmutableList.builder();
    VietNamInputs d = VietNamInputs.defaults();
    for (String name : d.scalarNames()) {
      Assumption a = assumption(name);
      double v = d.scalar(name);
      if (scale > 0 && a.high() > a.low()) {
        b.add(UncertainInput.of(SCALARS.get(name), v, triangular(a.low(), v, a.high())));
      }
    }
    for (String name : FACTORS.keySet()) {
      Assumption a = assumption(name);
      if (scale > 0 && a.high() > a.low()) {
        b.add(UncertainInput.of(factorName(name), 1, triangular(a.low(), 1, a.high())));
      }
    }
    return b.build();
  }

  /** The Dirichlet splits of published totals (none when s = 0). */
  public ImmutableList<ShareGroup> shareGroups() {
    if (scale == 0) {
      return ImmutableList.of();
    }
    ImmutableList.Builder<ShareGroup> b = ImmutableList.builder();
    for (Split s : SPLITS) {
      Assumption a = assumption(s.assumption);
      double cv = scale * Distribution.triangular(a.low(), 1, a.high()).standardDeviation();
      int k = s.sectors.size();
      Map<String, Double> shares = new LinkedHashMap<>();
      for (String c : s.sectors) {
        shares.put(sectorName(c), VietNamInputs.defaults().vector(s.assumption).get(c));
      }
      b.add(ShareGroup.dirichlet(s.groupName(), shares, (k - 1) / (cv * cv) - 1));
    }
    return b.build();
  }

  /** The perturbation of the template's flows, when its CV is positive. */
  public Optional<TablePerturbation> templatePerturbation() {
    return templateCv > 0 ? Optional.of(TablePerturbation.flows(templateCv))
        : Optional.empty();
  }

  /**
   * A Monte Carlo builder with the template aggregated to the model's 17 industry groups (the
   * table the draws perturb), every input, share group and the template perturbation; the
   * caller adds the result, draws and seed.
   */
  public MonteCarlo.Builder monteCarlo() {
    MonteCarlo.Builder b = MonteCarlo.builder().table(VietNamModels.templateGroups())
        .inputs(inputs());
    shareGroups().forEach(b::shares);
    templatePerturbation().ifPresent(b::perturb);
    return b;
  }

  /**
   * The model of one draw of a Monte Carlo made by {@link #monteCarlo()}: the drawn values on
   * the draw's (perturbed) template groups.
   */
  public VietNamModel model(Draw draw) {
    checkNotNull(draw, "draw");
    return VietNamModels.calibratedOnGroups(draw.table(), values(draw.values()));
  }

  /**
   * The assumption values of one draw: the stated values with every drawn number, factor and
   * split applied (inputs missing from {@code drawn} keep their stated values).
   */
  public VietNamInputs values(InputValues drawn) {
    checkNotNull(drawn, "drawn");
    VietNamInputs in = VietNamInputs.defaults();
    for (String name : in.scalarNames()) {
      in = in.with(name, drawn.getOrDefault(SCALARS.get(name), in.scalar(name)));
    }
    for (Map.Entry<String, Double> f : FACTORS.entrySet()) {
      double factor = drawn.getOrDefault(factorName(f.getKey()), 1);
      Map<String, Double> v = new LinkedHashMap<>();
      in.vector(f.getKey()).forEach((c, x) -> v.put(c, Math.min(f.getValue(), x * factor)));
      in = in.with(f.getKey(), v);
    }
    for (Split s : SPLITS) {
      Map<String, Double> v = new LinkedHashMap<>(in.vector(s.assumption));
      double total = 0;
      for (String c : s.sectors) {
        total += v.get(c);
      }
      for (String c : s.sectors) {
        String key = s.groupName() + "[" + sectorName(c) + "]";
        // the group's mean share (as ShareGroup normalizes it) keeps the stated value exactly
        if (drawn.names().contains(key) && drawn.get(key) != v.get(c) / total) {
          v.put(c, total * drawn.get(key));
        }
      }
      in = in.with(s.assumption, v);
    }
    return in;
  }

  /**
   * The name of the common-factor input of a per-sector assumption, e.g. {@code "FDI shares of
   * output (all ×)"} for {@code FDI_OUTPUT_SHARES}.
   */
  public static String factorName(String assumption) {
    checkArgument(FACTORS.containsKey(assumption), "%s is not drawn as a common factor",
        assumption);
    return VECTORS.get(assumption) + " (all ×)";
  }

  /**
   * The name of the drawn input of a single-number assumption, e.g. {@code "FLQ δ of the
   * provinces"} for {@code FLQ_DELTA}.
   */
  public static String inputName(String assumption) {
    checkArgument(SCALARS.containsKey(assumption), "%s is not a single-number assumption",
        assumption);
    return SCALARS.get(assumption);
  }

  /**
   * What each drawn input is: its name in the draws, the title of the assumption it draws
   * ({@link Assumption#title()}) and how it is drawn, e.g. "triangular(0.2, 0.3, 0.35)".
   */
  public ImmutableList<List<String>> describe() {
    ImmutableList.Builder<List<String>> b = ImmutableList.builder();
    for (UncertainInput in : inputs()) {
      String name = SCALARS.inverse().containsKey(in.name()) ? SCALARS.inverse().get(in.name())
          : FACTORS.keySet().stream().filter(f -> factorName(f).equals(in.name())).findFirst()
              .orElseThrow();
      b.add(List.of(in.name(), assumption(name).title(), in.distribution().toString()));
    }
    for (ShareGroup g : shareGroups()) {
      String name = SPLITS.stream().filter(x -> x.groupName().equals(g.name())).findFirst()
          .orElseThrow().assumption;
      b.add(List.of(g.name() + " (" + g.components().size() + " shares)",
          assumption(name).title(),
          String.format(java.util.Locale.ROOT, "Dirichlet(α₀ = %.0f) about the stated split",
              g.concentration())));
    }
    templatePerturbation().ifPresent(p -> b.add(List.of("Template's input mix (every flow)",
        "Input structure of the template table (OECD IOT 2023, Belgium 2020; 17 groups)",
        p.describe() + ", RAS to the template's margins")));
    return b.build();
  }

  private static String sectorName(String code) {
    return VietNamSectors.sector(code).name();
  }

  private Distribution triangular(double low, double mode, double high) {
    return Distribution.triangular(mode - scale * (mode - low), mode,
        mode + scale * (high - mode));
  }

  private static Assumption assumption(String name) {
    return VietNamAssumptions.all().stream().filter(a -> a.name().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalStateException("No assumption " + name));
  }

  private static List<String> industryAndConstruction() {
    return VietNamSectors.ALL.stream().map(s -> s.code())
        .filter(c -> !c.equals("AGR") && !c.equals("TRD") && !c.equals("SRV")).toList();
  }

  private record Split(String assumption, String group, List<String> sectors) {
    String groupName() {
      return group.isEmpty() ? VECTORS.get(assumption)
          : VECTORS.get(assumption) + " (" + group + ")";
    }
  }
}
