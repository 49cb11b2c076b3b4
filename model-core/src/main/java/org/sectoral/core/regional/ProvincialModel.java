package org.sectoral.core.regional;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Arrays;
import java.util.List;
import org.sectoral.core.ErrorCode;
import org.sectoral.core.SectoralException;
import org.sectoral.core.leontief.LeontiefModel;
import org.sectoral.core.table.FinalDemandCategory;
import org.sectoral.core.table.FinalDemandColumn;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.core.table.InputOutputTableBuilder;
import org.sectoral.core.table.LabelledMatrix;
import org.sectoral.core.table.LabelledVector;
import org.sectoral.core.table.Region;
import org.sectoral.core.table.RegionSector;
import org.sectoral.core.table.Sector;

/**
 * A single-region model of a province built from a national table, its gross output by sector
 * and a location-quotient method (Miller &amp; Blair 2009, §8.3; Flegg &amp; Webber 1997).
 *
 * <p>The province keeps the national technology column by column: of each national input
 * coefficient aᵈᵢⱼ, rᵢⱼ is bought inside the province and aᵈᵢⱼ − rᵢⱼ from the rest of the
 * country; foreign imports Aᵐ, net product taxes t and value added v per unit of output are the
 * nation's. With Lʳ = (I − r)⁻¹, one unit of final demand for the province's product j yields
 * <ul>
 *   <li>provincial output 1'Lʳ (output multipliers),
 *   <li>provincial value added (v·Lʳ)ⱼ,
 *   <li>leakage to the rest of the country (1'(Aᵈ − r)·Lʳ)ⱼ,
 *   <li>leakage abroad (1'Aᵐ·Lʳ)ⱼ and net product taxes (t·Lʳ)ⱼ,
 * </ul>
 * and the last four sum to 1, because 1'r + 1'(Aᵈ − r) + 1'Aᵐ + t + v = 1' column by column
 * (the identity behind {@link org.sectoral.core.valueadded.ExportContent}, applied to a region).
 */
public final class ProvincialModel {
  /** The imports row of purchases from the rest of the country in {@link #table()}. */
  public static final Sector REST_OF_COUNTRY =
      Sector.of("ROC", "Purchases from the rest of the country");
  /** The imports row of purchases from abroad in {@link #table()}. */
  public static final Sector FOREIGN = Sector.of("ROW", "Imports from abroad");

  private final InputOutputTable national;
  private final Region province;
  private final Regionalization regionalization;
  private final LabelledVector<RegionSector> output;
  private final LeontiefModel model;
  private final double[] v;
  private final double[] t;
  private final com.google.common.base.Supplier<InputOutputTable> table;

  private ProvincialModel(InputOutputTable national, Region province, double[] x,
      Regionalization regionalization) {
    this.national = national;
    this.province = province;
    this.regionalization = regionalization;
    this.output = LabelledVector.of(regionalization.regionalCoefficients().rows(), x,
        national.unit());
    this.model = LeontiefModel.ofCoefficients(regionalization.regionalCoefficients());
    double[] xn = national.output().toArray();
    this.v = perOutput(national.valueAddedTotal().toArray(), xn);
    this.t = perOutput(national.productTaxes().toArray(), xn);
    this.table = com.google.common.base.Suppliers.memoize(this::buildTable);
  }

  /**
   * The provincial model with location quotients from gross output (regional output against the
   * table's national output).
   *
   * @param national a national table with an imports block
   * @param province the province, labelling the results (e.g. {@code Region.of("HCM")})
   * @param regionalOutput the province's gross output by sector, in the table's sector order and
   *     unit
   * @throws SectoralException {@link ErrorCode#INCONSISTENT_TARGETS} naming the sectors whose
   *     regional output is negative or above national output; see also
   *     {@link Regionalization#of}
   */
  public static ProvincialModel of(InputOutputTable national, Region province,
      double[] regionalOutput, RegionalizationMethod method) {
    checkNotNull(national, "national");
    checkNotNull(regionalOutput, "regionalOutput");
    Regionalization.requireNational(national);
    return of(national, province, regionalOutput, LocationQuotients.of(national.sectors(),
        regionalOutput, national.output().toArray()), method);
  }

  /**
   * The provincial model with location quotients computed elsewhere, e.g. from employment.
   *
   * @throws SectoralException {@link ErrorCode#INCONSISTENT_TARGETS} naming the sectors whose
   *     regional output is negative or above national output
   */
  public static ProvincialModel of(InputOutputTable national, Region province,
      double[] regionalOutput, LocationQuotients quotients, RegionalizationMethod method) {
    checkNotNull(national, "national");
    checkNotNull(province, "province");
    checkNotNull(regionalOutput, "regionalOutput");
    Regionalization.requireNational(national);
    LocationQuotients.checkSizes(national.sectors(), regionalOutput,
        national.output().toArray(), "output");
    Regionalization r = Regionalization.of(national, province, quotients, method);
    return new ProvincialModel(national, province, regionalOutput.clone(), r);
  }

