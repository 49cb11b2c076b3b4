package org.sectoral.core.aggregation;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.sectoral.core.ErrorCode;
import org.sectoral.core.SectoralException;
import org.sectoral.core.table.FinalDemandColumn;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.core.table.InputOutputTableBuilder;
import org.sectoral.core.table.KeyIndex;
import org.sectoral.core.table.LabelledMatrix;
import org.sectoral.core.table.Region;
import org.sectoral.core.table.RegionSector;
import org.sectoral.core.table.SatelliteAccount;
import org.sectoral.core.table.Sector;
import org.sectoral.core.table.Stressor;

/**
 * A many-to-one concordance of regions and/or sectors (e.g. the 45 OECD ICIO industries into 10
 * groups, or countries into world regions) and the aggregation of tables by it.
 *
 * <p>Aggregation sums flows, never coefficients (Miller &amp; Blair 2009, §4.3): with G the 0/1
 * aggregation matrix (gₖᵢ = 1 when key i maps to group k), Z* = G·Z·G', Y* = G·Y (final-demand
 * columns of merged regions with the same code and category are added), V* = V·G',
 * t* = t·G', x* = G·x, Zᵐ* = Zᵐ·G' (imported-product rows that are table sectors are mapped too),
 * F* = F·G', F_Y* = F_Y with final-demand columns merged like Y's. Coefficients of the result
 * are then formed from the aggregated flows, so A* = Z*·x̂*⁻¹ is the output-weighted average of
 * the original coefficients. The result is a new
 * validated {@link InputOutputTable}: the balance identities survive aggregation. Targets appear
 * in the order of their first source. An empty side of the concordance keeps that dimension as
 * it is; {@link #identity()} keeps both.
 */
public final class Concordance {
  private final ImmutableMap<Region, Region> regions;
  private final ImmutableMap<Sector, Sector> sectors;

  private Concordance(Map<Region, Region> regions, Map<Sector, Sector> sectors) {
    this.regions = ImmutableMap.copyOf(regions);
    this.sectors = ImmutableMap.copyOf(sectors);
  }

  /** A builder of a concordance, one source key at a time. */
  public static Builder builder() {
    return new Builder();
  }

  /** The concordance that keeps every region and sector. */
  public static Concordance identity() {
    return new Concordance(Map.of(), Map.of());
  }

  /** A concordance of sectors only (regions kept): source sector → target sector. */
  public static Concordance ofSectors(Map<Sector, Sector> sectors) {
    return new Concordance(Map.of(), checkNotNull(sectors, "sectors"));
  }

  /** A concordance of regions only (sectors kept): source region → target region. */
  public static Concordance ofRegions(Map<Region, Region> regions) {
    return new Concordance(checkNotNull(regions, "regions"), Map.of());
  }

  /** A concordance of regions and sectors (either map may be empty to keep that dimension). */
  public static Concordance of(Map<Region, Region> regions, Map<Sector, Sector> sectors) {
    return new Concordance(checkNotNull(regions, "regions"), checkNotNull(sectors, "sectors"));
  }

  /**
   * The target of a region.
   *
   * @throws SectoralException {@link ErrorCode#UNKNOWN_KEY} when regions are mapped but not this
   */
  public Region region(Region source) {
    checkNotNull(source, "source");
    if (regions.isEmpty()) {
      return source;
    }
    Region r = regions.get(source);
    if (r == null) {
      throw SectoralException.of(ErrorCode.UNKNOWN_KEY, List.of(source.code()),
          "Region %s is not in the concordance", source);
    }
    return r;
  }

  /**
   * The target of a sector.
   *
   * @throws SectoralException {@link ErrorCode#UNKNOWN_KEY} when sectors are mapped but not this
   */
  public Sector sector(Sector source) {
    checkNotNull(source, "source");
    if (sectors.isEmpty()) {
      return source;
    }
    Sector s = sectors.get(source);
    if (s == null) {
      throw SectoralException.of(ErrorCode.UNKNOWN_KEY, List.of(source.code()),
          "Sector %s is not in the concordance", source);
    }
    return s;
  }

