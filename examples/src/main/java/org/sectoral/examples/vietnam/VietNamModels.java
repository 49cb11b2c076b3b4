package org.sectoral.examples.vietnam;

import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.sectoral.core.regional.ProvincialModel;
import org.sectoral.core.regional.RegionalizationMethod;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.core.table.KeyIndex;
import org.sectoral.core.table.LabelledMatrix;
import org.sectoral.core.table.Region;
import org.sectoral.core.table.Sector;
import org.sectoral.io.oecd.OecdIotReader;

/**
 * Factories of the Viet Nam southeast model.
 *
 * <p>{@link #southeast2024()} is the embedded default, built by code: the input structure of the
 * OECD IOT 2023 table of Belgium 2020 (a public stand-in with the layout of Viet Nam's OECD
 * table), aggregated to 18 sectors and balanced by GRAS to Viet Nam's 2024 output, value added,
 * exports and imports by product ({@link Targets2024}); the import split of the goods inputs of
 * textiles and electronics solved so that the domestic value-added content of their exports is
 * 50% and 37%; provinces and the interregional southeast from published GRDP
 * ({@link Province}, {@link SoutheastRegions}).
 *
 * <p>{@link #fromOecdFile(Path)} reads a real {@code VNMyyyyttl.csv} with the same concordance:
 * flows, output, value added, taxes, exports and final uses are the file's; imports by using
 * sector follow the import-proportionality assumption (each user imports the same share
 * mᵢ = Mᵢ / domestic use of product i).
 */
public final class VietNamModels {
  /** Viet Nam. */
  public static final Region VIET_NAM = Region.of("VNM", "Viet Nam");
  /** Ho Chi Minh City. */
  public static final Region HCMC = Region.of("HCM", "Ho Chi Minh City");
  /** Binh Duong. */
  public static final Region BINH_DUONG = Region.of("BDG", "Binh Duong");
  /** Ba Ria–Vung Tau. */
  public static final Region BA_RIA_VUNG_TAU = Region.of("BRV", "Ba Ria-Vung Tau");
  /** Ho Chi Minh City since 1 July 2025 (with Binh Duong and Ba Ria–Vung Tau). */
  public static final Region NEW_HCMC = Region.of("HCMN", "Ho Chi Minh City (since July 2025)");
  /** The rest of Viet Nam, outside the new Ho Chi Minh City. */
  public static final Region REST_OF_VIET_NAM = Region.of("RVN", "Rest of Viet Nam");

  private static final String TEMPLATE = "BEL2020ttl.csv";
  private static final Supplier<InputOutputTable> TEMPLATE_TABLE =
      Suppliers.memoize(VietNamModels::readTemplate);
  private static final Supplier<InputOutputTable> TEMPLATE_GROUPS =
      Suppliers.memoize(() -> OecdTemplate.groups(template()));
  private static final Supplier<VietNamModel> DEFAULT = Suppliers.memoize(
      () -> calibratedOnGroups(templateGroups(), VietNamInputs.defaults(), new double[2]));
  private static final Supplier<org.sectoral.core.indicator.IndicatorSet> FACTS =
      Suppliers.memoize(VietNamFacts::all);

  private VietNamModels() {}

  /** The embedded calibrated model (built once, then shared: it is immutable). */
  public static VietNamModel southeast2024() {
    return DEFAULT.get();
  }

  /**
   * The model built with other assumption values: the whole calibration (GRAS to the 2024
   * margins, Newton to the two domestic value-added targets), the provinces and the regions are
   * made anew from the same template. With {@link VietNamInputs#defaults()} it gives
   * {@link #southeast2024()}'s numbers.
   */
  public static VietNamModel southeast2024(VietNamInputs inputs) {
    return calibrated(template(), inputs);
  }

  /**
   * The model calibrated on another template table of the OECD 2023 layout (e.g. a perturbed
   * copy of {@link #template()} in an uncertainty analysis) with the given assumption values.
   * Newton starts from the embedded model's solution, so with the embedded template and
   * {@link VietNamInputs#defaults()} it takes no step and gives {@link #southeast2024()}'s
   * numbers exactly.
   *
   * @throws org.sectoral.core.SectoralException when the margins cannot be met (e.g.
   *     {@code INCONSISTENT_TARGETS}, {@code NOT_CONVERGED})
   */
  public static VietNamModel calibrated(InputOutputTable template, VietNamInputs inputs) {
    Calibration c = southeast2024().calibration().orElseThrow();
    return calibrated(template, inputs, new double[] {c.thetaTextiles(), c.thetaElectronics()});
  }

