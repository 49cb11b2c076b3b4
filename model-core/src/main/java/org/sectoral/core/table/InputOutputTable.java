package org.sectoral.core.table;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Optional;
import org.sectoral.core.ErrorCode;
import org.sectoral.core.SectoralException;

/**
 * An immutable, validated input-output table in one monetary unit: a national table (one region)
 * with an explicit imports block, or a multi-region table (regions × sectors, region-major).
 *
 * <p>Blocks, with n = regions × sectors:
 * <ul>
 *   <li>Z, intermediate use of domestically produced (or, in a multi-region table, of every
 *       region's) products, n × n;
 *   <li>Y, final demand by region × category, n × m;
 *   <li>Zᵐ, intermediate use of products imported from outside the system, k × n, by imported
 *       product (k = sectors) or as one row (k = 1); absent for closed multi-region tables;
 *   <li>V, value added by component (compensation, operating surplus, taxes on production);
 *   <li>t, net taxes on products, 1 × n;
 *   <li>x, gross output; satellite accounts F by stressor × sector and, optionally, F_Y by
 *       stressor × final-demand column (stressors emitted by final demand itself).
 * </ul>
 * Identities checked by {@link InputOutputTableBuilder#build()}: rows Z·1 + Y·1 = x and columns
 * 1'Z + 1'Zᵐ + t + 1'V = x', each within a relative tolerance.
 */
public final class InputOutputTable {
  private final String name;
  private final String unit;
  private final KeyIndex<Region> regions;
  private final KeyIndex<Sector> sectors;
  private final KeyIndex<RegionSector> keys;
  private final LabelledMatrix<RegionSector, RegionSector> intermediate;
  private final LabelledMatrix<RegionSector, FinalDemandColumn> finalDemand;
  private final LabelledMatrix<Sector, RegionSector> imports;
  private final LabelledMatrix<Sector, FinalDemandColumn> importedFinalDemand;
  private final LabelledMatrix<ValueAddedComponent, RegionSector> valueAdded;
  private final LabelledVector<RegionSector> productTaxes;
  private final LabelledVector<RegionSector> output;
  private final ImmutableMap<String, SatelliteAccount> satellites;
  private final BalanceReport balance;

  InputOutputTable(InputOutputTableBuilder.Parts p) {
    this.name = p.name;
    this.unit = p.unit;
    this.regions = p.regions;
    this.sectors = p.sectors;
    this.keys = p.keys;
    this.intermediate = p.intermediate;
    this.finalDemand = p.finalDemand;
    this.imports = p.imports;
    this.importedFinalDemand = p.importedFinalDemand;
    this.valueAdded = p.valueAdded;
    this.productTaxes = p.productTaxes;
    this.output = p.output;
    this.satellites = p.satellites;
    this.balance = p.balance;
  }

  /** A builder that validates and freezes a table. */
  public static InputOutputTableBuilder builder() {
    return new InputOutputTableBuilder();
  }

  /** A builder holding every block of this table, to derive a modified copy. */
  public InputOutputTableBuilder toBuilder() {
    return InputOutputTableBuilder.from(this);
  }

  /** The table's name, e.g. {@code "UK 2010 product by product"}. */
  public String name() {
    return name;
  }

  /** The monetary unit of every flow, e.g. {@code "million USD"}. */
  public String unit() {
    return unit;
  }

  /** The regions, one for a national table. */
  public KeyIndex<Region> regions() {
    return regions;
  }

  /** The sectors, the same list in every region. */
  public KeyIndex<Sector> sectors() {
    return sectors;
  }

  /** The n = regions × sectors row and column keys, region-major. */
  public KeyIndex<RegionSector> keys() {
    return keys;
  }

  /** The number n of region-sectors. */
  public int size() {
    return keys.size();
  }

  /** Whether the table has a single region. */
  public boolean isNational() {
    return regions.size() == 1;
  }

  /** The key of a sector in a single-region table, by sector code. */
  public RegionSector key(String sectorCode) {
    checkArgument(isNational(), "Table %s has %s regions: name the region too", name,
        regions.size());
    return key(regions.get(0).code(), sectorCode);
  }

  /**
   * The key of a sector in a region, by codes.
   *
   * @throws SectoralException {@link ErrorCode#UNKNOWN_KEY} when either code is absent
   */
  public RegionSector key(String regionCode, String sectorCode) {
    Region r = regions.get(regions.indexOf(Region.of(regionCode)));
    Sector s = sectors.get(sectors.indexOf(Sector.of(sectorCode)));
    return RegionSector.of(r, s);
  }