  /**
   * The table with flows summed by this concordance (see the class description).
   *
   * @throws SectoralException {@link ErrorCode#UNKNOWN_KEY} naming the first region or sector of
   *     the table the concordance does not map
   */
  public InputOutputTable aggregate(InputOutputTable table) {
    checkNotNull(table, "table");
    Shape shape = new Shape(table.regions().keys(), table.sectors().keys());
    int m = shape.keys.size();
    double[][] z = new double[m][m];
    LabelledMatrix<RegionSector, RegionSector> zSrc = table.intermediate();
    for (int i = 0; i < table.size(); i++) {
      for (int j = 0; j < table.size(); j++) {
        z[shape.to[i]][shape.to[j]] += zSrc.at(i, j);
      }
    }
    InputOutputTableBuilder b = table.toBuilder().clearFinalDemand().clearValueAdded()
        .clearImports().clearSatellites()
        .regions(shape.regions).sectors(shape.sectors).intermediate(z)
        .output(shape.sumColumns(table.output().toArray()))
        .productTaxes(shape.sumColumns(table.productTaxes().toArray()));
    columns(table.finalDemand(), shape).forEach(b::finalDemand);
    LabelledMatrix<?, RegionSector> va = table.valueAdded();
    for (int r = 0; r < va.rowCount(); r++) {
      b.valueAdded(table.valueAdded().rows().get(r).code(),
          table.valueAdded().rows().get(r).kind(), shape.sumColumns(va.rowArray(r)));
    }
    table.imports().ifPresent(zm -> {
      Products products = new Products(zm.rows().keys(), table.sectors());
      double[][] agg = new double[products.targets.size()][m];
      for (int p = 0; p < zm.rowCount(); p++) {
        double[] row = shape.sumColumns(zm.rowArray(p));
        for (int j = 0; j < m; j++) {
          agg[products.to[p]][j] += row[j];
        }
      }
      b.imports(products.targets, agg);
      table.importedFinalDemand().ifPresent(ym -> {
        Map<FinalDemandColumn, double[]> cols = new LinkedHashMap<>();
        for (int c = 0; c < ym.columnCount(); c++) {
          double[] col = cols.computeIfAbsent(mapColumn(ym.columns().get(c)),
              k -> new double[products.targets.size()]);
          for (int p = 0; p < ym.rowCount(); p++) {
            col[products.to[p]] += ym.at(p, c);
          }
        }
        cols.forEach(b::importedFinalDemand);
      });
    });
    List<FinalDemandColumn> newColumns = List.copyOf(columns(table.finalDemand(), shape)
        .keySet());
    for (SatelliteAccount s : table.satellites().values()) {
      for (int q = 0; q < s.stressors().size(); q++) {
        b.satellite(s.name(), s.stressors().get(q),
            shape.sumColumns(s.byIndustry().rowArray(q)));
      }
      if (s.byFinalDemand().isPresent()) {
        LabelledMatrix<Stressor, FinalDemandColumn> fy = aggregate(s).byFinalDemand().get();
        for (int q = 0; q < fy.rowCount(); q++) {
          double[] row = new double[newColumns.size()];
          for (int c = 0; c < fy.columnCount(); c++) {
            row[newColumns.indexOf(fy.columns().get(c))] = fy.at(q, c);
          }
          b.satelliteFinalDemand(s.name(), fy.rows().get(q), row);
        }
      }
    }
    return b.build();
  }

  /**
   * A satellite account with F summed over the mapped keys and F_Y (when present) over the mapped
   * final-demand columns, e.g. to go with an aggregated table.
   *
   * @throws SectoralException {@link ErrorCode#UNKNOWN_KEY} naming an unmapped region or sector
   */
  public SatelliteAccount aggregate(SatelliteAccount account) {
    checkNotNull(account, "account");
    LinkedHashSet<Region> rs = new LinkedHashSet<>();
    LinkedHashSet<Sector> ss = new LinkedHashSet<>();
    for (RegionSector k : account.byIndustry().columns().keys()) {
      rs.add(k.region());
      ss.add(k.sector());
    }
    Shape shape = new Shape(List.copyOf(rs), List.copyOf(ss));
    LabelledMatrix<Stressor, RegionSector> f = account.byIndustry();
    double[][] fAgg = new double[f.rowCount()][shape.keys.size()];
    for (int j = 0; j < f.columnCount(); j++) {
      RegionSector k = f.columns().get(j);
      int target = shape.keys.indexOf(RegionSector.of(region(k.region()), sector(k.sector())));
      for (int q = 0; q < f.rowCount(); q++) {
        fAgg[q][target] += f.at(q, j);
      }
    }
    LabelledMatrix<Stressor, RegionSector> fNew =
        LabelledMatrix.of(f.rows(), shape.keys, fAgg, f.unit());
    if (account.byFinalDemand().isEmpty()) {
      return SatelliteAccount.of(account.name(), fNew);
    }
    LabelledMatrix<Stressor, FinalDemandColumn> fy = account.byFinalDemand().get();
    Map<FinalDemandColumn, double[]> cols = new LinkedHashMap<>();
    for (int c = 0; c < fy.columnCount(); c++) {
      double[] col = cols.computeIfAbsent(mapColumn(fy.columns().get(c)),
          k -> new double[fy.rowCount()]);
      for (int q = 0; q < fy.rowCount(); q++) {
        col[q] += fy.at(q, c);
      }
    }
    double[][] fyAgg = new double[fy.rowCount()][cols.size()];
    int c = 0;
    for (double[] col : cols.values()) {
      for (int q = 0; q < col.length; q++) {
        fyAgg[q][c] = col[q];
      }
      c++;
    }
    return SatelliteAccount.of(account.name(), fNew,
        LabelledMatrix.of(fy.rows(), KeyIndex.of(List.copyOf(cols.keySet())), fyAgg, fy.unit()));
  }

