package org.sectoral.io.ons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;
import org.sectoral.core.table.FinalDemandCategory;
import org.sectoral.core.table.InputOutputTable;
import org.sectoral.core.table.ValueAddedComponent;

class OnsIoatReaderTest {
  static final String DIR = "/fixtures/ons_uk_2010/";
  static final String SIOT = "uk_2010_siot_domestic_use_basic_prices_product_by_product.csv";
  static final String IMP = "uk_2010_imports_use_basic_prices_product_by_product.csv";

  @Test
  void siotWithSingleImportsRow() throws IOException {
    InputOutputTable t;
    try (InputStream in = getClass().getResourceAsStream(DIR + SIOT)) {
      t = OnsIoatReader.create().read(SIOT, in, null, null);
    }
    System.out.println("UK " + t.balanceReport());
    assertThat(t.sectors().size()).isEqualTo(127);
    assertThat(t.output().get(t.key("01"))).isEqualTo(21182);
    assertThat(t.sectors().get(0).name()).isEqualTo(
        "Products of agriculture, hunting and related services");
    assertThat(t.requireImports().rows().size()).isEqualTo(1);
    assertThat(t.requireImports().at(0, 0)).isCloseTo(3064.6242176304, within(1e-9));
    assertThat(t.valueAdded(ValueAddedComponent.Kind.COMPENSATION).get(t.key("01")))
        .isCloseTo(3694.1459848733, within(1e-9));
    assertThat(t.valueAdded(ValueAddedComponent.Kind.OPERATING_SURPLUS).get(t.key("01")))
        .isCloseTo(6714.04484448868, within(1e-9));
    assertThat(t.valueAdded(ValueAddedComponent.Kind.TAXES_ON_PRODUCTION).get(t.key("01")))
        .isCloseTo(-2638.0958167957, within(1e-9));
    assertThat(t.productTaxes().get(t.key("01"))).isCloseTo(459.99262404885, within(1e-9));
    assertThat(t.finalDemandColumns().size()).isEqualTo(9);
    assertThat(t.output().sum()).isCloseTo(2711180, within(1.0));
    // Exports of domestic products: the Total output row's export cells less imports and taxes.
    assertThat(t.exports().sum()).isCloseTo(265243 - 24515 - 7568 + 182026 - 2774 - 2254,
        within(1.0));
    assertThat(t.finalDemand(FinalDemandCategory.GOVERNMENT).sum())
        .isCloseTo(205140 + 131398, within(1.0));
    assertThat(t.balanceReport().maxRelativeGap()).isLessThan(1e-9);
  }

  @Test
  void siotWithImportsUseTable() throws IOException {
    InputOutputTable t;
    try (InputStream in = getClass().getResourceAsStream(DIR + SIOT);
        InputStream im = getClass().getResourceAsStream(DIR + IMP)) {
      t = OnsIoatReader.create().read(SIOT, in, IMP, im);
    }
    System.out.println("UK with imports use " + t.balanceReport());
    assertThat(t.requireImports().rows().size()).isEqualTo(127);
    assertThat(t.requireImports().at(0, 0)).isCloseTo(626.177610944515, within(1e-9));
    assertThat(t.importedFinalDemand().orElseThrow().columnSums().sum()).isCloseTo(
        119811 + 33865 + 12 + 690 + 24515 + 2774, within(5.0));
  }
}
