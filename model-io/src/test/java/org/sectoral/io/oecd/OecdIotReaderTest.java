package org.sectoral.io.oecd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.sectoral.core.table.FinalDemandCategory;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.core.table.ValueAddedComponent;

class OecdIotReaderTest {
  static InputOutputTable bel() throws IOException {
    try (InputStream in = OecdIotReaderTest.class.getResourceAsStream(
        "/fixtures/oecd_bel_2020/BEL2020ttl.csv")) {
      return OecdIotReader.create().readTotal("BEL2020ttl.csv", in);
    }
  }

  @Test
  void belgiumLoadsWithZeroOutputIndustries() throws IOException {
    InputOutputTable t = bel();
    System.out.println("BEL " + t.balanceReport());
    assertThat(t.regions().get(0).code()).isEqualTo("BEL");
    assertThat(t.sectors().size()).isEqualTo(50);
    assertThat(t.imports()).isEmpty();
    for (String zero : new String[] {"D05", "D06", "D07"}) {
      assertThat(t.output().get(t.key(zero))).isZero();
    }
    assertThat(t.output().get(t.key("D01"))).isEqualTo(12069.3);
    assertThat(t.output().get(t.key("D10T12"))).isEqualTo(48917.5);
    double valu = 0;
    int r = t.valueAdded().rows().indexOf(ValueAddedComponent.of("VALU",
        ValueAddedComponent.Kind.OTHER));
    for (int j = 0; j < t.size(); j++) {
      valu += t.valueAdded().at(r, j);
    }
    assertThat(valu).isCloseTo(472436.5, within(1e-6));
    assertThat(t.finalDemandColumns().size()).isEqualTo(9);
    assertThat(t.exports().sum()).isCloseTo(263882.1 + 4298.7, within(1e-6));
    assertThat(t.finalDemand(FinalDemandCategory.HOUSEHOLDS).sum())
        .isCloseTo(223820.7, within(1e-6));
    // Published to 0.1: every row and column within one unit once DISC carries the file's own
    // OUTPUT − TTL_INT_FNL − VALU discrepancy.
    for (int i = 0; i < t.size(); i++) {
      assertThat(Math.abs(t.balanceReport().rowGaps().at(i))).isLessThan(1.0);
      assertThat(Math.abs(t.balanceReport().columnGaps().at(i))).isLessThan(1.0);
    }
  }

  /**
   * Import proportionality on the real Belgian ttl table: Zᵈ + Zᵐ = Z, the imported share of
   * product i is the same in every using industry and in domestic final uses, sᵢ = Mᵢ / Uᵢ with
   * Mᵢ = −IMPOᵢ; exports stay domestic; both identities hold; domestic output multipliers are
   * below the total-flow ones.
   */
  @Test
  void importProportionalitySplitsTotalFlowsAsAStatedEstimate() throws IOException {
    InputOutputTable ttl = bel();
    InputOutputTable split;
    try (InputStream in = OecdIotReaderTest.class.getResourceAsStream(
        "/fixtures/oecd_bel_2020/BEL2020ttl.csv")) {
      split = OecdIotReader.create().importProportionality(true).readTotal("BEL2020ttl.csv", in);
    }
    assertThat(split.name()).contains("import proportionality", "estimate");
    var zm = split.requireImports();
    assertThat(zm.rowCount()).isEqualTo(50);
    var impo = org.sectoral.core.table.FinalDemandColumn.of(ttl.regions().get(0), "IMPO",
        FinalDemandCategory.OTHER);
    int domesticUse = 0;
    for (int i = 0; i < ttl.size(); i++) {
      double m = -ttl.finalDemand().get(ttl.keys().get(i), impo);
      double use = ttl.intermediate().rowSums().at(i);
      for (int c = 0; c < ttl.finalDemandColumns().size(); c++) {
        var col = ttl.finalDemandColumns().get(c);
        if (col.category() != FinalDemandCategory.EXPORTS && !col.code().equals("IMPO")) {
          use += ttl.finalDemand().at(i, c);
        }
      }
      double share = use <= 0 || m <= 0 ? 0 : Math.min(1, m / use);
      if (share > 0 && share < 1) {
        domesticUse++;
      }
      for (int j = 0; j < ttl.size(); j++) {
        double z = ttl.intermediate().at(i, j);
        assertThat(split.intermediate().at(i, j) + zm.at(i, j)).isCloseTo(z, within(1e-9));
        assertThat(zm.at(i, j)).isCloseTo(share * z, within(1e-9 * Math.max(1, Math.abs(z))));
      }
    }
    assertThat(domesticUse).isGreaterThan(30);
    assertThat(split.exports().toArray()).isEqualTo(ttl.exports().toArray());
    assertThat(split.balanceReport().isBalanced()).isTrue();
    double[] dom = org.sectoral.core.leontief.LeontiefModel.of(split).outputMultipliers()
        .toArray();
    double[] tot = org.sectoral.core.leontief.LeontiefModel.of(ttl).outputMultipliers()
        .toArray();
    int lower = 0;
    for (int j = 0; j < dom.length; j++) {
      assertThat(dom[j]).isLessThanOrEqualTo(tot[j] + 1e-12);
      lower += dom[j] < tot[j] - 1e-6 ? 1 : 0;
    }
    assertThat(lower).isGreaterThan(40);
    double dva = org.sectoral.core.valueadded.ExportContent.of(split).domesticShareOfExports();
    assertThat(dva).isBetween(0.3, 0.95);
  }

  @Test
  void domesticImportsPairSplitsUse() throws IOException {
    String header = "\"\",\"D01\",\"D02\",\"HFCE\",\"NPISH\",\"GGFC\",\"GFCF\",\"INVNT\","
        + "\"DPABR\",\"CONS_NONRES\",\"EXPO\",\"IMPO\"\n";
    String dom = header
        + "\"DOM_01\",10,20,30,0,0,0,0,0,0,40,0\n"
        + "\"DOM_02\",5,15,20,0,10,0,0,0,0,0,0\n"
        + "\"TXS_IMP_FNL\",1,1,0,0,0,0,0,0,0,0,0\n"
        + "\"TXS_INT_FNL\",2,3,0,0,0,0,0,0,0,0,0\n"
        + "\"TTL_INT_FNL\",25,49,0,0,0,0,0,0,0,0,0\n"
        + "\"VALU\",75,1,0,0,0,0,0,0,0,0,0\n"
        + "\"OUTPUT\",100,50,0,0,0,0,0,0,0,0,0\n";
    String imp = header
        + "\"IMP_01\",4,6,7,0,0,0,0,0,0,0,0\n"
        + "\"IMP_02\",3,4,1,0,0,2,0,0,0,0,0\n";
    InputOutputTable t = OecdIotReader.create().readDomesticImports("VNM2020dom.csv",
        stream(dom), "VNM2020imp.csv", stream(imp));
    assertThat(t.regions().get(0).code()).isEqualTo("VNM");
    assertThat(t.intermediate().at(0, 1)).isEqualTo(20);
    assertThat(t.requireImports().at(1, 0)).isEqualTo(3);
    assertThat(t.requireImports().rows().size()).isEqualTo(2);
    assertThat(t.importedFinalDemand().orElseThrow().at(1, 3)).isEqualTo(2);
    assertThat(t.finalDemandColumns().size()).isEqualTo(8);
    assertThat(t.productTaxes().at(1)).isEqualTo(4);
  }

  static InputStream stream(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }
}
