package org.sectoral.io.oecd;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;
import org.sectoral.core.table.FinalDemandCategory;
import org.sectoral.core.table.FinalDemandColumn;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.core.table.Region;

/** The small table icio/ICIO_small_2020.csv: AUS, CN1, CN2 × A01_02, C10T12, hand-checked. */
class IcioReaderTest {
  static InputOutputTable load(IcioReader reader) throws IOException {
    try (InputStream in = IcioReaderTest.class.getResourceAsStream(
        "/icio/ICIO_small_2020.csv")) {
      return reader.read("ICIO_small_2020.csv", in);
    }
  }

  @Test
  void readsAsPublished() throws IOException {
    InputOutputTable t = load(IcioReader.create());
    assertThat(t.regions().keys()).extracting(Region::code).containsExactly("AUS", "CN1", "CN2");
    assertThat(t.size()).isEqualTo(6);
    assertThat(t.intermediate().get(t.key("CN2", "A01_02"), t.key("CN1", "C10T12"))).isEqualTo(8);
    assertThat(t.output().get(t.key("CN1", "C10T12"))).isEqualTo(159);
    assertThat(t.finalDemandColumns().size()).isEqualTo(18);
    assertThat(t.output().sum()).isEqualTo(942);
    assertThat(t.valueAddedTotal().sum()).isEqualTo(744);
    assertThat(t.productTaxes().sum()).isEqualTo(12);
    assertThat(t.imports()).isEmpty();
    assertThat(t.balanceReport().maxRelativeGap()).isZero();
  }

  @Test
  void mergeOfChinaSumsFlowsExactly() throws IOException {
    InputOutputTable t = load(IcioReader.create().mergeChinaMexico(true));
    assertThat(t.regions().keys()).extracting(Region::code).containsExactly("AUS", "CHN");
    assertThat(t.size()).isEqualTo(4);
    // CN1→CN1 1 + CN1→CN2 7 + CN2→CN1 5 + CN2→CN2 1
    assertThat(t.intermediate().get(t.key("CHN", "A01_02"), t.key("CHN", "A01_02"))).isEqualTo(14);
    // AUS_A01_02 row: CN1_A01_02 7 + CN2_A01_02 3
    assertThat(t.intermediate().get(t.key("AUS", "A01_02"), t.key("CHN", "A01_02"))).isEqualTo(10);
    // CN1_C10T12 2 + CN2_C10T12 6 in column AUS_A01_02
    assertThat(t.intermediate().get(t.key("CHN", "C10T12"), t.key("AUS", "A01_02"))).isEqualTo(8);
    assertThat(t.output().get(t.key("CHN", "A01_02"))).isEqualTo(149 + 161);
    assertThat(t.output().get(t.key("CHN", "C10T12"))).isEqualTo(159 + 145);
    assertThat(t.valueAddedTotal().get(t.key("CHN", "A01_02"))).isEqualTo(119 + 126);
    assertThat(t.productTaxes().get(t.key("CHN", "C10T12"))).isEqualTo(1 + 3);
    FinalDemandColumn chnHfce = FinalDemandColumn.of(Region.of("CHN"), "HFCE",
        FinalDemandCategory.HOUSEHOLDS);
    assertThat(t.finalDemand().get(t.key("AUS", "A01_02"), chnHfce)).isEqualTo(28 + 25);
    assertThat(t.finalDemandColumns().size()).isEqualTo(12);
    assertThat(t.output().sum()).isEqualTo(942);
    assertThat(t.intermediate().sum()).isEqualTo(load(IcioReader.create()).intermediate().sum());
  }

  @Test
  void earlierEditionNamesThroughTheLayoutWithTaxRowsPerCountry() throws IOException {
    String text;
    try (InputStream in = IcioReaderTest.class.getResourceAsStream("/icio/ICIO_small_2020.csv")) {
      text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
    // Split TLS (1,2,3,1,2,3) into AUS_TAXSUB (1,1,1,1,1,1) and CN1_TAXSUB (0,1,2,0,1,2).
    String zeros = ",0".repeat(18);
    text = text.replace("\"TLS\",1,2,3,1,2,3" + zeros + ",12",
        "\"AUS_TAXSUB\",1,1,1,1,1,1" + zeros + ",6\n\"CN1_TAXSUB\",0,1,2,0,1,2" + zeros + ",6")
        .replace("\"VA\",", "\"VALU\",").replace("\"OUT\",", "\"OUTPUT\",")
        .replace(",\"OUT\"", ",\"TOTAL\"");
    IcioReader r = IcioReader.create().layout(IcioReader.LAYOUT_2023.toBuilder()
        .code(IcioReader.TAXES, "TAXSUB").code(IcioReader.OUTPUT, "OUTPUT")
        .code(IcioReader.TOTAL_COLUMN, "TOTAL").renameValueAdded("VA", "VALU").build());
    InputOutputTable old = r.read("ICIO2018_2020.csv", new java.io.ByteArrayInputStream(
        text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    InputOutputTable now = load(IcioReader.create());
    assertThat(old.productTaxes()).isEqualTo(now.productTaxes());
    assertThat(old.output()).isEqualTo(now.output());
    assertThat(old.intermediate()).isEqualTo(now.intermediate());
  }

  /**
   * Publisher drift as pymrio met it (OECD's TOTAL column and OUTPUT row became OUT): the 2023
   * layout names the label it expected; the earlier names are one layout line away.
   */
  @Test
  void renamedTotalsAreNamedInTheErrorAndOneLayoutLineAway() throws IOException {
    String text;
    try (InputStream in = IcioReaderTest.class.getResourceAsStream("/icio/ICIO_small_2020.csv")) {
      text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
    String older = text.replace("\"OUT\",", "\"OUTPUT\",").replace(",\"OUT\"", ",\"TOTAL\"");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> IcioReader.create().read(
        "ICIO2018_2020.csv", new java.io.ByteArrayInputStream(older.getBytes(
            java.nio.charset.StandardCharsets.UTF_8))))
        .isInstanceOf(org.sectoral.io.TableFormatException.class)
        .hasMessageContaining("the total column \"OUT\"");
    IcioReader renamed = IcioReader.create().layout(IcioReader.LAYOUT_2023.toBuilder()
        .code(IcioReader.OUTPUT, "OUTPUT").code(IcioReader.TOTAL_COLUMN, "TOTAL").build());
    InputOutputTable t = renamed.read("ICIO2018_2020.csv", new java.io.ByteArrayInputStream(
        older.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    assertThat(t.output()).isEqualTo(load(IcioReader.create()).output());
  }
}
