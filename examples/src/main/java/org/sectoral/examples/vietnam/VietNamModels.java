package org.sectoral.examples.vietnam;

import static org.sectoral.examples.vietnam.VietNamAssumptions.inSectorOrder;

import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.sectoral.core.calibration.CalibrationResult;
import org.sectoral.core.calibration.ImportShareCalibration;
import org.sectoral.core.regional.ProvincialModel;
import org.sectoral.core.regional.RegionalizationMethod;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.core.table.KeyIndex;
import org.sectoral.core.table.LabelledMatrix;
import org.sectoral.core.table.LabelledVector;
import org.sectoral.core.table.Region;
import org.sectoral.core.table.RegionSector;
import org.sectoral.core.table.Sector;
import org.sectoral.io.oecd.OecdIotReader;

/**
 * Factories of the Viet Nam southeast model.
 *
 * <p>{@link #southeast2024()} is the embedded default, built by code: the technical
 * coefficients A (domestic + imported), value-added and tax coefficients of the OECD IOT 2023
 * table of Belgium 2020 (a public stand-in with the layout of Viet Nam's OECD table), aggregated
 * to 18 sectors; Viet Nam's output from its gross value added and sector shares
 * (xⱼ = GVA·shareⱼ/vⱼ); the split of each sector's inputs into domestic and imported supply
 * calibrated ({@link ImportShareCalibration}) so that the domestic value-added content of
 * exports is 50% for textiles &amp; garments and 37% for electronics, other sectors at stated
 * default import shares; exports, final uses, compensation and jobs from stated shares.
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

  private static final String TEMPLATE = "BEL2020ttl.csv";
  private static final Supplier<VietNamModel> DEFAULT =
      Suppliers.memoize(VietNamModels::buildDefault);

  private VietNamModels() {}

  /** The embedded calibrated model (built once, then shared: it is immutable). */
  public static VietNamModel southeast2024() {
    return DEFAULT.get();
  }

  /** The OECD template table (Belgium 2020) as read from the classpath. */
  public static InputOutputTable template() {
    try (InputStream in = VietNamModels.class.getResourceAsStream(TEMPLATE)) {
      if (in == null) {
        throw new IllegalStateException("Missing resource " + TEMPLATE);
      }
      return OecdIotReader.create().unit(VietNamAssumptions.UNIT).readTotal(TEMPLATE, in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static VietNamModel buildDefault() {
    OecdTemplate t = OecdTemplate.of(template(), VietNamAssumptions.LEATHER_SHARE_OF_D13T15);
    int n = VietNamSectors.ALL.size();
    double[][] a = t.coefficients();
    double[] tax = t.perOutput(t.taxes());
    // value added per unit of output closes each column: vⱼ = 1 − Σᵢ aᵢⱼ − tⱼ (the template's
    // VALU up to its rounding to 0.1)
    double[] v = new double[n];
    for (int j = 0; j < n; j++) {
      v[j] = 1 - tax[j];
      for (int i = 0; i < n; i++) {
        v[j] -= a[i][j];
      }
    }
    double[] shares = inSectorOrder(VietNamAssumptions.NATIONAL_VA_SHARES);
    double[] x = new double[n];
    for (int j = 0; j < n; j++) {
      x[j] = VietNamAssumptions.NATIONAL_GVA * shares[j] / v[j];
    }
    KeyIndex<RegionSector> keys = keys();
    Map<RegionSector, Double> targets = new LinkedHashMap<>();
    targets.put(keys.get(VietNamSectors.indexOf(VietNamSectors.TEX)),
        VietNamAssumptions.DVA_TARGET_TEXTILES);
    targets.put(keys.get(VietNamSectors.indexOf(VietNamSectors.ELE)),
        VietNamAssumptions.DVA_TARGET_ELECTRONICS);
    // inputs imported whatever the user (product floors) are set aside; the calibration splits
    // the rest between domestic and imported supply by user: Aᵐ = A'·diag(s) + (A − A')
    double[] floor = inSectorOrder(VietNamAssumptions.PRODUCT_IMPORT_FLOORS);
    double[][] suppliable = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        suppliable[i][j] = a[i][j] * (1 - floor[i]);
      }
    }
    CalibrationResult cal = ImportShareCalibration.of(
        LabelledMatrix.of(keys, keys, suppliable, "1"),
        LabelledVector.of(keys, v, "1"),
        LabelledVector.of(keys, inSectorOrder(VietNamAssumptions.DEFAULT_IMPORT_SHARES), "share"),
        targets).solve();
    double[] gov = inSectorOrder(VietNamAssumptions.GOVERNMENT_SHARES);
    double[] inv = inSectorOrder(VietNamAssumptions.INVESTMENT_SHARES);
    double[] hh = new double[n];
    for (int i = 0; i < n; i++) {
      hh[i] = 1 - gov[i] - inv[i];
    }
    double[] exportShare = inSectorOrder(VietNamAssumptions.EXPORT_SHARES);
    double[][] ad = cal.domesticCoefficients().toArray();
    double[] f = finalDemandFor(x, ad);
    double[] exports = new double[n];
    for (int i = 0; i < n; i++) {
      exports[i] = exportShare[i] * f[i];
    }
    double[][] am = cal.importedCoefficients().toArray();
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        am[i][j] += a[i][j] - suppliable[i][j];
      }
    }
    InputOutputTable national = NationalTable.build(
        "Viet Nam 2024, calibrated (estimated)", VIET_NAM, x, ad, am, tax, exports, hh, gov,
        inv, jobs(x));
    return assemble(national, true, "Calibrated estimate: OECD IOT 2023 Belgium 2020 "
        + "technical coefficients (stand-in template) scaled to Viet Nam's 2024 value-added "
        + "structure, import shares solved for the TiVA domestic value-added shares", cal);
  }

  /**
   * The model with the national table read from a real OECD {@code VNMyyyyttl.csv} (or any
   * ttl file of the 2023 layout); {@link VietNamModel#isEstimated()} is false. Provinces,
   * origins of imports and jobs remain estimates from the stated assumptions.
   */
  public static VietNamModel fromOecdFile(Path ttl) throws IOException {
    InputOutputTable file = OecdIotReader.create().unit(VietNamAssumptions.UNIT).readTotal(ttl);
    OecdTemplate t = OecdTemplate.of(file, VietNamAssumptions.LEATHER_SHARE_OF_D13T15);
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
        t.perOutput(t.taxes()), t.exports(), hh, gov, inv, jobs(x));
    return assemble(national, false, "Published table " + ttl.getFileName()
        + " (OECD IOT 2023 layout) aggregated to 18 sectors; imports by user from import "
        + "proportionality", null);
  }

  private static double[] finalDemandFor(double[] x, double[][] ad) {
    double[] f = x.clone();
    for (int i = 0; i < x.length; i++) {
      for (int j = 0; j < x.length; j++) {
        f[i] -= ad[i][j] * x[j];
      }
    }
    return f;
  }

  /** Jobs by sector: employment shares × total employment (0 where a sector has no output). */
  private static double[] jobs(double[] x) {
    double[] shares = inSectorOrder(VietNamAssumptions.EMPLOYMENT_SHARES);
    double[] jobs = new double[x.length];
    for (int j = 0; j < x.length; j++) {
      jobs[j] = x[j] == 0 ? 0 : VietNamAssumptions.EMPLOYMENT * shares[j];
    }
    return jobs;
  }

  private static VietNamModel assemble(InputOutputTable national, boolean estimated,
      String description, CalibrationResult cal) {
    double[] v = national.valueAddedTotal().toArray();
    double[] xn = national.output().toArray();
    double[] xh = provincialOutput(VietNamAssumptions.HCMC_GVA,
        VietNamAssumptions.HCMC_VA_SHARES, v, xn);
    double[] xb = provincialOutput(VietNamAssumptions.BINH_DUONG_GVA,
        VietNamAssumptions.BINH_DUONG_VA_SHARES, v, xn);
    RegionalizationMethod flq = RegionalizationMethod.flq(VietNamAssumptions.FLQ_DELTA);
    ProvincialModel hcmc = ProvincialModel.of(national, HCMC, xh, flq);
    ProvincialModel bd = ProvincialModel.of(national, BINH_DUONG, xb, flq);
    return new VietNamModel(national, estimated, description, cal, originShares(), hcmc,
        withJobs(hcmc.table(), national, xh), bd, withJobs(bd.table(), national, xb),
        VietNamFacts.all(), VietNamAssumptions.all());
  }

  /** Provincial output xᴾⱼ = GVAᴾ·shareⱼ / vⱼ with the national value added per output vⱼ. */
  private static double[] provincialOutput(double gva, Map<String, Double> shares, double[] va,
      double[] x) {
    double[] s = inSectorOrder(shares);
    double[] out = new double[x.length];
    for (int j = 0; j < x.length; j++) {
      double vj = x[j] == 0 ? 0 : va[j] / x[j];
      out[j] = vj <= 0 ? 0 : Math.min(0.9 * x[j], gva * s[j] / vj);
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

  private static KeyIndex<RegionSector> keys() {
    return KeyIndex.of(VietNamSectors.ALL.stream().map(s -> RegionSector.of(VIET_NAM, s))
        .toList());
  }
}
