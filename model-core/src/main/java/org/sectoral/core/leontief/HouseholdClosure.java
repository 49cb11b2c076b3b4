package org.sectoral.core.leontief;

import java.util.ArrayList;
import java.util.List;
import org.sectoral.core.ErrorCode;
import org.sectoral.core.SectoralException;
import org.sectoral.core.table.FinalDemandCategory;
import org.sectoral.core.table.FinalDemandColumn;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.core.table.KeyIndex;
import org.sectoral.core.table.Region;
import org.sectoral.core.table.RegionSector;
import org.sectoral.core.table.Sector;
import org.sectoral.core.table.ValueAddedComponent;

/**
 * The model closed with respect to households (Miller &amp; Blair 2009, §6.1.3):
 * Ā = [[A, h_c], [h_r, 0]] with one household row and column per region, where
 * h_r,j = compensation_j / x_j (labour income per unit of output, for sectors of that region) and
 * h_c,i = household consumption_i / total compensation of the region (consumption per unit of
 * labour income).
 */
final class HouseholdClosure {
  /** The code of the household sector appended to each region. */
  static final String HOUSEHOLDS = "HOUSEHOLDS";

  private HouseholdClosure() {}

  /** Whether the table has compensation and household consumption to close on. */
  static boolean isPossible(InputOutputTable t) {
    return t.hasValueAdded(ValueAddedComponent.Kind.COMPENSATION)
        && t.finalDemandColumns().keys().stream()
            .anyMatch(c -> c.category() == FinalDemandCategory.HOUSEHOLDS)
        && t.valueAdded(ValueAddedComponent.Kind.COMPENSATION).sum() > 0;
  }

  /** The closed model of n + R sectors (R regions), households last. */
  static LeontiefModel close(InputOutputTable t, LeontiefModel open) {
    if (!isPossible(t)) {
      throw SectoralException.of(ErrorCode.MISSING_BLOCK, List.of(t.name()),
          "Type II needs compensation of employees (value added of kind COMPENSATION) and "
              + "household consumption (final demand of category HOUSEHOLDS) in table %s",
          t.name());
    }
    int n = t.size();
    int regions = t.regions().size();
    int m = n + regions;
    List<RegionSector> keys = new ArrayList<>(t.keys().keys());
    for (Region r : t.regions().keys()) {
      Sector hh = Sector.of(HOUSEHOLDS, "Households (endogenous)");
      if (t.sectors().contains(hh)) {
        throw SectoralException.of(ErrorCode.DUPLICATE_KEY, List.of(HOUSEHOLDS),
            "Sector code %s is reserved for the household closure", HOUSEHOLDS);
      }
      keys.add(RegionSector.of(r, hh));
    }
    double[] comp = t.valueAdded(ValueAddedComponent.Kind.COMPENSATION).toArray();
    double[] x = t.output().toArray();
    double[] income = new double[regions];
    for (int j = 0; j < n; j++) {
      income[t.regions().indexOf(t.keys().get(j).region())] += comp[j];
    }
    double[] a = new double[m * m];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        a[i * m + j] = open.coefficient(i, j);
      }
    }
    for (int j = 0; j < n; j++) {
      int r = t.regions().indexOf(t.keys().get(j).region());
      a[(n + r) * m + j] = x[j] == 0 ? 0 : comp[j] / x[j];
    }
    KeyIndex<FinalDemandColumn> cols = t.finalDemandColumns();
    for (int c = 0; c < cols.size(); c++) {
      FinalDemandColumn col = cols.get(c);
      if (col.category() != FinalDemandCategory.HOUSEHOLDS) {
        continue;
      }
      int r = t.regions().indexOf(col.region());
      if (income[r] <= 0) {
        continue;
      }
      for (int i = 0; i < n; i++) {
        a[i * m + n + r] += t.finalDemand().at(i, c) / income[r];
      }
    }
    KeyIndex<RegionSector> index = KeyIndex.of(keys);
    return LeontiefModel.ofCoefficients(
        org.sectoral.core.table.LabelledMatrix.ofRowMajor(index, index, a, "1"));
  }
}