  /** The calibration with Newton started from the given log-odds shifts. */
  private static VietNamModel calibrated(InputOutputTable template, VietNamInputs inputs,
      double[] start) {
    com.google.common.base.Preconditions.checkNotNull(template, "template");
    return calibratedOnGroups(OecdTemplate.groups(template), inputs, start);
  }

  /**
   * The template aggregated to the model's industry groups (textiles and leather still
   * together), as {@link #calibratedOnGroups} takes it (made once).
   */
  static InputOutputTable templateGroups() {
    return TEMPLATE_GROUPS.get();
  }

  /**
   * The model calibrated on a template already aggregated to the industry groups (e.g. a
   * perturbed copy of {@link #templateGroups()}), Newton from the embedded model's solution.
   */
  static VietNamModel calibratedOnGroups(InputOutputTable groups, VietNamInputs inputs) {
    Calibration c = southeast2024().calibration().orElseThrow();
    return calibratedOnGroups(groups, inputs,
        new double[] {c.thetaTextiles(), c.thetaElectronics()});
  }

  private static VietNamModel calibratedOnGroups(InputOutputTable groups, VietNamInputs inputs,
      double[] start) {
    com.google.common.base.Preconditions.checkNotNull(inputs, "inputs");
    OecdTemplate t = OecdTemplate.ofGroups(groups, inputs.scalar("LEATHER_SHARE_OF_D13T15"));
    NationalCalibration.Result r = NationalCalibration.calibrate(t, inputs, start);
    InputOutputTable national = NationalTable.fromFlows("Viet Nam 2024, calibrated (estimated)",
        VIET_NAM, r, jobs(r.x(), inputs), inputs.scalar("LABOUR_SHARE"));
    return assemble(national, true, "Calibrated estimate: the OECD IOT 2023 Belgium 2020 table's "
        + "input structure (stand-in template) balanced by GRAS to Viet Nam's 2024 output, value "
        + "added, exports and imports by product, with the import split of textiles' and "
        + "electronics' goods inputs solved for the published domestic value-added shares",
        Calibration.of(r), inputs);
  }

  /** The OECD template table (Belgium 2020) as read from the classpath (read once). */
  public static InputOutputTable template() {
    return TEMPLATE_TABLE.get();
  }

