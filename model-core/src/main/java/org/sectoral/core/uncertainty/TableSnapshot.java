package org.sectoral.core.uncertainty;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.sectoral.core.table.FinalDemandCategory;
import org.sectoral.core.table.FinalDemandColumn;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.core.table.InputOutputTableBuilder;
import org.sectoral.core.table.LabelledMatrix;
import org.sectoral.core.table.Region;
import org.sectoral.core.table.SatelliteAccount;
import org.sectoral.core.table.Sector;
import org.sectoral.core.table.Stressor;
import org.sectoral.core.table.ValueAddedComponent;

/**
 * A table as plain serializable arrays and strings, rebuilt through the validating builder on
 * the other side (the serialization proxy of a {@link MonteCarlo}'s table: Effective Java,
 * item 90). Every block that the builder takes round-trips bit for bit.
 */
final class TableSnapshot implements Serializable {
  private static final long serialVersionUID = 1L;

  private final String name;
  private final String unit;
  private final String[][] regions; // code, name
  private final String[][] sectors; // code, name, classification
  private final double[][] z;
  private final String[][] finalDemandColumns; // region, code, category
  private final double[][] finalDemand; // by column
  private final String[][] importRows; // code, name, classification (null: no imports)
  private final double[][] imports;
  private final double[][] importedFinalDemand; // by column (null when absent)
  private final String[][] valueAddedRows; // code, kind
  private final double[][] valueAdded;
  private final double[] taxes;
  private final double[] output;
  private final String[] satelliteNames;
  private final String[][][] stressors; // account → stressor → name, unit
  private final double[][][] satellites;
  private final double relativeTolerance;
  private final double absoluteTolerance;

  TableSnapshot(InputOutputTable t) {
    name = t.name();
    unit = t.unit();
    regions = t.regions().keys().stream().map(r -> new String[] {r.code(), r.name()})
        .toArray(String[][]::new);
    sectors = sectors(t.sectors().keys());
    z = t.intermediate().toArray();
    finalDemandColumns = t.finalDemandColumns().keys().stream()
        .map(c -> new String[] {c.region().code(), c.code(), c.category().name()})
        .toArray(String[][]::new);
    finalDemand = columns(t.finalDemand());
    importRows = t.imports().map(m -> sectors(m.rows().keys())).orElse(null);
    imports = t.imports().map(LabelledMatrix::toArray).orElse(null);
    importedFinalDemand = t.importedFinalDemand().map(TableSnapshot::columns).orElse(null);
    valueAddedRows = t.valueAdded().rows().keys().stream()
        .map(c -> new String[] {c.code(), c.kind().name()}).toArray(String[][]::new);
    valueAdded = t.valueAdded().toArray();
    taxes = t.productTaxes().toArray();
    output = t.output().toArray();
    List<SatelliteAccount> accounts = List.copyOf(t.satellites().values());
    satelliteNames = accounts.stream().map(SatelliteAccount::name).toArray(String[]::new);
    stressors = accounts.stream().map(s -> s.stressors().keys().stream()
        .map(q -> new String[] {q.name(), q.unit()}).toArray(String[][]::new))
        .toArray(String[][][]::new);
    satellites = accounts.stream().map(s -> s.byIndustry().toArray()).toArray(double[][][]::new);
    relativeTolerance = t.balanceReport().tolerance();
    absoluteTolerance = t.balanceReport().absoluteTolerance();
  }

  InputOutputTable toTable() {
    List<Region> rs = new ArrayList<>();
    for (String[] r : regions) {
      rs.add(Region.of(r[0], r[1]));
    }
    InputOutputTableBuilder b = InputOutputTable.builder().name(name).unit(unit).regions(rs)
        .sectors(sectors(sectors)).intermediate(z);
    List<FinalDemandColumn> cols = new ArrayList<>();
    for (int c = 0; c < finalDemandColumns.length; c++) {
      String[] fc = finalDemandColumns[c];
      Region region = rs.stream().filter(r -> r.code().equals(fc[0])).findFirst().orElseThrow();
      FinalDemandColumn col = FinalDemandColumn.of(region, fc[1],
          FinalDemandCategory.valueOf(fc[2]));
      cols.add(col);
      b.finalDemand(col, finalDemand[c]);
    }
    if (importRows != null) {
      b.imports(sectors(importRows), imports);
      if (importedFinalDemand != null) {
        for (int c = 0; c < cols.size(); c++) {
          b.importedFinalDemand(cols.get(c), importedFinalDemand[c]);
        }
      }
    }
    for (int r = 0; r < valueAddedRows.length; r++) {
      b.valueAdded(valueAddedRows[r][0], ValueAddedComponent.Kind.valueOf(valueAddedRows[r][1]),
          valueAdded[r]);
    }
    b.productTaxes(taxes).output(output);
    for (int a = 0; a < satelliteNames.length; a++) {
      for (int q = 0; q < stressors[a].length; q++) {
        b.satellite(satelliteNames[a], Stressor.of(stressors[a][q][0], stressors[a][q][1]),
            satellites[a][q]);
      }
    }
    return b.balanceTolerance(relativeTolerance, absoluteTolerance).build();
  }

  private static String[][] sectors(List<Sector> sectors) {
    return sectors.stream().map(s -> new String[] {s.code(), s.name(), s.classification()})
        .toArray(String[][]::new);
  }

  private static List<Sector> sectors(String[][] rows) {
    List<Sector> out = new ArrayList<>();
    for (String[] s : rows) {
      out.add(Sector.of(s[0], s[1], s[2]));
    }
    return out;
  }

  private static double[][] columns(LabelledMatrix<?, ?> m) {
    double[][] out = new double[m.columnCount()][];
    for (int c = 0; c < out.length; c++) {
      out[c] = m.columnArray(c);
    }
    return out;
  }
}