  private FinalDemandColumn mapColumn(FinalDemandColumn c) {
    return FinalDemandColumn.of(region(c.region()), c.code(), c.category());
  }

  private Map<FinalDemandColumn, double[]> columns(
      LabelledMatrix<RegionSector, FinalDemandColumn> y, Shape shape) {
    Map<FinalDemandColumn, double[]> cols = new LinkedHashMap<>();
    for (int c = 0; c < y.columnCount(); c++) {
      double[] col = cols.computeIfAbsent(mapColumn(y.columns().get(c)),
          k -> new double[shape.keys.size()]);
      double[] agg = shape.sumColumns(y.columnArray(c));
      for (int i = 0; i < agg.length; i++) {
        col[i] += agg[i];
      }
    }
    return cols;
  }

  /** The target keys and the map from source key positions to target positions. */
  private final class Shape {
    final List<Region> regions;
    final List<Sector> sectors;
    final KeyIndex<RegionSector> keys;
    final int[] to;

    Shape(List<Region> sourceRegions, List<Sector> sourceSectors) {
      LinkedHashSet<Region> rs = new LinkedHashSet<>();
      for (Region r : sourceRegions) {
        rs.add(region(r));
      }
      LinkedHashSet<Sector> ss = new LinkedHashSet<>();
      for (Sector s : sourceSectors) {
        ss.add(sector(s));
      }
      regions = List.copyOf(rs);
      sectors = List.copyOf(ss);
      List<RegionSector> ks = new ArrayList<>();
      for (Region r : regions) {
        for (Sector s : sectors) {
          ks.add(RegionSector.of(r, s));
        }
      }
      keys = KeyIndex.of(ks);
      to = new int[sourceRegions.size() * sourceSectors.size()];
      int i = 0;
      for (Region r : sourceRegions) {
        for (Sector s : sourceSectors) {
          to[i++] = regions.indexOf(region(r)) * sectors.size() + sectors.indexOf(sector(s));
        }
      }
    }

    double[] sumColumns(double[] values) {
      double[] out = new double[keys.size()];
      for (int i = 0; i < values.length; i++) {
        out[to[i]] += values[i];
      }
      return out;
    }
  }

  /** Imported-product rows: table sectors are mapped, other rows (a total row) kept. */
  private final class Products {
    final List<Sector> targets;
    final int[] to;

    Products(List<Sector> rows, KeyIndex<Sector> tableSectors) {
      List<Sector> ts = new ArrayList<>();
      to = new int[rows.size()];
      for (int p = 0; p < rows.size(); p++) {
        Sector target = tableSectors.contains(rows.get(p)) ? sector(rows.get(p)) : rows.get(p);
        int k = ts.indexOf(target);
        if (k < 0) {
          ts.add(target);
          k = ts.size() - 1;
        }
        to[p] = k;
      }
      targets = List.copyOf(ts);
    }
  }

  /** Builds a concordance one source key at a time; a source may be given only once. */
  public static final class Builder {
    private final Map<Region, Region> regions = new LinkedHashMap<>();
    private final Map<Sector, Sector> sectors = new LinkedHashMap<>();

    private Builder() {}

    /** Maps a source region to a target region. */
    public Builder region(Region source, Region target) {
      checkNotNull(source, "source");
      checkNotNull(target, "target");
      checkArgument(regions.putIfAbsent(source, target) == null, "Region %s mapped twice",
          source);
      return this;
    }

    /** Maps source regions (by code) to a target region (code = name). */
    public Builder regions(List<String> sourceCodes, String targetCode) {
      Region target = Region.of(targetCode);
      for (String s : sourceCodes) {
        region(Region.of(s), target);
      }
      return this;
    }

    /** Maps a source sector to a target sector. */
    public Builder sector(Sector source, Sector target) {
      checkNotNull(source, "source");
      checkNotNull(target, "target");
      checkArgument(sectors.putIfAbsent(source, target) == null, "Sector %s mapped twice",
          source);
      return this;
    }

    /** Maps source sectors (by code) to a target sector. */
    public Builder sectors(List<String> sourceCodes, Sector target) {
      for (String s : sourceCodes) {
        sector(Sector.of(s), target);
      }
      return this;
    }

    /** The concordance. */
    public Concordance build() {
      return new Concordance(regions, sectors);
    }
  }
}
