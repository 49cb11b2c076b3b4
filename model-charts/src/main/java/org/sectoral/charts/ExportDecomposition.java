package org.sectoral.charts;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sectoral.core.table.RegionSector;
import org.sectoral.core.valueadded.ExportContent;

/**
 * The gross exports of each sector split into domestic value added, foreign value added by
 * source country and net product taxes (OECD TiVA EXGR_DVA / EXGR_FVA by source), in one
 * monetary unit. Chart input for {@link TradeCharts#exportDecomposition}; immutable.
 *
 * <p>model-core's {@link ExportContent} has no split of import content by country, so
 * {@link #of(ExportContent)} gives one foreign source, {@value #IMPORTED_CONTENT}; country
 * splits come from a multi-region analysis or published TiVA data via {@link #builder(String)}.
 */
public final class ExportDecomposition {
  /** Source name used by {@link #of(ExportContent)} for the undivided import content. */
  public static final String IMPORTED_CONTENT = "Imported content";

  private final String unit;
  private final ImmutableList<String> sectors;
  private final ImmutableList<String> sources;
  private final ImmutableMap<String, Row> rows;

  private record Row(double domestic, ImmutableMap<String, Double> foreign, double taxes) {}

  private ExportDecomposition(String unit, List<String> sectors, List<String> sources,
      Map<String, Row> rows) {
    this.unit = unit;
    this.sectors = ImmutableList.copyOf(sectors);
    this.sources = ImmutableList.copyOf(sources);
    this.rows = ImmutableMap.copyOf(rows);
  }

  /** A builder of a decomposition in {@code unit}, e.g. {@code "billion USD"}. */
  public static Builder builder(String unit) {
    return new Builder(checkNotNull(unit, "unit"));
  }

  /**
   * Domestic value added dⱼ·eⱼ, import content mⱼ·eⱼ (as the single source
   * {@value #IMPORTED_CONTENT}) and taxes τⱼ·eⱼ in each sector's exports, in the table's unit,
   * sectors named by their display names.
   */
  public static ExportDecomposition of(ExportContent content) {
    checkNotNull(content, "content");
    var dva = content.domesticValueAddedInExports();
    var fva = content.foreignValueAddedInExports();
    var tax = content.taxesInExports();
    Builder b = builder(dva.unit());
    List<String> names = Labels.fullNames(dva.keys());
    for (int j = 0; j < dva.size(); j++) {
      RegionSector k = dva.keys().get(j);
      b.sector(names.get(j), dva.get(k), Map.of(IMPORTED_CONTENT, fva.get(k)), tax.get(k));
    }
    return b.build();
  }

  /** The monetary unit of all values. */
  public String unit() {
    return unit;
  }

  /** Sector names in the order given. */
  public ImmutableList<String> sectors() {
    return sectors;
  }

  /** Foreign value-added sources (countries) in order of first appearance. */
  public ImmutableList<String> sources() {
    return sources;
  }

  /** Domestic value added in the exports of {@code sector}. */
  public double domesticValueAdded(String sector) {
    return row(sector).domestic();
  }

  /** Foreign value added from {@code source} in the exports of {@code sector} (0 if absent). */
  public double foreignValueAdded(String sector, String source) {
    return row(sector).foreign().getOrDefault(source, 0.0);
  }

  /** Net product taxes in the exports of {@code sector}. */
  public double taxes(String sector) {
    return row(sector).taxes();
  }

  /** Gross exports of {@code sector}: domestic + all foreign value added + taxes. */
  public double total(String sector) {
    Row r = row(sector);
    double sum = r.domestic() + r.taxes();
    for (double v : r.foreign().values()) {
      sum += v;
    }
    return sum;
  }

  private Row row(String sector) {
    Row r = rows.get(sector);
    checkArgument(r != null, "Sector %s not in %s", sector, sectors);
    return r;
  }

  /** Builds an {@link ExportDecomposition} one sector at a time. */
  public static final class Builder {
    private final String unit;
    private final List<String> sectors = new ArrayList<>();
    private final Set<String> sources = new LinkedHashSet<>();
    private final Map<String, Row> rows = new LinkedHashMap<>();

    Builder(String unit) {
      this.unit = unit;
    }

    /**
     * Adds a sector: domestic value added, foreign value added by source (iteration order sets
     * the source order on first appearance) and net product taxes, all finite.
     */
    public Builder sector(String name, double domesticValueAdded,
        Map<String, Double> foreignBySource, double taxes) {
      checkNotNull(name, "name");
      checkArgument(!rows.containsKey(name), "Sector %s given twice", name);
      checkArgument(Double.isFinite(domesticValueAdded) && Double.isFinite(taxes),
          "Non-finite value for sector %s", name);
      Map<String, Double> foreign = new LinkedHashMap<>();
      foreignBySource.forEach((source, v) -> {
        checkArgument(v != null && Double.isFinite(v), "Non-finite %s value for %s", source, name);
        foreign.put(checkNotNull(source, "source"), v);
      });
      sources.addAll(foreign.keySet());
      sectors.add(name);
      rows.put(name, new Row(domesticValueAdded, ImmutableMap.copyOf(foreign), taxes));
      return this;
    }

    /** The decomposition (at least one sector). */
    public ExportDecomposition build() {
      checkArgument(!sectors.isEmpty(), "No sectors");
      return new ExportDecomposition(unit, sectors, new ArrayList<>(sources), rows);
    }
  }
}