  /** Intermediate use Z (domestic products in a national table), in {@link #unit()}. */
  public LabelledMatrix<RegionSector, RegionSector> intermediate() {
    return intermediate;
  }

  /** Final demand Y by region-sector × final-demand column. */
  public LabelledMatrix<RegionSector, FinalDemandColumn> finalDemand() {
    return finalDemand;
  }

  /** The final-demand columns. */
  public KeyIndex<FinalDemandColumn> finalDemandColumns() {
    return finalDemand.columns();
  }

  /** Total final demand f = Y·1. */
  public LabelledVector<RegionSector> finalDemandTotal() {
    return finalDemand.rowSums();
  }

  /** Final demand summed over the columns of one category (e.g. exports e). */
  public LabelledVector<RegionSector> finalDemand(FinalDemandCategory category) {
    checkNotNull(category, "category");
    int n = size();
    double[] s = new double[n];
    for (int c = 0; c < finalDemand.columnCount(); c++) {
      if (finalDemand.columns().get(c).category() == category) {
        for (int i = 0; i < n; i++) {
          s[i] += finalDemand.at(i, c);
        }
      }
    }
    return LabelledVector.of(keys, s, unit);
  }

  /** Exports to outside the system e (final-demand columns of category EXPORTS). */
  public LabelledVector<RegionSector> exports() {
    return finalDemand(FinalDemandCategory.EXPORTS);
  }

  /** Imported intermediate use Zᵐ (imported product × using sector), when the table has it. */
  public Optional<LabelledMatrix<Sector, RegionSector>> imports() {
    return Optional.ofNullable(imports);
  }

  /** Imported final use by imported product × final-demand column, when the table has it. */
  public Optional<LabelledMatrix<Sector, FinalDemandColumn>> importedFinalDemand() {
    return Optional.ofNullable(importedFinalDemand);
  }

  /**
   * Imported intermediate use Zᵐ, required by an analysis.
   *
   * @throws SectoralException {@link ErrorCode#MISSING_BLOCK} when the table has no imports
   */
  public LabelledMatrix<Sector, RegionSector> requireImports() {
    if (imports == null) {
      throw SectoralException.of(ErrorCode.MISSING_BLOCK, List.of(name),
          "Table %s has no imports block", name);
    }
    return imports;
  }

  /** Value added V by component × sector. */
  public LabelledMatrix<ValueAddedComponent, RegionSector> valueAdded() {
    return valueAdded;
  }

  /** Total value added per sector 1'V (at basic prices, excluding net product taxes). */
  public LabelledVector<RegionSector> valueAddedTotal() {
    return valueAdded.columnSums();
  }

  /** Value added summed over the components of one kind (e.g. compensation). */
  public LabelledVector<RegionSector> valueAdded(ValueAddedComponent.Kind kind) {
    checkNotNull(kind, "kind");
    double[] s = new double[size()];
    for (int r = 0; r < valueAdded.rowCount(); r++) {
      if (valueAdded.rows().get(r).kind() == kind) {
        for (int j = 0; j < s.length; j++) {
          s[j] += valueAdded.at(r, j);
        }
      }
    }
    return LabelledVector.of(keys, s, unit);
  }

  /** Whether any value-added row is of the given kind. */
  public boolean hasValueAdded(ValueAddedComponent.Kind kind) {
    return valueAdded.rows().keys().stream().anyMatch(c -> c.kind() == kind);
  }

  /** Net taxes on products t (taxes less subsidies), zero when the table has none. */
  public LabelledVector<RegionSector> productTaxes() {
    return productTaxes;
  }

  /** Gross output x. */
  public LabelledVector<RegionSector> output() {
    return output;
  }

  /** The satellite accounts by name, in the order they were added. */
  public ImmutableMap<String, SatelliteAccount> satellites() {
    return satellites;
  }

  /**
   * A satellite account by name.
   *
   * @throws SectoralException {@link ErrorCode#MISSING_BLOCK} when there is none of that name
   */
  public SatelliteAccount satellite(String accountName) {
    SatelliteAccount s = satellites.get(accountName);
    if (s == null) {
      throw SectoralException.of(ErrorCode.MISSING_BLOCK, List.of(accountName),
          "Table %s has no satellite account %s (has %s)", name, accountName, satellites.keySet());
    }
    return s;
  }

  /** The row and column balance of the table, as checked when it was built. */
  public BalanceReport balanceReport() {
    return balance;
  }

  @Override
  public String toString() {
    return "InputOutputTable[" + name + ", " + regions.size() + " regions × " + sectors.size()
        + " sectors, " + unit + "]";
  }
}
