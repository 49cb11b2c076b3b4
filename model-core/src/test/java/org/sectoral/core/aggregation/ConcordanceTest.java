package org.sectoral.core.aggregation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sectoral.core.ErrorCode;
import org.sectoral.core.SectoralException;
import org.sectoral.core.leontief.LeontiefModel;
import org.sectoral.core.table.FinalDemandCategory;
import org.sectoral.core.table.FinalDemandColumn;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.core.table.LabelledMatrix;
import org.sectoral.core.table.Region;
import org.sectoral.core.table.SatelliteAccount;
import org.sectoral.core.table.Sector;
import org.sectoral.core.testing.Dense;
import org.sectoral.core.testing.RandomEconomies;
import org.sectoral.core.testing.Tolerances;

class ConcordanceTest {

  @Test
  void identityGivesTheSameTable() {
    for (InputOutputTable t : List.of(RandomEconomies.multiRegion(3, 4, 2),
        RandomEconomies.national(6, 3))) {
      assertSameBlocks(Concordance.identity().aggregate(t), t);
      Concordance.Builder explicit = Concordance.builder();
      t.regions().keys().forEach(r -> explicit.region(r, r));
      t.sectors().keys().forEach(s -> explicit.sector(s, s));
      assertSameBlocks(explicit.build().aggregate(t), t);
    }
  }

