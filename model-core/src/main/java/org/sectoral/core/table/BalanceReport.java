package org.sectoral.core.table;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The balance of a table: for every sector, the row gap (intermediate + final use − output) and
 * the column gap (intermediate inputs + imports + product taxes + value added − output), both in
 * the table's unit, checked against |gap| ≤ max(relative·|x|, absolute); the relative size of a
 * gap is gap / max(|x|, 1).
 */
public final class BalanceReport {
  /** Which identity a gap belongs to. */
  public enum Side {
    /** Row (use) identity: Σⱼ zᵢⱼ + Σ yᵢ = xᵢ. */
    ROW,
    /** Column (input) identity: Σᵢ zᵢⱼ + mⱼ + tⱼ + vⱼ = xⱼ. */
    COLUMN
  }

  /** One gap: the sector, the side, the gap in table units and relative to output. */
  public record Gap(RegionSector sector, Side side, double gap, double relative) {
    @Override
    public String toString() {
      return String.format(Locale.ROOT, "%s %s gap %.6g (%.3g of output)", sector, side, gap,
          relative);
    }
  }

  private final LabelledVector<RegionSector> rowGaps;
  private final LabelledVector<RegionSector> columnGaps;
  private final LabelledVector<RegionSector> output;
  private final double tolerance;
  private final double absoluteTolerance;

  BalanceReport(LabelledVector<RegionSector> rowGaps, LabelledVector<RegionSector> columnGaps,
      LabelledVector<RegionSector> output, double tolerance, double absoluteTolerance) {
    this.rowGaps = rowGaps;
    this.columnGaps = columnGaps;
    this.output = output;
    this.tolerance = tolerance;
    this.absoluteTolerance = absoluteTolerance;
  }

  /** Row gaps Z·1 + Y·1 − x. */
  public LabelledVector<RegionSector> rowGaps() {
    return rowGaps;
  }

  /** Column gaps 1'Z + 1'Zᵐ + t + 1'V − x'. */
  public LabelledVector<RegionSector> columnGaps() {
    return columnGaps;
  }

  /** The relative tolerance the table was checked against. */
  public double tolerance() {
    return tolerance;
  }

  /** The absolute tolerance in the table's unit. */
  public double absoluteTolerance() {
    return absoluteTolerance;
  }

  /** Whether every gap is within the tolerance. */
  public boolean isBalanced() {
    return violations().isEmpty();
  }

  /** The largest relative gap over both sides. */
  public double maxRelativeGap() {
    return all().stream().mapToDouble(g -> Math.abs(g.relative())).max().orElse(0);
  }

  /** The gaps beyond the tolerance, worst first. */
  public ImmutableList<Gap> violations() {
    return all().stream().filter(g -> Math.abs(g.gap()) > Math.max(tolerance
            * Math.abs(output.get(g.sector())), absoluteTolerance))
        .sorted(Comparator.comparingDouble((Gap g) -> -Math.abs(g.relative())))
        .collect(ImmutableList.toImmutableList());
  }

  /** The {@code k} largest gaps by relative size, worst first, whether or not within tolerance. */
  public ImmutableList<Gap> worst(int k) {
    return all().stream().sorted(Comparator.comparingDouble((Gap g) -> -Math.abs(g.relative())))
        .limit(k).collect(ImmutableList.toImmutableList());
  }

  private List<Gap> all() {
    List<Gap> gaps = new ArrayList<>(2 * rowGaps.size());
    for (int i = 0; i < rowGaps.size(); i++) {
      double scale = Math.max(Math.abs(output.at(i)), 1.0);
      gaps.add(new Gap(rowGaps.keys().get(i), Side.ROW, rowGaps.at(i), rowGaps.at(i) / scale));
      gaps.add(new Gap(columnGaps.keys().get(i), Side.COLUMN, columnGaps.at(i),
          columnGaps.at(i) / scale));
    }
    return gaps;
  }

  @Override
  public String toString() {
    return (isBalanced() ? "balanced" : violations().size() + " gaps beyond " + tolerance
        + " (absolute " + absoluteTolerance + ")")
        + "; worst: " + worst(3);
  }
}