  /** The province. */
  public Region province() {
    return province;
  }

  /** The regional, rest-of-country and foreign coefficients. */
  public Regionalization regionalization() {
    return regionalization;
  }

  /** The province's gross output xʳ (table unit). */
  public LabelledVector<RegionSector> output() {
    return output;
  }

  /** The Leontief model of the regional coefficients r, Lʳ = (I − r)⁻¹. */
  public LeontiefModel model() {
    return model;
  }

  /** Provincial output multipliers 1'Lʳ (dimensionless). */
  public LabelledVector<RegionSector> outputMultipliers() {
    double[] ones = new double[output.size()];
    Arrays.fill(ones, 1.0);
    return content(ones);
  }

  /** Provincial value-added content per unit of final demand v·Lʳ (dimensionless). */
  public LabelledVector<RegionSector> valueAddedContent() {
    return content(v);
  }

  /** Leakage to the rest of the country per unit of final demand 1'(Aᵈ − r)·Lʳ. */
  public LabelledVector<RegionSector> restOfCountryLeakage() {
    return content(regionalization.restOfCountryCoefficients().columnSums().toArray());
  }

  /** Leakage abroad per unit of final demand 1'Aᵐ·Lʳ (dimensionless). */
  public LabelledVector<RegionSector> foreignLeakage() {
    return content(regionalization.foreignImportCoefficients().columnSums().toArray());
  }

  /** Net product taxes per unit of final demand t·Lʳ (dimensionless). */
  public LabelledVector<RegionSector> taxContent() {
    return content(t);
  }

  /**
   * The province as a single-region table: intermediate use r·x̂ʳ; imports as two rows,
   * {@link #REST_OF_COUNTRY} 1'(Aᵈ − r)·x̂ʳ and {@link #FOREIGN} 1'Aᵐ·x̂ʳ; value added by the
   * nation's components and product taxes at national rates per unit of output; and one final
   * demand column {@code FD} (category OTHER) holding the residual xʳ − r·xʳ, which is local
   * final demand plus sales to the rest of the country and abroad. Balanced by construction;
   * built on first call.
   */
  public InputOutputTable table() {
    return table.get();
  }

  private InputOutputTable buildTable() {
    int n = output.size();
    double[] x = output.toArray();
    double[][] z = new double[n][n];
    double[] fd = x.clone();
    double[][] imports = new double[2][n];
    LabelledMatrix<RegionSector, RegionSector> r = regionalization.regionalCoefficients();
    double[] roc = regionalization.restOfCountryCoefficients().columnSums().toArray();
    double[] row = regionalization.foreignImportCoefficients().columnSums().toArray();
    for (int j = 0; j < n; j++) {
      for (int i = 0; i < n; i++) {
        z[i][j] = r.at(i, j) * x[j];
        fd[i] -= z[i][j];
      }
      imports[0][j] = roc[j] * x[j];
      imports[1][j] = row[j] * x[j];
    }
    double[] taxes = new double[n];
    for (int j = 0; j < n; j++) {
      taxes[j] = t[j] * x[j];
    }
    InputOutputTableBuilder b = InputOutputTable.builder()
        .name(province.code() + " from " + national.name()).unit(national.unit())
        .region(province).sectors(national.sectors().keys()).intermediate(z)
        .finalDemand(FinalDemandColumn.of(province, "FD", FinalDemandCategory.OTHER), fd)
        .imports(List.of(REST_OF_COUNTRY, FOREIGN), imports).productTaxes(taxes).output(x)
        .balanceTolerance(1e-9);
    double[] xn = national.output().toArray();
    LabelledMatrix<?, RegionSector> va = national.valueAdded();
    for (int c = 0; c < va.rowCount(); c++) {
      double[] scaled = perOutput(va.rowArray(c), xn);
      for (int j = 0; j < n; j++) {
        scaled[j] *= x[j];
      }
      b.valueAdded(national.valueAdded().rows().get(c).code(),
          national.valueAdded().rows().get(c).kind(), scaled);
    }
    return b.build();
  }

  private LabelledVector<RegionSector> content(double[] perUnitOutput) {
    return LabelledVector.of(output.index(), model.solveTransposed(perUnitOutput), "1");
  }

  static double[] perOutput(double[] values, double[] x) {
    double[] out = new double[values.length];
    for (int j = 0; j < out.length; j++) {
      out[j] = x[j] == 0 ? 0 : values[j] / x[j];
    }
    return out;
  }

  @Override
  public String toString() {
    return "ProvincialModel[" + province + " from " + national.name() + ", "
        + regionalization.method() + "]";
  }
}