  /**
   * Sectors S0…S5 into three groups and regions R0…R2 into two, checked against the explicit
   * aggregation matrix G (0/1, groups × keys): Z* = G·Z·G', Y* = G·Y with the columns of merged
   * regions added, V* = V·G', x* = G·x, F* = F·G'.
   */
  @ParameterizedTest
  @CsvSource({"3, 6, 1", "3, 6, 9"})
  void matchesExplicitAggregationMatrix(int regions, int sectors, long seed) {
    InputOutputTable t = RandomEconomies.multiRegion(regions, sectors, seed);
    Sector low = Sector.of("LOW");
    Sector mid = Sector.of("MID");
    Sector high = Sector.of("HIGH");
    Concordance c = Concordance.builder()
        .sectors(List.of("S0", "S3"), low).sectors(List.of("S1", "S4", "S5"), mid)
        .sectors(List.of("S2"), high)
        .regions(List.of("R0", "R2"), "NORTH").regions(List.of("R1"), "SOUTH")
        .build();
    InputOutputTable agg = c.aggregate(t);
    assertThat(agg.regions().keys()).containsExactly(Region.of("NORTH"), Region.of("SOUTH"));
    assertThat(agg.sectors().keys()).containsExactly(low, mid, high);
    int n = t.size();
    int m = agg.size();
    double[][] g = new double[m][n];
    for (int i = 0; i < n; i++) {
      var k = t.keys().get(i);
      g[agg.keys().indexOf(agg.key(c.region(k.region()).code(), c.sector(k.sector()).code()))][i]
          = 1;
    }
    double[][] gt = transpose(g);
    assertArrayClose(agg.intermediate().toArray(),
        Dense.times(Dense.times(g, t.intermediate().toArray()), gt));
    assertArrayClose(new double[][] {agg.output().toArray()},
        new double[][] {Dense.times(g, t.output().toArray())});
    assertArrayClose(agg.valueAdded().toArray(), Dense.times(t.valueAdded().toArray(), gt));
    assertArrayClose(agg.satellite("env").byIndustry().toArray(),
        Dense.times(t.satellite("env").byIndustry().toArray(), gt));
    // Y: three categories per region; NORTH merges R0 and R2 column by column.
    assertThat(agg.finalDemandColumns().size()).isEqualTo(6);
    double[][] gy = Dense.times(g, t.finalDemand().toArray());
    for (int col = 0; col < t.finalDemandColumns().size(); col++) {
      FinalDemandColumn src = t.finalDemandColumns().get(col);
      FinalDemandColumn dst = FinalDemandColumn.of(c.region(src.region()), src.code(),
          src.category());
      double[] expected = new double[m];
      for (int other = 0; other < t.finalDemandColumns().size(); other++) {
        FinalDemandColumn o = t.finalDemandColumns().get(other);
        if (c.region(o.region()).equals(dst.region()) && o.code().equals(src.code())) {
          for (int i = 0; i < m; i++) {
            expected[i] += gy[i][other];
          }
        }
      }
      assertArrayClose(new double[][] {agg.finalDemand().column(dst).toArray()},
          new double[][] {expected});
    }
    // Totals are preserved.
    assertClose(agg.intermediate().sum(), t.intermediate().sum());
    assertClose(agg.finalDemand().sum(), t.finalDemand().sum());
    assertClose(agg.output().sum(), t.output().sum());
    assertClose(agg.valueAddedTotal().sum(), t.valueAddedTotal().sum());
    assertClose(agg.satellite("env").byIndustry().sum(), t.satellite("env").byIndustry().sum());
    // Coefficients come from aggregated flows: a*_IJ = Σ_{i∈I, j∈J} z_ij / Σ_{j∈J} x_j.
    LabelledMatrix<?, ?> a = LeontiefModel.of(agg).technicalCoefficients();
    double[][] zAgg = Dense.times(Dense.times(g, t.intermediate().toArray()), gt);
    double[] xAgg = Dense.times(g, t.output().toArray());
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < m; j++) {
        assertClose(a.at(i, j), zAgg[i][j] / xAgg[j]);
      }
    }
  }

  @Test
  void nationalImportsByProductAreAggregatedToo() {
    InputOutputTable t = RandomEconomies.national(5, 4);
    Concordance c = Concordance.builder().sectors(List.of("S0", "S1"), Sector.of("A"))
        .sectors(List.of("S2", "S3", "S4"), Sector.of("B")).build();
    InputOutputTable agg = c.aggregate(t);
    assertThat(agg.requireImports().rows().keys()).containsExactly(Sector.of("A"),
        Sector.of("B"));
    assertClose(agg.requireImports().sum(), t.requireImports().sum());
    assertClose(agg.requireImports().row(Sector.of("A")).sum(),
        t.requireImports().row(Sector.of("S0")).sum()
            + t.requireImports().row(Sector.of("S1")).sum());
    assertClose(agg.productTaxes().sum(), t.productTaxes().sum());
    assertClose(agg.exports().sum(), t.exports().sum());
    assertThat(agg.balanceReport().isBalanced()).isTrue();
  }

  @Test
  void satelliteAccountWithFinalDemandEmissionsIsAggregated() {
    InputOutputTable t = RandomEconomies.multiRegion(3, 2, 5);
    SatelliteAccount base = t.satellite("env");
    double[][] fy = new double[3][t.finalDemandColumns().size()];
    for (int q = 0; q < 3; q++) {
      for (int c = 0; c < fy[q].length; c++) {
        fy[q][c] = q + c;
      }
    }
    SatelliteAccount account = SatelliteAccount.of("env", base.byIndustry(),
        LabelledMatrix.of(base.stressors(), t.finalDemandColumns(), fy, "mixed"));
    Concordance c = Concordance.builder().regions(List.of("R0", "R1"), "A")
        .regions(List.of("R2"), "B").build();
    SatelliteAccount agg = c.aggregate(account);
    assertThat(agg.byIndustry().columns()).isEqualTo(c.aggregate(t).keys());
    LabelledMatrix<?, FinalDemandColumn> aggFy = agg.byFinalDemand().orElseThrow();
    assertThat(aggFy.columnCount()).isEqualTo(6);
    // HOU of A = HOU of R0 (column 0) + HOU of R1 (column 3): row q = (q + 0) + (q + 3).
    FinalDemandColumn hou = FinalDemandColumn.of(Region.of("A"), "HOU",
        FinalDemandCategory.HOUSEHOLDS);
    assertThat(aggFy.column(hou).toArray()).containsExactly(3, 5, 7);
    assertClose(agg.byIndustry().sum(), base.byIndustry().sum());
    // The table's own F_Y (set through the builder) is aggregated with the table.
    var b = t.toBuilder();
    for (int q = 0; q < 3; q++) {
      b.satelliteFinalDemand("env", base.stressors().get(q), fy[q]);
    }
    InputOutputTable aggTable = c.aggregate(b.build());
    LabelledMatrix<?, FinalDemandColumn> tableFy =
        aggTable.satellite("env").byFinalDemand().orElseThrow();
    assertThat(tableFy.columns()).isEqualTo(aggFy.columns());
    assertThat(tableFy.toArray()).isEqualTo(aggFy.toArray());
  }

  @Test
  void unmappedSectorIsNamed() {
    InputOutputTable t = RandomEconomies.multiRegion(2, 3, 1);
    Map<Sector, Sector> partial = new LinkedHashMap<>();
    partial.put(Sector.of("S0"), Sector.of("X"));
    partial.put(Sector.of("S1"), Sector.of("X"));
    assertThatThrownBy(() -> Concordance.ofSectors(partial).aggregate(t))
        .isInstanceOfSatisfying(SectoralException.class, e -> {
          assertThat(e.code()).isEqualTo(ErrorCode.UNKNOWN_KEY);
          assertThat(e.culprits()).containsExactly("S2");
        });
  }

  @Test
  void unmappedRegionIsNamed() {
    InputOutputTable t = RandomEconomies.multiRegion(3, 2, 1);
    Concordance c = Concordance.ofRegions(Map.of(Region.of("R0"), Region.of("W"),
        Region.of("R2"), Region.of("W")));
    assertThatThrownBy(() -> c.aggregate(t))
        .isInstanceOfSatisfying(SectoralException.class, e -> {
          assertThat(e.code()).isEqualTo(ErrorCode.UNKNOWN_KEY);
          assertThat(e.culprits()).containsExactly("R1");
        });
  }

  @Test
  void unmappedRegionOfAnAccountIsNamed() {
    InputOutputTable t = RandomEconomies.multiRegion(2, 2, 1);
    Concordance c = Concordance.ofRegions(Map.of(Region.of("R0"), Region.of("W")));
    assertThatThrownBy(() -> c.aggregate(t.satellite("env")))
        .isInstanceOfSatisfying(SectoralException.class, e -> {
          assertThat(e.code()).isEqualTo(ErrorCode.UNKNOWN_KEY);
          assertThat(e.culprits()).containsExactly("R1");
        });
  }

  @Test
  void sourceMappedTwiceIsACallerMistake() {
    assertThatThrownBy(() -> Concordance.builder().sector(Sector.of("A"), Sector.of("X"))
        .sector(Sector.of("A"), Sector.of("Y"))).isInstanceOf(IllegalArgumentException.class);
  }

  private static void assertSameBlocks(InputOutputTable actual, InputOutputTable expected) {
    assertThat(actual.keys()).isEqualTo(expected.keys());
    assertThat(actual.intermediate()).isEqualTo(expected.intermediate());
    assertThat(actual.finalDemand()).isEqualTo(expected.finalDemand());
    assertThat(actual.valueAdded()).isEqualTo(expected.valueAdded());
    assertThat(actual.output()).isEqualTo(expected.output());
    assertThat(actual.productTaxes()).isEqualTo(expected.productTaxes());
    assertThat(actual.imports()).isEqualTo(expected.imports());
    assertThat(actual.importedFinalDemand()).isEqualTo(expected.importedFinalDemand());
    assertThat(actual.satellites().keySet()).isEqualTo(expected.satellites().keySet());
    for (String s : expected.satellites().keySet()) {
      assertThat(actual.satellite(s).byIndustry()).isEqualTo(expected.satellite(s).byIndustry());
    }
  }

  private static double[][] transpose(double[][] a) {
    double[][] t = new double[a[0].length][a.length];
    for (int i = 0; i < a.length; i++) {
      for (int j = 0; j < a[0].length; j++) {
        t[j][i] = a[i][j];
      }
    }
    return t;
  }

  private static void assertArrayClose(double[][] actual, double[][] expected) {
    assertThat(actual.length).isEqualTo(expected.length);
    for (int i = 0; i < actual.length; i++) {
      for (int j = 0; j < actual[i].length; j++) {
        assertClose(actual[i][j], expected[i][j]);
      }
    }
  }

  private static void assertClose(double actual, double expected) {
    assertThat(Tolerances.close(actual, expected, Tolerances.RELATIVE_1E9))
        .as("%s vs %s", actual, expected).isTrue();
  }
}