  private static InputOutputTable readTemplate() {
    try (InputStream in = VietNamModels.class.getResourceAsStream(TEMPLATE)) {
      if (in == null) {
        throw new IllegalStateException("Missing resource " + TEMPLATE);
      }
      return OecdIotReader.create().unit(VietNamAssumptions.UNIT).readTotal(TEMPLATE, in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The model with the national table read from a real OECD {@code VNMyyyyttl.csv} (or any
   * ttl file of the 2023 layout); {@link VietNamModel#isEstimated()} is false. Provinces,
   * origins of imports and jobs remain estimates from the stated assumptions.
   */
  public static VietNamModel fromOecdFile(Path ttl) throws IOException {
    InputOutputTable file = OecdIotReader.create().unit(VietNamAssumptions.UNIT).readTotal(ttl);
    VietNamInputs in = VietNamInputs.defaults();
    OecdTemplate t = OecdTemplate.of(file, in.scalar("LEATHER_SHARE_OF_D13T15"));
    int n = VietNamSectors.ALL.size();
    double[] x = t.output();
    double[][] a = t.coefficients();
    double[] m = new double[n];
    double[] hh = new double[n];
    double[] gov = new double[n];
    double[] inv = new double[n];
    for (int i = 0; i < n; i++) {
      double use = t.otherUse()[i] + t.households()[i] + t.government()[i] + t.investment()[i];
      for (int j = 0; j < n; j++) {
        use += t.z()[i][j];
      }
      m[i] = use <= 0 ? 0 : Math.min(1, Math.max(0, t.imports()[i] / use));
      double dom = t.households()[i] + t.government()[i] + Math.max(0, t.investment()[i]);
      hh[i] = dom <= 0 ? 1 : t.households()[i] / dom;
      gov[i] = dom <= 0 ? 0 : t.government()[i] / dom;
      inv[i] = dom <= 0 ? 0 : Math.max(0, t.investment()[i]) / dom;
    }
    double[][] ad = new double[n][n];
    double[][] am = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        ad[i][j] = a[i][j] * (1 - m[i]);
        am[i][j] = a[i][j] * m[i];
      }
    }
    InputOutputTable national = NationalTable.build(
        file.name() + " (" + ttl.getFileName() + ", 18 sectors)", VIET_NAM, x, ad, am,
        t.perOutput(t.taxes()), t.exports(), hh, gov, inv, jobs(x, in),
        in.scalar("LABOUR_SHARE"));
    return assemble(national, false, "Published table " + ttl.getFileName()
        + " (OECD IOT 2023 layout) aggregated to 18 sectors; imports by user from import "
        + "proportionality", null, in);
  }

  /** Jobs by sector: employment shares × total employment (0 where a sector has no output). */
  private static double[] jobs(double[] x, VietNamInputs in) {
    double[] shares = in.inSectorOrder("EMPLOYMENT_SHARES");
    double employment = in.scalar("EMPLOYMENT");
    double[] jobs = new double[x.length];
    for (int j = 0; j < x.length; j++) {
      jobs[j] = x[j] == 0 ? 0 : employment * shares[j];
    }
    return jobs;
  }

  private static VietNamModel assemble(InputOutputTable national, boolean estimated,
      String description, Calibration cal, VietNamInputs in) {
    double[] v = national.valueAddedTotal().toArray();
    double[] xn = national.output().toArray();
    double[] xh = provincialOutput(Province.HO_CHI_MINH_CITY, v, xn);
    double[] xb = provincialOutput(Province.BINH_DUONG, v, xn);
    double[] xr = provincialOutput(Province.BA_RIA_VUNG_TAU, v, xn);
    // the three provinces together keep at most 90% of any national sector (matters only for a
    // national table of another size, e.g. a template read as a file)
    for (int j = 0; j < xn.length; j++) {
      double together = xh[j] + xb[j] + xr[j];
      if (together > 0.9 * xn[j]) {
        double f = 0.9 * xn[j] / together;
        xh[j] *= f;
        xb[j] *= f;
        xr[j] *= f;
      }
    }
    RegionalizationMethod flq = RegionalizationMethod.flq(in.scalar("FLQ_DELTA"));
    ProvincialModel hcmc = ProvincialModel.of(national, HCMC, xh, flq);
    ProvincialModel bd = ProvincialModel.of(national, BINH_DUONG, xb, flq);
    SoutheastRegions regions = SoutheastRegions.of(national, List.of(Province.HO_CHI_MINH_CITY,
        Province.BINH_DUONG, Province.BA_RIA_VUNG_TAU), List.of(xh, xb, xr), flq);
    return new VietNamModel(national, estimated, description, cal, originShares(), hcmc,
        withJobs(hcmc.table(), national, xh), bd, withJobs(bd.table(), national, xb), regions,
        FACTS.get(), VietNamAssumptions.all(), in);
  }

  /** Provincial output xᴾⱼ = VAᴾⱼ / vⱼ with the national value added per output vⱼ. */
  static double[] provincialOutput(Province p, double[] va, double[] x) {
    double[] s = p.valueAdded();
    double[] out = new double[x.length];
    for (int j = 0; j < x.length; j++) {
      double vj = x[j] == 0 ? 0 : va[j] / x[j];
      out[j] = vj <= 0 ? 0 : Math.min(0.9 * x[j], s[j] / vj);
    }
    return out;
  }

  private static InputOutputTable withJobs(InputOutputTable province, InputOutputTable national,
      double[] x) {
    double[] jobs = national.satellite(NationalTable.EMPLOYMENT).byIndustry().rowArray(0);
    double[] xn = national.output().toArray();
    double[] out = new double[x.length];
    for (int j = 0; j < x.length; j++) {
      out[j] = xn[j] == 0 ? 0 : jobs[j] / xn[j] * x[j];
    }
    return province.toBuilder().satellite(NationalTable.EMPLOYMENT, NationalTable.JOBS, out)
        .build();
  }

  private static LabelledMatrix<String, Sector> originShares() {
    ImmutableList<String> origins = VietNamAssumptions.ORIGINS;
    int n = VietNamSectors.ALL.size();
    double[][] s = new double[origins.size()][n];
    for (int k = 0; k < n; k++) {
      double[] col = VietNamAssumptions.ORIGIN_SHARES.getOrDefault(
          VietNamSectors.ALL.get(k).code(), VietNamAssumptions.DEFAULT_ORIGIN_SHARES);
      for (int o = 0; o < origins.size(); o++) {
        s[o][k] = col[o];
      }
    }
    return LabelledMatrix.of(KeyIndex.of(origins), KeyIndex.of(VietNamSectors.ALL), s, "share");
  }
}
