package org.sectoral.examples.vietnam;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import java.util.Optional;
import java.util.function.Supplier;
import org.sectoral.core.indicator.IndicatorSet;
import org.sectoral.core.leontief.HouseholdClosure;
import org.sectoral.core.leontief.HouseholdIncome;
import org.sectoral.core.regional.ProvincialModel;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.core.table.LabelledMatrix;
import org.sectoral.core.table.LabelledVector;
import org.sectoral.core.table.RegionSector;
import org.sectoral.core.table.Sector;
import org.sectoral.core.table.ValueAddedComponent.Kind;
import org.sectoral.core.valueadded.ExportContent;

/**
 * The Viet Nam southeast model: a national table (calibrated to 2024's published figures, or
 * read from a real OECD {@code VNMyyyyttl.csv}), the origins of imports, provincial models of
 * Ho Chi Minh City and Binh Duong, the interregional southeast (pre-merger provinces and the new
 * Ho Chi Minh City), the facts with their sources and the list of assumptions. Immutable; made
 * by {@link VietNamModels}.
 */
public final class VietNamModel {
  private final InputOutputTable national;
  private final boolean estimated;
  private final String description;
  private final Calibration calibration;
  private final LabelledMatrix<String, Sector> originShares;
  private final ProvincialModel hcmc;
  private final ProvincialModel binhDuong;
  private final InputOutputTable hcmcTable;
  private final InputOutputTable binhDuongTable;
  private final SoutheastRegions regions;
  private final IndicatorSet facts;
  private final ImmutableList<Assumption> assumptions;
  private final VietNamInputs inputs;
  private final ExportContent exportContent;
  private final Supplier<ImmutableList<MacroFit.Row>> fit;

  VietNamModel(InputOutputTable national, boolean estimated, String description,
      Calibration calibration, LabelledMatrix<String, Sector> originShares,
      ProvincialModel hcmc, InputOutputTable hcmcTable, ProvincialModel binhDuong,
      InputOutputTable binhDuongTable, SoutheastRegions regions, IndicatorSet facts,
      ImmutableList<Assumption> assumptions, VietNamInputs inputs) {
    this.national = national;
    this.estimated = estimated;
    this.description = description;
    this.calibration = calibration;
    this.originShares = originShares;
    this.hcmc = hcmc;
    this.hcmcTable = hcmcTable;
    this.binhDuong = binhDuong;
    this.binhDuongTable = binhDuongTable;
    this.regions = regions;
    this.facts = facts;
    this.assumptions = assumptions;
    this.inputs = inputs;
    this.exportContent = ExportContent.of(national);
    this.fit = Suppliers.memoize(() -> MacroFit.of(this));
  }

  /** The national table (unit {@link VietNamAssumptions#UNIT}), with an employment account. */
  public InputOutputTable national() {
    return national;
  }

  /**
   * Whether the national table is an estimate (calibrated from facts and assumptions) rather
   * than a published table read from a file.
   */
  public boolean isEstimated() {
    return estimated;
  }

  /** Where the national table comes from, in one sentence. */
  public String description() {
    return description;
  }

  /** How the calibrated table was reached; empty for a table read from a file. */
  public Optional<Calibration> calibration() {
    return Optional.ofNullable(calibration);
  }

  /** The model's 2024 levels against the published figures (target, model, gap). */
  public ImmutableList<MacroFit.Row> macroFit() {
    return fit.get();
  }

  /** Shares of each imported product by origin ({@link VietNamAssumptions#ORIGINS}). */
  public LabelledMatrix<String, Sector> originShares() {
    return originShares;
  }

  /** The Ho Chi Minh City model (pre-merger city, FLQ, always an estimate). */
  public ProvincialModel hcmc() {
    return hcmc;
  }

  /** Ho Chi Minh City (pre-merger) as a table with an employment account. */
  public InputOutputTable hcmcTable() {
    return hcmcTable;
  }

  /** The Binh Duong model (FLQ, always an estimate). */
  public ProvincialModel binhDuong() {
    return binhDuong;
  }

  /** Binh Duong as a table with an employment account. */
  public InputOutputTable binhDuongTable() {
    return binhDuongTable;
  }

  /**
   * The interregional southeast: Ho Chi Minh City, Binh Duong, Ba Ria–Vung Tau and the rest of
   * Viet Nam, and the new Ho Chi Minh City against the rest.
   */
  public SoutheastRegions regions() {
    return regions;
  }

  /** The published facts with their sources. */
  public IndicatorSet facts() {
    return facts;
  }

  /** Every stated input of the model. */
  public ImmutableList<Assumption> assumptions() {
    return assumptions;
  }

  /**
   * The assumption values this model was built with ({@link VietNamInputs#defaults()} for the
   * embedded model); the simulations read their settings from here.
   */
  public VietNamInputs inputs() {
    return inputs;
  }

  /** The national table's key of a sector code. */
  public RegionSector key(String sectorCode) {
    return national.key(sectorCode);
  }

  /** Domestic value-added, import and tax content of national exports. */
  public ExportContent exportContent() {
    return exportContent;
  }

  /**
   * Household income by sector for Type II (induced) effects, in the table's unit: compensation
   * plus {@link VietNamAssumptions#HOUSEHOLD_SHARE_OF_SURPLUS} of operating surplus and mixed
   * income, which makes total household income equal to the Household Living Standards Survey
   * 2024 (5.4 million VND per person per month, about 57% of GDP). It is the income
   * {@link #householdClosure()} closes the model on.
   */
  /**
   * The household closure of the Viet Nam model's Type II (induced) effects: household income =
   * compensation + {@link VietNamAssumptions#HOUSEHOLD_SHARE_OF_SURPLUS} of operating surplus and
   * mixed income (see {@link #householdIncome()}), household consumption = the households'
   * final-demand column. An assumption, documented in {@code docs/vietnam-model.md}.
   */
  public HouseholdClosure householdClosure() {
    return HouseholdClosure.of(
        HouseholdIncome.compensationAndSurplus(inputs.scalar("HOUSEHOLD_SHARE_OF_SURPLUS")));
  }

  public LabelledVector<RegionSector> householdIncome() {
    double[] comp = national.valueAdded(Kind.COMPENSATION).toArray();
    double[] gos = national.valueAdded(Kind.OPERATING_SURPLUS).toArray();
    double[] out = new double[comp.length];
    double share = inputs.scalar("HOUSEHOLD_SHARE_OF_SURPLUS");
    for (int j = 0; j < out.length; j++) {
      out[j] = comp[j] + share * gos[j];
    }
    return LabelledVector.of(national.keys(), out, national.unit());
  }

  /**
   * Foreign value added in the exports of each sector by origin: the imported inputs embodied
   * in exports, (Aᵐ·Lᵈ)ₖⱼ·eⱼ, assigned to origins by the origin shares of each imported product
   * k (the direct supplier country; third-country content of those imports is not traced).
   * Rows are origins, columns sectors, unit of the table.
   */
  public LabelledMatrix<String, RegionSector> foreignValueAddedByOrigin() {
    LabelledMatrix<Sector, RegionSector> byProduct = exportContent.importContentByProduct();
    LabelledVector<RegionSector> exports = national.exports();
    int origins = originShares.rowCount();
    int n = national.size();
    double[][] out = new double[origins][n];
    for (int k = 0; k < byProduct.rowCount(); k++) {
      int product = originShares.columns().indexOf(byProduct.rows().get(k));
      for (int j = 0; j < n; j++) {
        double flow = byProduct.at(k, j) * exports.at(j);
        for (int o = 0; o < origins; o++) {
          out[o][j] += flow * originShares.at(o, product);
        }
      }
    }
    return LabelledMatrix.of(originShares.rows(), national.keys(), out, national.unit());
  }

  /** Jobs per unit of national output by sector (persons per million USD). */
  public double[] jobsPerOutput() {
    double[] jobs = national.satellite(NationalTable.EMPLOYMENT).byIndustry().rowArray(0);
    double[] x = national.output().toArray();
    double[] out = new double[jobs.length];
    for (int j = 0; j < out.length; j++) {
      out[j] = x[j] == 0 ? 0 : jobs[j] / x[j];
    }
    return out;
  }

  /** The label every result of this model carries: "estimated" unless fully published. */
  public String label() {
    return estimated ? "estimated (calibrated model)"
        : "estimated (published national table; provincial split and import origins estimated)";
  }

  /** The domestic value-added content of one sector's exports (v·Lᵈ)ⱼ. */
  public double domesticContent(String sectorCode) {
    checkArgument(national.sectors().contains(VietNamSectors.sector(sectorCode)),
        "No sector %s", sectorCode);
    return exportContent.domesticValueAdded().get(key(sectorCode));
  }
}
